/// Capitalised function words that open sentences and clauses: never part of a name.
enum OpenerLexicon {
    /// Words that typically open a sentence (used after abbreviations such as `U.S.`).
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "for", "after", "before",
        "since", "although", "though", "however", "meanwhile", "also", "still", "his", "her", "their", "its", "our",
        "my", "what", "who", "why", "how", "where", "which", "some", "many", "most", "one", "both", "each", "such",
        "according", "asked", "speaking", "earlier", "later", "last", "next", "then", "now", "today", "yesterday",
    ]

    /// Capitalised words that are not names even when capitalised (sentence openers, pronouns, days, months).
    static let notNames: Set<String> = sentenceOpeners.union([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.",
        "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "to", "from", "with", "by", "of", "about", "against",
        "among", "during", "until", "despite", "because", "unless", "whether", "no", "not", "yes", "all", "any",
        "every", "other", "another", "more", "less", "several", "few", "much", "me", "him", "them", "us", "your",
        "here", "thus", "indeed", "instead", "besides", "moreover", "furthermore", "nevertheless", "nonetheless",
        "otherwise", "perhaps", "maybe", "first", "second", "third", "finally", "notably", "only", "even", "just",
        "again", "once", "recently", "previously", "currently", "similarly", "likewise", "further", "overall",
        "mr.", "mrs.", "ms.", "dr.", "said", "says", "told", "added", "noted", "wrote", "asked", "do", "did", "does",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "shall", "let", "let's", "not", "ok", "okay", "well", "oh", "please", "thank",
        "thanks", "dear", "sir", "madam", "via", "re", "per", "like", "unlike", "under", "over", "between", "without",
        "within", "through", "throughout", "toward", "towards", "upon", "into", "onto", "across", "around", "behind",
        "beyond", "near", "outside", "inside", "amid", "amidst", "regarding", "following", "including",
    ])
}
