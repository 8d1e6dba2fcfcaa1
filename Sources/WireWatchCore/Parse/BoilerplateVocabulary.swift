/// Word lists behind the boilerplate rules. They name kinds of page furniture (promo widgets, photo agencies,
/// section names, legal phrases), never the text of particular articles.
enum BoilerplateVocabulary {
    /// Labels that introduce a promotion when followed by a separator (`ALSO READ | ...`, `Related: ...`).
    static let promoLabels: Set<String> = [
        "also read", "read also", "read more", "more", "related", "related articles", "related stories",
        "related news", "related content", "related coverage", "related reading", "related video", "see also",
        "also see", "watch", "watch video", "watch now", "video", "videos", "listen", "podcast", "photos",
        "photo gallery",
        "gallery", "recommended", "trending", "trending now", "don t miss", "do not miss", "must read", "must watch",
        "suggested", "suggested reading", "top stories", "sponsored", "advertisement", "click here", "sign up",
        "subscribe", "more from", "read next", "up next", "read", "more news", "further reading", "you may also like",
        "also on", "explore more", "read full story", "also watch", "more on this", "more on this story", "read here",
        "in pictures", "in photos", "live updates", "more coverage", "see more", "you might also like",
    ]

    /// Whole lines that are promotion widgets or advertising slots.
    static let promoPhrases: Set<String> = [
        "advertisement", "ad", "advert", "sponsored", "sponsored content", "paid content", "promoted",
        "story continues",
        "story continues below", "story continues below advertisement", "continue reading below",
        "scroll to continue with content", "skip advertisement", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "comments", "view comments", "subscribe",
        "newsletter", "sign up", "read more", "more", "trending", "trending now", "recommended", "most read",
        "most popular", "most viewed", "latest news", "top stories", "don t miss", "also read", "related",
        "related articles", "related stories", "related news", "you may also like", "you might also like",
        "click here", "watch", "listen", "watch now", "listen now", "read next", "up next", "more on this story",
        "more from", "print", "email", "copy link", "save", "bookmark", "follow us", "read full article",
        "continue reading", "show more", "load more", "see more", "next article", "previous article", "comment",
        "listen to this article", "listen to article", "play audio", "audio version", "open in app", "view gallery",
    ]

    /// Last words of short title-case widget labels (`Impact Shorts`, `More Stories`, `Top Headlines`).
    static let promoNouns: Set<String> = [
        "shorts", "stories", "videos", "reads", "headlines", "articles", "links", "picks", "galleries", "podcasts",
        "newsletters", "recommendations",
    ]

    /// Openings of lines that send the reader elsewhere (`Read the rest here.`).
    static let readMoreOpenings = [
        "read the rest", "read more", "read the full", "read the original", "read it here", "read the entire",
        "click here", "continue reading", "keep reading", "for more on", "for the latest", "see more", "view more",
        "watch the full", "watch more", "listen to the full", "tap here", "find out more", "learn more",
        "read our", "see our", "check out our", "you can share this story", "share this story", "more from ",
        "sign up here", "subscribe here",
        "latest from ", "read more from ", "more stories from ",
    ]

    /// Social platforms named in `Follow X on Twitter` lines.
    static let socialPlatforms = [
        " on twitter", " on x", " on facebook", " on instagram", " on threads", " on tiktok", " on linkedin",
        " on telegram", " on youtube", " on bluesky", " on whatsapp", " on google news", " on mastodon", "follow us",
    ]

    /// Words of photo credits: agencies, picture libraries, platforms.
    static let pictureSources: Set<String> = [
        "getty", "images", "image", "afp", "ap", "reuters", "epa", "efe", "shutterstock", "istock", "istockphoto",
        "alamy", "bloomberg", "pool", "handout", "sputnik", "tass", "xinhua", "anadolu", "nurphoto", "sopa", "zuma",
        "wireimage", "imagn", "newscom", "corbis", "instagram", "twitter", "facebook", "flickr", "photo", "photos",
        "photograph", "photographer", "picture", "pictures", "press", "associated", "pa", "dpa", "ani", "pti", "ians",
        "upi", "courtesy", "wikimedia", "commons", "contributor", "file", "files", "moment", "via", "sipa", "abaca",
        "polaris", "redux", "ria", "novosti", "kremlin", "x", "youtube", "screenshot", "screengrab", "supplied",
    ]

    /// Picture-source words strong enough to mark a short line with no separators as a credit (`Getty Images`).
    static let strongPictureSources: Set<String> = [
        "getty", "shutterstock", "istock", "istockphoto", "alamy", "afp", "reuters", "ap", "epa", "pool", "handout",
        "images", "wireimage", "nurphoto", "zuma", "screenshot", "screengrab",
    ]

    /// Labels of photo credits followed by a colon or `by` (`Photo: Reuters`, `Photograph by ...`).
    static let creditLabels: Set<String> = [
        "photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "credit",
        "photo credit", "image credit", "illustration", "graphic", "file photo", "cover photo", "top photo",
        "main photo", "lead image", "header image", "featured image", "video credit", "image source", "photo source",
    ]

    /// Openings of reporting credits (`(Reporting by ...; Editing by ...)`).
    static let reportingCreditOpenings = [
        "reporting by", "additional reporting", "writing by", "editing by", "edited by", "compiled by",
        "with reporting", "reporting and writing by", "research by", "graphics by", "production by",
        "fact checking by", "translated by", "translation by",
        "this article was originally published", "this story was originally published", "this article originally",
        "this story originally", "this article first appeared", "this story first appeared",
        "this article was first published", "this story was first published", "republished with permission",
        "reprinted with permission", "with inputs from", "inputs from", "translated from", "with files from",
    ]

    /// Endings of contributor lines (`Jane Roe contributed reporting.`).
    static let contributorEndings = [
        "contributed reporting", "contributed to this report", "contributed to this story",
        "contributed to this article", "contributed additional reporting",
    ]

    /// Openings of editor's notes and correction or update notices.
    static let editorNoteOpenings = [
        "editor s note", "editors note", "editor note", "note to readers", "note from the editor", "editorial note",
        "ed note",
    ]
    static let correctionOpenings = [
        "an earlier version of this", "this article has been updated", "this story has been updated",
        "this post has been updated", "this article was updated", "this story was updated", "this post was updated",
        "this article has been corrected", "this story has been corrected", "this article was amended",
        "this article has been revised", "this story has been revised", "this article was corrected",
        "this story was corrected",
    ]

    /// Phrases of legal disclaimers and copyright notices.
    static let legalCues = [
        "without warranty", "no warranty", "warranties", "accept any responsibility", "accept no responsibility",
        "liability", "liable", "all rights reserved", "copyright", "may not be reproduced", "may not be published",
        "not be published broadcast", "redistributed", "reproduction", "terms of use", "terms and conditions",
        "privacy policy", "for informational purposes", "does not constitute", "investment advice",
        "financial advice", "views expressed", "do not necessarily reflect", "opinions expressed", "provider above",
        "kindly contact", "as is",
    ]

    /// Notes that a text was taken from a feed unchanged, and links to editorial standards: disclaimers on their own.
    static let feedNotes = [
        "syndicated feed", "not been edited by", "wire agency feed", "without modifications to the text",
        "auto generated from a syndicated", "our standards the", "trust principles",
    ]

    /// Labels of lists of tags or topics (`Tags: Russia, Trump`).
    static let tagLabels: Set<String> = ["tags", "topics", "related topics", "filed under", "categories", "keywords"]

    /// Openings of caption lines that carry their own label (`Image caption, ...`, `Image source, Getty Images`).
    static let captionOpenings = [
        "image caption", "media caption", "photo caption", "caption ", "image source", "video caption",
    ]

    /// Labels at the end of a caption line that introduce its credit (`... Photograph: Evan Vucci/AP`).
    static let trailingCreditLabels = [
        "Photograph:", "Photo:", "Photos:", "Image:", "Picture:", "Credit:", "Photo by", "Photograph by",
        "Illustration:",
        "(AP Photo", "(Photo:", "(Photo by", "(Image:", "(Credit:", "Photo credit:",
        "Image credit:", "(Image credit:", "(Photo credit:",
    ]

    /// ``legalCues`` and ``socialPlatforms`` in ``StringProtocol/comparable`` form.
    static let legalCueKeys = PhraseSet(legalCues.map(\.comparable))
    static let socialPlatformKeys = PhraseSet(socialPlatforms.map { " " + $0.comparable })
    static let feedNoteKeys = PhraseSet(feedNotes)
    static let trailingCreditLabelSet = PhraseSet(trailingCreditLabels)
    static let reportingCreditOpeningSet = PhraseSet(reportingCreditOpenings)
    static let readMoreOpeningSet = PhraseSet(readMoreOpenings)
    static let editorNoteOpeningSet = PhraseSet(editorNoteOpenings)
    static let correctionOpeningSet = PhraseSet(correctionOpenings)
    static let captionOpeningSet = PhraseSet(captionOpenings)

    /// Headings of disclaimers.
    static let disclaimerHeadings: Set<String> = [
        "disclaimer", "legal disclaimer", "disclaimers", "disclosure", "important disclaimer", "copyright notice",
        "terms of use", "legal notice",
    ]

    /// Whole lines that label a part of a page rather than say something.
    static let sectionLabels: Set<String> = [
        "abstract", "full text", "correction appended", "correction", "letters", "letter", "letters to the editor",
        "key points", "highlights", "story highlights", "key takeaways", "takeaways", "in brief", "at a glance",
        "summary", "what we know", "opinion", "analysis", "commentary", "editorial", "explainer", "exclusive",
        "breaking news", "breaking", "live updates", "live", "fact check", "perspective", "topics", "related topics",
        "tags", "politics", "world", "business", "sports", "sport", "technology", "tech", "science", "health",
        "entertainment", "culture", "lifestyle", "markets", "economy", "news", "world news", "us news", "u s",
        "europe", "asia", "middle east", "africa", "americas", "uk", "local", "national", "international",
        "video", "photos", "election", "elections", "latest", "top news", "home",
    ]

    /// Words that mark a short title-case line as the name of a news outlet (`Asia Times`).
    static let outletWords: Set<String> = [
        "times", "news", "post", "journal", "herald", "tribune", "guardian", "telegraph", "press", "daily", "gazette",
        "chronicle", "star", "mail", "express", "today", "wire", "agency", "reuters", "afp", "ap", "tv", "radio",
        "network", "media", "observer", "independent", "review", "insider", "standard", "monitor", "sun", "mirror",
        "record", "courier", "dispatch", "bulletin", "register", "examiner", "inquirer", "report", "weekly",
        "magazine", "politico", "bloomberg", "cnn", "cnbc", "bbc", "nbc", "abc", "cbs", "fox", "npr", "tass",
        "interfax", "xinhua", "menafn", "newsweek", "axios", "hill", "week", "world", "online", "broadcasting",
    ]

    /// Words after `Editor's`-style labels; weekday and month names that are never a byline name.
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
        "tomorrow", "yesterday", "christmas", "easter", "election", "day", "week", "month", "year", "night",
    ]
}
