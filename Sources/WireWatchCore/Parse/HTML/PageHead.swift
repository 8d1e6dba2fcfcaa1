/// The raw metadata of a page as found in its markup, before interpretation by ``PageMetadata``.
struct PageHead: Sendable {
    /// The text of the first `<title>`.
    var title: String?
    /// `<meta>` tags as (lower-cased `name`, `property` or `itemprop`; `content`), in document order.
    var metas: [(key: String, value: String)] = []
    /// The text of each `<script type="application/ld+json">`.
    var linkedData: [String] = []
    /// The text of the first few `<h1>` of the body.
    var headings: [String] = []

    /// The content of the first meta tag with one of `keys` (in the order of `keys`) that is not blank.
    func meta(_ keys: String...) -> String? {
        for key in keys {
            for entry in metas where entry.key == key {
                let value = HTMLWhitespace.collapse(entry.value)
                if !value.isEmpty { return value }
            }
        }
        return nil
    }

    /// Every non-blank content of meta tags named `key`.
    func metaValues(_ key: String) -> [String] {
        metas.filter { $0.key == key }.map { HTMLWhitespace.collapse($0.value) }.filter { !$0.isEmpty }
    }
}
