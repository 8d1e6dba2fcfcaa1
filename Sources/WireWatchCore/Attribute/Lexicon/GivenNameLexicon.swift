/// Common given names with their usual gender, for `he`/`she` agreement when resolving pronouns.
enum GivenNameLexicon {
    enum Gender: Sendable { case masculine, feminine }

    static func gender(of givenName: String) -> Gender? {
        let name = givenName.lowercased()
        if masculine.contains(name) { return .masculine }
        if feminine.contains(name) { return .feminine }
        return nil
    }

    static let masculine: Set<String> = [
        "aaron", "adam", "alan", "albert", "alex", "alexander", "alexei", "alexey", "andrew", "andrei", "andrey",
        "anthony", "antony", "arthur", "barack", "ben", "benjamin", "bernie", "bill", "bob", "boris", "brad",
        "brandon", "brian", "bruce", "carl", "charles", "charlie", "chris", "christopher", "chuck", "colin", "craig",
        "dan", "daniel", "dave", "david", "dennis", "dick", "dmitri", "dmitry", "dmitriy", "don", "donald", "doug",
        "douglas", "ed", "eddie", "edward", "elon", "emmanuel", "eric", "evgeny", "frank", "fred", "gary", "george",
        "gerald", "greg", "gregory", "hans", "harold", "harry", "henry", "hunter", "ian", "igor", "ivan", "jack",
        "jacob", "jake", "james", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jim", "jimmy", "joe",
        "joel", "john", "johnny", "jon", "jonathan", "jordan", "jose", "joseph", "josh", "joshua", "juan", "justin",
        "keith", "ken", "kenneth", "kevin", "kirill", "kyle", "larry", "lawrence", "lindsey", "lloyd", "luis",
        "marco", "mark", "martin", "matt", "matthew", "max", "michael", "mike", "mitch", "mitt", "nancy_", "narendra",
        "nathan", "neil", "nicholas", "nick", "nikolai", "oleg", "olaf", "pat", "patrick", "paul", "pete", "peter",
        "phil", "philip", "pierre", "ralph", "ramzan", "randy", "ray", "raymond", "richard", "rick", "rob", "robert",
        "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei",
        "sergey", "stephen", "steve", "steven", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tony",
        "vladimir", "viktor", "victor", "vyacheslav", "volodymyr", "walter", "wayne", "william", "yevgeny", "yuri",
        "justin", "stephen", "jagmeet", "doug", "jean", "francois", "françois", "mohammed", "muhammad", "ali",
        "ahmed", "omar", "recep", "xi", "olaf", "friedrich", "rishi", "keir", "emmanuel", "benjamin", "bibi",
        "volodymyr", "dmytro", "andriy", "mykhailo", "vitali", "vitaly", "valery", "anatoly", "mikhail", "nikita",
        "pavel", "yury", "gennady", "leonid", "maxim", "denis", "ilya", "artem", "german", "ramzan", "alexandr",
        "herman", "kurt", "otto", "hugo", "luca", "matteo", "giuseppe", "pedro", "carlos", "miguel", "javier",
        "andres", "jair", "lula", "chad", "cody", "derek", "dustin", "eli", "elijah", "ethan", "evan", "gavin",
        "grant", "hakeem", "ilhan_", "jamie_", "jared", "jerry", "jesse", "kash", "kamala_", "karl", "kirk", "lance",
        "lee", "len", "leonard", "marc", "marcus", "marty", "merrick", "mitchell", "nate", "newt", "norman", "rand",
        "reince", "rex", "rod", "rodney", "ross", "sherrod", "spencer", "stewart", "tucker", "tyler", "vance",
        "vivek", "wes", "will", "zach", "hans", "jens", "lars", "sven", "mohammad", "hassan", "hossein", "abbas",
    ]

    static let feminine: Set<String> = [
        "abigail", "alexandra", "alice", "alina", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna",
        "anne", "barbara", "betsy", "betty", "beth", "carol", "caroline", "catherine", "charlotte", "chelsea",
        "christina", "christine", "chrystia", "claire", "claudia", "cynthia", "dana", "deborah", "debbie", "diana",
        "diane", "dianne", "donna", "doris", "elaine", "elena", "elizabeth", "ella", "ellen", "elise", "emily",
        "emma", "erin", "eva", "gina", "gretchen", "hannah", "heather", "helen", "hillary", "irina", "jane", "janet",
        "jennifer", "jessica", "jill", "joan", "joanna", "jodi", "josephine", "joy", "judith", "judy", "julia",
        "julie", "kamala", "karen", "karine", "kate", "katherine", "kathleen", "kathy", "kelly", "kellyanne",
        "kim", "kristen", "kristi", "kristin", "laura", "lauren", "linda", "lisa", "liz", "loretta", "louise",
        "lucy", "lynn", "margaret", "maria", "marie", "marine", "marina", "marjorie", "martha", "mary", "maxine",
        "megan", "melania", "melanie", "michelle", "mitch_", "monica", "nadia", "nancy", "natalia", "natalie",
        "natasha", "nicola", "nicole", "nikki", "olga", "olena", "patricia", "pamela", "paula", "rachel",
        "rebecca", "rosa", "ruth", "sandra", "sarah", "sara", "sharon", "sheila", "sonia", "sophie", "stacey",
        "stephanie", "susan", "suzanne", "svetlana", "tatiana", "tatyana", "teresa", "theresa", "tiffany", "tulsi",
        "ursula", "valentina", "valerie", "victoria", "virginia", "wendy", "yulia", "zoe", "ilhan", "alexandria",
        "ayanna", "rashida", "elise", "kristi", "kari", "lindsay", "liz", "marsha", "mazie", "tammy", "tina",
        "gwen", "jeanne", "jacinda", "giorgia", "annalena", "kaja", "roberta", "mette", "sanna", "danielle",
        "anita", "melanie", "mélanie", "catherine", "justine", "pascale", "genevieve", "geneviève", "jenny",
        "maryam", "fatima", "aisha", "leila", "yasmin", "ekaterina", "yekaterina", "lyudmila", "veronika",
        "iryna", "oksana", "kateryna", "natalya", "anastasia", "daria", "darya", "lilia", "galina", "jacqueline",
        "samantha", "brittany", "ashley", "amber", "kayleigh", "kaitlan", "kristen", "dana", "robin_", "carla",
        "esther", "veronica", "adriana", "cristina", "christina", "isabel", "isabella", "gabriela", "lucia",
    ]
}
