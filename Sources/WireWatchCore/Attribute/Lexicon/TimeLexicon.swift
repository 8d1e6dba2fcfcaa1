/// Words of time phrases that stand between a cue and its content (`said on Wednesday that`).
enum TimeLexicon {
    static let dayOrMonth: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]

    static let periods: Set<String> = [
        "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "day", "spring", "summer",
        "fall", "autumn", "winter", "decade", "time", "session", "hour", "minute",
    ]

    /// Single words that are whole time phrases.
    static let adverbs: Set<String> = [
        "today", "yesterday", "tonight", "earlier", "later", "recently", "previously", "again", "also", "repeatedly",
        "then", "now", "once", "afterwards", "afterward", "subsequently", "late", "early", "overnight", "publicly",
        "privately", "separately", "simply", "further", "too", "first", "last", "ago",
    ]

    /// Words that open a time phrase (`last week`, `this month`, `earlier this year`).
    static let openers: Set<String> = ["last", "this", "next", "earlier", "later", "late", "early", "on", "in", "at", "the",
        "that", "each", "every", "over", "during", "past"]

    /// Nouns of the setting of a statement: `in a statement`, `at a news conference`, `on Twitter`.
    static let venues: Set<String> = [
        "statement", "statements", "interview", "interviews", "post", "posts", "tweet", "tweets", "speech",
        "remarks", "comments", "comment", "conference", "briefing", "rally", "event", "hearing", "meeting",
        "summit", "call", "phone", "telephone", "television", "radio", "broadcast", "show", "program", "programme",
        "podcast", "appearance", "address", "video", "message", "letter", "op-ed", "email", "e-mail", "note",
        "release", "session", "forum", "panel", "debate", "hall", "reporters", "journalists", "media", "twitter",
        "x", "telegram", "facebook", "instagram", "tiktok", "youtube", "truth", "social", "website", "blog",
        "channel", "newspaper", "agency", "outlet", "network", "station", "audience", "crowd", "supporters",
        "parliament", "congress", "senate", "assembly", "committee", "floor", "chamber", "court", "filing",
        "documents", "document", "report", "memo", "book", "memoir", "column", "article", "editorial", "piece",
        "visit", "trip", "ceremony", "dinner", "luncheon", "gathering", "protest", "march", "stop", "campaign",
        "tv", "daily", "weekly", "magazine", "wire", "feed", "account", "page", "thread", "livestream", "stream",
        "q&a", "exchange", "discussion", "roundtable", "testimony", "deposition", "transcript", "readout",
        "response", "reply", "answer", "question", "questions", "remark", "announcement", "update", "updates",
        "press", "news",
    ]
}
