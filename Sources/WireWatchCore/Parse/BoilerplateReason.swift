/// Why a line was taken out of an article's body; the raw value is the `reason` written in `removed`.
enum BoilerplateReason: String, Sendable, CaseIterable {
    /// `Yuri Kadobunov | AFP | Getty Images`, `Photo: Reuters`, `Getty/Instagram.`
    case photoCredit = "photo-credit"
    /// The picture description that goes with a photo credit.
    case caption
    /// Legal disclaimers, copyright lines and their headings.
    case disclaimer
    /// Syndication ids such as `MENAFN08112024000159011032ID1108865060`, and `(MENAFN- Asia Times)` tags.
    case syndicationID = "syndication-id"
    /// `ALSO READ | ...`, `Impact Shorts`, `Follow X on Twitter @...`, `>> ...` teasers, `Read the rest here.`
    case promo
    /// A link to another article set inside the text (`Topic: Headline of another piece`).
    case relatedLink = "related-link"
    case repeatedHeadline = "repeated-headline"
    case byline
    /// A note on the author at the end (`Jane Roe is a correspondent for ...`).
    case authorBio = "author-bio"
    /// `(Reporting by ...; Editing by ...)`, `X contributed reporting.`
    case credit
    /// `Politics`, `ABSTRACT.`, `LETTERS.`, `Correction Appended.`
    case sectionLabel = "section-label"
    /// A lone line naming the outlet (`Asia Times`).
    case outletLabel = "outlet-label"
    /// Bullet points that sum up the article before it starts.
    case summary
    case editorNote = "editor-note"
    /// `Correction: An earlier version of this article ...`
    case correction
    /// A line of only punctuation (`___`, `* * *`).
    case separator
    /// Markup left by an embedded post or video (`<tweet tweet-id="..."><tweet/>`).
    case embed
    /// A lone publication date stamp (`Published: November 8, 2024`).
    case dateStamp = "date-stamp"
    /// `Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern.`
    case stationNotice = "station-notice"
    /// A row of site sections (`Home | World | Europe`).
    case navigation
}
