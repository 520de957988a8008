import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// A mail's attachments, made the same way for `letter --attach-ics --attach-pdf` and the
/// dashboard's `a`: the delegation's slots as iCalendar, the programme as PDF from its HTML.
enum DocumentAttachments {
    static func make(calendarOf delegation: Delegation?, programmePDF: (fileName: String, html: String)?, catalog: Catalog) throws -> [MailMessage.Attachment] {
        var attachments: [MailMessage.Attachment] = []
        if let programmePDF {
            let pdf = try PDFEngine.find().pdf(fromHTML: programmePDF.html)
            attachments.append(.init(fileName: programmePDF.fileName, contentType: "application/pdf", bytes: pdf))
        }
        if let delegation {
            let ics = ICalendarExport.calendarBytes(delegations: [delegation], contacts: catalog.contacts, timeZone: catalog.settings.timezone)
            attachments.append(.init(fileName: "\(delegation.id).ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", bytes: ics))
        }
        return attachments
    }
}
