/// The element kinds that matter to extraction; every other element is `other` (treated as inline).
enum HTMLTag: UInt8, Sendable {
    case other, text
    case html, body, div, section, article, main, p, span, a, br, hr, img, picture
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd, menu
    case blockquote, pre, code, address, center
    case table, caption, tbody, thead, tfoot, tr, td, th
    case figure, figcaption, nav, aside, footer, header, form, fieldset, legend, label, details, summary, dialog
    case em, strong, b, i, u, small, sup, sub, time, font, cite, q, abbr, mark, s, strike, del, ins

    /// The tag for a lower-case element name.
    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        let all: [HTMLTag] = [
            .html, .body, .div, .section, .article, .main, .p, .span, .a, .br, .hr, .img, .picture,
            .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .menu, .blockquote, .pre, .code, .address,
            .center, .table, .caption, .tbody, .thead, .tfoot, .tr, .td, .th, .figure, .figcaption, .nav, .aside,
            .footer, .header, .form, .fieldset, .legend, .label, .details, .summary, .dialog, .em, .strong, .b, .i,
            .u, .small, .sup, .sub, .time, .font, .cite, .q, .abbr, .mark, .s, .strike, .del, .ins,
        ]
        var map: [String: HTMLTag] = [:]
        for tag in all { map["\(tag)"] = tag }
        return map
    }()

    /// Element names whose whole subtree is never article text (scripts, media, controls, embedded documents).
    static let droppedNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
        "audio", "select", "textarea", "button", "input", "option", "optgroup", "datalist", "head", "link", "meta",
        "title", "map", "area", "frame", "frameset", "applet", "source", "track", "param", "base", "output",
        "progress", "meter", "dialog", "rp", "rt",
    ]

    /// True for elements that start a new line of text (a paragraph boundary).
    var isBlock: Bool {
        switch self {
        case .div, .section, .article, .main, .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .menu,
            .blockquote, .pre, .address, .center, .table, .caption, .tbody, .thead, .tfoot, .tr, .td, .th, .figure,
            .figcaption, .nav, .aside, .footer, .header, .form, .fieldset, .legend, .details, .summary, .hr, .html,
            .body, .dialog:
            return true
        default:
            return false
        }
    }

    /// True for `h1`...`h6`.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// True for elements whose text is one paragraph of the output when they have no block children.
    var isTextBlock: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .li, .dt, .dd, .blockquote, .pre, .td, .th, .figcaption, .caption,
            .address, .summary:
            return true
        default:
            return false
        }
    }
}
