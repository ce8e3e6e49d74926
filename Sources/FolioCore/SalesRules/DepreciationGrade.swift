/// One row of the depreciation grid the terms of sale apply to equipment returned damaged: the
/// condition observed and the share of the equipment's flat-rate price invoiced (seed 003: impeccable
/// 0 %, light scratches 15 %, functional degradation 50 %, unusable 100 %).
public struct DepreciationGrade: Sendable, Hashable {
    /// The name order lines use (`light-scratches`).
    public var id: String
    /// The condition observed, in words.
    public var label: BilingualLabel
    /// Percent of the flat-rate price invoiced, 0 to 100.
    public var percent: ExactDecimal

    public init(id: String, label: BilingualLabel, percent: ExactDecimal) {
        self.id = id
        self.label = label
        self.percent = percent
    }
}
