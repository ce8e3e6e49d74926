import FolioCore

extension UBLWriter {
    /// The tax scheme of the seller's tax registration other than VAT (BT-32): UBL only asks that it
    /// not be `VAT`; « FC » (fiscal code) is the scheme identifier the CII binding gives the same term.
    // EN 16931 UBL binding: BT-32 is PartyTaxScheme/CompanyID whose TaxScheme/ID is not VAT.
    static let taxRegistrationScheme = "FC"

    /// BG-4 or BG-7 as a `cac:Party`: EndpointID, PartyIdentification, PartyName, PostalAddress,
    /// PartyTaxScheme, PartyLegalEntity, Contact.
    static func party(_ xml: inout XMLWriter, _ party: EInvoiceParty) {
        xml.element("cac:Party") { xml in
            if let electronic = party.electronicAddress {
                // BR-62, BR-63: an electronic address has a scheme; « EM » (e-mail) when none is known.
                xml.element("cbc:EndpointID", electronic.value, ["schemeID": electronic.scheme ?? "EM"])
            }
            for identifier in party.identifiers {
                xml.element("cac:PartyIdentification") { schemed(&$0, "cbc:ID", identifier) }
            }
            if let tradingName = party.tradingName {
                xml.element("cac:PartyName") { $0.element("cbc:Name", tradingName) }
            }
            if let address = party.address { self.address(&xml, "cac:PostalAddress", address) }
            if let vatNumber = party.vatNumber { taxScheme(&xml, vatNumber, scheme: "VAT") }
            if let registration = party.taxRegistration { taxScheme(&xml, registration, scheme: taxRegistrationScheme) }
            xml.element("cac:PartyLegalEntity") { xml in
                xml.element("cbc:RegistrationName", party.name)
                if let registration = party.legalRegistration { schemed(&xml, "cbc:CompanyID", registration) }
                xml.element("cbc:CompanyLegalForm", party.legalInformation)
            }
            if let contact = party.contact {
                xml.element("cac:Contact") { xml in
                    xml.element("cbc:Name", contact.name)
                    xml.element("cbc:Telephone", contact.phone)
                    xml.element("cbc:ElectronicMail", contact.email)
                }
            }
        }
    }

    /// BG-5, BG-8 or BG-15: up to three lines as StreetName, AdditionalStreetName and AddressLine.
    static func address(_ xml: inout XMLWriter, _ name: String, _ address: EInvoiceAddress) {
        xml.element(name) { xml in
            let lines = address.lines
            xml.element("cbc:StreetName", lines.first)
            xml.element("cbc:AdditionalStreetName", lines.count > 1 ? lines[1] : nil)
            xml.element("cbc:CityName", address.city)
            xml.element("cbc:PostalZone", address.postcode)
            xml.element("cbc:CountrySubentity", address.subdivision)
            for line in lines.dropFirst(2) {
                xml.element("cac:AddressLine") { $0.element("cbc:Line", line) }
            }
            xml.element("cac:Country") { $0.element("cbc:IdentificationCode", address.countryCode) }
        }
    }

    private static func taxScheme(_ xml: inout XMLWriter, _ identifier: String, scheme: String) {
        xml.element("cac:PartyTaxScheme") { xml in
            xml.element("cbc:CompanyID", identifier)
            xml.element("cac:TaxScheme") { $0.element("cbc:ID", scheme) }
        }
    }

    private static func schemed(_ xml: inout XMLWriter, _ name: String, _ identifier: SchemedIdentifier) {
        if let scheme = identifier.scheme {
            xml.element(name, identifier.value, ["schemeID": scheme])
        } else {
            xml.element(name, identifier.value)
        }
    }
}
