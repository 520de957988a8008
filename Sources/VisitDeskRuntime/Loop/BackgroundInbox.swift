#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import VisitDeskUI

/// Where work done off the main loop hands its outcome back: a worker thread posts actions, a
/// byte on a pipe wakes the loop's poll(), and the loop's thread takes them in the order posted.
/// This keeps `update` single-threaded while a PDF engine or sendmail takes its seconds elsewhere.
public final class BackgroundInbox: @unchecked Sendable {
    /// The loop watches this descriptor; it is readable while actions wait.
    public let fileDescriptor: Int32
    private let writeEnd: Int32
    private var mutex = pthread_mutex_t()
    private var waiting: [Action] = []
    /// Main-thread halves of jobs that finished (`run(_:thenOnLoop:)`), in the order they finished.
    private var finishers: [LoopFinisher] = []
    /// One serial queue: documents are written in the order they were asked for.
    private let queue = DispatchQueue(label: "visitdesk.background-effects")

    public init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw BackgroundInboxError(errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        fileDescriptor = ends[0]
        writeEnd = ends[1]
        pthread_mutex_init(&mutex, nil)
    }

    deinit {
        close(fileDescriptor)
        close(writeEnd)
        pthread_mutex_destroy(&mutex)
    }

    /// Runs `job` on the background queue and posts what it returns.
    public func run(_ job: @escaping @Sendable () -> [Action]) {
        queue.async { [self] in post(job()) }
    }

    /// Runs `job` on the background queue, then `finish` on the loop's thread (from `take`),
    /// whose actions go to `update`: for work whose outcome only the main thread may install
    /// (the store's start-up check).
    public func run(_ job: @escaping @Sendable () -> Void, thenOnLoop finish: @escaping () -> [Action]) {
        let finisher = LoopFinisher(finish)
        queue.async { [self] in
            job()
            pthread_mutex_lock(&mutex)
            finishers.append(finisher)
            pthread_mutex_unlock(&mutex)
            wake()
        }
    }

    /// Waits until every job handed to `run` so far has finished (for tests and shutdown).
    public func drainQueue() { queue.sync {} }

    /// From any thread: queue `actions` for the loop and wake it.
    public func post(_ actions: [Action]) {
        guard !actions.isEmpty else { return }
        pthread_mutex_lock(&mutex)
        waiting += actions
        pthread_mutex_unlock(&mutex)
        wake()
    }

    private func wake() {
        var byte: UInt8 = 1
        // A full pipe already holds a wake-up: the byte is not needed then (EAGAIN).
        _ = write(writeEnd, &byte, 1)
    }

    /// On the loop's thread, when the descriptor is readable: everything posted so far.
    public func take() -> [Action] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(fileDescriptor, &buffer, buffer.count) > 0 {}
        pthread_mutex_lock(&mutex)
        let (taken, finished) = (waiting, finishers)
        (waiting, finishers) = ([], [])
        pthread_mutex_unlock(&mutex)
        return finished.flatMap { $0.finish() } + taken
    }
}

/// A main-thread closure carried through the background queue untouched: it is only called by
/// `take`, on the loop's thread.
private struct LoopFinisher: @unchecked Sendable {
    let finish: () -> [Action]
    init(_ finish: @escaping () -> [Action]) { self.finish = finish }
}

struct BackgroundInboxError: Error, CustomStringConvertible {
    let errno: Int32
    var description: String { "cannot make the background inbox's pipe: \(String(cString: strerror(errno)))" }
}
