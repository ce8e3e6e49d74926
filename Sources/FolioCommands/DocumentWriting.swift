import FolioCore
import FolioInput
import FolioLayout
import FolioPDF
import FolioTemplates
import Foundation

/// Composes, typesets and writes one document: company profile, template in force, PDF, atomically.
enum DocumentWriting {
    /// Writes the PDF and returns its page count; bad input throws an `InputFailure` naming the file.
    static func write(template: String, computed: ComputedOrder, companyFile: String, language: DocumentLanguage,
                      number: String?, to path: String) throws -> Int {
        let profile: CompanyProfile
        do {
            profile = try CompanyProfileReader.read(contentsOf: URL(fileURLWithPath: companyFile))
        } catch {
            throw InputFailure(file: companyFile, error)
        }
        if let siren = computed.order.seller.siren, siren != profile.siren {
            throw InputFailure("seller.siren: \(siren) is not the company profile's SIREN (\(profile.siren), \(companyFile))")
        }
        let resources = try ResourceDirectory.locate()
        var images: [String: PNGImage] = [:]
        if let logo = profile.logo {
            let url = URL(fileURLWithPath: companyFile).deletingLastPathComponent().appendingPathComponent(logo)
            guard let data = try? Data(contentsOf: url) else { throw InputFailure("\(companyFile): logo: cannot read \(url.path)") }
            do { images["logo"] = try PNGImage(data: data) } catch { throw InputFailure("\(companyFile): logo: \(error)") }
        }
        let catalog: TemplateCatalog
        do {
            catalog = try TemplateCatalog(root: resources.appendingPathComponent("templates"))
        } catch {
            throw InputFailure("templates: \(error)")
        }
        let values = DocumentValues(computed: computed, company: profile, language: language, number: number)
        let document: Document
        do {
            document = try DocumentComposer(catalog: catalog, images: images).compose(template: template, values: values).document
        } catch let error as TemplateCatalogError {
            throw InputFailure("\(template): \(error)")
        }
        let typesetter = try Typesetter(resources: resources)
        let laidOut = try typesetter.typeset(document)
        let bytes = try PDFRenderer().render(laidOut)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        try AtomicFile.write(Data(bytes), to: path)
        return laidOut.pages.count
    }
}
