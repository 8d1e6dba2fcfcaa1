/// Words that make a noun phrase an organisation (`Ministry`, `Committee`, `Kremlin`) and words of nationality.
enum OrganizationLexicon {
    /// Head words of organisations, lower-cased.
    static let headWords: Set<String> = [
        "kremlin", "ministry", "department", "office", "committee", "council", "commission", "agency",
        "administration", "bureau", "service", "services", "party", "parliament", "congress", "senate", "house",
        "court", "government", "cabinet", "embassy", "mission", "campaign", "foundation", "institute", "university",
        "college", "school", "center", "centre", "association", "union", "federation", "fund", "bank", "group",
        "company", "corporation", "corp.", "inc.", "ltd.", "llc", "organization", "organisation", "authority",
        "board", "police", "army", "navy", "forces", "command", "coalition", "alliance", "league", "network",
        "secretariat", "assembly", "duma", "legislature", "tribunal", "team", "club", "firm", "society",
        "institution", "watchdog", "regulator", "presidency", "palace", "pentagon", "diplomacy", "state", "states",
        "kingdom", "republic", "nations", "caucus", "chamber", "directorate", "inspectorate", "prosecutor's",
        "ombudsman", "headquarters", "staff", "junta", "regime", "military", "guard", "corps", "brigade",
        "division", "unit", "platform", "foundation", "trust", "partners", "holdings", "industries", "technologies",
        "systems", "airlines", "motors", "energy", "capital", "consulting", "research", "hospital", "clinic",
        "church", "diocese", "synod", "mosque", "synagogue", "tax", "policy", "think", "tank", "poll", "survey",
        "study", "report", "data", "index", "statement", "document", "memo", "letter", "filing", "complaint",
        "lawsuit", "ruling", "order", "decision", "analysis", "projection", "estimate", "figures", "statistics",
        "spokesperson", "press", "prosecutors", "firefighters", "kremlin's",
    ]

    /// Upper-case initialisms of well-known organisations that speak in the news.
    static let initialisms: Set<String> = [
        "fbi", "cia", "nsa", "dhs", "doj", "epa", "irs", "sec", "fda", "cdc", "nih", "nasa", "nato", "un", "eu",
        "imf", "who", "wto", "opec", "iaea", "osce", "icc", "icj", "unicef", "unhcr", "unesco", "dnc", "rnc", "gop",
        "nra", "aclu", "naacp", "nypd", "lapd", "rcmp", "csis", "opp", "ndp", "fsb", "svr", "gru", "mod", "fco",
        "hamas", "hezbollah", "isis", "isil", "ukip", "snp", "cdu", "spd", "afd", "anc", "kgb", "pla", "ccp",
    ]

    /// Nationality and place adjectives that stand before roles and organisations (`Russian`, `Canadian`).
    static let nationalities: Set<String> = [
        "american", "russian", "ukrainian", "chinese", "british", "english", "scottish", "welsh", "irish", "french",
        "german", "italian", "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "polish", "czech",
        "slovak", "hungarian", "romanian", "bulgarian", "greek", "turkish", "serbian", "croatian", "bosnian",
        "albanian", "swedish", "norwegian", "danish", "finnish", "estonian", "latvian", "lithuanian", "belarusian",
        "georgian", "armenian", "azerbaijani", "kazakh", "uzbek", "iranian", "iraqi", "syrian", "lebanese",
        "israeli", "palestinian", "jordanian", "egyptian", "saudi", "emirati", "qatari", "yemeni", "omani",
        "kuwaiti", "bahraini", "afghan", "pakistani", "indian", "bangladeshi", "sri", "nepalese", "japanese",
        "korean", "north", "south", "vietnamese", "thai", "malaysian", "indonesian", "filipino", "philippine",
        "singaporean", "australian", "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean",
        "colombian", "venezuelan", "peruvian", "cuban", "haitian", "nigerian", "kenyan", "ethiopian", "somali",
        "sudanese", "libyan", "tunisian", "algerian", "moroccan", "african", "european", "asian", "arab",
        "western", "eastern", "soviet", "u.s.", "us", "u.k.", "uk", "eu", "un", "u.n.", "federal", "provincial",
        "quebec", "ontario", "texan", "californian", "democratic", "republican", "conservative", "liberal", "labour",
        "labor", "green", "socialist", "communist", "nationalist", "kremlin", "white", "gop", "new", "zealand",
    ]

    /// Whether `token` is an organisation head word or an upper-case initialism of one (`FBI`, not `who`).
    static func isOrganizationWord(_ token: TextToken) -> Bool {
        headWords.contains(token.lower) || (token.isAllCaps && initialisms.contains(token.lower))
    }
}
