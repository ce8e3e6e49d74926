/// Cuts an article's text into tokens: words, signs, and figures kept whole.
enum Tokenizer {
    /// The tokens of paragraphs, a paragraph break between two, an item mark before a list item.
    static func tokens(_ paragraphs: [TermsParagraph], strict: Bool) -> [Token] {
        var tokens: [Token] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { tokens.append(Token(text: "", trailing: "", key: "¶", kind: .paragraphBreak)) }
            if paragraph.isItem { tokens.append(Token(text: "", trailing: "", key: "•", kind: .itemMark)) }
            tokens += self.tokens(paragraph.text, strict: strict)
        }
        return tokens
    }

    /// The tokens of one text.
    static func tokens(_ text: String, strict: Bool) -> [Token] {
        var tokens: [Token] = []
        let figures = FigurePatterns.matches(in: text)
        var nextFigure = 0
        var index = text.startIndex
        func append(_ piece: Substring, _ kind: Token.Kind) {
            let written = String(piece)
            var key = strict ? written : Typography.plain(written)
            switch kind {
            // A figure or citation reflowed over two lines is the same figure.
            case .figure, .citation: if !strict { key = key.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            case let .reference(noun, numbers): key = "\(noun) \(numbers.joined(separator: ","))"
            default: break
            }
            tokens.append(Token(text: written, trailing: "", key: key, kind: kind))
        }
        while index < text.endIndex {
            if nextFigure < figures.count, figures[nextFigure].0.lowerBound == index {
                let (range, match) = figures[nextFigure]
                nextFigure += 1
                switch match {
                case .figure(let kind): append(text[range], .figure(kind))
                case .citation: append(text[range], .citation)
                case .reference:
                    let reference = FigurePatterns.referenceNumbers(String(text[range]))
                    append(text[range], .reference(noun: reference.noun, numbers: reference.numbers))
                }
                index = range.upperBound
                continue
            }
            let character = text[index]
            let limit = nextFigure < figures.count ? figures[nextFigure].0.lowerBound : text.endIndex
            if Typography.isSpace(character) {
                var end = text.index(after: index)
                while end < limit, Typography.isSpace(text[end]) { end = text.index(after: end) }
                if tokens.isEmpty {
                    // Spaces before the first token are no part of the text.
                } else {
                    tokens[tokens.count - 1].trailing += text[index..<end]
                }
                index = end
                continue
            }
            if isWordCharacter(character) {
                var end = text.index(after: index)
                while end < limit {
                    let next = text[end]
                    if isWordCharacter(next) { end = text.index(after: end); continue }
                    // An apostrophe or hyphen inside a word (l’article, vingt-quatre) keeps it whole.
                    if "'’-‑".contains(next), text.index(after: end) < limit, isWordCharacter(text[text.index(after: end)]) {
                        end = text.index(after: end)
                        continue
                    }
                    break
                }
                append(text[index..<end], .word)
                index = end
                continue
            }
            append(text[index...index], .punctuation)
            index = text.index(after: index)
        }
        if strict {
            for index in tokens.indices where !tokens[index].trailing.isEmpty && index < tokens.count - 1 {
                tokens[index].key += tokens[index].trailing
            }
        }
        return tokens
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        // ASCII first: Unicode properties are looked up in tables, and most terms are mostly ASCII.
        if let ascii = character.asciiValue {
            return (ascii >= 0x30 && ascii <= 0x39) || (ascii | 0x20 >= 0x61 && ascii | 0x20 <= 0x7A) || ascii == 0x5F
        }
        return character.isLetter || character.isNumber
    }
}
