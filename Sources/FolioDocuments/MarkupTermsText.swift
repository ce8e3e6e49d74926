import FolioRedline
import FolioTemplates

/// A filled Folio terms template read into articles for the redline: `#` is the title, `##` the
/// articles, `###` their sub-clauses; boxes, lists, fields and tables are text of their article.
enum MarkupTermsText {
    static func text(_ blocks: [MarkupBlock]) -> TermsText {
        var outline = TermsOutline()
        let headings = headingLevels(blocks)
        let titleIsFirst = headings.first == 1 && headings.filter { $0 == 1 }.count == 1 && headings.count > 1
        let shallowest = headings.dropFirst(titleIsFirst ? 1 : 0).min() ?? 1
        var seenTitle = false
        func add(_ blocks: [MarkupBlock]) {
            for block in blocks {
                switch block {
                case let .heading(level, inlines, _):
                    let text = plain(inlines)
                    if titleIsFirst, !seenTitle, level == 1 {
                        seenTitle = true
                        outline.setTitle(text)
                    } else {
                        outline.addHeading(text, level: max(1, level - shallowest + 1))
                    }
                case let .paragraph(inlines, _): outline.addParagraph(plain(inlines))
                case let .list(items, numbered):
                    for (index, item) in items.enumerated() {
                        outline.addParagraph((numbered ? "\(index + 1). " : "") + plain(item), isItem: true)
                    }
                case .fields(let fields):
                    for field in fields { outline.addParagraph("\(plain(field.label)) : \(plain(field.value))") }
                case .table(let table):
                    for row in table.header + table.body + table.footer {
                        outline.addParagraph(row.map { plain($0.inlines) }.joined(separator: " | "))
                    }
                case let .box(_, inner), let .keep(inner): add(inner)
                case .columns(let columns): for column in columns { add(column) }
                case .rule, .image, .space, .pageBreak: break
                }
            }
        }
        add(blocks)
        return outline.text()
    }

    private static func headingLevels(_ blocks: [MarkupBlock]) -> [Int] {
        blocks.flatMap { block -> [Int] in
            switch block {
            case let .heading(level, _, _): return [level]
            case let .box(_, inner), let .keep(inner): return headingLevels(inner)
            case .columns(let columns): return columns.flatMap(headingLevels)
            default: return []
            }
        }
    }

    private static func plain(_ inlines: [Inline]) -> String {
        inlines.map(\.plainText).joined().replacingOccurrences(of: "\n", with: " ")
    }
}
