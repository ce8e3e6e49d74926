import FolioLedger
import FolioPDF
import FolioSigning
import Foundation

/// What `ledger verify --rerender` checks of a signed document: the document rendered again is byte
/// for byte the start of the signed file, and the seller's signature over it is intact.
enum SignedDocumentCheck {
    /// - Parameter kept: the signed PDF as the ledger keeps it (nil when missing, which `verify` reports).
    static func problems(of document: IssuedDocument, kept: [UInt8]?, rerendered: [UInt8]) -> [String] {
        var problems: [String] = []
        if SHA256Hex.of(rerendered) != document.unsignedSHA256 || rerendered.count != document.unsignedLength {
            problems.append("\(document.number): re-rendered from its recorded input, it differs from the document as signed")
        }
        guard let file = kept else { return problems }
        if file.count < rerendered.count || !file[..<rerendered.count].elementsEqual(rerendered) {
            problems.append("\(document.number): \(document.file) does not start with the document re-rendered from its recorded input")
        }
        problems += sellerSignatureProblems(file, name: "\(document.number): \(document.file)")
        return problems
    }

    /// The seller's signature of a file Folio signed: present, intact, and covering the whole file.
    static func sellerSignatureProblems(_ file: [UInt8], name: String) -> [String] {
        let signatures: [PDFSignatureInfo]
        do { signatures = try PDFSignatures.read(file) } catch { return ["\(name): its signature cannot be read (\(error))"] }
        guard let seller = signatures.first(where: { $0.fieldName == DocumentSigner.sellerField }) else {
            return ["\(name): the seller's signature is missing"]
        }
        var problems: [String] = []
        if let shape = seller.byteRangeProblem { problems.append("\(name): the seller's signature is malformed (\(shape))") }
        let report = CMSSignatureCheck.checkIntegrity(seller.contents, content: seller.signedBytes)
        if !report.intact { problems.append("\(name): the seller's signature is broken (\(report.problems.joined(separator: "; ")))") }
        if !seller.coversWholeFile { problems.append("\(name): bytes were added after the seller's signature") }
        return problems
    }
}
