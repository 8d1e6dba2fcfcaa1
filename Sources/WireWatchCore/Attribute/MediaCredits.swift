/// Carries media credits (`via`) over to the quotes that continue a credited report.
///
/// A quote whose speaker comes from a pronoun, a description or a floating position keeps the credit of the quote
/// just before it when both have the same speaker (`..., Peskov told Interfax. "...," he added.`); a cue marked
/// `reportedly` takes the outlet credited last in the two paragraphs before.
enum MediaCredits {
    static func propagate(_ quotes: inout [PendingQuote]) {
        var lastCredit: (paragraph: Int, outlets: [String])?
        for index in quotes.indices {
            let quote = quotes[index]
            if quote.via.isEmpty, index > 0 {
                let previous = quotes[index - 1]
                if quote.inheritsCredit, previous.entity != nil, previous.entity == quote.entity,
                    !previous.via.isEmpty, quote.paragraph - previous.paragraph <= 2
                {
                    quotes[index].via = previous.via
                } else if quote.isReported, let credit = lastCredit, quote.paragraph - credit.paragraph <= 2 {
                    quotes[index].via = credit.outlets
                }
            }
            if !quotes[index].via.isEmpty { lastCredit = (quote.paragraph, quotes[index].via) }
        }
    }
}
