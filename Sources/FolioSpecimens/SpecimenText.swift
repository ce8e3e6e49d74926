/// Text for the specimen documents: terms-of-sale clauses written for Folio (not taken from any
/// real company's terms), in French, with some English and German, and names in other scripts.
enum SpecimenText {
    /// Articles of general terms of sale: a title and its paragraphs.
    static let frenchArticles: [(title: String, paragraphs: [String])] = [
        ("Objet et champ d'application", [
            "Les présentes conditions générales de vente régissent l'ensemble des ventes de marchandises et de logiciels conclues par le vendeur avec des clients professionnels. Elles prévalent sur tout document émanant du client, notamment ses conditions générales d'achat, sauf dérogation écrite et expresse acceptée par le vendeur.",
            "Le fait pour le vendeur de ne pas se prévaloir, à un moment donné, de l'une quelconque des présentes conditions ne peut être interprété comme valant renonciation à s'en prévaloir ultérieurement.",
        ]),
        ("Commandes", [
            "Toute commande suppose l'acceptation préalable d'un devis signé portant la mention « Bon pour accord ». Le devis reste valable pendant le délai qu'il indique ; passé ce délai, les prix et les disponibilités doivent être confirmés de nouveau.",
            "Une commande acceptée ne peut être annulée ou modifiée par le client qu'avec l'accord écrit du vendeur ; les frais déjà engagés restent alors dus. Les quantités commandées par référence peuvent être limitées afin de servir équitablement l'ensemble de la clientèle.",
        ]),
        ("Prix", [
            "Les prix s'entendent hors taxes, en euros, au tarif en vigueur au jour de la commande. La taxe sur la valeur ajoutée est facturée au taux applicable à la date de l'opération ; toute variation de ce taux est répercutée de plein droit.",
            "Lorsque la prestation s'étend sur plusieurs mois, le prix peut être révisé à chaque échéance annuelle selon l'évolution de l'indice convenu, la nouvelle valeur étant égale à l'ancienne multipliée par le rapport entre le dernier indice publié et l'indice de référence.",
        ]),
        ("Acompte et modalités de paiement", [
            "Sauf stipulation contraire du devis, un acompte de trente pour cent du montant toutes taxes comprises est exigible à la commande ; le solde est payable à trente jours à compter de la date d'émission de la facture, par virement sur le compte indiqué sur celle-ci.",
            "Aucun escompte n'est accordé en cas de paiement anticipé. Les frais bancaires liés aux virements internationaux demeurent à la charge du client ; un prélèvement rejeté donne lieu à la facturation des frais supportés par le vendeur.",
        ]),
        ("Retard de paiement", [
            "Tout retard de paiement entraîne de plein droit, dès le lendemain de l'échéance et sans qu'un rappel soit nécessaire, des pénalités calculées sur le montant toutes taxes comprises restant dû, au taux indiqué sur la facture, lequel ne peut être inférieur à trois fois le taux de l'intérêt légal.",
            "Le client professionnel en retard est en outre redevable d'une indemnité forfaitaire pour frais de recouvrement de quarante euros ; si les frais réellement exposés sont supérieurs, une indemnisation complémentaire peut être demandée sur justificatifs.",
            "À défaut de paiement quinze jours après une mise en demeure restée sans effet, le vendeur peut suspendre toute livraison en cours et exiger le paiement immédiat de l'ensemble des sommes dues, y compris celles non encore échues.",
        ]),
        ("Réserve de propriété", [
            "Les marchandises restent la propriété du vendeur jusqu'au paiement intégral du prix en principal et accessoires, conformément à la loi n° 80-335 du 12 mai 1980. Le client en supporte néanmoins les risques dès leur remise, et s'engage à les assurer et à les conserver de manière à ce qu'elles demeurent identifiables.",
        ]),
        ("Livraison et transfert des risques", [
            "Les délais de livraison sont donnés à titre indicatif. Un retard raisonnable ne peut justifier ni l'annulation de la commande ni le versement de dommages et intérêts. Le transfert des risques intervient à la remise des marchandises au transporteur ou au client.",
            "Il appartient au client de vérifier l'état des colis à réception et de formuler, le cas échéant, des réserves précises auprès du transporteur dans les trois jours ouvrables suivant la livraison, par lettre recommandée.",
        ]),
        ("Garantie", [
            "Les marchandises bénéficient de la garantie légale de conformité et de la garantie contre les vices cachés. Sont exclus les défauts résultant d'une utilisation anormale, d'une intervention non autorisée ou de l'usure normale.",
            "Un produit retourné sans accord préalable n'est pas accepté. Le retour s'effectue dans l'emballage d'origine, aux frais du client, dans un délai de quinze jours calendaires ; une décote peut s'appliquer selon l'état constaté.",
        ]),
        ("Responsabilité", [
            "La responsabilité du vendeur est limitée aux dommages directs et prévisibles, et plafonnée au montant payé par le client au titre de la commande concernée. Le vendeur ne répond ni des pertes de données, ni des pertes d'exploitation, ni des manques à gagner.",
        ]),
        ("Force majeure", [
            "Aucune partie ne peut être tenue responsable de l'inexécution de ses obligations lorsque celle-ci résulte d'un cas de force majeure au sens de l'article 1218 du Code civil. La partie empêchée informe l'autre sans délai ; si l'empêchement dure plus de deux mois, chacune peut résilier la commande sans indemnité.",
        ]),
        ("Données personnelles", [
            "Les données collectées lors de la commande sont traitées pour la gestion de la relation commerciale, la facturation et le respect des obligations légales, conformément au règlement (UE) 2016/679. Chaque personne concernée peut exercer ses droits d'accès, de rectification et d'opposition en écrivant à dpo@example.com ou sur https://www.example.com/donnees-personnelles.",
        ]),
        ("Droit applicable, juridiction et langue", [
            "Les présentes conditions sont soumises au droit français. Tout litige relatif à leur interprétation ou à leur exécution relève, à défaut d'accord amiable, de la compétence exclusive du tribunal de commerce du siège du vendeur, y compris en cas de pluralité de défendeurs ou d'appel en garantie.",
            "En cas de traduction, seule la version française fait foi. Les montants sont exprimés avec leurs séparateurs usuels, par exemple 1 234 567,89 € ou 12 % ; ils ne sont jamais coupés en fin de ligne.",
        ]),
    ]

    static let englishParagraph = "These general terms of sale govern every sale of goods and software made by the seller to business customers. Any order implies the prior acceptance of a signed quotation; accepted orders may be cancelled only with the seller's written consent. Payment is due thirty days from the invoice date, without any discount for early payment; late payment automatically bears penalties and a fixed recovery indemnity."

    static let germanParagraph = "Diese Allgemeinen Geschäftsbedingungen gelten für sämtliche Lieferungen und Leistungen gegenüber Unternehmern. Die Rechnungsbeträge sind innerhalb von dreißig Tagen nach Rechnungsdatum ohne Abzug zur Zahlung fällig; bei Zahlungsverzug werden Verzugszinsen sowie eine Verzugskostenpauschale berechnet."

    /// Client names in scripts the main font lacks, or letters it must get right.
    static let internationalNames = [
        "Ελληνική Εταιρεία Λογισμικού Α.Ε.",
        "Przedsiębiorstwo Łódzkie Sp. z o.o.",
        "Türkiye Yazılım Şirketi A.Ş.",
        "Công ty Trách nhiệm Hữu hạn Phần mềm Việt",
        "Հայկական Ծրագրային Ընկերություն",
        "ქართული პროგრამული კომპანია",
        "חברת התוכנה הישראלית בע\"מ",
    ]
}
