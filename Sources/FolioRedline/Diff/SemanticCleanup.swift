/// An article's changes read as a lawyer reads them: kept text, and hunks where old words give way to new.
///
/// The semantic clean-up (after diff-match-patch's `diff_cleanupSemantic`) folds a short run of kept
/// words between two changes into the change, so « payable within thirty days of the invoice » →
/// « due sixty days after delivery » reads as one replacement, not a scatter of word swaps.
struct Hunk: Equatable {
    /// Old tokens removed and new tokens put in their place; both empty never happens.
    var old: Range<Int>
    var new: Range<Int>
}

/// A diff as kept runs and hunks, in order.
enum DiffPiece: Equatable {
    case kept(old: Range<Int>, new: Range<Int>)
    case changed(Hunk)
}

enum SemanticCleanup {
    /// The pieces of a diff after folding kept runs shorter than the changes on both sides.
    static func pieces(_ runs: [TokenDiff.Run], old: [Token], new: [Token]) -> [DiffPiece] {
        var pieces: [DiffPiece] = []
        // Adjacent deletes and inserts become one hunk.
        for run in runs {
            switch run.operation {
            case .equal:
                pieces.append(.kept(old: run.old, new: run.new))
            case .delete, .insert:
                if case .changed(let hunk)? = pieces.last {
                    pieces[pieces.count - 1] = .changed(Hunk(old: merge(hunk.old, run.old), new: merge(hunk.new, run.new)))
                } else {
                    pieces.append(.changed(Hunk(old: run.old, new: run.new)))
                }
            }
        }
        // Fold short kept runs between two hunks, until none is left to fold.
        var folded = true
        while folded {
            folded = false
            var index = 1
            while index + 1 < pieces.count {
                guard case let .kept(keptOld, keptNew) = pieces[index],
                      case let .changed(before) = pieces[index - 1], case let .changed(after) = pieces[index + 1] else {
                    index += 1
                    continue
                }
                let keptLength = length(new[keptNew])
                let holdsBreak = new[keptNew].contains { $0.kind == .paragraphBreak || $0.isFigure }
                let beforeLength = max(length(old[before.old]), length(new[before.new]))
                let afterLength = max(length(old[after.old]), length(new[after.new]))
                if !holdsBreak, keptLength <= beforeLength, keptLength <= afterLength {
                    let hunk = Hunk(old: before.old.lowerBound..<after.old.upperBound, new: before.new.lowerBound..<after.new.upperBound)
                    _ = keptOld
                    pieces.replaceSubrange((index - 1)...(index + 1), with: [.changed(hunk)])
                    folded = true
                } else {
                    index += 1
                }
            }
        }
        return alignedToParagraphs(pieces, old: old, new: new)
    }

    /// A paragraph added or removed whole can often be written at several places: « A“ ¶ “B » less « “B¶“ »
    /// is also « A“ ¶ “B » less « B ¶ “ ». Slides each pure deletion or insertion over the equal tokens
    /// around it to where it starts and ends at paragraph breaks, as diff-match-patch's lossless clean-up
    /// slides edits to word boundaries.
    static func alignedToParagraphs(_ pieces: [DiffPiece], old: [Token], new: [Token]) -> [DiffPiece] {
        var pieces = pieces
        for index in pieces.indices {
            guard case let .changed(hunk) = pieces[index], hunk.old.isEmpty != hunk.new.isEmpty else { continue }
            let deleting = !hunk.old.isEmpty
            let tokens = deleting ? old : new
            let run = deleting ? hunk.old : hunk.new
            // How far the run may slide: over the kept pieces just before and after it.
            var before = 0, after = 0
            if index > 0, case let .kept(keptOld, keptNew) = pieces[index - 1] { before = deleting ? keptOld.count : keptNew.count }
            if index + 1 < pieces.count, case let .kept(keptOld, keptNew) = pieces[index + 1] { after = deleting ? keptOld.count : keptNew.count }
            func score(_ shift: Int) -> Int {
                let start = run.lowerBound + shift, end = run.upperBound + shift
                var score = 0
                if start == 0 || tokens[start - 1].kind == .paragraphBreak { score += 2 }
                if end == tokens.count || tokens[end - 1].kind == .paragraphBreak || tokens[end].kind == .paragraphBreak { score += 2 }
                return score
            }
            var shifts = [0]
            var shift = 0
            while -shift < before, run.lowerBound + shift > 0, tokens[run.lowerBound + shift - 1].key == tokens[run.upperBound + shift - 1].key {
                shift -= 1
                shifts.append(shift)
            }
            shift = 0
            while shift < after, run.upperBound + shift < tokens.count, tokens[run.lowerBound + shift].key == tokens[run.upperBound + shift].key {
                shift += 1
                shifts.append(shift)
            }
            guard let best = shifts.max(by: { score($0) != score($1) ? score($0) < score($1) : abs($0) > abs($1) }), best != 0,
                  score(best) > score(0) else { continue }
            // Move the run; the kept pieces around it give and take the same number of (equal) tokens.
            func moved(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + best)..<(range.upperBound + best) }
            pieces[index] = .changed(deleting ? Hunk(old: moved(hunk.old), new: moved(hunk.new).lowerBound..<moved(hunk.new).lowerBound)
                                              : Hunk(old: moved(hunk.old).lowerBound..<moved(hunk.old).lowerBound, new: moved(hunk.new)))
            if index > 0, case let .kept(keptOld, keptNew) = pieces[index - 1] {
                pieces[index - 1] = .kept(old: keptOld.lowerBound..<(keptOld.upperBound + best), new: keptNew.lowerBound..<(keptNew.upperBound + best))
            }
            if index + 1 < pieces.count, case let .kept(keptOld, keptNew) = pieces[index + 1] {
                pieces[index + 1] = .kept(old: (keptOld.lowerBound + best)..<keptOld.upperBound, new: (keptNew.lowerBound + best)..<keptNew.upperBound)
            }
        }
        return pieces
    }

    private static func merge(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }

    private static func length(_ tokens: ArraySlice<Token>) -> Int {
        tokens.reduce(0) { $0 + $1.text.count + ($1.trailing.isEmpty ? 0 : 1) }
    }
}
