/// Counts the ASN.1 elements of BER or DER bytes in one pass, without building them, and stops past a limit.
///
/// Parsing builds a node per element: a few megabytes of two-byte elements are millions of nodes, hundreds of
/// megabytes and seconds. Counting first lets a check refuse such bytes before parsing them.
enum ElementCount {
    // X.690 §8.1
    /// The number of elements, or `limit + 1` as soon as there are more. Malformed bytes end the count early (the
    /// parser reports them).
    static func count(_ bytes: ArraySlice<UInt8>, limit: Int) -> Int {
        var position = bytes.startIndex
        var count = 0
        while position < bytes.endIndex, count <= limit {
            let constructed = bytes[position] & 0x20 != 0
            // Identifier octets: a tag number of 31 or more continues while the high bit is set.
            if bytes[position] & 0x1F == 0x1F {
                position += 1
                while position < bytes.endIndex, bytes[position] & 0x80 != 0 { position += 1 }
            }
            position += 1
            guard position < bytes.endIndex else { return count + 1 }
            // Length octets: short form, long form of up to 4 octets, or indefinite (0x80).
            let first = bytes[position]
            position += 1
            var length = 0
            if first & 0x80 != 0, first != 0x80 {
                let octets = Int(first & 0x7F)
                guard octets <= 4, position + octets <= bytes.endIndex else { return count + 1 }
                for offset in 0..<octets { length = length << 8 | Int(bytes[position + offset]) }
                position += octets
            } else if first & 0x80 == 0 {
                length = Int(first)
            }
            count += 1
            // A constructed element's content is elements: step into it. A primitive one's is skipped.
            if !constructed {
                guard length <= bytes.endIndex - position else { return count }
                position += length
            }
        }
        return count
    }
}
