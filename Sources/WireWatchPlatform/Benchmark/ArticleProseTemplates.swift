/// Sentence templates of the synthetic corpus, each with a second phrasing of the same content used by rewrites.
/// Slots are those of ``ArticleFacts/fill(_:person:numberIndex:)``.
enum ArticleProseTemplates {
    /// Opening sentences, after the dateline.
    static let ledes: [(String, String)] = [
        (
            "%O announced on %W a plan to %A, a move that critics said came far too late for residents of %C.",
            "A plan to %A was unveiled by %O on %W, and residents of %C were quick to call it overdue."
        ),
        (
            "Officials in %C said on %W they would %A after weeks of pressure over %T.",
            "After weeks of pressure over %T, officials in %C pledged on %W to %A."
        ),
        (
            "The government of %K agreed on %W to %A, ending a long dispute over %T.",
            "A long dispute over %T ended on %W when the government of %K agreed to %A."
        ),
        (
            "%R %F said on %W that %O would %A, the clearest sign yet of a change of course on %T.",
            "In the clearest sign yet of a shift on %T, %R %F said on %W that %O would %A."
        ),
    ]

    /// Background sentences for running prose.
    static let background: [(String, String)] = [
        (
            "The decision follows months of protests in %C, where %T has dominated local politics since %M.",
            "Since %M, %T has dominated local politics in %C, and months of protests preceded the decision."
        ),
        (
            "According to figures published in %M, more than %N households in the region were affected.",
            "More than %N households in the region were affected, figures published in %M showed."
        ),
        (
            "Opposition parties have called for a debate in parliament before the end of the month.",
            "Before the month is out, opposition parties want parliament to debate the matter."
        ),
        (
            "Analysts expect the measure to cost about %N million dollars over the next two years.",
            "Over the next two years the measure should cost roughly %N million dollars, analysts estimate."
        ),
        (
            "The last comparable plan, in %Y, was abandoned after a court ruled that it breached procurement rules.",
            "A similar plan was dropped in %Y when a court found it had broken procurement rules."
        ),
        (
            "Local businesses in %C have complained that %T is driving customers away from the city centre.",
            "Customers are staying away from the centre of %C because of %T, local businesses say."
        ),
        (
            "A poll published last week found that %P percent of voters disapproved of the handling of %T.",
            "Last week a poll showed %P percent of voters unhappy with how %T had been handled."
        ),
        (
            "The measure still needs the approval of the regional assembly, which meets again in %M.",
            "The regional assembly, due to meet again in %M, must still approve the measure."
        ),
        (
            "Neighbouring towns are watching closely, as several face similar problems with %T.",
            "Several neighbouring towns face similar trouble with %T and are following events closely."
        ),
        (
            "Trade unions said they would decide on further action at a meeting on %W.",
            "Further action will be decided by the trade unions when they meet on %W."
        ),
        (
            "The announcement came hours after %O published its annual report, which showed a deficit of %N million.",
            "Only hours earlier, %O had published an annual report showing a %N million deficit."
        ),
        (
            "Environmental groups in %K welcomed parts of the plan but said it did not go far enough.",
            "Parts of the plan won praise from environmental groups in %K, who nonetheless called it insufficient."
        ),
        (
            "Police said the demonstration outside the town hall on %W had been peaceful.",
            "The demonstration outside the town hall on %W passed off peacefully, according to police."
        ),
        (
            "Residents interviewed near the central station were divided over whether the plan would work.",
            "Near the central station, residents were split on whether the plan could succeed."
        ),
        (
            "The ministry has promised to publish a detailed timetable by the end of %M.",
            "A detailed timetable is due from the ministry before %M is over."
        ),
        (
            "Similar measures were introduced in other parts of %K with mixed results.",
            "Other parts of %K have tried similar measures, with mixed results."
        ),
    ]

    /// Forms of a direct-quote paragraph: `%Q` the saying, `%F`/`%S`/`%R` the speaker.
    static let quoteForms = [
        "\"%Q,\" %F, %R of %O, said on %W.",
        "“%Q,” said %F, the %R.",
        "%F told reporters: “%Q.”",
        "“%Q,” %S said. “%Z.”",
        "\"%Q,\" %S told %X.",
        "Speaking in %C, %R %F said: \"%Q.\"",
    ]

    /// Forms of a reported-speech paragraph: `%L` the claim.
    static let reportedForms = [
        "%F, %R of %O, said that %L.",
        "According to %F, %L.",
        "%S told reporters on %W that %L.",
        "%O said in a statement that %L.",
        "%R %F warned that %L, adding that more details would follow.",
        "%S, who has led %O since %Y, insisted that %L.",
    ]
}
