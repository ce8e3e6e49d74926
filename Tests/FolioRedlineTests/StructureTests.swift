import Testing
@testable import FolioRedline

@Suite("Terms read into articles: Markdown and plain text as published")
struct StructureTests {
    @Test("Markdown: front matter, comments and the title set aside; lettered parts whose articles restart at 1")
    func markdownParts() {
        let text = MarkdownTerms.read("""
            ---
            title: Terms of Service
            redirect_from: /tos/
            ---
            <!-- editors: keep the headings stable -->
            # Terms of Service

            Effective date: 1 September 2026.

            ## A. Definitions

            1. "Account" means your account.
            2. "Service" means the website.

            ## B. Account Terms

            ### 1. Account Controls

            You control your account.

            ### 2. Required Information

            You give a valid email address.

            ## C. Payment

            ### 1. Pricing

            | Plan | Price |
            | --- | --- |
            | Team | $4 per user |
            """)
        #expect(text.title == "Terms of Service")
        #expect(text.preamble?.paragraphs.map(\.text) == ["Effective date: 1 September 2026."])
        #expect(text.sections.map(\.label) == ["A", "B", "B/1", "B/2", "C", "C/1"])
        #expect(text.sections.map(\.level) == [1, 1, 2, 2, 1, 2])
        #expect(text.sections[0].paragraphs.map(\.text) == ["\"Account\" means your account.", "\"Service\" means the website."])
        #expect(text.sections[5].paragraphs.map(\.text) == ["Plan | Price", "Team | $4 per user"])
    }

    @Test("An item added at the top of a numbered list renumbers nothing; a paragraph removed whole is struck whole")
    func numberedListsAndWholeParagraphs() {
        let old = MarkdownTerms.read("## 1. Definitions\n\n1. “Fees” means the fees.\n2. “SOW” means a statement of work.\n\n“Credits” means prepaid services.\n\n“Public” means visible to all.\n")
        let new = MarkdownTerms.read("## 1. Definitions\n\n1. “Account” means your account.\n2. “Fees” means the fees.\n3. “SOW” means a statement of work.\n\n“Public” means visible to all.\n")
        let redline = TermsComparison.compare(old, new, old: RedlineVersion(name: "old"), new: RedlineVersion(name: "new"))
        let paragraphs = redline.articles[0].paragraphs
        #expect(paragraphs.map(\.onlyKind) == [.inserted, .kept, .kept, .deleted, .kept])
        #expect(paragraphs[3].spans.map(\.text) == ["“Credits” means prepaid services."])
    }

    @Test("Plain text: a title, a preamble, headings run into their text, sub-clauses, table rows and postcodes are text")
    func plainText() {
        let text = PlainTextTerms.read("""
            General Terms of Sale

            These terms apply to every order.

            Article 1 – Object. The present terms govern the sale of goods.
            Article 2 – Default or late payment In accordance with the law, any sum not paid on the due date bears penalties and the fixed indemnity.

            ARTICLE 3 - PRICES
            3.1 Prices are in euros.
            3.2 They include VAT.

            1 | Client | Travel |
            33758 Schloß Holte-Stukenbrock
            """)
        #expect(text.title == "General Terms of Sale")
        #expect(text.preamble?.paragraphs.map(\.text) == ["These terms apply to every order."])
        #expect(text.sections.map(\.label) == ["1", "2", "3", "3.1", "3.2"])
        #expect(text.sections.map(\.title) == ["Object", "Default or late payment", "PRICES", "", ""])
        #expect(text.sections[0].paragraphs.map(\.text) == ["The present terms govern the sale of goods."])
        #expect(text.sections[4].paragraphs.first?.text.hasPrefix("They include VAT.") == true)
    }
}

@Suite("Markdown headings written without #")
struct MarkdownHeadingTests {
    @Test("Setext headings, bold lines and « Article N » lines are headings; a bold sentence in a paragraph is not")
    func headings() {
        let text = MarkdownTerms.read("""
            Conditions générales
            ====================

            Préambule du vendeur.

            Article 1 — Objet

            Les présentes conditions s’appliquent.

            **Article 2 — Prix**

            Les prix sont en euros. **Ils s’entendent hors taxes.** *Voir* l’annexe 2 * 3.

            Paiement
            --------

            **2.1 Délai**

            Trente jours.
            """)
        #expect(text.title == "Conditions générales")
        #expect(text.sections.map(\.label) == ["1", "2", "Paiement", "2.1"])
        #expect(text.sections[1].paragraphs.map(\.text) == ["Les prix sont en euros. Ils s’entendent hors taxes. Voir l’annexe 2 * 3."])
    }
}
