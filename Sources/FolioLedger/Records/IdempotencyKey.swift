import GRDB

/// A client's key for one issuing request (HTTP `Idempotency-Key`): the first request with it takes
/// a number, every retry gets that number's document instead of a second one.
///
/// Recorded with the reservation, in its transaction, so a key and its number are taken together;
/// removed with the reservation when its number is given back. Not sealed by the chain: it says
/// who asked, not what was issued.
public struct IdempotencyKey: Sendable, Hashable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "idempotencyKey"

    public var company: String
    /// The client's key, at most 200 characters.
    public var key: String
    /// The SHA-256 of what was asked (kind, order, language, series): a retry must ask the same.
    public var fingerprint: String
    /// The number the request took.
    public var number: String

    public init(company: String, key: String, fingerprint: String, number: String = "") {
        self.company = company
        self.key = key
        self.fingerprint = fingerprint
        self.number = number
    }
}

/// The request's key was used before: its number, and whether the earlier request asked the same thing.
public struct AlreadyRequested: Error, Sendable, Hashable, CustomStringConvertible {
    public let number: String
    public let sameRequest: Bool

    public init(number: String, sameRequest: Bool) {
        self.number = number
        self.sameRequest = sameRequest
    }

    public var description: String {
        sameRequest ? "this request was already made: it took \(number)"
            : "the idempotency key was already used for another request (it took \(number)): a key names one request"
    }
}
