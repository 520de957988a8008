import Foundation
import VisitDeskDomain

/// `report --format json`: stable snake_case keys, documented in docs/report.md. Encoded with
/// Foundation's JSONEncoder (sorted keys), so the output is the same for the same store.
enum ReportJSON {
    static func text(_ report: SeasonReport, compare: SeasonReport?) throws -> String {
        let document = Document(report)
        document.compare = compare.map(Document.init)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    struct Period: Encodable {
        var from: String, to: String, label: String
    }

    struct Row: Encodable {
        var key: String, label: String, label_zh: String?, count: Int, people: Int, ids: [String]
        init(_ row: ReportRow) {
            (key, label, label_zh, count, people, ids) = (row.key, row.label, row.labelZh, row.count, row.people, row.ids)
        }
    }

    struct Reason: Encodable {
        var status: String, reason: String, count: Int, ids: [String]
    }

    struct Month: Encodable {
        var month: String, received: Int, visits: Int
    }

    struct SpreadDays: Encodable {
        var count: Int, min: Int, q1: Double, median: Double, q3: Double, max: Int
        init?(_ spread: Spread?) {
            guard let s = spread else { return nil }
            (count, min, q1, median, q3, max) = (s.count, s.min, s.lowerQuartile, s.median, s.upperQuartile, s.max)
        }
    }

    struct LeadTimeDays: Encodable {
        var received_to_decision: SpreadDays?
        var received_to_visit: SpreadDays?

        // Absent figures are written as null, not left out: the keys are always there.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(received_to_decision, forKey: .received_to_decision)
            try container.encode(received_to_visit, forKey: .received_to_visit)
        }
        enum CodingKeys: String, CodingKey { case received_to_decision, received_to_visit }
    }

    struct People: Encodable {
        var received: Int, visited_in_period: Int, by_status: [String: Int]
    }

    struct Missing: Encodable {
        var reason: String, explanation: String, count: Int, ids: [String]
    }

    // A class: a struct cannot hold the compared period's document of its own type.
    final class Document: Encodable {
        var period: Period
        var today: String
        var statuses_as_of: String
        var empty: Bool
        var received: Int
        var funnel: [String: Int]
        var by_status: [String: Int]
        var visited_in_period: Int
        var confirmed_upcoming: Int
        var people: People
        var by_interest: [Row]
        var by_origin: [Row]
        var by_direction: [String: Int]
        var by_host: [Row]
        var by_host_organisation: [Row]
        var by_owner: [Row]
        var by_month: [Month]
        var decline_reasons: [Reason]
        var lead_time_days: LeadTimeDays
        var not_counted: [Missing]
        var ids: [String: [String]]
        var compare: Document?

        init(_ r: SeasonReport) {
            period = Period(from: r.period.from.description, to: r.period.to.description, label: r.period.label)
            today = r.today.description
            statuses_as_of = r.statusesAreToday ? "today" : "period_end"
            empty = r.isEmpty
            received = r.received.count
            funnel = Dictionary(uniqueKeysWithValues: r.funnel.map { ($0.key, $0.count) })
            by_status = Dictionary(uniqueKeysWithValues: r.byStatus.map { ($0.key, $0.count) })
            visited_in_period = r.visitedInPeriod.count
            confirmed_upcoming = r.confirmedUpcoming.count
            people = People(received: r.byStatus.reduce(0) { $0 + $1.people }, visited_in_period: r.visitedInPeriod.people,
                            by_status: Dictionary(uniqueKeysWithValues: r.byStatus.map { ($0.key, $0.people) }))
            by_interest = r.byInterest.map(Row.init)
            by_origin = r.byOrigin.map(Row.init)
            by_direction = Dictionary(uniqueKeysWithValues: r.byDirection.map { ($0.key, $0.count) })
            by_host = r.byHost.map(Row.init)
            by_host_organisation = r.byHostOrganisation.map(Row.init)
            by_owner = r.byOwner.map(Row.init)
            by_month = r.byMonth.map { Month(month: $0.month, received: $0.received.count, visits: $0.visits.count) }
            decline_reasons = r.closedReasons.map { Reason(status: $0.status.rawValue, reason: $0.reason, count: $0.count, ids: $0.ids) }
            lead_time_days = LeadTimeDays(received_to_decision: SpreadDays(r.leadTimes.toDecision), received_to_visit: SpreadDays(r.leadTimes.toVisit))
            not_counted = r.notCounted.map { Missing(reason: $0.reason.rawValue, explanation: $0.reason.explanation, count: $0.count, ids: $0.ids) }
            ids = ["received": r.received.ids, "visited_in_period": r.visitedInPeriod.ids, "confirmed_upcoming": r.confirmedUpcoming.ids]
        }
    }
}
