/// Titles, role nouns and their modifiers: the words that describe a speaker rather than name them.
enum RoleLexicon {
    /// Short titles written before a name (`Mr.`, `Sen.`, `Gov.`), lower-cased with their period.
    static let honorifics: Set<String> = [
        "mr.", "mrs.", "ms.", "miss", "mx.", "dr.", "prof.", "sen.", "sens.", "rep.", "reps.", "gov.", "lt.", "gen.",
        "col.", "maj.", "capt.", "cpt.", "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "cdr.", "brig.", "rev.", "hon.",
        "atty.", "supt.", "insp.", "det.", "const.", "del.", "amb.", "fr.", "msgr.", "sir", "dame", "lord", "lady",
        "messrs.", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
    ]

    /// Nouns that name a role or an office (`spokesman`, `minister`); singular and plural.
    static let roleNouns: Set<String> = [
        "president", "president-elect", "vice-president", "minister", "ministers", "secretary", "secretary-general",
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "chairman",
        "chairwoman", "chairperson", "chair", "co-chair", "vice-chair", "leader", "leaders", "director",
        "director-general", "chief", "executive", "executives", "ceo", "cfo", "coo", "cto", "founder", "co-founder",
        "senator", "senators", "representative", "congressman", "congresswoman", "lawmaker", "lawmakers",
        "legislator", "legislators", "governor", "governor-general", "lieutenant-governor", "mayor", "ambassador",
        "envoy", "diplomat", "diplomats", "adviser", "advisers", "advisor", "advisors", "aide", "aides", "official",
        "officials", "commissioner", "attorney", "attorneys", "lawyer", "lawyers", "counsel", "judge", "justice",
        "prosecutor", "prosecutors", "general", "admiral", "commander", "colonel", "captain", "lieutenant",
        "sergeant", "officer", "officers", "sheriff", "analyst", "analysts", "economist", "economists", "professor",
        "researcher", "researchers", "scientist", "scientists", "expert", "experts", "author", "writer", "columnist",
        "host", "anchor", "correspondent", "reporter", "editor", "publisher", "owner", "partner", "candidate",
        "nominee", "pollster", "strategist", "consultant", "manager", "head", "member", "members", "deputy",
        "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop",
        "rabbi", "imam", "reverend", "pastor", "priest", "coach", "speaker", "whip", "treasurer", "auditor",
        "comptroller", "inspector", "superintendent", "administrator", "supervisor", "coordinator", "organizer",
        "activist", "activists", "campaigner", "lobbyist", "negotiator", "mediator", "historian", "scholar", "fellow",
        "lecturer", "dean", "principal", "teacher", "doctor", "physician", "surgeon", "nurse", "psychologist",
        "psychiatrist", "epidemiologist", "delegate", "councillor", "councilor", "councilman", "councilwoman",
        "alderman", "assemblyman", "assemblywoman", "mp", "mep", "mla", "mpp", "trustee", "investor", "banker",
        "trader", "entrepreneur", "businessman", "businesswoman", "billionaire", "tycoon", "magnate", "actor",
        "actress", "singer", "rapper", "musician", "artist", "comedian", "athlete", "player", "quarterback", "agent",
        "detective", "constable", "firefighter", "marshal", "trooper", "critic", "critics", "supporter", "supporters",
        "opponent", "ally", "rival", "challenger", "incumbent", "moderator", "narrator", "interviewer", "pundit",
        "commentator", "blogger", "emir", "sheikh", "sultan", "ayatollah", "patriarch", "chiefs", "hawk", "veteran",
        "strategists", "operative", "organiser", "dictator", "monarch", "lord", "baroness", "representatives",
        "officeholder", "mogul", "physicist", "engineer", "architect", "attorney-general", "solicitor",
        "solicitor-general", "staffer", "staffers", "source", "sources", "insider", "insiders", "observer",
        "observers", "witness", "witnesses", "resident", "residents", "student", "students", "worker", "workers",
        "employee", "employees", "voter", "voters", "parent", "parents", "mother", "father", "wife", "husband",
        "son", "daughter", "brother", "sister", "friend", "friends", "neighbor", "neighbour", "victim", "survivor",
    ]

    /// Words that modify a role (`former`, `deputy`, `press`, `foreign`) and may stand between a role and a name.
    static let roleModifiers: Set<String> = [
        "former", "ex", "ex-", "then", "then-", "acting", "interim", "deputy", "vice", "senior", "junior", "top",
        "chief", "head", "assistant", "associate", "executive", "general", "press", "foreign", "defense", "defence",
        "finance", "interior", "justice", "health", "prime", "first", "incoming", "outgoing", "longtime", "long-time",
        "veteran", "retired", "current", "newly", "elected", "designate", "co", "state", "federal", "national",
        "regional", "local", "city", "county", "provincial", "municipal", "district", "public", "private", "lead",
        "principal", "managing", "founding", "presidential", "vice-presidential", "democratic", "republican",
        "conservative", "liberal", "progressive", "independent", "majority", "minority", "campaign", "party",
        "police", "military", "security", "intelligence", "economic", "communications", "policy", "political",
        "legal", "climate", "trade", "energy", "education", "labor", "labour", "transportation", "agriculture",
        "commerce", "homeland", "treasury", "state-owned", "leading", "prominent", "well-known", "fellow", "special",
        "permanent", "global", "international", "european", "white", "house", "senate", "chamber", "judiciary",
        "oversight", "intelligence", "armed", "services", "budget", "ways", "means", "appropriations", "research",
        "news", "television", "radio", "talk", "show", "conservative-leaning", "liberal-leaning", "nonpartisan",
        "bipartisan", "gop", "dnc", "rnc", "u.s.", "us", "american", "hard-line", "hardline", "outspoken", "staunch",
        "key", "close", "personal", "economics", "science", "scientific", "medical", "chief-of-staff", "communication",
        "staff", "vice-", "co-", "team", "media", "digital", "operations", "affairs", "relations",
        "emergency", "public-health", "infectious", "disease", "diseases", "civil", "rights", "human", "environmental",
        "labor-union", "union", "business", "business-friendly", "polling", "data", "election", "elections", "voting",
    ]

    /// Words of a definite description that usually point back to a person (`the spokesman`, `the former president`).
    static func isPersonRole(_ word: String) -> Bool {
        roleNouns.contains(word) && !groupNouns.contains(word)
    }

    /// Role nouns for groups and anonymous sources: a speaker described only by these is vague.
    static let groupNouns: Set<String> = [
        "officials", "analysts", "experts", "critics", "supporters", "sources", "source", "insiders", "insider",
        "observers", "observer", "witnesses", "witness", "residents", "resident", "students", "workers",
        "employees", "voters", "parents", "lawmakers", "legislators", "leaders", "diplomats", "aides", "advisers",
        "advisors", "economists", "scientists", "researchers", "activists", "strategists", "staffers",
        "representatives", "members", "prosecutors", "attorneys", "lawyers", "officers", "senators", "ministers",
        "executives", "spokespeople", "friends", "chiefs",
    ]

    /// Feminine role words, for pronoun agreement.
    static let feminine: Set<String> = [
        "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman", "actress",
        "queen", "princess", "wife", "mother", "daughter", "sister", "mrs.", "ms.", "miss", "mrs", "ms", "dame",
        "lady", "baroness", "grandmother", "widow", "girl", "woman",
    ]

    /// Masculine role words, for pronoun agreement.
    static let masculine: Set<String> = [
        "spokesman", "chairman", "congressman", "councilman", "assemblyman", "alderman", "businessman", "king",
        "prince", "husband", "father", "son", "brother", "mr.", "mr", "sir", "lord", "pope", "rabbi", "imam",
        "priest", "emir", "sheikh", "sultan", "ayatollah", "patriarch", "grandfather", "widower", "boy", "man",
    ]
}
