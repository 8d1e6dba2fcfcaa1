/// What an element's `id` and `class` say about it: the general vocabulary of page templates (content, article,
/// comment, share, related, sidebar...). Matching is by substring of the lower-cased hints.
enum ElementHints {
    /// Words of containers that hold the article.
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story",
    ]

    /// Words of page furniture.
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget",
    ]

    /// Words of blocks that are almost never the article, removed before scoring.
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "popular", "trending", "newsletter", "subscribe", "signup", "taboola", "outbrain",
    ]

    /// Whole words of calls to action and recommendation widgets, also removed before scoring.
    static let unlikelyWords: Set<Substring> = ["cta", "promo", "recommended", "recommendations", "nocontent"]

    /// Words that rescue an unlikely-looking block.
    static let maybeContent = ["and", "article", "body", "column", "content", "main", "shadow"]

    /// Words (whole, between separators) of share, follow and print widgets.
    static let share: Set<Substring> = ["share", "shares", "sharing", "sharedaddy", "sociable", "addthis"]

    /// Words (whole, between separators) of image captions, credits, galleries and embedded media.
    static let media: Set<Substring> = [
        "caption", "captions", "credit", "credits", "gallery", "slideshow", "carousel", "lightbox", "figure",
        "figcaption", "photo", "photos", "image", "images", "img", "video", "videos",
    ]

    /// True when a whole word of the hints names a caption, credit, gallery or media player.
    static func isMediaWidget(_ hints: String) -> Bool {
        !hints.isEmpty && words(hints).contains { media.contains($0) }
    }

    /// Words of bylines and datelines.
    static let byline = ["byline", "author", "dateline", "writtenby"]

    /// True when the hints name a reader comment section, which is never the article (even when long).
    static func isCommentSection(_ hints: String) -> Bool {
        !hints.isEmpty && (hints.contains("comment") || hints.contains("disqus"))
            && !matches(hints, ["article", "main", "body", "content"])
    }

    /// True when a whole word of the hints names a share or follow widget.
    static func isShareWidget(_ hints: String) -> Bool {
        !hints.isEmpty && words(hints).contains { share.contains($0) }
    }

    /// True when the hints name a byline or dateline.
    static func isByline(_ hints: String) -> Bool {
        !hints.isEmpty && matches(hints, byline)
    }

    /// The alphanumeric words of the hints.
    static func words(_ hints: String) -> [Substring] {
        hints.split { !($0.isLetter || $0.isNumber) }
    }

    /// The readability class weight of a node: its `class` and its `id` each add -25 for a furniture word and
    /// +25 for a content word.
    static func weight(of node: PageNode) -> Int {
        weight(node.classes) + weight(node.identifier)
    }

    /// The weight of one attribute value: -25 for a furniture word, +25 for a content word.
    static func weight(_ hints: String) -> Int {
        guard !hints.isEmpty else { return 0 }
        var weight = 0
        if matches(hints, negative) || isHiddenWord(hints) { weight -= 25 }
        if matches(hints, positive) { weight += 25 }
        return weight
    }

    /// True when the hints name a block that is almost never the article.
    static func isUnlikely(_ hints: String) -> Bool {
        guard !hints.isEmpty, !matches(hints, maybeContent) else { return false }
        return matches(hints, unlikely) || words(hints).contains { unlikelyWords.contains($0) }
    }

    /// True when any of `words` occurs in `hints`.
    static func matches(_ hints: String, _ words: [String]) -> Bool {
        words.contains { hints.contains($0) }
    }

    /// `hid` as a whole word (a common abbreviation of hidden).
    private static func isHiddenWord(_ hints: String) -> Bool {
        hints.split(separator: " ").contains("hid")
    }
}
