/// The speech verbs that mark an attribution, with every inflected form, and how each takes its content.
enum CueLexicon {
    /// How a cue verb takes the reported content.
    enum Frame: Sendable {
        /// `said (that) ...`: a clause, with or without `that`.
        case clause
        /// `told reporters (that) ...`: an object first, then a clause (or `to` + verb).
        case objectClause
        /// `pledged to ...`: a `to`-infinitive.
        case infinitive
    }

    /// The grammatical form of a cue word.
    enum Form: Sendable {
        case base, present, past, participle
    }

    struct Entry: Sendable {
        var lemma: String
        var frame: Frame
        var form: Form
    }

    /// Every form of every cue verb, lower-cased.
    static let forms: [String: Entry] = {
        var table: [String: Entry] = [:]
        func add(_ lines: [String], _ frame: Frame) {
            for line in lines {
                let words = line.split(separator: " ").map(String.init)
                guard words.count >= 4 else { continue }
                let lemma = words[0]
                let shapes: [Form] = [.base, .present, .past, .participle]
                for (offset, word) in words.enumerated() {
                    let form = offset < shapes.count ? shapes[offset] : .past
                    if table[word] == nil { table[word] = Entry(lemma: lemma, frame: frame, form: form) }
                }
            }
        }
        add(clauseVerbs, .clause)
        add(objectVerbs, .objectClause)
        add(infinitiveVerbs, .infinitive)
        return table
    }()

    /// Verbs that report speech or writing and take a clause: base, -s, past (and past participle), -ing forms.
    static let clauseVerbs: [String] = [
        "say says said saying", "add adds added adding", "note notes noted noting",
        "state states stated stating", "explain explains explained explaining",
        "insist insists insisted insisting", "claim claims claimed claiming", "argue argues argued arguing",
        "stress stresses stressed stressing", "emphasize emphasizes emphasized emphasizing",
        "emphasise emphasises emphasised emphasising", "reiterate reiterates reiterated reiterating",
        "announce announces announced announcing", "declare declares declared declaring",
        "remark remarks remarked remarking", "comment comments commented commenting",
        "observe observes observed observing", "suggest suggests suggested suggesting",
        "acknowledge acknowledges acknowledged acknowledging", "admit admits admitted admitting",
        "concede concedes conceded conceding", "confirm confirms confirmed confirming",
        "reply replies replied replying", "respond responds responded responding",
        "answer answers answered answering", "recall recalls recalled recalling",
        "predict predicts predicted predicting", "tweet tweets tweeted tweeting", "report reports reported reporting",
        "indicate indicates indicated indicating", "assert asserts asserted asserting",
        "maintain maintains maintained maintaining", "mention mentions mentioned mentioning",
        "contend contends contended contending", "complain complains complained complaining",
        "write writes wrote writing written", "testify testifies testified testifying",
        "allege alleges alleged alleging", "counter counters countered countering",
        "retort retorts retorted retorting", "conclude concludes concluded concluding",
        "clarify clarifies clarified clarifying", "specify specifies specified specifying",
        "underline underlines underlined underlining", "underscore underscores underscored underscoring",
        "highlight highlights highlighted highlighting", "signal signals signaled signaling signalled signalling",
        "hint hints hinted hinting", "imply implies implied implying", "agree agrees agreed agreeing",
        "reveal reveals revealed revealing", "disclose discloses disclosed disclosing",
        "repeat repeats repeated repeating", "echo echoes echoed echoing", "boast boasts boasted boasting",
        "brag brags bragged bragging", "joke jokes joked joking", "quip quips quipped quipping",
        "muse muses mused musing", "lament laments lamented lamenting", "forecast forecasts forecasted forecasting",
        "estimate estimates estimated estimating", "speculate speculates speculated speculating",
        "propose proposes proposed proposing", "recommend recommends recommended recommending",
        "demand demands demanded demanding", "wonder wonders wondered wondering",
        "continue continues continued continuing", "opine opines opined opining",
        "proclaim proclaims proclaimed proclaiming", "affirm affirms affirmed affirming",
        "charge charges charged charging", "recount recounts recounted recounting",
        "shout shouts shouted shouting", "yell yells yelled yelling", "scream screams screamed screaming",
        "whisper whispers whispered whispering", "exclaim exclaims exclaimed exclaiming",
        "deny denies denied denying", "dispute disputes disputed disputing", "assess assesses assessed assessing",
        "cite cites cited citing", "reject rejects rejected rejecting", "dismiss dismisses dismissed dismissing",
        "call calls called calling",
        "question questions questioned questioning",
        "describe describes described describing", "characterize characterizes characterized characterizing",
        "characterise characterises characterised characterising",
        "posit posits posited positing", "reason reasons reasoned reasoning",
        "theorize theorizes theorized theorizing", "concur concurs concurred concurring",
        "contest contests contested contesting", "caution cautions cautioned cautioning",
        "warn warns warned warning", "post posts posted posting", "blog blogs blogged blogging",
        "reckon reckons reckoned reckoning", "acknowledge acknowledges acknowledged acknowledging",
        "object objects objected objecting", "protest protests protested protesting",
        "interject interjects interjected interjecting", "begin begins began beginning",
        "reassert reasserts reasserted reasserting", "restate restates restated restating",
        "guarantee guarantees guaranteed guaranteeing",
        "predict predicts predicted predicting", "elaborate elaborates elaborated elaborating",
        "summarize summarizes summarized summarizing", "surmise surmises surmised surmising",
        "emphasize emphasizes emphasized emphasizing", "relay relays relayed relaying",
        "recollect recollects recollected recollecting", "worry worries worried worrying",
        "fret frets fretted fretting", "hope hopes hoped hoping",
        // Evaluative verbs: their content is who or what was judged (`commended the team for its work`).
        "praise praises praised praising", "commend commends commended commending",
        "applaud applauds applauded applauding", "laud lauds lauded lauding",
    ]

    /// Verbs that take a listener or an addressee before the content (`told reporters that ...`).
    static let objectVerbs: [String] = [
        "tell tells told telling", "inform informs informed informing", "assure assures assured assuring",
        "reassure reassures reassured reassuring", "remind reminds reminded reminding",
        "notify notifies notified notifying", "brief briefs briefed briefing", "advise advises advised advising",
        "ask asks asked asking", "convince convinces convinced convincing", "warn warns warned warning",
        "urge urges urged urging", "caution cautions cautioned cautioning", "express expresses expressed expressing",
        "voice voices voiced voicing",
    ]

    /// Verbs of commitment whose content is a `to`-infinitive (`pledged to end the war`).
    static let infinitiveVerbs: [String] = [
        "pledge pledges pledged pledging", "vow vows vowed vowing", "promise promises promised promising",
        "threaten threatens threatened threatening",
    ]

    /// Clause verbs whose bare object is not speech (`added 200 jobs`): they need `that`, a quote, a colon or a
    /// tail position (`..., he added.`) to count as a cue.
    static let needsMarkedContent: Set<String> = [
        "add", "note", "stress", "emphasize", "emphasise", "observe", "highlight", "underline", "underscore", "signal",
        "continue", "echo", "repeat", "answer", "reply", "respond", "counter", "charge", "post", "tweet", "write",
        "recall", "mention", "reveal", "disclose", "announce", "indicate", "confirm", "specify", "clarify", "comment",
        "remark", "estimate", "forecast", "propose", "recommend", "demand", "concede", "acknowledge", "admit", "deny",
        "dispute", "contest", "object", "protest", "begin", "relay", "summarize", "elaborate", "worry", "fret", "hope",
        "reason", "joke", "brag", "boast", "lament", "muse", "predict", "speculate", "wonder", "guarantee", "report",
        "testify", "state", "explain", "agree", "concur", "caution", "hint", "imply", "assess", "restate", "reassert",
        "recount", "recollect", "shout", "yell", "scream", "whisper", "exclaim", "interject", "urge", "posit",
        "theorize", "surmise", "reckon", "blog", "vow", "pledge", "promise", "threaten",
    ]

    /// Clause verbs whose bare object often looks like a clause without being speech (`continued the talks`): they
    /// need `that`, a quote, a colon or a tail position.
    static let bareClauseExcluded: Set<String> = [
        "continue", "begin", "post", "charge", "answer", "reply", "respond", "counter", "demand", "object", "protest",
        "echo", "repeat", "relay", "summarize", "elaborate", "worry", "fret", "hope", "wonder", "reckon", "highlight",
        "underline", "underscore", "signal", "blog", "tweet", "write", "recount", "recollect", "shout", "yell",
        "scream", "whisper", "exclaim", "interject", "lament", "muse", "joke", "brag", "boast", "restate", "reassert",
        "comment", "remark", "propose", "recommend", "estimate", "forecast", "testify", "dispute", "contest", "deny",
        "specify", "clarify", "report", "reveal", "disclose", "mention", "assess", "caution", "urge", "hint",
        "praise", "commend", "applaud", "laud",
    ]

    /// Verbs of praise: cues with a noun-phrase content, whose base form is as often a noun (`praise from X`).
    static let evaluativeLemmas: Set<String> = ["praise", "commend", "applaud", "laud"]

    /// Cue verbs whose content may be a noun phrase (`reiterated Putin's openness to talks`, `denied the claims`).
    static let nounContentLemmas: Set<String> = [
        "reiterate", "confirm", "announce", "acknowledge", "stress", "emphasize", "emphasise", "note", "cite",
        "demand", "propose", "recommend", "urge", "underline", "underscore", "repeat", "echo", "reveal", "disclose",
        "admit", "concede", "allege", "predict", "praise", "commend", "applaud", "laud",
    ]

    /// Cue verbs whose content is a thought or a wish rather than speech; kept only before a quote or `that`.
    static let weakLemmas: Set<String> = ["hope", "worry", "fret", "wonder", "reckon", "begin"]

    /// Words after a cue verb that belong to the cue (`pointed out`, `went on`).
    static let particles: [String: String] = ["point": "out", "go": "on", "spell": "out", "lay": "out"]

    /// `called for`, `called on`, `called upon`: the content follows the particle.
    static let callParticles: Set<String> = ["for", "on", "upon"]

    /// Phrasal cues whose verb is not in `forms`: `pointed out`, `went on to say`.
    static let phrasalForms: [String: String] = [
        "point": "point", "points": "point", "pointed": "point", "pointing": "point",
        "spell": "spell", "spelled": "spell", "spelt": "spell", "spells": "spell",
    ]
}
