extension SpeakerResolver {
    /// The person (or, for `it`, the organisation) a pronoun points back to.
    func antecedent(of mention: SpeakerMention, paragraph: Int, position: Int) -> Int? {
        switch mention.head {
        case "he", "she":
            if let found = salientPerson(paragraph: paragraph, position: position, gender: mention.gender, window: 2) {
                return found
            }
            if let speaker = lastSpeakingPerson(paragraph: paragraph, position: position, gender: mention.gender) {
                return speaker
            }
            return lastPerson(paragraph: paragraph, position: position, gender: mention.gender)
        case "it":
            for event in events.reversed() where isBefore(event, paragraph, position) {
                if paragraph - event.paragraph > 2 { break }
                let kind = entities[event.entity].kind
                if (kind == .organization || kind == .media) && (event.isSpeaker || event.isSubject) {
                    return event.entity
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// The antecedent of `he` or `she` in a tail cue closing reported content (`... in January, he said.`) when the
    /// most salient person is only the subject of an earlier paragraph, was named before that paragraph (not just
    /// introduced there) and has not spoken yet, while another person spoke within the last three paragraphs: a new
    /// speaker is introduced by name, so the pronoun continues the line of the one who was speaking. Nil when the
    /// rule does not apply.
    func tailAntecedent(of mention: SpeakerMention, paragraph: Int, position: Int) -> Int? {
        guard mention.head == "he" || mention.head == "she",
            let salient = salientPerson(paragraph: paragraph, position: position, gender: mention.gender, window: 2),
            let latest = events.last(where: { $0.entity == salient && isBefore($0, paragraph, position) }),
            latest.paragraph < paragraph,
            let introduced = events.first(where: { $0.entity == salient }), introduced.paragraph < latest.paragraph,
            !events.contains(where: { $0.entity == salient && $0.isSpeaker && isBefore($0, paragraph, position) }),
            let speaker = lastSpeakingPerson(paragraph: paragraph, position: position, gender: mention.gender),
            speaker != salient,
            let spoke = events.last(where: { $0.entity == speaker && $0.isSpeaker && isBefore($0, paragraph, position) }),
            paragraph - spoke.paragraph <= 3
        else { return nil }
        return speaker
    }

    /// The person a definite description (`the spokesman`, `the former president`) refers to.
    func referent(of mention: SpeakerMention, position: Int) -> Int? {
        let words = mention.descriptionWords.filter { !["the", "this", "that"].contains($0) }
        let head = mention.head
        var best: Int?
        var bestScore = 0
        var seen = Set<Int>()
        for event in events.reversed() where isBefore(event, mention.paragraph, position) {
            guard !seen.contains(event.entity) else { continue }
            seen.insert(event.entity)
            let entity = entities[event.entity]
            guard entity.isPerson, entity.roleWords.contains(head) || head == "leader" && !entity.roleWords.isEmpty
            else { continue }
            if let gender = mention.gender, let known = entity.gender, gender != known { continue }
            let score = words.filter { entity.roleWords.contains($0) }.count + 1
            if score > bestScore {
                best = event.entity
                bestScore = score
            }
        }
        if let best { return best }
        guard RoleLexicon.isPersonRole(head) else { return nil }
        return salientPerson(paragraph: mention.paragraph, position: position, gender: mention.gender, window: 2)
    }

    /// The most recent person who spoke or was a sentence subject, within `window` paragraphs.
    private func salientPerson(paragraph: Int, position: Int, gender: GivenNameLexicon.Gender?, window: Int) -> Int? {
        // First a person known to agree in gender, then one of unknown gender.
        for strict in [true, false] where gender != nil || !strict {
            for event in events.reversed() where isBefore(event, paragraph, position) {
                if paragraph - event.paragraph > window { break }
                guard event.isSpeaker || event.isSubject else { continue }
                let entity = entities[event.entity]
                guard entity.isPerson || (entity.kind == .unknown && event.isSpeaker) else { continue }
                if let gender {
                    if let known = entity.gender, known != gender { continue }
                    if strict && entity.gender == nil { continue }
                }
                return event.entity
            }
        }
        return nil
    }

    /// The most recent person who spoke before `position`, however far back.
    private func lastSpeakingPerson(paragraph: Int, position: Int, gender: GivenNameLexicon.Gender?) -> Int? {
        for event in events.reversed() where event.isSpeaker && isBefore(event, paragraph, position) {
            let entity = entities[event.entity]
            guard entity.isPerson else { continue }
            if let gender, let known = entity.gender, known != gender { continue }
            return event.entity
        }
        return nil
    }

    /// The person entity a name mention stands for, without creating one (nil when the name is not a known person).
    func knownPerson(_ mention: SpeakerMention) -> Int? {
        guard mention.kind == .name, let last = mention.name.split(separator: " ").last else { return nil }
        return personIDs(withSurname: last.lowercased()).last
    }

    /// The most recent person mentioned at all before `position`.
    private func lastPerson(paragraph: Int, position: Int, gender: GivenNameLexicon.Gender?) -> Int? {
        for event in events.reversed() where isBefore(event, paragraph, position) {
            let entity = entities[event.entity]
            guard entity.isPerson else { continue }
            if let gender, let known = entity.gender, known != gender { continue }
            return event.entity
        }
        return nil
    }
}
