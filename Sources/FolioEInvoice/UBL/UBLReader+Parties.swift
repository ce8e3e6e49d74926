import FolioCore

extension UBLReader {
    /// The seller (BG-4) or the buyer (BG-7), and the business terms of each.
    enum Role {
        case seller
        case buyer

        var group: String { self == .seller ? "BG-4" : "BG-7" }
        var path: String { self == .seller ? "cac:AccountingSupplierParty/cac:Party" : "cac:AccountingCustomerParty/cac:Party" }
        var name: String { self == .seller ? "BT-27" : "BT-44" }
        var country: String { self == .seller ? "BT-40" : "BT-55" }
    }

    /// BG-4 or BG-7: EndpointID (BT-34/BT-49), PartyIdentification (BT-29/BT-46), PartyName (BT-28/BT-45),
    /// PostalAddress, PartyTaxScheme (VAT: BT-31/BT-48; another scheme: BT-32), PartyLegalEntity
    /// (BT-27/BT-44, BT-30/BT-47, BT-33) and Contact.
    static func party(_ root: UBLNode, _ role: Role) throws(EInvoiceReadError) -> EInvoiceParty {
        guard let node = root.first(role.path) else { throw root.error(role.group, role.path, "missing") }
        var party = EInvoiceParty(name: try node.required(role.name, "cac:PartyLegalEntity/cbc:RegistrationName"))
        party.tradingName = node.text("cac:PartyName/cbc:Name")
        for identification in node.children("cac:PartyIdentification") {
            if let identifier = schemed(identification, "cbc:ID") { party.identifiers.append(identifier) }
        }
        party.legalRegistration = node.first("cac:PartyLegalEntity").flatMap { schemed($0, "cbc:CompanyID") }
        party.legalInformation = node.text("cac:PartyLegalEntity/cbc:CompanyLegalForm")
        for scheme in node.children("cac:PartyTaxScheme") {
            guard let identifier = scheme.text("cbc:CompanyID") else { continue }
            if scheme.text("cac:TaxScheme/cbc:ID")?.uppercased() == "VAT" {
                if party.vatNumber == nil { party.vatNumber = identifier }
            } else if party.taxRegistration == nil {
                party.taxRegistration = identifier
            }
        }
        party.electronicAddress = schemed(node, "cbc:EndpointID")
        if let address = node.first("cac:PostalAddress") { party.address = try self.address(address, country: role.country) }
        if let contact = node.first("cac:Contact") {
            let details = EInvoiceContact(name: contact.text("cbc:Name"), phone: contact.text("cbc:Telephone"),
                                          email: contact.text("cbc:ElectronicMail"))
            party.contact = details == EInvoiceContact() ? nil : details
        }
        return party
    }

    /// A postal address: StreetName, AdditionalStreetName and the AddressLine lines, in that order,
    /// the city, post code, region and the mandatory country code (`country` names its term).
    static func address(_ node: UBLNode, country: String) throws(EInvoiceReadError) -> EInvoiceAddress {
        var lines = [node.text("cbc:StreetName"), node.text("cbc:AdditionalStreetName")].compactMap { $0 }
        lines += node.children("cac:AddressLine").compactMap { $0.text("cbc:Line") }
        return EInvoiceAddress(lines: lines, city: node.text("cbc:CityName"), postcode: node.text("cbc:PostalZone"),
                               subdivision: node.text("cbc:CountrySubentity"),
                               countryCode: try node.required(country, "cac:Country/cbc:IdentificationCode"))
    }

    /// An identifier with its optional `schemeID`, nil when the element is absent or empty.
    static func schemed(_ node: UBLNode, _ path: String) -> SchemedIdentifier? {
        node.text(path).map { SchemedIdentifier(scheme: node.attribute("schemeID", at: path), value: $0) }
    }
}
