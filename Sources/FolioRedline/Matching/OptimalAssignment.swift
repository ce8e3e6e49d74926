/// The one-to-one assignment of rows to columns with the greatest total score (Hungarian algorithm,
/// O(n³), in the shortest-augmenting-path form of Jonker–Volgenant).
///
/// Written here: no package of this project's list solves assignment problems, and the matrix is
/// small (one row per article).
enum OptimalAssignment {
    /// For each row, the column given to it (nil when there are more rows than columns).
    static func maximising(_ score: [[Double]]) -> [Int?] {
        let rows = score.count
        guard rows > 0, let columns = score.first?.count, columns > 0 else { return Array(repeating: nil, count: rows) }
        // Square cost matrix, minimised: cost = best − score; padding rows/columns cost the best.
        let size = max(rows, columns)
        let best = score.flatMap { $0 }.max() ?? 0
        func cost(_ row: Int, _ column: Int) -> Double {
            row < rows && column < columns ? best - score[row][column] : best
        }
        // Potentials u (rows) and v (columns), 1-based with a virtual column 0.
        var u = Array(repeating: 0.0, count: size + 1)
        var v = Array(repeating: 0.0, count: size + 1)
        var rowOfColumn = Array(repeating: 0, count: size + 1)
        var way = Array(repeating: 0, count: size + 1)
        for row in 1...size {
            rowOfColumn[0] = row
            var column0 = 0
            var minimum = Array(repeating: Double.infinity, count: size + 1)
            var used = Array(repeating: false, count: size + 1)
            repeat {
                used[column0] = true
                let row0 = rowOfColumn[column0]
                var delta = Double.infinity
                var column1 = 0
                for column in 1...size where !used[column] {
                    let reduced = cost(row0 - 1, column - 1) - u[row0] - v[column]
                    if reduced < minimum[column] { minimum[column] = reduced; way[column] = column0 }
                    if minimum[column] < delta { delta = minimum[column]; column1 = column }
                }
                for column in 0...size {
                    if used[column] { u[rowOfColumn[column]] += delta; v[column] -= delta } else { minimum[column] -= delta }
                }
                column0 = column1
            } while rowOfColumn[column0] != 0
            repeat {
                let column1 = way[column0]
                rowOfColumn[column0] = rowOfColumn[column1]
                column0 = column1
            } while column0 != 0
        }
        var assignment: [Int?] = Array(repeating: nil, count: rows)
        for column in 1...size where rowOfColumn[column] > 0 {
            let row = rowOfColumn[column] - 1
            if row < rows, column - 1 < columns { assignment[row] = column - 1 }
        }
        return assignment
    }
}
