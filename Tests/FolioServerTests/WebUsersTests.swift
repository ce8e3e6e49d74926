import FolioDocuments
@testable import FolioServer
import Foundation
import Testing

/// The people who sign in to the pages: passwords kept as scrypt hashes, roles, one company each.
@Suite("Users of the pages")
struct WebUsersTests {
    static let profile = ContractTests.root.appendingPathComponent("examples/company/profile.yaml").path

    @Test("A password is kept as scrypt with its parameters and salt; only the same password matches")
    func passwordHash() throws {
        // 2^10 rounds: the test checks the format and the comparison, not the cost.
        let hash = try PasswordHash.make("correct horse battery", logRounds: 10)
        let text = hash.description
        #expect(text.hasPrefix("scrypt$ln=10,r=8,p=1$"))
        #expect(!text.contains("correct horse"))
        let read = try #require(PasswordHash(text))
        #expect(read == hash)
        #expect(read.matches("correct horse battery"))
        #expect(!read.matches("correct horse batterY"))
        #expect(!read.matches(""))
        // A new salt each time: the same password never hashes the same.
        #expect(try PasswordHash.make("correct horse battery", logRounds: 10).description != text)
        for malformed in ["", "scrypt$ln=15,r=8,p=1$c2FsdA==", "bcrypt$x$y$z", "scrypt$ln=40,r=8,p=1$\(Data(count: 16).base64EncodedString())$\(Data(count: 32).base64EncodedString())"] {
            #expect(PasswordHash(malformed) == nil, "\(malformed)")
        }
    }

    @Test("add-user writes a users file that signs in the person with the right password only, with their roles and company")
    func signIn() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-users-\(UUID().uuidString)/users.yaml").path
        try WebUsers.add(login: "jeanne", name: "Jeanne Dupont", company: Self.profile, roles: ["sales"],
                         password: "une phrase de passe", to: file)
        try WebUsers.add(login: "paul", name: "Paul Martin", company: Self.profile, roles: ["finance", "legal"],
                         password: "another long passphrase", to: file)
        let stored = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!stored.contains("une phrase de passe") && stored.contains("scrypt$ln=15"))
        let users = try WebUsers(file: file)
        let jeanne = try #require(users.signIn(login: "jeanne", password: "une phrase de passe"))
        #expect(jeanne.name == "Jeanne Dupont" && jeanne.company.legalName == "Atelier Numérique")
        #expect(jeanne.may(.sales) && !jeanne.may(.finance))
        #expect(users.signIn(login: "jeanne", password: "une phrase de passE") == nil)
        #expect(users.signIn(login: "nobody", password: "une phrase de passe") == nil)
        #expect(try #require(users.signIn(login: "paul", password: "another long passphrase")).may(.legal))
        // Refused, and the file unchanged: a login taken, a short password, an unknown role.
        #expect(throws: InputError.self) { try WebUsers.add(login: "jeanne", name: "J", company: Self.profile, roles: ["sales"], password: "une phrase de passe", to: file) }
        #expect(throws: InputError.self) { try WebUsers.add(login: "anne", name: "A", company: Self.profile, roles: ["sales"], password: "short", to: file) }
        #expect(throws: InputError.self) { try WebUsers.add(login: "anne", name: "A", company: Self.profile, roles: ["boss"], password: "une phrase de passe", to: file) }
        #expect(throws: InputError.self) { try WebUsers.add(login: "Anne Marie", name: "A", company: Self.profile, roles: ["sales"], password: "une phrase de passe", to: file) }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == stored)
    }
}
