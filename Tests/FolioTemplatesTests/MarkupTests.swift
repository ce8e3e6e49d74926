import FolioTemplates
import Testing

/// Folio markup: blocks, inline formatting, tables, and values that must print as written.
@Suite("Folio markup")
struct MarkupTests {
    @Test("Headings, paragraphs, lists, rules, boxes, columns and fields")
    func blocks() throws {
        let blocks = try MarkupParser.parse("""
            # Facture {#top}
            Une ligne
            qui continue.

            ~ Petits caractères.
            - un
            - deux
            1. premier
            ---
            ::: box width=240 align=right min-height=80
            **Bon pour accord**
            :::
            ::: columns
            A
            |||
            B
            :::
            ::: fields
            Date :: 22/11/2026
            :::
            ::: keep
            Fin.
            ::: box
            Signature
            :::
            :::
            !space 12
            +++
            """)
        #expect(blocks == [
            .heading(level: 1, inlines: [.text("Facture")], anchor: "top"),
            .paragraph([.text("Une ligne qui continue.")], small: false),
            .paragraph([.text("Petits caractères.")], small: true),
            .list(items: [[.text("un")], [.text("deux")]], numbered: false),
            .list(items: [[.text("premier")]], numbered: true),
            .rule,
            .box(options: ["width": "240", "align": "right", "min-height": "80"],
                 blocks: [.paragraph([.bold([.text("Bon pour accord")])], small: false)]),
            .columns([[.paragraph([.text("A")], small: false)], [.paragraph([.text("B")], small: false)]]),
            .fields([MarkupField(label: [.text("Date")], value: [.text("22/11/2026")])]),
            .keep([.paragraph([.text("Fin.")], small: false),
                   .box(options: [:], blocks: [.paragraph([.text("Signature")], small: false)])]),
            .space(12),
            .pageBreak,
        ])
    }

    @Test("Inline bold, italic, links and line breaks")
    func inlines() throws {
        let blocks = try MarkupParser.parse(#"Voir **l'article *5*** et [le site](https://example.com), ligne\nsuivante."#)
        #expect(blocks == [.paragraph([
            .text("Voir "), .bold([.text("l'article "), .italic([.text("5")])]), .text(" et "),
            .link([.text("le site")], target: "https://example.com"), .text(", ligne"), .lineBreak, .text("suivante."),
        ], small: false)])
    }

    @Test("Tables: header, column specification, body, totals, spans")
    func tables() throws {
        let blocks = try MarkupParser.parse("""
            | Désignation | Qté | Total |
            |===|---:|---:|
            | Licence | 2 | 100,00 € |
            |---|---|---|
            | Total HT | < | 100,00 € |
            """)
        guard case .table(let table) = blocks.first else { Issue.record("not a table"); return }
        #expect(table.columns.map(\.width) == [.fill, .auto, .auto])
        #expect(table.columns.map(\.rightAligned) == [false, true, true])
        #expect(table.header.count == 1 && table.body.count == 1 && table.footer.count == 1)
        #expect(table.footer[0].map(\.span) == [2, 1])
    }

    @Test("A body row written |~ continues the row above it (a line's discount under the line)")
    func continuationRows() throws {
        let blocks = try MarkupParser.parse("""
            | Désignation | Montant |
            |===|---:|
            | Livres | 1 470,00 € |
            |~ *Remise quantité : 5 % de 1 470,00 €* | −73,50 € |
            | Port | 35,00 € |
            """)
        guard case .table(let table) = blocks.first else { Issue.record("not a table"); return }
        #expect(table.body.count == 3)
        #expect(table.continuations == [1])
        #expect(table.body[1][0].inlines == [.italic([.text("Remise quantité : 5 % de 1 470,00 €")])])
        #expect(throws: MarkupError(line: 1, reason: "a row written |~ continues a body row, so it comes after one")) {
            try MarkupParser.parse("|~ a | b |\n|---|---|")
        }
        #expect(throws: MarkupError(line: 3, reason: "a row written |~ continues a body row, so it comes after one")) {
            try MarkupParser.parse("| a | b |\n|---|---|\n|~ c | d |")
        }
    }

    @Test("Escaped values print literally: markup, template syntax, backslashes, line breaks")
    func escaping() throws {
        for value in ["**Acme**", "# 1 SARL", "- tiret", "<b>Acme</b>", "{{name}}", "| a | b |", "12. rue", "a \\ b", "[x](y)", "~ tilde", ":::", "!image logo 10"] {
            let blocks = try MarkupParser.parse(MarkupEscaping.escape(value))
            #expect(blocks == [.paragraph([.text(value)], small: false)], "\(value)")
        }
        let twoLines = try MarkupParser.parse(MarkupEscaping.escape("12 rue des Lilas\n75011 Paris"))
        #expect(twoLines == [.paragraph([.text("12 rue des Lilas"), .lineBreak, .text("75011 Paris")], small: false)])
    }

    @Test("Escaping over scalars decides as the characters do: combining marks, CR LF, emoji keycaps, every ASCII sign")
    func escapingAsCharacters() {
        // The rule as first written, character by character.
        func reference(_ text: String) -> String {
            var escaped = ""
            for character in text {
                if character == "\n" || character == "\r\n" {
                    escaped += "\\n"
                } else if character.isASCII, character.isPunctuation || character.isSymbol {
                    escaped.append("\\")
                    escaped.append(character)
                } else {
                    escaped.append(character)
                }
            }
            return escaped
        }
        let ascii = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
        for value in [ascii, "a\r\nb\rc\nd", "'\u{301}x", "#\u{FE0F}\u{20E3} 1", "*\u{200D}*", "Crédit n° 12 €", "é\u{301}!", "«\u{A0}»",
                      "1\u{1F3FB}+", "👩‍💻 & co", "\r\n\r\n", "\\", "", "tab\there"] {
            #expect(MarkupEscaping.escape(value) == reference(value), "\(value.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Markup errors name the line and the reason")
    func errors() {
        #expect(throws: MarkupError(line: 2, reason: "unknown directive !picture (known: !image, !space)")) {
            try MarkupParser.parse("Texte\n!picture logo 10")
        }
        #expect(throws: MarkupError(line: 1, reason: "a table needs a separator row such as |---|===|---:| after its header")) {
            try MarkupParser.parse("| a | b |")
        }
        #expect(throws: MarkupError(line: 3, reason: "a table row has 1 cells for 2 columns")) {
            try MarkupParser.parse("| a | b |\n|---|---|\n| c |")
        }
    }
}

/// Markup a hostile template could hold (README « Hostile input »): read in linear time, its nesting bounded.
@Suite("Folio markup, hostile")
struct HostileMarkupTests {
    @Test("::: blocks nested 17 deep are refused at the line of the 17th")
    func nestedBlocks() throws {
        let text = String(repeating: "::: keep\n", count: 17) + "x\n" + String(repeating: ":::\n", count: 17)
        #expect { try MarkupParser.parse(text) } throws: { "\($0)".contains("line 17") && "\($0)".contains("nested more than 16 deep") }
        let fine = String(repeating: "::: keep\n", count: 16) + "x\n" + String(repeating: ":::\n", count: 16)
        #expect(try MarkupParser.parse(fine).count == 1)
    }

    @Test("a line of 100,000 unclosed brackets, links or stars reads as text, without a search from each")
    func linesOfMarkers() throws {
        for line in [String(repeating: "[", count: 100_000) + "x" + String(repeating: "]", count: 100_000),
                     String(repeating: "[a](", count: 25_000), String(repeating: "*", count: 100_000)] {
            let blocks = try MarkupParser.parse(line)
            #expect(blocks.count == 1)
        }
    }

    @Test("links and styles nested deeper than 32 print their markers as text; shallower ones still nest")
    func nestedLinks() throws {
        let deep = String(repeating: "[", count: 40) + "x" + String(repeating: "](t)", count: 40)
        #expect(try MarkupParser.parse(deep).count == 1)
        let blocks = try MarkupParser.parse("[**[a](b)**](c)")
        #expect("\(blocks)".contains("link") && "\(blocks)".contains("bold"))
    }
}
