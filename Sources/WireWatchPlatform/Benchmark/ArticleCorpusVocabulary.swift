/// The word lists behind the synthetic benchmark corpus: invented outlets, institutions and people in real-sounding
/// places, written for this project. Nothing here comes from the evaluation corpora.
enum ArticleCorpusVocabulary {
    static let givenNames = [
        "Amara", "Bruno", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ingrid", "Jamal", "Kasia",
        "Lucas", "Mariam", "Nikolai", "Olivia", "Pedro", "Quentin", "Rosa", "Samuel", "Tamar", "Umar", "Vera",
        "Walter", "Ximena", "Yusuf", "Zofia", "Adrian", "Beatrice", "Cyril", "Daniela", "Emeka", "Fiona", "Gustavo",
        "Helena", "Ivan", "Julia", "Kwame", "Leila", "Marco", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas",
        "Ursula", "Viktor", "Wanjiru", "Yara", "Zeynep",
    ]

    static let surnames = [
        "Abara", "Bergstrom", "Castellanos", "Demir", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Ivanova",
        "Jablonski", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quispe", "Rahman",
        "Santos", "Takahashi", "Uribe", "Varga", "Whitfield", "Xu", "Yilmaz", "Zimmermann", "Achterberg", "Barros",
        "Calloway", "Dimitrov", "Esposito", "Ferreira", "Grünewald", "Holloway", "Ibrahim", "Jovanović", "Kariuki",
        "Lombardi", "Mensah", "Novak", "O'Donnell", "Pereira", "Rossi", "Sørensen", "Tanaka", "Vasquez", "Weber",
    ]

    /// Roles that precede a name (`Finance Minister Elena Petrov`) or follow it as an appositive.
    static let roles = [
        "Finance Minister", "Health Minister", "Transport Minister", "Foreign Minister", "Interior Minister",
        "spokesperson", "mayor", "governor", "senator", "chief executive", "professor of economics",
        "union leader", "police chief", "central bank governor", "opposition leader", "deputy mayor",
        "committee chair", "chief medical officer", "lead negotiator", "party secretary",
    ]

    static let organizations = [
        "the Ministry of Finance", "the Harbor Energy Group", "the National Rail Authority", "the city council",
        "the Teachers' Federation", "the Coastal Water Board", "the Institute for Fiscal Studies",
        "the Regional Health Service", "the Chamber of Commerce", "the Union of Transport Workers",
        "the Northern Growers' Cooperative", "the Civil Aviation Office", "the Metropolitan Police",
        "the Public Audit Office", "the Federation of Small Businesses", "the Tenants' Association",
        "the State Broadcasting Council", "the Green Valley Conservancy",
    ]

    static let cities = [
        ("Lisbon", "Portugal"), ("Nairobi", "Kenya"), ("Valparaíso", "Chile"), ("Gdańsk", "Poland"),
        ("Osaka", "Japan"), ("Tbilisi", "Georgia"), ("Porto Alegre", "Brazil"), ("Tampere", "Finland"),
        ("Accra", "Ghana"), ("Cork", "Ireland"), ("Izmir", "Turkey"), ("Brno", "Czech Republic"),
        ("Halifax", "Canada"), ("Cebu", "Philippines"), ("Bergen", "Norway"), ("Córdoba", "Argentina"),
        ("Leipzig", "Germany"), ("Mombasa", "Kenya"), ("Thessaloniki", "Greece"), ("Adelaide", "Australia"),
    ]

    /// What the story is about: a noun phrase used in running text.
    static let topics = [
        "fuel prices", "the new metro line", "the water shortage", "the budget deficit", "the teachers' strike",
        "the flood defences", "hospital waiting lists", "the port expansion", "the data breach at the tax office",
        "wildfire recovery", "the housing shortage", "the rail fare increase", "the fishing quota dispute",
        "the pension reform", "the airport noise limits", "rising food prices", "the bridge closure",
        "the heatwave response", "the election recount", "the mining licence review",
    ]

    /// Decisions, as verb phrases after "to".
    static let actions = [
        "cut fuel taxes for a year", "raise the minimum wage", "expand the metro network", "audit public contracts",
        "hire two thousand more nurses", "freeze rents in the city centre", "delay the vote until spring",
        "build a second runway", "ban night flights", "double the flood defence budget",
        "privatise the regional bus company", "reopen the northern border crossing", "cap energy bills",
        "hold an independent inquiry", "scrap the tram project", "subsidise school meals",
    ]

    /// Finite clauses for reported speech ("said that ...").
    static let claims = [
        "the plan would cost more than %N million dollars", "the decision had been taken without consultation",
        "the government had ignored repeated warnings", "the measures would take effect in %M",
        "talks with the unions would resume next week", "nobody had been informed before the announcement",
        "the figures published on %D were wrong", "the region could not wait another year",
        "the money would come from the reserve fund", "at least %N families had been affected",
        "the inquiry would report by %M", "the previous government had left the accounts in disarray",
        "prices had risen by %P percent since January", "the contract had been signed in secret",
    ]

    /// Sentences spoken in direct quotes.
    static let sayings = [
        "We will not stand by while %T gets worse", "This is a difficult day for %C, but we will recover",
        "Nobody in this building wants %T to drag on for another year", "The numbers simply do not add up",
        "We were promised answers and we got a press release", "I have never seen anything like this in my career",
        "Families are paying the price for decisions taken behind closed doors",
        "Our priority is to keep people safe", "This is not the end of the matter",
        "We are ready to talk, but not at any price", "It is a good first step, nothing more",
        "People in %C deserve better than this", "We will look at every option on the table",
        "The decision was made in the public interest", "Frankly, it is too little, too late",
        "We have the money, we have the plan, and now we need the will",
    ]

    static let cueVerbs = [
        "said", "told reporters", "added", "warned", "argued", "insisted", "explained", "noted", "stressed",
        "claimed", "acknowledged", "said in a statement",
    ]

    static let outlets = [
        "Harbor Times", "The Daily Ledger", "Metro Post", "Northern Courier", "Global Wire Service",
        "The Evening Chronicle", "Riverside Herald", "Capital Observer", "The Morning Dispatch", "Coastline News",
    ]

    static let agencies = ["Reuters", "AP", "AFP", "dpa", "EFE", "ANSA"]

    static let pictureCredits = [
        "Getty Images", "Reuters", "AFP via Getty Images", "EPA", "AP Photo", "Bloomberg", "Shutterstock",
        "NurPhoto via Getty Images",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static let promoLabels = ["ALSO READ |", "Read more:", "Related:", "READ ALSO:", "Watch:", "More on this story:"]

    static let promoLines = [
        "Advertisement", "Story continues below advertisement", "Share this article", "Sign up for our newsletter",
        "Click here to subscribe", "Follow us on Twitter",
    ]

    /// Disclaimers and trailers at the end of an article.
    static let disclaimers = [
        "This story has been published from a wire agency feed without modifications to the text.",
        "The views expressed in this article are the author's own and do not reflect the editorial policy of %O.",
        "Reporting by %R; Editing by %E",
        "© %Y %O. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "Additional reporting by %R.",
        "This article was amended on %D to correct the spelling of a name.",
    ]
}
