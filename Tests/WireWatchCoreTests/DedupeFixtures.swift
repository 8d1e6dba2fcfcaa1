import Foundation
import WireWatchCore

/// Hand-written articles for the dedupe tests: one event (a dock strike in the fictional port of Valmora), told by
/// several outlets, copied, paraphrased, and unrelated events about the same people and place.
enum DedupeFixtures {
    static let strike = [
        "Dock workers in the port of Valmora walked off the job on Monday, halting container traffic at the busiest harbour on the Adriatic coast.",
        "The Valmora Dockers Union said the strike would last at least five days unless the Harbour Authority restored the night-shift bonus it cancelled in March.",
        "“We will not unload a single ship until the bonus is back,” union leader Elena Marchetti told reporters outside the main gate.",
        "Harbour Authority chairman Tomas Brandt called the walkout illegal and said the port would seek an injunction from the regional court.",
        "More than forty vessels were waiting at anchor by Monday evening, according to the shipping agency Maritrans.",
        "Local exporters of olive oil and marble warned that perishable cargo could spoil within days.",
        "The last strike at Valmora, in 2019, lasted eleven days and cost the regional economy an estimated 80 million euros.",
        "Transport minister Paolo Ferri urged both sides to return to talks and offered to mediate on Wednesday.",
        "Marchetti said the union was open to mediation but would not accept any deal that left night-shift pay below last year’s level.",
        "Brandt said the bonus had been cut because container volumes fell by a fifth after the opening of a rival terminal at Kestra.",
    ]

    /// The same piece paraphrased sentence by sentence (a content farm's rewrite).
    static let strikeRewrite = [
        "On Monday, dockers at Valmora’s port stopped work, bringing container movements at the Adriatic’s busiest harbour to a standstill.",
        "According to the Valmora Dockers Union, the walkout will go on for a minimum of five days unless the night-shift bonus scrapped in March by the Harbour Authority is reinstated.",
        "Union leader Elena Marchetti told journalists at the main gate that no ship would be unloaded until the bonus returned.",
        "Tomas Brandt, who chairs the Harbour Authority, described the strike as unlawful and said an injunction would be sought from the regional court.",
        "The shipping agency Maritrans said over forty ships were anchored and waiting by Monday night.",
        "Exporters of marble and olive oil in the area cautioned that perishable goods might spoil in a matter of days.",
        "Valmora’s previous strike in 2019 went on for eleven days, costing the regional economy around 80 million euros.",
        "Paolo Ferri, the transport minister, called on the two sides to resume negotiations and proposed mediating on Wednesday.",
        "The union is willing to accept mediation, Marchetti said, but will reject any agreement keeping night-shift pay under last year’s level.",
        "The bonus was cut, Brandt explained, since container traffic dropped by a fifth once a competing terminal opened at Kestra.",
    ]

    /// Another outlet on the same event: its own words, some of the same quotes.
    static let strikeOtherOutlet = [
        "Marble quarries in the hills above Valmora have stopped loading trucks, their owners said on Monday, because nothing can leave the port.",
        "Dmitri Volkov, a logistics analyst at Baltic Freight Research, said carriers could divert cargo to Kestra if the dispute dragged on into next week.",
        "Transport minister Paolo Ferri has offered to mediate, his office said in a statement, without giving a date.",
        "The dispute goes back to March, when the Harbour Authority scrapped a night-shift bonus worth about 300 euros a month.",
        "“We will not unload a single ship until the bonus is back,” said Elena Marchetti, who leads the dockers.",
        "Port officials, who asked not to be named, said the authority’s lawyers were preparing a case for the regional court.",
        "Shipping lines said they were watching the situation closely and had not yet changed their schedules.",
    ]

    /// A different event with the same people and place: a fire at the port a year later.
    static let portFire = [
        "A fire broke out in a warehouse at the port of Valmora on Thursday, sending thick smoke over the old town.",
        "Firefighters brought the blaze under control after six hours, and no one was hurt, the regional fire service said.",
        "Harbour Authority chairman Tomas Brandt said the warehouse stored packaging material and that the cause was being investigated.",
        "Elena Marchetti of the Valmora Dockers Union said workers had complained about faulty wiring in the building for months.",
        "Container traffic continued at the other terminals, and the port expected normal operations by Friday.",
        "The warehouse had been renovated in 2021 with money from a regional development fund.",
        "Residents near the harbour were told to keep their windows closed until the smoke cleared.",
    ]

    /// An earthquake in a region, and another one there a year later: same place, different events.
    static let earthquake2023 = [
        "A magnitude 5.8 earthquake struck the Serrano valley early on Tuesday, damaging old stone houses in the town of Ardela.",
        "The national seismic institute said the quake’s epicentre was 12 kilometres north of Ardela at a depth of ten kilometres.",
        "Two people were injured by falling masonry, and about 300 residents spent the night in a sports hall.",
        "Mayor Lucia Fenn said engineers would inspect every school in Ardela before classes resumed.",
        "Aftershocks of up to magnitude 4.1 were felt throughout the day across the Serrano valley.",
        "The valley sits on an active fault and was last hit by a strong quake in 1987.",
    ]

    static let earthquake2024 = [
        "A magnitude 5.2 earthquake shook the Serrano valley on Sunday afternoon, cracking walls in Ardela and nearby villages.",
        "The national seismic institute located the epicentre 20 kilometres east of Ardela at a depth of eight kilometres.",
        "No injuries were reported, but the bell tower of the church of San Rocco lost part of its roof.",
        "Mayor Lucia Fenn said the town’s schools, inspected after last year’s quake, had shown no new damage.",
        "Several aftershocks were recorded in the evening, the strongest of magnitude 3.6.",
        "Residents said the shaking lasted about ten seconds and reminded them of the earthquake a year earlier.",
    ]

    /// Makes an article record the way the pipeline does (id from the body) with the given quotes and speakers.
    static func article(
        file: String, headline: String, body: [String], published: String? = nil, quotes: [Quote] = [],
        speakers: [Speaker] = []
    ) -> Article {
        Article(
            id: ArticleAssembler.articleID(body: body, headline: headline),
            source: ArticleSource(file: file, sha256: ContentHash.sha256Hex(file), bytes: body.joined().utf8.count),
            headline: headline, published: published, body: body, quotes: quotes, speakers: speakers)
    }

    static func quote(_ id: String, _ text: String, by name: String, kind: Quote.Kind = .direct, role: String? = nil)
        -> Quote
    {
        Quote(id: id, text: text, kind: kind, speaker: SpeakerReference(name: name, mention: name, role: role), cue: "said", paragraph: 0)
    }

    static let date = Date(timeIntervalSince1970: 1_700_000_000)
}
