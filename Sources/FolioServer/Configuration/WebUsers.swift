import FolioDocuments
import Foundation

/// What a person may do on the pages: sales make quotes, finance invoices and payments, legal the
/// terms; an admin does all three.
enum WebRole: String, Sendable, Hashable, CaseIterable, Codable {
    case sales, finance, legal, admin
}

/// The people who sign in to `folio serve`'s pages, read from a YAML file beside the keys:
///
/// ```yaml
/// users:
///   - login: jeanne
///     name: Jeanne Dupont
///     company: ../company/profile.yaml      # relative to this file
///     roles: [sales]
///     password: scrypt$ln=15,r=8,p=1$…$…    # never the password itself (PasswordHash)
/// ```
///
/// Each belongs to one company: like an API key, a person sees only that company's documents.
struct WebUsers: Sendable {
    struct Entry: Codable, Sendable, Hashable {
        var login: String
        var name: String
        var company: String
        var roles: [String]
        var password: String
    }

    struct File: Codable {
        var users: [Entry]
    }

    /// A person signed in.
    struct User: Sendable, Hashable {
        let login: String
        let name: String
        let company: ServedCompany
        let roles: Set<WebRole>

        /// Whether the person may do what `role` does (an admin may do everything).
        func may(_ role: WebRole) -> Bool { roles.contains(role) || roles.contains(.admin) }
    }

    /// The shortest password accepted (NIST SP 800-63B § 3.1.1.2 asks at least 8; 12 here).
    static let minimumPasswordLength = 12

    private let users: [String: (user: User, password: PasswordHash)]
    /// A hash checked when the login is unknown, so that an unknown login takes as long as a wrong password.
    private let decoy: PasswordHash?

    /// Reads the users file and loads every company it names.
    /// - Throws: ``InputError`` naming the file, the entry and the field that is wrong.
    init(file path: String) throws {
        var users: [String: (User, PasswordHash)] = [:]
        var companies = ConfigurationFile.Companies(file: path)
        for (index, entry) in try Self.entries(path).enumerated() {
            let field = "users[\(index)]"
            guard Self.isLogin(entry.login) else {
                throw InputError(source: path, field: "\(field).login", "1 to 64 lowercase letters, digits, dots, dashes or underscores")
            }
            guard users[entry.login] == nil else { throw InputError(source: path, field: "\(field).login", "\(entry.login) is listed twice") }
            guard let password = PasswordHash(entry.password) else {
                throw InputError(source: path, field: "\(field).password", "not a password hash folio serve add-user wrote")
            }
            let roles = try entry.roles.map { text in
                guard let role = WebRole(rawValue: text) else {
                    throw InputError(source: path, field: "\(field).roles", "\(text) is not sales, finance, legal or admin")
                }
                return role
            }
            guard !roles.isEmpty else { throw InputError(source: path, field: "\(field).roles", "at least one role") }
            let company = try companies.company(entry.company, field: "\(field).company")
            users[entry.login] = (User(login: entry.login, name: entry.name, company: company, roles: Set(roles)), password)
        }
        self.users = users
        decoy = users.values.first?.1
    }

    /// The person a login and password name; nil for either wrong, told apart by neither the answer nor its time.
    func signIn(login: String, password: String) -> User? {
        guard let known = users[login] else {
            _ = decoy?.matches(password)
            return nil
        }
        return known.password.matches(password) ? known.user : nil
    }

    /// The person a session names; nil when the login was removed from the file since.
    func user(login: String) -> User? { users[login]?.user }

    /// Every company the file names, once.
    var companies: [ServedCompany] { Array(Set(users.values.map(\.user.company))).sorted { $0.profile < $1.profile } }

    /// Adds a person to the users file (created if missing), written whole or not at all.
    /// - Throws: ``InputError`` for a login taken or malformed, a short password, an unknown role or profile.
    static func add(login: String, name: String, company: String, roles: [String], password: String, to path: String) throws {
        guard isLogin(login) else { throw InputError(source: "--login", "1 to 64 lowercase letters, digits, dots, dashes or underscores") }
        guard password.count >= minimumPasswordLength else {
            throw InputError(source: "password", "at least \(minimumPasswordLength) characters")
        }
        guard !roles.isEmpty else { throw InputError(source: "--role", "at least one: sales, finance, legal or admin") }
        for role in roles where WebRole(rawValue: role) == nil {
            throw InputError(source: "--role", "\(role) is not sales, finance, legal or admin")
        }
        _ = try ServedCompany(profile: URL(fileURLWithPath: company).standardizedFileURL.path)
        var entries = FileManager.default.fileExists(atPath: path) ? try entries(path) : []
        guard !entries.contains(where: { $0.login == login }) else {
            throw InputError(source: path, field: "users", "the login \(login) exists already")
        }
        entries.append(Entry(login: login, name: name, company: ConfigurationFile.relativePath(of: company, in: path), roles: roles,
                             password: try PasswordHash.make(password).description))
        try ConfigurationFile.write(File(users: entries), comment: "People who sign in to folio serve's pages. Only a scrypt hash of each password is kept.",
                                    to: path)
    }

    private static func isLogin(_ text: String) -> Bool {
        (1...64).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
    }

    private static func entries(_ path: String) throws -> [Entry] {
        try ConfigurationFile.read(File.self, from: path, shape: "a users file (users: a list of login, name, company, roles, password)").users
    }
}
