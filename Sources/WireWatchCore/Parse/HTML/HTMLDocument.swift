import CLibXML2

/// libxml2's global state, set up once (Swift runs global initialisers exactly once, thread-safely): libxml2
/// 2.9 asks for `xmlInitParser()` before documents are parsed on several threads at once.
private let libXML2Ready: Bool = {
    xmlInitParser()
    return true
}()

/// A page parsed by libxml2's forgiving HTML parser. The document is freed when the value goes away.
///
/// - Important: Not thread-safe and not `Sendable`; keep it local to one extraction.
final class HTMLDocument {
    /// The libxml2 document; valid for the lifetime of this object.
    let pointer: htmlDocPtr

    /// Parses `bytes` in the given encoding. Network access, errors and warnings are off; broken markup is
    /// repaired the way browsers do.
    init(bytes: [UInt8], charset: HTMLCharset) throws(PipelineError) {
        precondition(libXML2Ready)
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        options |= Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let input: [UInt8]
        let encoding: String
        if let utf8 = charset.utf8Bytes(bytes) {
            input = utf8
            encoding = "UTF-8"
            options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue)
        } else if case .other(let label) = charset {
            input = bytes
            encoding = label
        } else {
            input = bytes
            encoding = "UTF-8"
        }
        guard input.count < Int(Int32.max) else { throw .tooLarge(bytes: input.count, limit: Int(Int32.max)) }
        let document = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, encoding, options)
            }
        }
        if let document {
            pointer = document
            return
        }
        // An encoding iconv does not know: read the bytes as Windows-1252 instead.
        guard case .other = charset, let fallback = HTMLCharset.windows1252.utf8Bytes(bytes) else {
            throw .unsupportedShape("the HTML parser could not read the page")
        }
        let retry = fallback.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options | Int32(HTML_PARSE_IGNORE_ENC.rawValue))
            }
        }
        guard let retry else { throw .unsupportedShape("the HTML parser could not read the page") }
        pointer = retry
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (`<html>`), or nil for an empty document.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(pointer)
    }
}
