/// The seller of a company's documents is the company its profile describes: an order needs no
/// `seller`, and one it gives must agree with the profile field by field. Documents then print the
/// profile's legal identity (CGI ann. II art. 242 nonies A; C. com. R123-237).
extension CompanyProfile {
    /// The law the company is established under; French for a country Folio knows no law of, which
    /// ``checkAsSeller()`` refuses.
    public var law: any SellerLaw { (Jurisdiction(sellerCountry: address.country) ?? .france).law }

    /// The company as the seller of its documents.
    public var seller: Party {
        Party(name: legalName, siren: siren, siret: siret, vatNumber: vatNumber, country: address.country,
              address: address, isBusiness: true, vatFranchise: vatFranchise, vatOnDebits: vatOnDebits, iban: iban)
            .with(electronicAddress: electronicAddress).with(taxNumber: taxNumber)
    }

    /// Refuses a profile that cannot be the seller of an invoice, naming its field: its identity
    /// (``checkIdentity()``); a French company gives its VAT number unless it is under the franchise,
    /// that number belongs to its SIREN, and its SIRET starts with the SIREN (CGI ann. II art. 242 nonies A).
    public func checkAsSeller() throws(InvalidField) {
        let jurisdiction = Jurisdiction(sellerCountry: address.country)
        try checkIdentity()
        guard jurisdiction == .france, let siren else { return }
        if !vatFranchise {
            guard let vatNumber else {
                throw InvalidField("vatNumber", "required unless the company is under the VAT franchise (vatFranchise: true, CGI art. 293 B)")
            }
            if vatNumber.prefix == "FR", vatNumber.number.dropFirst(2) != siren.digits {
                throw InvalidField("vatNumber", "\(vatNumber) does not belong to SIREN \(siren.digits) (expected \(VATNumber(siren: siren)))")
            }
        }
        if let siret, siret.siren != siren.digits {
            throw InvalidField("siret", "SIRET \(siret.digits) does not start with the SIREN \(siren.digits)")
        }
    }

    /// Refuses a profile without the identity the law of its country asks for, naming the field: a
    /// SIREN in France; in Germany a Steuernummer or USt-IdNr., the register entry and managing
    /// directors of a GmbH, UG or AG; and no identifier of the other country.
    public func checkIdentity() throws(InvalidField) {
        guard let jurisdiction = Jurisdiction(sellerCountry: address.country) else {
            throw InvalidField("address.country", Jurisdiction.unknown(address.country))
        }
        switch jurisdiction {
        case .france:
            guard siren != nil else {
                throw InvalidField("siren", "required for a company established in France (CGI ann. II art. 242 nonies A)")
            }
            for (field, given) in [("taxNumber", taxNumber != nil), ("commercialRegister", commercialRegister != nil),
                                   ("managingDirectors", !managingDirectors.isEmpty)] where given {
                throw InvalidField(field, "is for a company established in Germany; a French company gives its SIREN and rcsCity")
            }
        case .germany:
            try checkGermanIdentity()
        }
    }

    private func checkGermanIdentity() throws(InvalidField) {
        for (field, given) in [("siren", siren != nil), ("siret", siret != nil), ("rcsCity", rcsCity != nil), ("ape", apeCode != nil)] where given {
            throw InvalidField(field, "is a French identifier; a company established in Germany gives taxNumber (Steuernummer), vatNumber (USt-IdNr.) and commercialRegister")
        }
        if let vatNumber, vatNumber.prefix != "DE" {
            throw InvalidField("vatNumber", "\(vatNumber) is not a German VAT identification number (USt-IdNr., DE and 9 digits)")
        }
        // § 14 Abs. 4 Nr. 2 UStG.
        guard vatNumber != nil || taxNumber != nil else {
            throw InvalidField("taxNumber", "required: a German company's invoices state its Steuernummer or its USt-IdNr. (vatNumber) (§ 14 Abs. 4 Nr. 2 UStG)")
        }
        let form = legalForm.lowercased()
        let isCapitalCompany = ["gmbh", "ug", "ag", "kgaa", "se"].contains { form.split(whereSeparator: { !$0.isLetter }).map(String.init).contains($0) }
        // § 35a Abs. 1 GmbHG, § 80 Abs. 1 AktG.
        if isCapitalCompany, commercialRegister == nil {
            throw InvalidField("commercialRegister", "required for a \(legalForm): its business letters state the register court and number (§ 35a GmbHG, § 80 AktG), e.g. {court: Amtsgericht Köln, number: HRB 12345}")
        }
        if isCapitalCompany, managingDirectors.isEmpty {
            throw InvalidField("managingDirectors", "required for a \(legalForm): its business letters name every managing director with a first name in full (§ 35a GmbHG, § 80 AktG)")
        }
    }

    /// The seller of an order: the profile's, once a seller the order gives is found to agree with it.
    ///
    /// A field the order leaves out is the profile's; a field it gives must be the profile's value
    /// (the name may add the legal form: « Atelier Numérique SAS » for « Atelier Numérique », SAS).
    /// `vatFranchise` and `vatOnDebits` given as true must be true in the profile.
    public func seller(agreeingWith given: Party?) throws(SellerMismatch) -> Party {
        guard let given else { return seller }
        func mismatch(_ field: String, _ profileField: String, _ givenValue: String, _ profileValue: String?) -> SellerMismatch {
            SellerMismatch(field: "seller.\(field)", profileField: profileField, given: givenValue, profile: profileValue)
        }
        if let siren = given.siren, siren != self.siren {
            throw mismatch("siren", "siren", siren.description, self.siren?.description)
        }
        if let siret = given.siret, siret != self.siret {
            throw mismatch("siret", "siret", siret.description, self.siret?.description)
        }
        if let taxNumber = given.taxNumber, taxNumber != self.taxNumber {
            throw mismatch("taxNumber", "taxNumber", taxNumber.text, self.taxNumber?.text)
        }
        if let vatNumber = given.vatNumber, vatNumber != self.vatNumber {
            throw mismatch("vatNumber", "vatNumber", vatNumber.description, self.vatNumber?.description)
        }
        let names = [legalName, "\(legalName) \(legalForm)"].map(Self.comparable)
        guard names.contains(Self.comparable(given.name)) else {
            throw mismatch("name", "legalName", given.name, legalName)
        }
        if given.country != address.country {
            throw mismatch("country", "address.country", given.country, address.country)
        }
        if let address = given.address, Self.comparable(address) != Self.comparable(self.address) {
            throw mismatch("address", "address", Self.oneLine(address), Self.oneLine(self.address))
        }
        if let iban = given.iban, iban != self.iban {
            throw mismatch("iban", "iban", iban.description, self.iban?.description)
        }
        if let electronic = given.electronicAddress, electronic != electronicAddress {
            throw mismatch("electronicAddress", "electronicAddress", electronic.description, electronicAddress?.description)
        }
        if given.vatFranchise, !vatFranchise {
            throw mismatch("vatFranchise", "vatFranchise", "true", "false")
        }
        if given.vatOnDebits, !vatOnDebits {
            throw mismatch("vatOnDebits", "vatOnDebits", "true", "false")
        }
        if !given.isBusiness {
            throw mismatch("kind", "legalForm", "individual", legalForm)
        }
        return seller
    }

    /// Case, commas and runs of spaces aside.
    static func comparable(_ text: String) -> String {
        text.lowercased().replacingCommas.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func comparable(_ address: Address) -> [String] {
        (address.lines + [address.postcode ?? "", address.city, address.country]).map(comparable)
    }

    static func oneLine(_ address: Address) -> String {
        (address.lines + [[address.postcode, address.city].compactMap { $0 }.joined(separator: " "), address.country])
            .joined(separator: ", ")
    }
}

/// An order's seller that is not the company of the profile it is computed with: the order's field,
/// the profile's field, and both values. Whoever knows the profile's file names it.
public struct SellerMismatch: Error, Sendable, Hashable {
    /// The order's field: `seller.siren`.
    public let field: String
    /// The profile's field: `siren`, `address.country`.
    public let profileField: String
    public let given: String
    /// Nil when the profile has no such value.
    public let profile: String?

    /// Why, with the profile's file named: « 443 061 841 differs from the company profile
    /// examples/company/profile.yaml, whose siren is 912 345 618 (the order may leave seller out) ».
    public func reason(profileFile: String) -> String {
        if let profile {
            return "\(given) differs from the company profile \(profileFile), whose \(profileField) is \(profile) (the company of the profile is the seller: leave seller out, or give the profile's values)"
        }
        return "\(given) is given, but the company profile \(profileFile) has no \(profileField) (leave \(field) out, or add \(profileField) to the profile)"
    }
}

extension String {
    fileprivate var replacingCommas: String { String(map { $0 == "," ? " " : $0 }) }
}
