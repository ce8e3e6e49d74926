/// The objects of one PDF file, read on demand through its cross-references and kept once read:
/// objects in the file and in object streams, references resolved, streams located and decoded.
///
/// Each object and each object stream is read at most once, so walking a file costs time linear in
/// its size. Made for one call on one thread.
final class PDFObjectStore {
    /// An object as read: its value and, for a stream, where its data is.
    struct IndirectObject {
        var reference: PDFReference
        var value: PDFValue
        /// The stream's data in the file, for a stream.
        var streamData: Range<Int>?
        /// From `N G obj` to the end of `endobj`, for an object of the file itself (not of an object stream).
        var extent: Range<Int>?
    }

    /// An object stream's decoded bytes and the objects it holds (ISO 32000-1 §7.5.7).
    private struct ObjectStream {
        var data: [UInt8]
        var first: Int
        var objects: [(number: Int, offset: Int)]
    }

    let bytes: [UInt8]
    let crossReference: CrossReference
    private var objects: [Int: IndirectObject] = [:]
    private var objectStreams: [Int: ObjectStream] = [:]
    /// How many reads are in progress inside one another (an object whose length is in an object
    /// stream whose length is another object…).
    private var nesting = 0

    /// Nested reads deeper than this are a reference loop or a hostile file: real files need two or three.
    static let maximumNesting = 16

    /// Reference chains (`1 0 R` naming an object that is itself a reference…) longer than this are a loop.
    static let maximumReferenceChain = 32

    init(_ bytes: [UInt8]) throws(PDFFileError) {
        self.bytes = bytes
        crossReference = try CrossReference(bytes)
    }

    var trailer: PDFDictionary { crossReference.trailer }

    /// The object `number`.
    /// - Throws: ``PDFFileError/missingObject(number:)`` when the cross-references do not list it.
    func object(_ number: Int) throws(PDFFileError) -> IndirectObject {
        if let object = objects[number] { return object }
        guard nesting < Self.maximumNesting else {
            throw .malformed(reason: "objects refer to one another in a loop (object \(number))", offset: 0)
        }
        nesting += 1
        defer { nesting -= 1 }
        let object: IndirectObject
        switch crossReference.entries[number] {
        case nil, .free?:
            throw .missingObject(number: number)
        case let .inFile(offset, _)?:
            object = try objectInFile(number, at: offset)
        case let .compressed(stream, index)?:
            object = try objectInStream(number, stream: stream, index: index)
        }
        objects[number] = object
        return object
    }

    /// The value `value` refers to (itself when it is not a reference); a reference to an object the
    /// file does not have is the null object, as ISO 32000-1 §7.3.10 says.
    func resolve(_ value: PDFValue?) throws(PDFFileError) -> PDFValue? {
        var current = value
        for _ in 0..<Self.maximumReferenceChain {
            guard case .reference(let reference)? = current else { return current }
            do throws(PDFFileError) {
                current = try object(reference.number).value
            } catch .missingObject {
                return .null
            }
        }
        throw .malformed(reason: "a chain of references does not end", offset: 0)
    }

    /// The dictionary `value` is or refers to.
    func dictionary(_ value: PDFValue?) throws(PDFFileError) -> PDFDictionary? {
        try resolve(value)?.dictionary
    }

    /// A stream's data with its filters undone.
    func decodedData(of object: IndirectObject, maximumSize: Int) throws(PDFFileError) -> [UInt8] {
        guard let range = object.streamData, let dictionary = object.value.dictionary else {
            throw .malformed(reason: "object \(object.reference.number) is not a stream", offset: object.extent?.lowerBound ?? 0)
        }
        return try StreamDecoding.decode(bytes[range], filter: try resolve(dictionary["Filter"]),
                                         parameters: try resolve(dictionary["DecodeParms"]), maximumSize: maximumSize)
    }

    private func objectInFile(_ number: Int, at offset: Int) throws(PDFFileError) -> IndirectObject {
        guard offset >= 0, offset < bytes.count else { throw .unreadableObject(number: number, offset: offset) }
        var parser = PDFParser(bytes, at: offset)
        guard let header = try? parser.objectHeader(), header.number == number else {
            throw .unreadableObject(number: number, offset: offset)
        }
        let value = try parser.value()
        var streamData: Range<Int>?
        if let dictionary = value.dictionary {
            streamData = try StreamBody.locate(in: &parser, declaredLength: length(dictionary["Length"], of: number))
        }
        let afterBody = parser.position
        if !parser.consume(keyword: "endobj") { parser.position = afterBody }
        return IndirectObject(reference: header, value: value, streamData: streamData, extent: offset..<parser.position)
    }

    /// A stream's declared length, when it can be known: a direct integer, or an indirect one that
    /// reads cleanly. Otherwise nil, and the data runs to `endstream`.
    private func length(_ value: PDFValue?, of number: Int) -> Int? {
        switch value {
        case .integer(let length)?:
            return length
        case .reference(let reference)? where reference.number != number:
            return (try? object(reference.number))?.value.integer
        default:
            return nil
        }
    }

    private func objectInStream(_ number: Int, stream: Int, index: Int) throws(PDFFileError) -> IndirectObject {
        let container = try objectStream(stream)
        guard index >= 0, index < container.objects.count, container.objects[index].number == number else {
            throw .missingObject(number: number)
        }
        let start = container.first + container.objects[index].offset
        guard start >= 0, start < container.data.count else {
            throw .malformed(reason: "object \(number) lies outside its object stream \(stream)", offset: start)
        }
        var parser = PDFParser(container.data, at: start)
        let value = try parser.value()
        return IndirectObject(reference: PDFReference(number: number, generation: 0), value: value)
    }

    private func objectStream(_ number: Int) throws(PDFFileError) -> ObjectStream {
        if let stream = objectStreams[number] { return stream }
        let object = try object(number)
        guard let dictionary = object.value.dictionary, dictionary.names("ObjStm"),
              let count = dictionary["N"]?.integer, let first = dictionary["First"]?.integer, count >= 0, first >= 0 else {
            throw .malformed(reason: "object \(number) is not an object stream", offset: object.extent?.lowerBound ?? 0)
        }
        let data = try decodedData(of: object, maximumSize: CrossReference.maximumStreamSize)
        guard count <= data.count / 2 else {
            throw .malformed(reason: "object stream \(number) says it holds more objects than it can", offset: object.extent?.lowerBound ?? 0)
        }
        var parser = PDFParser(data)
        var objects: [(number: Int, offset: Int)] = []
        objects.reserveCapacity(count)
        for _ in 0..<count {
            guard let objectNumber = parser.unsignedInteger(), let offset = parser.unsignedInteger() else {
                throw .malformed(reason: "object stream \(number) has a damaged table of objects", offset: parser.position)
            }
            objects.append((objectNumber, offset))
        }
        let stream = ObjectStream(data: data, first: first, objects: objects)
        objectStreams[number] = stream
        return stream
    }
}
