/// Temporary stand-in until the PDF reader lands (branch `pdfa`).
public enum PDFAttachments {
    public static func embeddedFiles(in pdf: [UInt8], maximumSize: Int) throws(PDFFileError) -> [EmbeddedFile] { [] }
}
