import FolioCore
import FolioEInvoice
import FolioPDF
import Foundation

/// The finishing every document gets by default: a PDF/A-3b for archiving, and for an issued invoice,
/// deposit invoice or credit note, a Factur-X e-invoice (ZUGFeRD for a German seller) — its CII XML
/// embedded as `factur-x.xml`.
///
/// The XML is written from the same computed document the PDF shows (``DocumentFacts/eInvoice``),
/// never recomputed. Dates come from the document, never from the clock: the same document gives the
/// same bytes, so `ledger verify --rerender` still compares equal.
public struct FacturXFinishing: FinishingStep {
    /// The Factur-X specification's names for its attachment and XMP schema.
    // Factur-X 1.0.07 (FNFE-MPE / FeRD), § 6.2: factur-x.xml, AFRelationship /Alternative for EN 16931.
    public static let fileName = "factur-x.xml"
    static let namespace = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
    static let conformanceLevel = "EN 16931"

    let colorProfile: PDFColorProfile

    /// - Parameter colorProfile: the sRGB ICC profile the output intent carries (`color/sRGB.icc`).
    public init(colorProfile: [UInt8]) {
        self.colorProfile = PDFColorProfile(colorProfile)
    }

    /// The step with the profile shipped in Folio's resources.
    public init(resources: URL) throws {
        do { colorProfile = PDFColorProfile(try ColorProfiles.sRGB(resources: resources)) } catch {
            throw InputError(source: resources.appendingPathComponent(ColorProfiles.sRGBPath).path, "\(error)")
        }
    }

    /// What the format is called where the seller is: ZUGFeRD in Germany, Factur-X elsewhere. Since
    /// ZUGFeRD 2.1 both are the same format: the same CII, file name and XMP schema.
    // FeRD, ZUGFeRD 2.3 specification, « ZUGFeRD 2.x and Factur-X 1.0 are identical ».
    static func name(of invoice: EInvoice) -> String {
        invoice.seller.address.flatMap { Jurisdiction(sellerCountry: $0.countryCode) } == .germany ? "ZUGFeRD" : "Factur-X"
    }

    public func finish(_ pdf: [UInt8], of document: DocumentFacts) throws -> [UInt8] {
        guard let created = PDFDate(year: document.date.year, month: document.date.month, day: document.date.day) else {
            throw InputError(source: nil, "\(document.date) cannot be written as a PDF date")
        }
        var extensions: [XMPExtensionSchema] = []
        var attachments: [PDFAttachment] = []
        if let invoice = document.eInvoice {
            attachments.append(PDFAttachment(fileName: Self.fileName, mimeType: "text/xml", relationship: .alternative,
                                             description: "\(Self.name(of: invoice)) \(Self.conformanceLevel) — \(invoice.number)",
                                             modificationDate: created, bytes: CIIWriter.xml(invoice)))
            extensions.append(XMPExtensionSchema(namespaceURI: Self.namespace, prefix: "fx", name: "Factur-X PDFA Extension Schema", properties: [
                .init(name: "DocumentFileName", description: "The name of the embedded XML document", value: Self.fileName),
                .init(name: "DocumentType", description: "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER", value: "INVOICE"),
                .init(name: "Version", description: "The actual version of the standard applying to the embedded XML document", value: "1.0"),
                .init(name: "ConformanceLevel", description: "The conformance level of the embedded XML document", value: Self.conformanceLevel),
            ]))
        }
        let metadata = PDFAMetadata(
            title: document.title, author: document.author, subject: document.eInvoice.map { "\(Self.name(of: $0)) \(Self.conformanceLevel)" },
            creatorTool: "Folio \(FolioVersion.current)", producer: "Folio \(FolioVersion.current) with cairo",
            creationDate: created, language: document.language.rawValue, extensions: extensions)
        do {
            return try PDFA3.finish(pdf, metadata: metadata, attachments: attachments, colorProfile: colorProfile)
        } catch {
            throw InputError(source: document.number ?? document.title, "cannot be finished as PDF/A-3: \(error)")
        }
    }
}

extension Finishing {
    /// What Folio does by default: ``FacturXFinishing``, with the colour profile of `resources`.
    public static func standard(resources: URL) throws -> Finishing {
        Finishing([try FacturXFinishing(resources: resources)])
    }
}
