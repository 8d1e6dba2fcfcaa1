/// One person quoted in a synthetic article.
struct CorpusPerson: Sendable, Equatable {
    var given: String
    var surname: String
    var role: String
    var organization: String

    var fullName: String { given + " " + surname }
}

/// The event behind one original synthetic article: place, institution, topic, decision, people and numbers.
/// Copies and rewrites of that article reuse its facts, so they tell the same story.
struct ArticleFacts: Sendable, Equatable {
    var city: String
    var country: String
    var organization: String
    var topic: String
    var action: String
    var people: [CorpusPerson]
    var agency: String
    var weekday: String
    var month: String
    var day: Int
    var year: Int
    var numbers: [Int]

    init(generator: inout SeededGenerator) {
        typealias Words = ArticleCorpusVocabulary
        (city, country) = generator.pick(Words.cities)
        organization = generator.pick(Words.organizations)
        topic = generator.pick(Words.topics)
        action = generator.pick(Words.actions)
        let givens = generator.pick(3, of: Words.givenNames)
        let surnames = generator.pick(3, of: Words.surnames)
        let roles = generator.pick(3, of: Words.roles)
        var people: [CorpusPerson] = []
        for index in 0..<3 {
            let organization = index == 0 ? self.organization : generator.pick(Words.organizations)
            people.append(
                CorpusPerson(
                    given: givens[index], surname: surnames[index], role: roles[index], organization: organization))
        }
        self.people = people
        agency = generator.pick(Words.agencies)
        weekday = generator.pick(Words.weekdays)
        month = generator.pick(Words.months)
        day = generator.number(in: 1...28)
        year = generator.number(in: 2019...2025)
        numbers = (0..<4).map { _ in generator.number(in: 12...980) }
    }

    /// Fills the slots of a template: `%C` city, `%K` country, `%O` organisation, `%T` topic, `%A` action, `%F` the
    /// person's full name (the first person by default), `%S` their surname, `%R` their role, `%W` weekday, `%M` month, `%D` date,
    /// `%Y` year, `%N` and `%P` numbers (`%N` a count, `%P` a percentage).
    func fill(_ template: String, person: CorpusPerson? = nil, numberIndex: Int = 0) -> String {
        let person = person ?? people[0]
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var iterator = template.makeIterator()
        while let character = iterator.next() {
            guard character == "%", let slot = iterator.next() else {
                result.append(character)
                continue
            }
            switch slot {
            case "C": result += city
            case "K": result += country
            case "O": result += organization
            case "T": result += topic
            case "A": result += action
            case "F": result += person.fullName
            case "S": result += person.surname
            case "R": result += person.role
            case "W": result += weekday
            case "M": result += month
            case "D": result += "\(month) \(day)"
            case "Y": result += "\(year)"
            case "N": result += "\(numbers[numberIndex % numbers.count])"
            case "P": result += "\(numbers[(numberIndex + 1) % numbers.count] % 40 + 2)"
            default: result.append("%"); result.append(slot)
            }
        }
        return result
    }
}
