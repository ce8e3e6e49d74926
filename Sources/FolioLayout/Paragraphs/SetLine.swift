/// One line of a set paragraph: its height, where its baseline is, and what it draws.
///
/// Items are positioned relative to the line's top-left corner.
struct SetLine {
    var height: Double
    var baseline: Double
    var items: [PageItem]
}
