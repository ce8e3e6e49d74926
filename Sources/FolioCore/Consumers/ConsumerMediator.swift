/// The consumer mediator the company belongs to, whose name and contact details every consumer
/// must be given: a consumer may refer a dispute to it free of charge.
// C. consom. L612-1 (right to mediation), L616-1 and R616-1 (the seller gives its mediator's details).
public struct ConsumerMediator: Sendable, Hashable {
    public var name: String
    public var website: String
    public var address: Address

    public init(name: String, website: String, address: Address) {
        self.name = name
        self.website = website
        self.address = address
    }
}
