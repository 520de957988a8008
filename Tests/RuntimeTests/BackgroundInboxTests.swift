import Foundation
import Testing
@testable import VisitDeskRuntime
@testable import VisitDeskUI

/// Slow effects run off the main loop; their outcome comes back through the inbox, in order,
/// on the loop's thread.
@Suite(.serialized)
struct BackgroundInboxTests {
    @Test func jobsRunOffTheLoopAndTheirActionsArriveInOrderOnItsThread() throws {
        let inbox = try BackgroundInbox()
        let loop = EventLoop()
        var messages: [String] = []
        var onLoopThread = true
        let loopThread = pthread_self()
        loop.watch(fd: inbox.fileDescriptor) { _ in
            onLoopThread = onLoopThread && pthread_equal(pthread_self(), loopThread) != 0
            for case .message(let text) in inbox.take() { messages.append(text) }
            if messages.count == 3 { loop.stop() }
        }
        inbox.run {
            Thread.sleep(forTimeInterval: 0.05)  // a slow job does not hold the loop
            return [.message("slow"), .message("pdf written")]
        }
        inbox.run { [.message("mail sent")] }
        var timerRanWhileJobsWorked = false
        loop.after(milliseconds: 10) { timerRanWhileJobsWorked = messages.isEmpty }
        loop.after(milliseconds: 3_000) { loop.stop() }  // a safety net, not the expected path
        loop.run()
        #expect(messages == ["slow", "pdf written", "mail sent"])
        #expect(onLoopThread && timerRanWhileJobsWorked)
    }

    @Test func manyPostsWithoutTakingNeitherBlockNorLoseActions() throws {
        let inbox = try BackgroundInbox()
        // More wake-up bytes than a pipe holds: posting must not block when it is full.
        for index in 0..<100_000 { inbox.post([.message("\(index)")]) }
        let taken = inbox.take()
        #expect(taken.count == 100_000)
        #expect(inbox.take().isEmpty)
    }
}
