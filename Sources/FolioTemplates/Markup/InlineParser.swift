/// Reads inline markup: `**bold**`, `*italic*`, `[text](target)`, `\x` escapes and `\n` line breaks.
enum InlineParser {
    static func parse(_ text: String) -> [Inline] {
        var parser = Cursor(Array(text))
        return parser.inlines(until: nil)
    }

    private struct Cursor {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        func peek(_ offset: Int = 0) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }

        /// Inlines up to a closing marker (`**`, `*` or `]`), which is consumed.
        mutating func inlines(until closing: String?) -> [Inline] {
            var result: [Inline] = []
            var text = ""
            func flush() {
                if !text.isEmpty { result.append(.text(text)); text = "" }
            }
            while let character = peek() {
                if let closing, matches(closing) {
                    index += closing.count
                    flush()
                    return result
                }
                switch character {
                case "\\":
                    if let next = peek(1) {
                        if next == "n" { flush(); result.append(.lineBreak) } else { text.append(next) }
                        index += 2
                    } else {
                        text.append(character)
                        index += 1
                    }
                case "*" where matches("**") && hasClosing("**", from: index + 2):
                    flush()
                    index += 2
                    result.append(.bold(inlines(until: "**")))
                case "*" where !matches("**") && hasClosing("*", from: index + 1):
                    flush()
                    index += 1
                    result.append(.italic(inlines(until: "*")))
                case "[" where linkEnd() != nil:
                    flush()
                    index += 1
                    let label = inlines(until: "]")
                    // linkEnd guaranteed "(target)" follows.
                    index += 1
                    var target = ""
                    while let next = peek(), next != ")" {
                        if next == "\\", let escaped = peek(1) { target.append(escaped); index += 2; continue }
                        target.append(next)
                        index += 1
                    }
                    index += 1
                    result.append(.link(label, target: target))
                default:
                    text.append(character)
                    index += 1
                }
            }
            flush()
            return result
        }

        func matches(_ marker: String) -> Bool {
            for (offset, character) in marker.enumerated() where peek(offset) != character { return false }
            return true
        }

        /// Whether an unescaped closing marker comes later on.
        func hasClosing(_ marker: String, from start: Int) -> Bool {
            var position = start
            let marker = Array(marker)
            while position < characters.count {
                if characters[position] == "\\" { position += 2; continue }
                if position + marker.count <= characters.count, Array(characters[position..<position + marker.count]) == marker,
                   position > start {
                    return true
                }
                position += 1
            }
            return false
        }

        /// The index of `)` ending `[label](target)` starting here, if this is a link.
        func linkEnd() -> Int? {
            var position = index + 1
            var depth = 0
            while position < characters.count {
                let character = characters[position]
                if character == "\\" { position += 2; continue }
                if character == "[" { depth += 1 }
                if character == "]" {
                    if depth == 0 { break }
                    depth -= 1
                }
                position += 1
            }
            guard position + 1 < characters.count, characters[position] == "]", characters[position + 1] == "(" else {
                return nil
            }
            var end = position + 2
            while end < characters.count, characters[end] != ")" { end += characters[end] == "\\" ? 2 : 1 }
            return end < characters.count ? end : nil
        }
    }
}
