/// News media: outlet names, and the words that make a capitalised name an outlet (`news agency`, `Times`).
enum MediaLexicon {
    /// Outlet names, lower-cased, without a leading `the`; multi-word names are matched token by token.
    static let outlets: [String] = [
        "interfax", "tass", "ria novosti", "ria", "sputnik", "rt", "russia today", "rossiya-24", "rossiya 24",
        "rossiya-1", "channel one", "pervy kanal", "izvestia", "kommersant", "vedomosti", "rbc", "meduza",
        "novaya gazeta", "verstka", "ntv", "zvezda", "ukrinform", "unian", "kyiv independent", "kyiv post",
        "afp", "agence france-presse", "agence france presse", "reuters", "ap", "associated press", "bloomberg",
        "bloomberg news", "cnn", "fox news", "fox", "fox business", "msnbc", "cnbc", "nbc", "nbc news", "cbs",
        "cbs news", "abc", "abc news", "npr", "pbs", "c-span", "politico", "axios", "the hill", "newsweek", "time",
        "time magazine", "the atlantic", "the new yorker", "vox", "vice", "vice news", "buzzfeed", "buzzfeed news",
        "huffpost", "huffington post", "breitbart", "breitbart news", "daily caller", "the daily caller",
        "washington examiner", "national review", "the federalist", "newsmax", "one america news", "oann",
        "the wall street journal", "wall street journal", "wsj", "the new york times", "new york times", "nyt",
        "the washington post", "washington post", "usa today", "los angeles times", "la times", "chicago tribune",
        "boston globe", "new york post", "the new york post", "new york daily news", "daily news",
        "the washington times", "washington times", "miami herald", "san francisco chronicle", "the guardian",
        "guardian", "the times", "the sunday times", "the telegraph", "daily telegraph", "financial times", "ft",
        "the economist", "economist", "the independent", "daily mail", "mail on sunday", "the sun", "the mirror",
        "bbc", "bbc news", "sky news", "itv", "channel 4", "al jazeera", "al arabiya", "dw", "deutsche welle",
        "der spiegel", "spiegel", "bild", "le monde", "le figaro", "liberation", "france 24", "euronews",
        "el pais", "corriere della sera", "la repubblica", "ansa", "efe", "xinhua", "cgtn", "global times",
        "people's daily", "south china morning post", "yonhap", "kyodo", "nhk", "asahi", "nikkei", "times of india",
        "hindustan times", "press trust of india", "pti", "ani", "firstpost", "ndtv", "haaretz", "times of israel",
        "jerusalem post", "anadolu", "irna", "tasnim", "fars", "isna", "cbc", "cbc news", "radio-canada", "ctv",
        "ctv news", "global news", "the globe and mail", "globe and mail", "toronto star", "national post",
        "la presse", "le devoir", "canadian press", "the canadian press", "cp", "postmedia", "citynews",
        "montreal gazette", "ottawa citizen", "vancouver sun", "calgary herald", "edmonton journal",
        "winnipeg free press", "the province", "maclean's", "macleans", "the tyee", "the logic", "ipolitics",
        "hill times", "the hill times", "abc australia", "the australian", "sydney morning herald", "the age",
        "semafor", "the intercept", "propublica", "the daily beast", "daily beast", "salon", "slate", "mother jones",
        "the nation", "rolling stone", "vanity fair", "the information", "business insider", "insider", "yahoo news",
        "yahoo", "forbes", "fortune", "cnbc", "marketwatch", "barron's", "the verge", "wired", "techcrunch", "axios",
        "punchbowl news", "the dispatch", "the free press", "substack", "telemundo", "univision", "kyiv independent",
        "the moscow times", "moscow times", "zero hedge",
        "the new york times magazine", "60 minutes", "face the nation", "meet the press", "this week",
        "state of the union", "fox news sunday", "good morning america", "today show", "the view", "nbc's meet the press",
    ]

    /// Words that, after a capitalised name, make it an outlet (`Tass news agency`, `Kommersant newspaper`), or that
    /// stand before the outlet's name (`news agency Interfax`, `state television channel Rossiya-24`).
    static let headWords: Set<String> = [
        "newspaper", "newspapers", "daily", "tabloid", "broadsheet", "magazine", "weekly", "agency", "outlet",
        "broadcaster", "channel", "network", "station", "radio", "television", "tv", "website", "site", "portal",
        "podcast", "show", "program", "programme", "wire", "service", "paper", "publication", "journal",
    ]

    /// Last words of capitalised outlet names (`Times`, `Post`, `Herald`).
    static let nameEndings: Set<String> = [
        "times", "post", "journal", "news", "herald", "tribune", "gazette", "telegraph", "guardian", "review",
        "magazine", "press", "daily", "chronicle", "examiner", "observer", "standard", "mail", "mirror", "express",
        "star", "sun", "globe", "inquirer", "courier", "dispatch", "bulletin", "register", "record", "reporter",
        "today", "tv", "radio", "network", "channel", "insider", "wire", "weekly", "monthly", "beacon", "caller",
        "citizen", "province", "pravda", "gazeta", "izvestia", "vedomosti",
    ]

    /// Outlet names split into lower-case word sequences, grouped by their first word.
    static let outletsByFirstWord: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for name in outlets {
            var words = tokenWords(name)
            if words.first == "the", words.count > 1 { words.removeFirst() }
            guard let first = words.first else { continue }
            table[first, default: []].append(words)
        }
        for key in table.keys { table[key]?.sort { $0.count > $1.count } }
        return table
    }()

    /// The lower-case tokens of `text` as the tokenizer splits them.
    static func tokenWords(_ text: String) -> [String] {
        Tokenizer.tokenize(Array(text.unicodeScalars)).map(\.lower)
    }
}
