/// What an element's `id` and `class` say about it, in the general vocabulary of page templates (content, article,
/// comment, share, related, sidebar...). Computed once per element when the tree is built: substring and
/// whole-word matches over the lower-cased bytes.
struct ElementHints: OptionSet, Sendable {
    let rawValue: UInt8

    /// A block that is almost never the article (menus, related links, sidebars...), removed before scoring.
    static let unlikely = ElementHints(rawValue: 1 << 0)
    /// A reader comment section, never the article even when long.
    static let comments = ElementHints(rawValue: 1 << 1)
    /// A share, follow or print widget.
    static let share = ElementHints(rawValue: 1 << 2)
    /// An image caption, credit, gallery or media player.
    static let media = ElementHints(rawValue: 1 << 3)
    /// A byline, dateline or author box.
    static let byline = ElementHints(rawValue: 1 << 4)

    /// Substrings of containers that hold the article.
    static let positiveWords = BytePatterns(
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story")

    /// Substrings of page furniture.
    static let negativeWords = BytePatterns(
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "tool", "widget")

    /// Substrings of blocks that are almost never the article.
    static let unlikelyWords = BytePatterns(
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "popular", "trending", "newsletter", "subscribe", "signup", "taboola", "outbrain", "copyright")

    /// Whole words of calls to action and recommendation widgets, also unlikely.
    static let unlikelyWholeWords = patterns("cta", "promo", "recommended", "recommendations", "nocontent")

    /// Substrings that rescue an unlikely-looking block.
    static let maybeContentWords = BytePatterns("and", "article", "body", "column", "content", "main", "shadow")

    /// Substrings of reader comment sections.
    static let commentWords = BytePatterns("comment", "disqus")

    /// Substrings that keep a comment-looking block (`comment-content` of a page that is itself a post).
    static let contentWords = BytePatterns("article", "main", "body", "content")

    /// Whole words of share, follow and print widgets.
    static let shareWords = patterns("share", "shares", "sharing", "sharedaddy", "sociable", "addthis")

    /// Whole words of image captions, credits, galleries and embedded media.
    static let mediaWords = patterns(
        "caption", "captions", "credit", "credits", "gallery", "slideshow", "carousel", "lightbox", "figure",
        "figcaption", "photo", "photos", "image", "images", "img", "video", "videos")

    /// Substrings of bylines, datelines and author boxes.
    static let bylineWords = BytePatterns("byline", "author", "dateline", "writtenby")

    /// Classifies the lower-cased `id` and `class` of an element.
    init(identifier: String, classes: String) {
        self.init(identifier: Array(identifier.utf8), classes: Array(classes.utf8))
    }

    /// The hints of lower-cased `id` and `class` values, as UTF-8.
    init(identifier: [UInt8], classes: [UInt8]) {
        self = []
        let bytes = identifier + [0x20] + classes
        let words = Self.words(bytes)
        let isMaybeContent = Self.containsAny(bytes, Self.maybeContentWords)
        if !isMaybeContent,
            Self.containsAny(bytes, Self.unlikelyWords) || Self.containsWord(words, Self.unlikelyWholeWords)
        {
            insert(.unlikely)
        }
        if Self.containsAny(bytes, Self.commentWords), !Self.containsAny(bytes, Self.contentWords) {
            insert(.comments)
        }
        if Self.containsWord(words, Self.shareWords) { insert(.share) }
        if Self.containsWord(words, Self.mediaWords) { insert(.media) }
        if Self.containsAny(bytes, Self.bylineWords) { insert(.byline) }
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The readability weight of one attribute value: -25 for a furniture word (or the word `hid`), +25 for a
    /// content word.
    static func weight(_ value: String) -> Int {
        weight(Array(value.utf8))
    }

    /// The weight of a lower-cased attribute value, as UTF-8.
    static func weight(_ bytes: [UInt8]) -> Int {
        guard !bytes.isEmpty else { return 0 }
        var weight = 0
        if containsAny(bytes, negativeWords) || containsWord(words(bytes), hiddenWord) { weight -= 25 }
        if containsAny(bytes, positiveWords) { weight += 25 }
        return weight
    }

    /// The UTF-8 bytes of each pattern.
    static func patterns(_ words: String...) -> [[UInt8]] {
        words.map { Array($0.utf8) }
    }

    /// True when any pattern occurs in `bytes`.
    static func containsAny(_ bytes: [UInt8], _ patterns: BytePatterns) -> Bool {
        patterns.occurs(in: bytes)
    }

    /// `hid`, a common abbreviation of hidden.
    static let hiddenWord = patterns("hid")

    /// The words of `bytes`, split at ASCII characters other than letters and digits.
    static func words(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split { $0 < 0x80 && !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A)) }
    }

    /// True when one of `words` equals one of `candidates`.
    static func containsWord(_ words: [ArraySlice<UInt8>], _ candidates: [[UInt8]]) -> Bool {
        words.contains { word in candidates.contains { $0.count == word.count && $0.elementsEqual(word) } }
    }
}
