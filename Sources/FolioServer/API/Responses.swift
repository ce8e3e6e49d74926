import Foundation
import HTTPTypes
import Hummingbird

/// The answers the routes give: JSON (keys sorted, so the same record reads the same), PDFs, text.
enum Responses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: try encoder.encode(value))))
    }

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, fileName: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: type]
        if let fileName { headers[.contentDisposition] = "inline; filename=\"\(fileName)\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func pdf(_ bytes: [UInt8], fileName: String) -> Response {
        Self.bytes(bytes, type: "application/pdf", fileName: fileName)
    }
}
