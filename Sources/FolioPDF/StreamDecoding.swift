/// Decodes a stream's data through its `/Filter` chain: none, or `/FlateDecode` with or without a PNG
/// predictor — what cross-reference streams, object streams and embedded files use.
///
/// Every step is bounded by `maximumSize`; any other filter is reported as unsupported.
enum StreamDecoding {
    /// The decoded bytes. `filter` and `parameters` are the stream dictionary's `/Filter` and
    /// `/DecodeParms`, references already resolved.
    static func decode(_ data: ArraySlice<UInt8>, filter: PDFValue?, parameters: PDFValue?,
                       maximumSize: Int) throws(PDFFileError) -> [UInt8] {
        let filters: [PDFValue]
        switch filter {
        case nil, .null?: filters = []
        case .array(let elements)?: filters = elements
        case let single?: filters = [single]
        }
        let parameterList: [PDFValue]
        switch parameters {
        case .array(let elements)?: parameterList = elements
        case let single?: parameterList = [single]
        case nil: parameterList = []
        }
        guard !filters.isEmpty else {
            guard data.count <= maximumSize else { throw .tooLarge(limit: maximumSize) }
            return Array(data)
        }
        var current = Array(data)
        for (index, filter) in filters.enumerated() {
            guard let name = filter.name else { throw .unsupportedEncoding("a filter that is not a name") }
            // `Fl` is the abbreviation inline images use; some writers put it on streams too.
            guard name == "FlateDecode" || name == "Fl" else { throw .unsupportedEncoding("the filter /\(name)") }
            current = try Flate.inflate(current[...], maximumSize: maximumSize)
            let parameters = index < parameterList.count ? parameterList[index].dictionary : nil
            current = try undoPredictor(current, parameters: parameters)
        }
        return current
    }

    private static func undoPredictor(_ data: [UInt8], parameters: PDFDictionary?) throws(PDFFileError) -> [UInt8] {
        guard let parameters else { return data }
        let predictor = parameters["Predictor"]?.integer ?? 1
        switch predictor {
        case 1:
            return data
        case 10...15:
            return try PNGPredictor.decode(data, colors: parameters["Colors"]?.integer ?? 1,
                                           bitsPerComponent: parameters["BitsPerComponent"]?.integer ?? 8,
                                           columns: parameters["Columns"]?.integer ?? 1)
        default:
            throw .unsupportedEncoding("predictor \(predictor)")
        }
    }
}
