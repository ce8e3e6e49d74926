/// An XMP schema PDF/A does not predefine, described in the metadata itself (ISO 19005-1 §6.7.8,
/// the `pdfaExtension:schemas` container) together with the values of its properties.
///
/// The Factur-X schema, for instance: namespace `urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#`,
/// prefix `fx`, and the properties DocumentFileName, DocumentType, Version and ConformanceLevel.
public struct XMPExtensionSchema: Sendable, Hashable {
    /// One property of the schema, described and given its value.
    public struct Property: Sendable, Hashable {
        /// Whether the property's value is shown to people (`external`) or only meant for programs (`internal`).
        public enum Category: String, Sendable, Hashable {
            case external
            case `internal`
        }

        /// The property's name in its namespace, e.g. `DocumentType`.
        public var name: String
        /// Its XMP value type, e.g. `Text`.
        public var valueType: String
        public var category: Category
        /// What the property means (`pdfaProperty:description`).
        public var description: String
        /// The property's value in this document, e.g. `INVOICE`.
        public var value: String

        public init(name: String, valueType: String = "Text", category: Category = .external, description: String, value: String) {
            self.name = name
            self.valueType = valueType
            self.category = category
            self.description = description
            self.value = value
        }
    }

    /// The schema's namespace URI, e.g. `urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#`.
    public var namespaceURI: String
    /// The namespace prefix used in the metadata, e.g. `fx`.
    public var prefix: String
    /// The schema's name (`pdfaSchema:schema`), e.g. `Factur-X PDFA Extension Schema`.
    public var name: String
    public var properties: [Property]

    public init(namespaceURI: String, prefix: String, name: String, properties: [Property]) {
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.name = name
        self.properties = properties
    }
}
