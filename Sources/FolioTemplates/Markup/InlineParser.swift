/// Reads inline markup: `**bold**`, `*italic*`, `[text](target)`, `\x` escapes and `\n` line breaks.
enum InlineParser {
    static func parse(_ text: String) -> [Inline] {
        var parser = Cursor(Array(text))
        return parser.inlines(until: nil)
    }

    /// How deep bold, italic and links may nest; deeper markers are read as text (each level is a call:
    /// a hundred thousand nested links overflowed the stack).
    static let maximumNesting = 32

    private struct Cursor {
        let characters: [Character]
        var index = 0
        /// The styles and links open around the current character.
        var nesting = 0
        /// What the closing-marker and link searches need, found in one pass: looking forward from
        /// every `[` or `*` made a line of them quadratic (a 1 MB line took minutes).
        let lastUnescapedStar: Int
        let lastUnescapedDoubleStar: Int
        /// For each unescaped `[`, the index of its matching `]`.
        let matchingBracket: [Int: Int]
        /// For each index, the first unescaped `)` at or after it (`characters.count` when none).
        let nextParenthesis: [Int]

        init(_ characters: [Character]) {
            self.characters = characters
            var star = -1, doubleStar = -1
            var open: [Int] = [], matching: [Int: Int] = [:]
            var escaped = [Bool](repeating: false, count: characters.count)
            var position = 0
            while position < characters.count {
                let character = characters[position]
                if character == "\\" {
                    if position + 1 < characters.count { escaped[position + 1] = true }
                    position += 2
                    continue
                }
                if character == "*" {
                    star = position
                    if position + 1 < characters.count, characters[position + 1] == "*" { doubleStar = position }
                }
                if character == "[" { open.append(position) }
                if character == "]", let opening = open.popLast() { matching[opening] = position }
                position += 1
            }
            var next = [Int](repeating: characters.count, count: characters.count + 1)
            if !characters.isEmpty {
                for position in stride(from: characters.count - 1, through: 0, by: -1) {
                    next[position] = characters[position] == ")" && !escaped[position] ? position : next[position + 1]
                }
            }
            lastUnescapedStar = star
            lastUnescapedDoubleStar = doubleStar
            matchingBracket = matching
            nextParenthesis = next
        }

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
                case "*" where nesting < InlineParser.maximumNesting && matches("**") && hasClosing("**", from: index + 2):
                    flush()
                    index += 2
                    nesting += 1
                    result.append(.bold(inlines(until: "**")))
                    nesting -= 1
                case "*" where nesting < InlineParser.maximumNesting && !matches("**") && hasClosing("*", from: index + 1):
                    flush()
                    index += 1
                    nesting += 1
                    result.append(.italic(inlines(until: "*")))
                    nesting -= 1
                case "[" where nesting < InlineParser.maximumNesting && linkEnd() != nil:
                    flush()
                    index += 1
                    nesting += 1
                    let label = inlines(until: "]")
                    nesting -= 1
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

        /// Whether an unescaped closing marker comes later on (`*` or `**`), after `start`.
        func hasClosing(_ marker: String, from start: Int) -> Bool {
            (marker == "**" ? lastUnescapedDoubleStar : lastUnescapedStar) > start
        }

        /// The index of `)` ending `[label](target)` starting here, if this is a link.
        func linkEnd() -> Int? {
            guard let closing = matchingBracket[index], closing + 1 < characters.count, characters[closing + 1] == "(" else {
                return nil
            }
            let end = nextParenthesis[closing + 2]
            return end < characters.count ? end : nil
        }
    }
}
