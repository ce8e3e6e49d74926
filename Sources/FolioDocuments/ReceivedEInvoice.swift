import FolioCore
import FolioEInvoice
import FolioInput
import FolioPDF
import Foundation

/// An e-invoice a supplier sent, read from its file and checked by Folio's core.
///
/// ```swift
/// let received = try ReceivedEInvoice.read(file: "inbox/facture-2026-118.pdf")
/// received.attachment              // "factur-x.xml"
/// received.check.isConsistent      // false
/// received.check.discrepancies     // [BT-110: total VAT — stated 20.00, computed 20.10]
/// ```
public struct ReceivedEInvoice: Sendable {
    /// The file read.
    public let file: String
    /// The embedded file the XML came from, for a PDF (`factur-x.xml`, `zugferd-invoice.xml`); nil for an XML file.
    public let attachment: String?
    /// The invoice as read, and its syntax.
    public let read: ReadEInvoice
    /// What the core finds when it recomputes it.
    public let check: EInvoiceCheck

    public var invoice: EInvoice { read.invoice }

    /// Reads a Factur-X or ZUGFeRD PDF, a CII XML or a UBL XML invoice or credit note, and checks it.
    ///
    /// - Throws: ``InputError`` naming the file when it cannot be read, is too big, is not a PDF or
    ///   XML, holds no e-invoice, or the e-invoice lacks a mandatory term or is malformed.
    public static func read(file: String) throws -> ReceivedEInvoice {
        let bytes = try contents(of: file)
        return try read(bytes, name: file)
    }

    /// Reads the bytes of a received e-invoice; `name` is what errors call it.
    public static func read(_ bytes: [UInt8], name: String) throws -> ReceivedEInvoice {
        do {
            if bytes.starts(with: Array("%PDF-".utf8)) || (bytes.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil && !looksLikeXML(bytes)) {
                let (attachment, read) = try fromPDF(bytes, name: name)
                return ReceivedEInvoice(file: name, attachment: attachment, read: read, check: EInvoiceCheck.check(read.invoice))
            }
            let read = try EInvoiceReader.read(bytes, source: name, limits: InputLimitSettings.current[.einvoice])
            return ReceivedEInvoice(file: name, attachment: nil, read: read, check: EInvoiceCheck.check(read.invoice))
        } catch let error as EInvoiceReadError {
            throw InputError(source: error.source, error.reason)
        } catch let error as PDFFileError {
            throw InputError(source: name, "\(error)")
        }
    }

    /// The e-invoice among a PDF's attachments: the first embedded file that reads as CII or UBL,
    /// trying the names the Factur-X, ZUGFeRD and XRechnung specifications give first.
    private static func fromPDF(_ bytes: [UInt8], name: String) throws -> (String?, ReadEInvoice) {
        let files = try PDFAttachments.embeddedFiles(in: bytes, maximumSize: InputLimitSettings.current[.einvoice].bytes)
        guard !files.isEmpty else {
            throw InputError(source: name, "the PDF has no embedded file: it is not a Factur-X or ZUGFeRD e-invoice (a PDF alone carries no invoice data)")
        }
        let known = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml"]
        let ordered = files.sorted { first, second in
            let a = known.firstIndex(of: first.name?.lowercased() ?? "") ?? known.count
            let b = known.firstIndex(of: second.name?.lowercased() ?? "") ?? known.count
            return a < b
        }
        var firstError: EInvoiceReadError?
        for file in ordered {
            let source = "\(name) (\(file.name ?? "embedded file"))"
            do throws(EInvoiceReadError) {
                return (file.name, try EInvoiceReader.read(file.bytes, source: source, limits: InputLimitSettings.current[.einvoice]))
            } catch {
                firstError = firstError ?? error
            }
        }
        let names = files.map { $0.name ?? "unnamed" }.joined(separator: ", ")
        throw InputError(source: name, "none of the PDF's embedded files (\(names)) is a CII or UBL invoice\(firstError.map { ": \($0.reason)" } ?? "")")
    }

    private static func looksLikeXML(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(64).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first == UInt8(ascii: "<")
    }

    /// The file's bytes: a PDF or an XML, of at most the `bytes` limit of PDFs (the larger of the two).
    private static func contents(of file: String) throws -> [UInt8] {
        let limit = max(InputLimitSettings.current[.pdf].bytes, InputLimitSettings.current[.einvoice].bytes)
        return [UInt8](try TextFile.bytes(path: file, name: file, limit: limit, kind: .pdf))
    }
}
