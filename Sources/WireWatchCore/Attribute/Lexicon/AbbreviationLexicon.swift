/// Words written with a period that does not end a sentence (`Mr.`, `Gov.`, `Jan.`).
enum AbbreviationLexicon {
    static let words: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "lt",
        "gen", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rev", "revd", "hon",
        "atty", "supt", "insp", "det", "const", "pres", "sec", "secy", "del", "amb", "fr", "msgr", "st", "ste", "mt",
        "ft", "jr", "sr", "esq", "inc", "corp", "ltd", "co", "bros", "dept", "univ", "assn", "vs", "etc", "approx",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "ave", "blvd", "rd", "hwy",
        "calif", "conn", "fla", "ga", "kan", "kans", "ky", "md", "mich", "minn",
        "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "ariz",
        "ark", "colo", "ala", "alta", "ont", "que", "sask",
    ]

    /// Abbreviations that often end a sentence too (`in the U.S. The ...`).
    static let mayEndSentence: Set<String> = [
        "u.s.", "u.k.", "u.n.", "d.c.", "e.u.", "inc.", "corp.", "ltd.", "co.", "jr.", "sr.", "etc.", "a.m.", "p.m.",
        "bros.", "esq.",
    ]
}
