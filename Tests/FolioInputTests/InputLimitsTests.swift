import FolioCore
import FolioInput
import Foundation
import Testing

/// Input read within limits (README « Hostile input »): what a real file uses still reads, what a
/// hostile one does is refused with the limit named.
@Suite("Input limits")
struct InputLimitsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func example() throws -> String {
        try String(contentsOf: root.appendingPathComponent("examples/orders/01-domestic-several-rates.yaml"), encoding: .utf8)
    }

    @Test("an order that names its address once with an anchor and repeats it with an alias reads as if written twice")
    func aliasesThatRealFilesUse() throws {
        let text = try Self.example()
            .replacingOccurrences(of: "  address:\n    lines: [4 rue Vieille du Temple]", with: "  address: &shop\n    lines: [4 rue Vieille du Temple]")
            + "deliveryAddress: *shop\n"
        let order = try OrderReader.read(text)
        #expect(order.deliveryAddress == order.buyer.address)
    }

    @Test("aliases past the limit, values past the expanded limit, nesting and long values are refused, the limit named")
    func refusals() throws {
        let many = "a: &a x\nb: [" + Array(repeating: "*a", count: 1_001).joined(separator: ", ") + "]\n"
        #expect { try OrderReader.read(many) } throws: { "\($0)".contains("more than 1000 aliases") && "\($0)".contains("order.aliases") }

        var levels = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...6 { levels.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        #expect { try OrderReader.read(levels.joined(separator: "\n")) } throws: { "\($0)".contains("order.expandedValues") }

        let deep = String(repeating: "{a: ", count: 40) + "1" + String(repeating: "}", count: 40)
        #expect { try OrderReader.read(deep) } throws: { "\($0)".contains("nested more than 32 deep at line 1") }

        let long = "kind: \"" + String(repeating: "é", count: 20_001) + "\"\n"
        #expect { try OrderReader.read(long) } throws: { "\($0)".contains("order.valueLength") }
    }

    @Test("FOLIO_LIMITS raises or lowers one limit of one kind; sizes in KB, MB or GB; a bad entry is named")
    func settings() throws {
        let settings = try InputLimitSettings("order.lines=200000, einvoice.bytes=64MB logo.pixels=4000")
        #expect(settings[.order].lines == 200_000)
        #expect(settings[.einvoice].bytes == 64 * 1024 * 1024)
        #expect(settings[.logo].pixels == 4_000)
        #expect(settings[.profile] == InputKind.profile.defaultLimits)
        #expect(try InputLimitSettings("template.bytes=512KB")[.template].bytes == 512 * 1024)

        #expect { try InputLimitSettings("orders.lines=5") } throws: { "\($0)".contains("unknown input kind orders") }
        #expect { try InputLimitSettings("order.rows=5") } throws: { "\($0)".contains("unknown limit rows") }
        #expect { try InputLimitSettings("order.lines=many") } throws: { "\($0)".contains("many is not a whole number") }
        #expect { try InputLimitSettings("order.lines") } throws: { "\($0)".contains("expected KIND.LIMIT=VALUE") }
        #expect { try InputLimitSettings.fromEnvironment(["FOLIO_LIMITS": "order.bytes=-1"]) } throws: {
            "\($0)".contains("FOLIO_LIMITS: order.bytes=-1")
        }
        #expect(try InputLimitSettings.fromEnvironment([:]) == .defaults)
    }
}
