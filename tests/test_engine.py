"""The engine's handling of each phenomenon, end to end with the real model on a small hand-built codebook.

Each case is a sentence and the exact events (source target code) it must give. The codebook is tests/_mini.py, so
these test the engine, not the dictionaries.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.nlp import load_model
from coding.records import Article, Sentence

from _mini import mini_codebook

pytestmark = pytest.mark.model

CASES = [
    # plain and xcomp targets
    ("plain", "Arnor criticized Gondor.", {"ARN GON 111"}),
    ("xcomp target", "Arnor called on Gondor to negotiate with Mordor.", {"ARN GON 026"}),
    ("adverbs and dates between", "Arnor on Tuesday sharply criticized Gondor.", {"ARN GON 111"}),
    # passive voice
    ("passive", "Minas Tirith was criticized by Annuminas.", {"ARNGOV GONGOV 111"}),
    ("passive without agent", "Gondor was criticized on Monday.", set()),
    ("passive in a clash with someone", "Gondorian troops were attacked in a clash with Arnorian troops.", {"ARNMIL GONMIL 190", "GONMIL ARNMIL 190"}),
    # compound actors
    ("compound subject", "Arnor and Gondor condemned Mordor.", {"ARN MOR 111", "GON MOR 111"}),
    ("compound object", "Arnor condemned Mordor and Rohan.", {"ARN MOR 111", "ARN ROH 111"}),
    ("symmetric meeting", "Arnor and Gondor met in Edoras.", {"ARN GON 040", "GON ARN 040"}),
    ("a consultation with a named object is the subject's", "Arnor met Gondor.", {"ARN GON 040"}),
    ("a meeting in one party's country is its hosting and the other's visit", "Elessar met the Arnorian leader in Minas Tirith.", {"GONGOV ARNGOV 043", "ARNGOV GONGOV 042"}),
    ("a meeting elsewhere is the subject's", "Elessar met the Arnorian leader in Edoras.", {"GONGOV ARNGOV 040"}),
    ("a reciprocal deal with a named object codes both ways", "Arnor signed a treaty with Gondor.", {"ARN GON 057", "GON ARN 057"}),
    ("compound subject of a directed act needs a target", "Arnor and Gondor criticized.", set()),
    ("compound subject agreeing to talk", "Arnor and Gondor agreed to meet.", {"ARN GON 036", "GON ARN 036"}),
    ("conjoined adjectives", "The Arnorian and Gondorian leaders condemned Mordor.", {"ARNGOV MOR 111", "GONGOV MOR 111"}),
    ("a list read as an appositive", "Arnor, Rohan, Gondor and Minas Tirith condemned Mordor.", {"ARN MOR 111", "ROH MOR 111", "GON MOR 111", "GONGOV MOR 111"}),
    ("an appositive description is no second member", "Elessar, the Gondorian king, and Aragorn met.", set()),
    ("participle adjunct", "Arnor recalled its envoy, accusing Gondor of espionage.", {"ARN GON 112"}),
    ("a word of a fired pattern codes no event of its own", "Arnorian protesters rallied in Annuminas demanding the resignation of the Arnorian president.", {"ARNCVL ARNGOV 1411"}),
    ("about to is an intent", "Arnor is about to meet Gondor.", {"ARN GON 036"}),
    ("a dropped preposition never takes another object", "Arnor signed a treaty in Edoras.", set()),
    ("protest with a target", "Arnorian protesters rallied against Mordor.", {"ARNCVL MOR 141"}),
    ("protest without a target: the place", "Arnorian protesters demonstrated in Edoras.", {"ARNCVL ROH 141"}),
    ("protest without a target: their own country", "Arnorian protesters demonstrated on Sunday.", {"ARNCVL ARN 141"}),
    ("a lemma slip of the model is caught by the stems", "Arnorian protesters staged a rally in Edoras.", {"ARNCVL ROH 141"}),
    # negation and refusals
    ("negation", "Arnor did not condemn Mordor.", set()),
    ("never", "Arnor never recognized Mordor.", set()),
    # (intent13: the refusal of a cooperative act is its 12x, not the act's own code)
    ("refusal is not the positive code", "Arnor refused to recognize Mordor.", {"ARN MOR 120"}),
    # modality and hypotheticals
    ("modal may", "Arnor may attack Gondor.", set()),
    ("modal would", "Arnor would criticize Gondor.", set()),
    ("reported future is an intent", "Arnor said it would meet Gondor.", {"ARN GON 036"}),
    ("reported would of a verbal act keeps its code", "Arnor said it would criticize Gondor.", {"ARN GON 111"}),
    ("a warned would of force is a threat", "Arnor warned that it would attack Gondor.", {"ARN GON 138"}),
    ("a vowed would of a meeting is an intent", "Arnor vowed that it would meet Gondor.", {"ARN GON 036"}),
    ("conditional", "If Arnor attacks Gondor, Rohan will respond.", set()),
    # reported speech: the reported event is coded, not the speaker
    ("reported speech", "Arnor said that Gondor attacked Mordor.", {"GON MOR 190"}),
    ("accuse of gerund", "Arnor accused Gondor of undermining the talks.", {"ARN GON 112"}),
    ("a denied act is no event, the denial answers the wronged", "Arnor denied that its troops attacked Gondor.", {"ARN GON 016"}),
    ("what a plan asks is not the anchor's act", "Arnor criticized Gondor's plan to sign a pact with Rohan.", {"ARN GON 111"}),
    ("a draft is no act", "Rohan vetoed a draft Gondorian resolution that condemned Mordor.", set()),
    ("an alleged act is no event", "Rohan rejected claims that it attacked Gondor.", set()),
    # agents in every shape
    ("adjective + agent", "The Arnorian leader criticized Gondor.", {"ARNGOV GON 111"}),
    ("adjective + military", "Arnorian troops attacked Gondor.", {"ARNMIL GON 190"}),
    ("possessive", "Rohan's army attacked Mordor.", {"ROHMIL MOR 190"}),
    ("prepositional", "The President of Rohan criticized Mordor.", {"ROHGOV MOR 111"}),
    ("head of ministry", "The head of the Gondorian Foreign Ministry criticized Mordor.", {"GONGOV MOR 111"}),
    ("appositive", "Beregond, the Gondorian foreign minister, criticized Mordor.", {"GONGOV MOR 111"}),
    ("conjoined verbs share the object", "Arnor condemned and criticized Gondor.", {"ARN GON 111"}),
    ("a later verb takes the object of the first", "The Arnorian leader visited Gondor and signed a treaty.", {"ARNGOV GON 042", "ARNGOV GON 057", "GON ARNGOV 057"}),
    ("a verb with an object of its own shares none", "Arnor met Gondor and condemned the plan.", {"ARN GON 040"}),
    ("a role noun with a possessive pronoun", "The Arnorian government said its troops attacked Gondor.", {"ARNMIL GON 190"}),
    ("a role noun with a possessive pronoun, across sentences", "Arnor mobilised on Monday. Its troops attacked Gondor.", {"ARNMIL GON 190"}),
    ("rebel leaders are rebels", "Arnorian rebel leaders condemned Gondor.", {"ARNREB GON 111"}),
    ("an armed group's leader is the group", "The Uruk-hai leader condemned Gondor.", {"MORREBURK GON 111"}),
    ("an armed group's troops are the group", "Uruk-hai troops attacked Gondor.", {"MORREBURK GON 190"}),
    ("they: a plural of people", "The Arnorian leaders said they would criticize Gondor.", {"ARNGOV GON 111"}),
    ("he: never a plural", "The Arnorian leaders said he would criticize Gondor.", set()),
    ("capital stands for government", "Annuminas criticized Barad-dur.", {"ARNGOV MORGOV 111"}),
    ("the subject of a reported clause is the speaker", "Arnor criticized Rohan and said it had attacked Mordor.", {"ARN ROH 111", "ARN MOR 190"}),
    ("a preposition with a noun of its own shares no object", "Arnor met with its allies and criticized Gondor.", {"ARN GON 111"}),
    # a bare role noun that acts only at home is of the country it acts on
    ("police act at home", "Police arrested Elessar.", {"GONCOP GONGOV 173"}),
    ("rebels fight their own state's forces", "Rebels shelled Gondorian troops.", {"GONREB GONMIL 190"}),
    ("protesters are where their target stands", "Protesters criticized the Rohirric leader's troops in Minas Tirith.", {"GONCVL ROHMIL 111"}),
    # the doers of force say what kind of act it is
    ("a crowd using force riots", "Arnorian protesters attacked Gondor.", {"ARNCVL GON 145"}),
    ("police using force on their own civilians repress", "Arnorian police attacked Arnorian protesters.", {"ARNCOP ARNCVL 175"}),
    ("police using force abroad attack", "Arnorian police attacked Gondorian protesters.", {"ARNCOP GONCVL 190"}),
    # what an "as" phrase or a naming says of the object is no target
    ("an as phrase after the object", "Arnor attacked Gondor. Rohan condemned the attack as a violation of Mordor's sovereignty.", {"ARN GON 190", "ROH ARN 111"}),
    ("an as phrase before the object", "Rohan condemned as illegal the Mordorian attack.", {"ROH MOR 111"}),
    ("a naming in a relative clause is no call", "Elessar criticized the Arnorian leader, whom he called a rebel.", {"GONGOV ARNGOV 111"}),
    ("what it called", "Arnor shelled what it called rebel camps in Gondor.", set()),  # no call (the shelling of a naming is not coded either)
    # a number or part of the actors named in its "of" phrase acts as they do
    ("thousands of them", "Arnorian protesters gathered on Sunday. Thousands of them rallied against Mordor.", {"ARNCVL MOR 141"}),
    ("some of them", "The Arnorian leaders met on Sunday. Some of them criticized Gondor.", {"ARNGOV GON 111"}),
    # a statement to the press or a crowd is no act on them; one to a party is
    ("told reporters", "The Arnorian leader told reporters in Edoras that the talks had failed.", set()),
    ("told a crowd", "Elessar told a crowd in Minas Tirith that the war was over.", set()),
    ("told a party", "Elessar told Arnor that the war was over.", {"GONGOV ARN 010"}),
    ("told a party in a phone call", "Elessar told Arnor in a phone call that the war was over.", {"GONGOV ARN 041"}),
    ("adjective object", "Arnor condemned the Mordorian invasion.", {"ARN MOR 111"}),
    ("actor behind a preposition on the object noun", "Gondor criticized the attack on Rohan.", {"GON ROH 111"}),
    ("compound subject, the preposition of a final TARGET dropped", "Arnor and Gondor signed a treaty.", {"ARN GON 057", "GON ARN 057"}),
    ("that-clause target", "Arnor demanded that Gondor withdraw.", {"ARN GON 100"}),
    ("attribution is not a target", "Arnor criticized the plan, according to Gondor.", set()),
    ("a bare role noun is of the place where it is hit", "Arnorian troops attacked protesters in Edoras.", {"ARNMIL ROHCVL 190"}),
    ("the place on the object noun", "Arnorian troops shelled the protesters near Edoras.", {"ARNMIL ROHCVL 190"}),
    ("a bare role noun acting in a place is of that place", "Thousands of protesters rallied in Edoras.", {"ROHCVL ROH 141"}),
    ("bare troops in a place are of no country", "Troops attacked Gondor in Edoras.", set()),
    ("rebels act on their own state", "Arnorian rebels attacked the president.", {"ARNREB ARNGOV 190"}),
    ("a people is coded where it lives", "The Arnorians of Rohan condemned Mordor.", {"ROH MOR 111"}),
    ("a future blow is a threat", "Arnor will attack Gondor.", {"ARN GON 138"}),
    ("an agreement to strike is no threat", "Arnor agreed to attack Gondor.", set()),
    ("what someone must be ready to do is no intent", "Arnor must be ready to meet Gondor.", set()),
    ("a vow to do good is a promise", "Arnor vowed to visit Gondor.", {"ARN GON 036"}),
    ("a vow to attack is a threat", "Arnor swore to attack Gondor.", {"ARN GON 138"}),
    ("a protest of people somewhere in the subject", "Thousands of protesters across Rohan rallied on Sunday.", {"ROHCVL ROH 141"}),
    ("an arrest by no one named is the state's of the place", "Arnorian protesters were arrested in Edoras.", {"ROH ARNCVL 173"}),
    ("an attack by no one named is no state's", "Arnorian protesters were attacked in Edoras.", set()),
    ("an attack by no named actor is of the place", "Gondorian troops were attacked by a suicide bomber in Edoras.", {"ROH GONMIL 190"}),
    ("an attack by no named actor and no place is no event", "A suicide bomber attacked Gondorian troops.", set()),
    ("a governing verb that codes nothing leaves the complement", "Arnor threatened to attack Gondor.", {"ARN GON 138"}),
    ("a governing verb that is coded wins", "Arnor threatened Rohan to attack Gondor.", {"ARN ROH 138"}),
    ("an actor behind a hyphenated participle", "Arnor attacked the Gondorian-owned ships.", {"ARN GON 190"}),
    ("the topic of a meeting is no party", "Arnor met Rohan for talks on the war in Gondor.", {"ARN ROH 040"}),
    ("an installation of a country is in it", "Arnorian troops shelled the Gondorian depot.", {"ARNMIL GON 190"}),
    ("an installation of no country", "Arnorian troops shelled the depot.", set()),
    ("a bare role noun with no place is no target", "Arnorian troops attacked protesters.", set()),
    # peoples: an ethnic group is of the country where it lives; a people named by another country's adjective too
    ("an ethnic group is of the place where it acts", "Ethnic Arnorians condemned Mordor in Edoras.", {"ROH MOR 111"}),
    ("an ethnic group is of the place where it is hit", "Gondorian troops attacked ethnic Arnorians in Edoras.", {"GONMIL ROH 190"}),
    ("an ethnic group with no place keeps its name", "Ethnic Arnorians condemned Mordor.", {"ARN MOR 111"}),
    ("a people named by another country's adjective", "Rohirric Arnorians condemned Mordor.", {"ROH MOR 111"}),
    ("a people protesting at home protests against its government", "Ethnic Arnorians demonstrated in Edoras.", {"ROH ROHGOV 141"}),
    ("a people protesting abroad protests against the place", "Arnorians demonstrated in Edoras.", {"ARN ROH 141"}),
    # what a state does at home: curfews with no one named, on a capital, in a place further on
    ("a curfew with no one named is on the state's own country", "The Gondorian leader imposed a curfew.", {"GONGOV GON 1723"}),
    ("a state with no role of its own acts on its civilians", "Gondor imposed a curfew, the Gondorian leader said.", {"GON GONCVL 1723"}),
    ("a government acting on its capital acts on the city", "The Gondorian leader imposed a curfew in Minas Tirith.", {"GONGOV GON 1723"}),
    ("a place further on", "Mordor imposed a curfew in the town of Lond in Rohan.", {"MOR ROH 1723"}),
    ("readiness to strike is a threat", "Arnor is ready to attack Gondor.", {"ARN GON 138"}),
    ("what is demanded is not done", "Arnor demanded that Gondor recognize Mordor.", {"ARN GON 100"}),
    ("what is insisted on is not done", "Arnor insisted that Gondor recognize Mordor.", set()),
    ("each other: both ways", "Arnor and Gondor criticized each other.", {"ARN GON 111", "GON ARN 111"}),
    ("one another: both ways", "Arnor and Gondor accused one another of espionage.", {"ARN GON 112", "GON ARN 112"}),
    ("a thing hit in a country is an attack on it", "Arnorian troops attacked a bridge in Gondor.", {"ARNMIL GON 190"}),
    ("a thing hit in a country's region", "Arnorian troops attacked a bridge in Gondor's northern region.", {"ARNMIL GON 190"}),
    ("near a border is not in the country", "Arnorian troops attacked a bridge near the Gondorian border.", set()),
    # who acts when no one is named
    ("who demands a change of leaders is of that state", "Protesters demanded the resignation of the Gondorian president.", {"GONCVL GONGOV 1041"}),
    ("an attack by a blast named in a phrase is of the place", "Gondorian troops were attacked in a bomb explosion in Edoras.", {"ROH GONMIL 190"}),
    ("supporters of a leader are of his country", "Supporters of the Gondorian president condemned Mordor.", {"GONCVL MOR 111"}),
    # a bare object that is named, or no party: "called X" is a phone call, "called X a rogue state" is not
    ("a call to a person", "Elessar called Eomer Eadig after the attack.", {"GONGOV ROHGOV 041"}),
    ("a call on a day", "The Arnorian president called the Gondorian leader on Tuesday.", {"ARNGOV GONGOV 041"}),
    ("a call to a role noun", "Elessar called the Rohirric president to discuss the war.", {"GONGOV ROHGOV 041"}),
    ("an object predicate makes a naming", "Arnor called Gondor a rogue state.", set()),
    ("a phrasal verb is another verb", "Elessar called off his visit to Rohan.", set()),
    ("a thing of the party is not the party", "Elessar called Rohan's bluff.", set()),
    ("an appeal is no call", "Arnor called on Gondor to negotiate.", {"ARN GON 026"}),
    # a preposition the pattern does not name is no target
    ("no target behind a foreign preposition", "Arnor met in Edoras.", set()),
]


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(mini_codebook(), load_model())


def code(coder: Coder, text: str, day=dt.date(2023, 4, 26)):
    return coder.code_article(Article("t", text, day)).events


def triples(events) -> set[str]:
    return {f"{e.source} {e.target} {e.action}" for e in events}


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_phenomenon(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_dated_roles_resolve_on_the_event_date(coder: Coder) -> None:
    assert triples(code(coder, "In 1990, Denethor criticized Mordor.", dt.date(2023, 4, 26))) == {"GONGOV MOR 111"}
    assert triples(code(coder, "Denethor criticized Mordor.", dt.date(2023, 4, 26))) == {"GONELI MOR 111"}


def test_dated_roles_resolve_on_the_article_date(coder: Coder) -> None:
    assert triples(code(coder, "Denethor criticized Mordor.", dt.date(1990, 1, 1))) == {"GONGOV MOR 111"}
    assert triples(code(coder, "Denethor criticized Mordor.", dt.date(2001, 1, 1))) == {"GONELI MOR 111"}


def test_coreference_subject_pronoun(coder: Coder) -> None:
    events = code(coder, "King Elessar arrived in Edoras on Monday. He criticized Mordor.")
    assert triples(events) == {"GONGOV MOR 111"}
    assert events[0].source_text == "He"


def test_the_two_leaders(coder: Coder) -> None:
    events = code(coder, "Elessar flew to Annuminas to see the Arnorian president. The two leaders signed a treaty.")
    assert {"GONGOV ARNGOV 057", "ARNGOV GONGOV 057"} <= triples(events)


def test_the_noun_of_a_place_pattern_names_its_own_place(coder: Coder) -> None:
    # "SOURCE shell depot in TARGET" on "the Gondorian depot": the more specific entry binds the depot's country
    (event,) = code(coder, "Arnorian troops shelled the Gondorian depot.")
    assert (event.target, event.rule_id) == ("GON", "attack.installation")


def test_both_generals_alone_in_a_sentence(coder: Coder) -> None:
    # the pair noun is the sentence's only reference to actors: the pre-filter keeps it; generals are people
    events = code(coder, "The Gondorian leader and the Mordorian leader quarrelled on Monday. Both generals agreed to meet.")
    assert triples(events) == {"GONGOV MORGOV 036", "MORGOV GONGOV 036"}


def test_both_sides_a_compound_subject_appeals_to_are_others(coder: Coder) -> None:
    # a directed act of a compound subject on "both sides" is on the pair named before, not between its own members
    text = "The Gondorian leader and the Mordorian leader quarrelled on Monday. Arnor and Rohan called on both sides to negotiate."
    assert {e for e in triples(code(coder, text)) if e.endswith("026")} == {"ARN GONGOV 026", "ARN MORGOV 026", "ROH GONGOV 026", "ROH MORGOV 026"}


def test_the_two_men(coder: Coder) -> None:
    events = code(coder, "Elessar met the Rohirric president on Monday. The two men criticized Mordor.")
    assert {e for e in triples(events) if e.endswith("111")} == {"GONGOV MOR 111", "ROHGOV MOR 111"}


@pytest.mark.parametrize(
    "text,end",
    [
        ("KYIV (Reuters) - Russian forces", 5),
        ("KYIV, Ukraine (AP) — Russian forces", 7),
        ("BEIRUT, Jan 5 (Reuters) - Israeli jets", 8),
        ("WASHINGTON — The United States", 2),
        ("WHO officials warned - again - that", 0),
        ("NATO leaders met in Brussels.", 0),
        ("Russian forces - the army said - attacked", 0),
    ],
)
def test_a_dateline_is_found(coder: Coder, text: str, end: int) -> None:
    from coding.actors import _dateline_end

    assert _dateline_end([t.text for t in coder.nlp.tokenizer(text)]) == end


def test_a_dateline_is_no_actor_of_the_sentence_but_names_the_story_country(coder: Coder) -> None:
    # "KYIV (Reuters) - Russian forces attacked": the forces are not Kyiv's
    assert triples(code(coder, "ANNUMINAS (Reuters) - Gondorian troops attacked Mordor.")) == {"GONMIL MOR 190"}
    # the place the story was filed from counts for the story's country
    assert triples(code(coder, "EDORAS (Reuters) - Rebels attacked protesters on Monday. Rohan mourned.")) == {"ROHREB ROHCVL 190"}


def test_the_country_named_before(coder: Coder) -> None:
    # "the country", "the country's foreign minister": the one country named before
    assert triples(code(coder, "Gondor mobilised on Monday. The country criticized Mordor.")) == {"GON MOR 111"}
    assert triples(code(coder, "Gondor mobilised on Monday. The country's foreign minister criticized Mordor.")) == {"GONGOV MOR 111"}
    # "the group": the one organization named before
    assert triples(code(coder, "The Uruk-hai attacked Rohan on Monday. Gondor condemned the group.")) == {"MORREBURK ROH 190", "GON MORREBURK 111"}
    # two countries named before, no story country: no guess
    assert triples(code(coder, "Gondor attacked Rohan. The country's foreign minister criticized Mordor.")) == {"GON ROH 190"}
    # a description that names its country is not a reference back
    assert triples(code(coder, "Gondor mobilised on Monday. The Rohirric country criticized Mordor.")) == {"ROH MOR 111"}


def test_a_reported_clause_the_parser_read_as_a_participle() -> None:
    # "Israeli airstrikes killed 25 Palestinians, health officials said", as the small model parses it: "killed" a
    # participle on "airstrikes", which is one of two subjects of "said"
    import spacy
    from spacy.tokens import Doc

    from coding.verbs import realised, subject_of

    words = ["Israeli", "airstrikes", "killed", "25", "Palestinians", ",", "health", "officials", "said", "."]
    heads = [1, 8, 1, 4, 2, 8, 7, 8, 8, 8]
    deps = ["amod", "nsubj", "acl", "nummod", "dobj", "punct", "compound", "nsubj", "ROOT", "punct"]
    tags = ["JJ", "NNS", "VBN", "CD", "NNPS", ",", "NN", "NNS", "VBD", "."]
    pos = ["ADJ", "NOUN", "VERB", "NUM", "PROPN", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert realised(doc[2]) and subject_of(doc[2]).i == 1
    # "the people killed in the strike": a participle with no object is a reduced relative, not done by the noun
    words = ["The", "people", "killed", "in", "Gaza", "were", "civilians", ",", "officials", "said", "."]
    heads = [1, 5, 1, 2, 3, 9, 5, 9, 9, 9, 9]
    deps = ["det", "nsubj", "acl", "prep", "pobj", "ccomp", "attr", "punct", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NNS", "VBN", "IN", "NNP", "VBD", "NNS", ",", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "AUX", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert not realised(doc[2])


def test_a_dateline_is_cut_from_the_first_sentence(coder: Coder) -> None:
    result = coder.code_article(Article("t", "ANNUMINAS (AP) — Arnorian troops attacked Gondor.", dt.date(2023, 4, 26)))
    (event,) = result.events
    assert (event.source, event.target, event.sentence) == ("ARNMIL", "GON", "Arnorian troops attacked Gondor.")


def test_the_body_named_before_as_a_possessive(coder: Coder) -> None:
    # "The junta rejected the bloc's ultimatum": a possessive refers back as a subject or an object does
    text = "The White Council gave Mordor one week on Sunday. Mordor rejected the bloc's ultimatum."
    assert triples(code(coder, text)) == {"MOR IGOELR 120"}


def test_the_enclave_is_the_place_named_before_by_its_own_name(coder: Coder) -> None:
    # "Israel besieged the Gaza Strip ... Israeli warplanes pounded targets across the enclave": Gaza, not Israel
    text = "Arnorian troops besieged Pelargir on Monday after the raid in southern Arnor. Mordor attacked the enclave."
    assert {e for e in triples(code(coder, text)) if e.startswith("MOR ")} == {"MOR GON 190"}
    # a country named by its name is no enclave
    assert {e for e in triples(code(coder, "Arnor criticized Gondor on Monday. Mordor attacked the enclave.")) if e.startswith("MOR ")} == set()


def test_the_two_countries_are_the_two_named_together(coder: Coder) -> None:
    events = code(coder, "Arnor and Gondor signed a treaty with Mordor. Rohan criticized the two countries.")
    assert {e for e in triples(events) if e.startswith("ROH")} == {"ROH ARN 111", "ROH GON 111"}


def test_the_two_delegations_without_the_host(coder: Coder) -> None:
    # the pair named last includes the source's country: the pair before it is meant
    text = "Arnor and Gondor signed a treaty with Rohan and Mordor. The Rohirric president met the two delegations."
    events = code(coder, text)
    assert {e for e in triples(events) if e.startswith("ROHGOV")} == {"ROHGOV ARN 040", "ROHGOV GON 040"}


def test_a_reaction_to_the_attack_targets_the_attacker(coder: Coder) -> None:
    events = code(coder, "Arnorian troops attacked Gondor on Monday. Rohan signed a treaty with Gondor. Mordor condemned the attack.")
    assert "MOR ARNMIL 111" in triples(events)
    assert not any(e.source == "MOR" and e.target in ("ROH", "GON") for e in events)


def test_a_reaction_to_an_act_with_no_target_targets_its_doer(coder: Coder) -> None:
    # "North Korea fired a missile into the sea. Japan condemned the launch.": the act is coded nowhere, its doer is known
    events = code(coder, "Arnorian troops attacked at dawn on Monday. Rohan condemned the attack.")
    assert triples(events) == {"ROH ARNMIL 111"}


def test_a_denial_answers_the_accusation_and_a_rejection_the_call(coder: Coder) -> None:
    text = "Arnor accused Gondor of espionage. Gondor denied the charge."
    assert triples(code(coder, text)) == {"ARN GON 112", "GON ARN 016"}
    text = "Arnor called on Gondor to negotiate with Mordor. Gondor rejected the call."
    assert triples(code(coder, text)) == {"ARN GON 026", "GON ARN 120"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # no accuser named: the denial answers whom what it denies wronged ("denied that Russia was behind any sabotage
        # in Britain"), another country first
        ("Gondor denied that its troops had attacked Rohan.", {"GON ROH 016"}),
        ("Gondor denied that Gondorian troops were fighting inside Mordor.", {"GON MOR 016"}),
        # a recipient is not wronged
        ("Gondor denied that it had sent weapons to Mordor.", set()),
        # an accuser named before still comes first
        ("Arnor accused Gondor of espionage. Gondor denied that it had spied on Rohan.", {"ARN GON 112", "GON ARN 016"}),
    ],
)
def test_a_denial_with_no_accuser_answers_the_wronged(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Duda vetoed a budget bill passed by parliament": a reaction to a thing made by someone named in a "by" phrase
        ("Elessar rejected the treaty signed by Arnor.", {"GONGOV ARN 120"}),
        ("Arnor criticized the agreement reached by Gondor and Mordor.", {"ARN GON 111", "ARN MOR 111"}),
        # a state does not react to its own country
        ("Elessar rejected the treaty signed by Gondor.", set()),
        # "the Mordorian seizure": a doer the small model reads as a compound of the act noun
        ("Arnor said the Mordorian seizure of the fishermen was a kidnapping.", {"ARN MOR 112"}),
        # "criticised the trip": a trip or journey is the latest visit
        ("Arnorian troops visited Gondor on Monday. Rohan criticized the trip.", {"ARNMIL GON 042", "ROH ARNMIL 111"}),
    ],
)
def test_a_reaction_to_a_thing_made_by_someone_named(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Ecuadorean police arrested former Vice President Jorge Glas ... condemned the raid": an act on someone the
        # codebook does not know is on a civilian of the arresting state (a name: see docs/engine_policies.md, "One
        # person no dictionary knows"), and a later reaction refers to it (a raid is also a police act, 17)
        ("Gondorian police arrested Borin Stonefoot on Friday. Arnor condemned the raid.", {"GONCOP GONCVL 173", "ARN GONCOP 111"}),
        ("Gondorian police arrested Borin Stonefoot on Friday. Rohan criticized the arrest.", {"GONCOP GONCVL 173", "ROH GONCOP 111"}),
        # not an act that did not take place
        ("Gondorian police may arrest Borin Stonefoot. Rohan criticized the arrest.", set()),
        # "several Latin American governments, including Brazil and Colombia, condemned the raid": those named
        ("Gondorian police arrested Borin Stonefoot on Friday. Several countries, including Arnor and Rohan, condemned the arrest.", {"GONCOP GONCVL 173", "ARN GONCOP 111", "ROH GONCOP 111"}),
    ],
)
def test_a_reaction_to_an_act_on_someone_unknown(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_a_future_act_unless_another_acts_is_an_ultimatum(coder: Coder) -> None:
    # "Nigeria will withdraw its force from Chad unless Goukouni arranges a ceasefire": a threat, not an intent to yield
    assert triples(code(coder, "Arnor will withdraw from Gondor unless Elessar meets Mordor.")) == {"ARN GON 130"}
    assert triples(code(coder, "Arnor will withdraw from Gondor.")) == {"ARN GON 035"}


def test_a_claim_for_the_attack_targets_the_attacked(coder: Coder) -> None:
    # "The Houthis claimed responsibility for the attack": the claim is about whom the attack hit, not about the claimer
    text = "The Uruk-hai attacked Gondor on Monday. Rohan condemned the attack. The Uruk-hai claimed responsibility for the attack."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 015")} == {"MORREBURK GON 015"}
    # the claimers' own attack, when another was named since
    text = "The Uruk-hai attacked Gondor on Monday. Arnorian troops attacked Rohan on Tuesday. The Uruk-hai claimed responsibility for the attack."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 015")} == {"MORREBURK GON 015"}


def test_a_reaction_is_to_someone_else_s_act(coder: Coder) -> None:
    # the latest attack is Gondor's own (no target named): Gondor condemning "the attack" means Arnor's
    text = "Arnorian troops attacked Gondor on Monday. Gondorian troops attacked at dawn on Tuesday. Gondor condemned the attack."
    assert "GON ARNMIL 111" in triples(code(coder, text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # "President Mohamud condemned the heinous attack" (al Shabaab's): a state reacts to a group of its own country
        ("Gondorian rebels attacked at dawn on Monday. The Gondorian leader condemned the attack.", {"GONGOV GONREB 111"}),
        ("Gondorian rebels attacked Gondorian troops on Monday. Elessar condemned the assault.", {"GONREB GONMIL 190", "GONGOV GONREB 111"}),
        ("The Uruk-hai attacked Mordorian troops on Monday. The Mordorian leader condemned the attack.", {"MORREBURK MORMIL 190", "MORGOV MORREBURK 111"}),
        # never to its own arm's act, nor a group to its own
        ("Gondorian troops attacked at dawn on Monday. Elessar condemned the attack.", set()),
        ("Gondorian rebels attacked at dawn on Monday. Gondorian rebels condemned the attack.", set()),
        # "Kaczynski called it a violation of the constitution": "it" is the other side's act at home
        ("Gondorian rebels attacked Gondorian troops on Monday. Elessar called it a crime.", {"GONREB GONMIL 190", "GONGOV GONREB 112"}),
        ("Gondorian police arrested Gondorian protesters on Monday. Gondorian rebels called it a crime.", {"GONCOP GONCVL 173", "GONREB GONCOP 112"}),
        ("Gondorian troops attacked Gondorian rebels on Monday. Elessar called it a crime.", {"GONMIL GONREB 190"}),
    ],
)
def test_a_reaction_to_an_act_at_home_by_the_other_side(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Aliyev said the plane had been shot down by Russia, and demanded that Moscow admit guilt": the parser hangs
        # the demand on the reported clause; its passive subject (or a subject that is no actor) is not who demands
        ("On Sunday, Elessar said the plane had been shot down by Mordor, and demanded that Barad-dur admit guilt.", {"GONGOV MORGOV 100"}),
        ("The Gondorian leader said the village was shelled by Mordor and demanded that Barad-dur stop.", {"GONGOV MORGOV 100"}),
        ("Elessar said the attack was illegal and demanded that Mordor withdraw its troops.", {"GONGOV MOR 100"}),
        ("Elessar said the talks had failed and criticized Mordor.", {"GONGOV MOR 111"}),
        # a reported subject that is an actor may be the one who acts: left to the parse
        ("Elessar said Mordorian troops had crossed the border and demanded that Arnor withdraw.", {"MORMIL ARN 100"}),
    ],
)
def test_a_verb_conjoined_to_a_report_is_the_speaker_s(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Russia's defence attache, whom it accused of being an intelligence officer": the relative pronoun object
        # stands for the noun its clause hangs on, before the verb
        ("Mordor expelled the Gondorian envoy, whom it accused of espionage.", {"MOR GON 112"}),
        ("The Gondorian leader, whom Arnor criticized on Monday, met Rohan.", {"ARN GONGOV 111", "GONGOV ROH 040"}),
        # a relative pronoun subject is the doer, as before
        ("The Gondorian leader, who criticized Arnor on Monday, met Rohan.", {"GONGOV ARN 111", "GONGOV ROH 040"}),
    ],
)
def test_a_relative_pronoun_object_is_the_noun_it_stands_for(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_a_reaction_to_a_dated_attack(coder: Coder) -> None:
    # "Monday's attack" refers back as "the attack" does, and the pre-filter keeps the sentence
    events = code(coder, "Arnorian troops attacked Gondor on Monday. Rohan condemned Monday's attack.")
    assert "ROH ARNMIL 111" in triples(events)


def test_a_reaction_to_the_treaty_targets_its_parties(coder: Coder) -> None:
    events = code(coder, "Arnor and Gondor signed a treaty. Mordor condemned the treaty.")
    assert {"MOR ARN 111", "MOR GON 111"} <= triples(events)


def test_a_reaction_to_the_pact_targets_who_signed_it(coder: Coder) -> None:
    # "the pact" is the treaty they signed, not the later recognition (an act of the same kind)
    events = code(coder, "Arnor and Gondor signed a treaty. Rohan recognized Mordor. Elessar condemned the pact.")
    assert {e for e in triples(events) if e.startswith("GONGOV")} == {"GONGOV ARN 111"}


def test_a_surname_alone_is_the_person_named_in_full_before(coder: Coder) -> None:
    text = "The Rohirric president Erkenbrand Hornburg arrived on Monday. Hornburg condemned Mordor."
    events = code(coder, text)
    assert triples(events) == {"ROHGOV MOR 111"}
    assert events[0].source_text == "Hornburg"
    # a dictionary person: the first word too ("Kim" for Kim Jong Un)
    assert triples(code(coder, "Eomer Eadig arrived in Edoras. Eomer condemned Mordor.")) == {"ROHGOV MOR 111"}


def test_a_surname_after_its_particle_is_the_person_named_in_full_before(coder: Coder) -> None:
    # "Abdel Fattah al-Burhan ... Burhan said": the last name without "al-" (the dictionary has no bare "Hadi"), also
    # for the pre-filter (the second sentence names one actor)
    events = code(coder, "General Imrahil al-Hadi arrived in Edoras on Monday. Hadi criticized Mordor.")
    assert triples(events) == {"GONMIL MOR 111"}
    assert events[0].source_text == "Hadi"


def test_a_surname_with_another_first_name_is_someone_else(coder: Coder) -> None:
    text = "The Rohirric president Erkenbrand Hornburg arrived on Monday. Gamling Hornburg condemned Mordor."
    assert triples(code(coder, text)) == set()


def test_he_after_a_name_behind_a_title(coder: Coder) -> None:
    events = code(coder, "The Rohirric president Erkenbrand Hornburg arrived on Monday. He condemned Mordor.")
    assert triples(events) == {"ROHGOV MOR 111"}


def test_coreference_the_president(coder: Coder) -> None:
    events = code(coder, "The Rohirric president spoke at length. Later the president condemned Mordor.")
    assert triples(events) == {"ROHGOV MOR 111"}


@pytest.mark.parametrize(
    "text,date,source",
    [
        ("In March, Arnor criticized Gondor.", dt.date(2023, 3, 1), "text"),
        ("Arnor criticized Gondor in December.", dt.date(2022, 12, 1), "text"),
        ("Arnorian troops attacked Gondor on February 24, 2022.", dt.date(2022, 2, 24), "text"),
        ("Arnor criticized Gondor yesterday.", dt.date(2023, 4, 25), "text"),
        ("Arnor criticized Gondor.", dt.date(2023, 4, 26), "article"),
        ("In 2014, Arnor attacked Gondor.", dt.date(2014, 1, 1), "text"),
    ],
)
def test_time_expressions(coder: Coder, text: str, date: dt.date, source: str) -> None:
    (event,) = code(coder, text)
    assert (event.date, event.date_source) == (date, source)


def test_provenance(coder: Coder) -> None:
    (event,) = code(coder, "Arnorian troops shelled Gondor.")
    assert event.rule_id == "attack"
    assert event.verb_text == "shelled"
    assert event.source_text == "Arnorian troops"
    assert event.target_text == "Gondor"
    assert event.codebook_hash == "mini0"
    assert event.action_root == "19" and event.quad_class == 4


def test_repeated_sentence_is_coded_once(coder: Coder) -> None:
    text = "Arnor criticized Gondor.\n\nArnor criticized Gondor.\n\nAdvertisement'; }"
    assert len(code(coder, text)) == 1


# The story's country (the locus): a bare role noun in a story about one country is of that country. Each story names
# Gondor at least twice and twice as often as any other country; its last sentence is the one that counts.
GONDOR_STORY = "Unrest spread across Gondor on Sunday. Gondorian students closed the roads as Gondor mourned. "
LOCUS_CASES = [
    ("a bare role noun in a story about one country", GONDOR_STORY + "Rebels attacked protesters.", {"GONREB GONCVL 190"}),
    ("the same sentence alone has no country", "Rebels attacked protesters.", set()),
    ("a lone role noun: the protest is against the country", GONDOR_STORY + "Protesters rallied on Monday.", {"GONCVL GON 141"}),
    ("a title with no country", GONDOR_STORY + "The defense secretary warned Mordor.", {"GONGOV MOR 130"}),
    ("a name behind a title with no country", GONDOR_STORY + "Defense Secretary Faramir warned Mordor.", {"GONGOV MOR 130"}),
    ("a name with a title in apposition", GONDOR_STORY + "Faramir, the defense secretary, warned Mordor.", {"GONGOV MOR 130"}),
    ("a role noun behind an unknown name is someone else's", GONDOR_STORY + "On Monday, Harad rebels attacked protesters.", set()),
    ("the place rule wins over the locus", GONDOR_STORY + "Gondor said rebels attacked protesters in Edoras.", {"ROHREB ROHCVL 190"}),
    ("a foreign army acting on a local role noun", GONDOR_STORY + "Arnorian troops attacked protesters.", {"ARNMIL GONCVL 190"}),
    ("a locus army never acts on its own state", GONDOR_STORY + "Troops shelled Gondor.", set()),
    ("a locus role noun never acts on the country itself", GONDOR_STORY + "Rebels shelled Gondor.", set()),
    ("foreign role nouns are no one's", GONDOR_STORY + "Foreign troops attacked protesters.", set()),
    ("people are the story country's civilians", GONDOR_STORY + "Rebels attacked 40 people.", {"GONREB GONCVL 190"}),
    ("people in a sentence naming another country are no one's", GONDOR_STORY + "Arnorian rebels attacked 40 people.", set()),
    ("an arrest by no one named is the story country's", GONDOR_STORY + "Two rebels were arrested on Monday.", {"GON GONREB 173"}),
    ("an ethnic group is of the story's country", GONDOR_STORY + "Gondor wept. Ethnic Arnorians condemned Mordor.", {"GON MOR 111"}),
    ("an arrest by no one named, in no story", "Two rebels were arrested on Monday.", set()),
    # a long story naming many countries: one named five times and twice as often as the next is still its subject
    ("a long story's country", GONDOR_STORY + "Gondor thanked Rohan and Arnor. Gondor received aid as Mordor watched. Rebels attacked protesters.", {"GONREB GONCVL 190"}),
    ("no long story's country when the next is named half as often", GONDOR_STORY + "Gondor thanked Rohan. Gondor received aid as Rohan and Rohan's allies watched. Rebels attacked protesters.", set()),
    ("thousands of a role noun take the story's country", GONDOR_STORY + "Thousands of protesters rallied on Monday.", {"GONCVL GON 141"}),
    ("the president a foreign government condemns is the story's", GONDOR_STORY + "Annuminas condemned the president.", {"ARNGOV GONGOV 111"}),
    # tie rule: two countries named equally often (here twice each) are no locus
    ("no locus when two countries are named equally", "Gondor and Rohan closed their border. Gondor blamed Rohan. Rebels attacked protesters.", set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LOCUS_CASES], ids=[c[0] for c in LOCUS_CASES])
def test_the_story_country(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_the_two_countries_of_the_subject_make_the_act_reciprocal(coder: Coder) -> None:
    # "X and Y met in Z, the first summit between leaders of the two countries": the two are the subject's, not Z
    events = code(coder, "Elessar and the Rohirric president met in Annuminas, the first summit between leaders of the two countries.")
    assert triples(events) == {"GONGOV ROHGOV 040", "ROHGOV GONGOV 040"}


def test_a_stance_towards_a_country_is_not_of_it(coder: Coder) -> None:
    # "pro-Russian rebels" are no Russians: the adjective after pro-/anti- names no actor (they are rebels of the
    # country whose forces they fight)
    assert triples(code(coder, "Pro-Arnorian rebels attacked Gondorian troops.")) == {"GONREB GONMIL 190"}
    assert triples(code(coder, "Arnorian troops attacked anti-Gondorian rebels in Edoras.")) == {"ARNMIL ROHREB 190"}


def test_an_act_done_by_doing_another_is_done(coder: Coder) -> None:
    # "responded by breaking relations with X": the gerund under "by" (or "after") is realised with its governor
    assert triples(code(coder, "Arnor responded by attacking Gondor.")) == {"ARN GON 190"}
    assert triples(code(coder, "Arnor withdrew its envoy after attacking Gondor.")) >= {"ARN GON 190"}
    assert triples(code(coder, "Arnor responded without attacking Gondor.")) == set()
    assert triples(code(coder, "Arnor may respond by attacking Gondor.")) == set()


def test_the_ministers_of_two_countries_are_both(coder: Coder) -> None:
    # "the foreign ministers of Arnor and Gondor": one head, two countries (as "the Arnorian and Gondorian ministers")
    events = triples(code(coder, "Elessar met the foreign ministers of Arnor and Rohan in Osgiliath."))
    assert {"GONGOV ARNGOV 040", "GONGOV ROHGOV 040"} <= events


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenyan police fired tear gas and water cannon in Nairobi.", {"KENCOP KENCVL 175"}),  # at home
        ("Kenyan police fired tear gas.", {"KENCOP KENCVL 175"}),
        ("Kenyan troops fired tear gas.", set()),  # an army may be abroad: no one to name
    ],
)
def test_repression_with_no_one_named_is_of_the_civilians_at_home(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    # "Police fired tear gas and water cannon": the state's own agencies, on the civilians of the place or the state
    assert triples(code(cameo_coder, text)) == expected


def test_a_state_s_force_at_home_is_on_the_people_there(coder: Coder) -> None:
    # "Myanmar's military bombed a village in Sagaing": not blocked as the state acting on itself; its civilians
    assert triples(code(coder, "Gondorian troops shelled a village in Ithilien.")) == {"GONMIL GONCVL 190"}
    # "Azerbaijan launched an offensive in Karabakh" after the separatists were named: on them
    text = "Gondorian rebels seized a town on Monday. Gondor attacked Pelargir on Tuesday."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 190")} == {"GON GONREB 190"}
    # abroad, the place is still the country hit
    assert triples(code(coder, "Arnorian troops shelled a village in Ithilien.")) == {"ARNMIL GON 190"}


def test_an_installation_named_by_its_owner_hits_the_owner(coder: Coder) -> None:
    # "SOURCE shell depot in TARGET": "the Arnorian depot in Edoras" is Arnor's, though it stands in Rohan
    assert triples(code(coder, "Gondorian troops shelled the Arnorian depot in Edoras.")) == {"GONMIL ARN 190"}
    assert triples(code(coder, "Gondorian troops shelled the depot in Edoras.")) == {"GONMIL ROHGOV 190"}  # the capital: its government


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # the small model reads these as noun phrases ("Trump [who was] called Zelensky"): the participle with an
        # object of its own on a name at the root is the main verb
        ("Trump called Zelensky a dictator on Wednesday.", {"USAGOV UKRGOV 111"}),  # an appositive with no comma names him
        ("Macron called Zelensky, his Ukrainian counterpart, on Tuesday.", {"FRAGOV UKRGOV 041"}),  # a comma: a call
        ("Russian troops killed in the strike were buried.", set()),  # a reduced relative stays one
    ],
)
def test_a_call_and_a_naming_misparsed_as_noun_phrases(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(cameo_coder, text, dt.date(2025, 2, 20))) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenyan protesters blocked roads in Nairobi.", {"KENCVL KENGOV 144"}),  # the capital: its government
        ("Kenyan police blocked roads in Nairobi.", set()),  # a state's forces closing roads protest nothing
    ],
)
def test_an_untargeted_protest_is_no_act_of_state_forces(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.split()[2].startswith("14")} == expected


def test_the_institution_of_the_story_country(coder: Coder) -> None:
    """In a story about Gondor, "the police" named by no one are Gondor's, not the foreign police named before."""
    text = (
        "Gondorian protesters rallied in Minas Tirith. Gondor's leader spoke to them. Arnorian police arrested Gondorian "
        "protesters at the border. Elessar criticized the police."
    )
    assert {e for e in triples(code(coder, text)) if e.endswith(" 111")} == {"GONGOV GONCOP 111"}


def test_a_foreign_state_acts_on_the_story_country_s_people(coder: Coder) -> None:
    """A foreign leader's bare role-noun target is of the story's country, not of the leader's own."""
    text = "Gondorian protesters rallied in Minas Tirith. Gondor's leader spoke to them. The Arnorian leader criticized protesters."
    assert {e for e in triples(code(coder, text)) if e.startswith("ARNGOV")} == {"ARNGOV GONCVL 111"}


def test_the_role_of_each_of_the_two_countries(coder: Coder) -> None:
    text = "Arnor and Gondor criticized Mordor. The foreign ministers of the two countries met in Edoras on Monday."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 040")} == {"ARNGOV GONGOV 040", "GONGOV ARNGOV 040"}


def test_an_object_pronoun_is_not_its_own_clause_subject(coder: Coder) -> None:
    # "him" after "Elessar recognised" would be "himself" if it were Elessar: it is the person named before
    events = code(coder, "Eomer Eadig claimed the throne on Monday. King Elessar recognized him within hours.")
    assert "GONGOV ROHGOV 054" in triples(events)
    # nor another actor of the subject's country ("Arnor ... Annuminas ... them")
    events = code(coder, "Mordorian troops entered Rohan. Arnor said on Tuesday that Annuminas would recognize them.")
    assert not [e for e in triples(events) if e.startswith("ARN") and e.split()[1].startswith("ARN")]


def test_a_reaction_to_the_decision_targets_the_story_s_act_of_policy(coder: Coder) -> None:
    # "The Kremlin condemned the decision" after "Germany will send tanks" and Zelenskiy's thanks: a decision is an act
    # of policy (not praise, a statement or an appeal), the story's first by someone else
    text = "Arnor recognized Mordor on Monday. Elessar praised Arnor. Rohan condemned the decision."
    assert triples(code(coder, text)) == {"ARN MOR 054", "GONGOV ARN 051", "ROH ARN 111"}


@pytest.mark.parametrize("text", [
    "Arnor closed its embassy in response to Gondor's execution of an Arnorian citizen. Rohan condemned the execution.",
    "Arnor closed its embassy in response to the execution of an Arnorian citizen by Gondor. Rohan condemned the execution.",
])
def test_a_reaction_to_an_act_named_before_only_by_a_noun_targets_its_doer(coder: Coder, text: str) -> None:
    # "in response to Iran's execution of Jamshid Sharmahd ... The European Union condemned the execution": no verb
    # coded the execution; the noun named with its doer (a possessor or a "by" phrase) is the act referred to
    assert triples(code(coder, text)) == {"ROH GON 111"}


def test_a_reaction_to_a_truce_targets_the_parties_of_the_deal(coder: Coder) -> None:
    # "China welcomed the truce", "welcomed the swap": a truce, a ceasefire or a swap is a deal like "the agreement"
    text = "Arnor and Gondor signed an agreement on Monday. Rohan welcomed the truce."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 051")} == {"ROH ARN 051", "ROH GON 051"}


def test_a_reaction_to_a_noun_made_from_a_verb_targets_the_doer_of_that_verb(coder: Coder) -> None:
    # "Moscow deeply regrets the closure" (Finland will close the crossing), "welcomed the deployment"
    text = "Arnor withdrew from Gondor on Monday. Elessar met Eomer Eadig. Rohan criticized the withdrawal."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 111")} == {"ROH ARN 111"}


def test_a_denial_answers_the_accusation_even_in_its_own_sentence_or_unnamed(coder: Coder) -> None:
    # "a charge Bangkok denied": the accusation of the same sentence
    assert triples(code(coder, "Arnor accused Gondor of espionage, a charge Gondor denied.")) == {"ARN GON 112", "GON ARN 016"}
    # a rejection of an accusation is a denial whatever the verb ("a claim Ramaphosa rejected", "rejected the charge")
    assert triples(code(coder, "Arnor accused Gondor of espionage, a claim Gondor rejected.")) == {"ARN GON 112", "GON ARN 016"}
    text = "Arnor accused Gondor of espionage on Monday. Gondor rejected the accusation."
    assert triples(code(coder, text)) == {"ARN GON 112", "GON ARN 016"}
    # "Kigali denies backing the group", "X denies wrongdoing": the latest accusation against the denier
    text = "Arnor accused Gondor of espionage on Monday. Mordor attacked Rohan. Gondor denies wrongdoing."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 016")} == {"GON ARN 016"}
    # "Pakistan denied any role in the attack", no accuser named: those the attack hit
    text = "The Uruk-hai attacked Gondor on Monday. Rohan denied any role in the attack."
    assert {e for e in triples(code(coder, text)) if e.endswith(" 016")} == {"ROH GON 016"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a statement to a venue (a news conference, parliament, a court) is no act on the venue or the place it names
        ("Elessar told a news conference in Edoras.", set()),
        # "X told Y that Z did W": what was told is coded, not the telling
        ("Elessar told Eomer Eadig that Mordor attacked Rohan.", {"MOR ROH 190"}),
        ("Elessar told Eomer Eadig about the treaty.", {"GONGOV ROHGOV 010"}),
        # a country and its own government in an act between states ("FINGOV FIN 010", "JPN JPNGOV 114")
        ("The Arnorian president criticized Arnor.", set()),
        # ... but a state does coerce its own country
        ("The Arnorian president imposed a curfew in Arnor.", {"ARNGOV ARN 1723"}),
        # members of a body are not the body; its leaders speak for it (not "IGOGOV")
        ("A White Council member criticized Mordor.", set()),
        ("Leaders of the White Council condemned Mordor.", {"IGOELR MOR 111"}),
    ],
)
def test_audiences_reports_and_a_state_with_itself_are_no_parties(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Mohammed bin Salman hosted the meeting": the host of each party of the meeting named before
        ("Elessar met the Arnorian leader in Edoras. Eomer Eadig hosted the meeting.", {"GONGOV ARNGOV 040", "ROHGOV GONGOV 043", "ROHGOV ARNGOV 043"}),
        # "talks in Doha mediated by Qatar and Turkey": a participle with its doer named; the parties of the sentence
        ("Arnor and Gondor agreed to meet after talks mediated by Rohan.", {"ARN GON 036", "GON ARN 036", "ROH ARN 045", "ROH GON 045"}),
        # "offered to mediate": an intent to mediate (039) between the sides of the conflict named last
        ("Arnor attacked Gondor on Monday. The White Council offered to mediate.", {"ARN GON 190", "IGOELR ARN 039", "IGOELR GON 039"}),
        # "has mediated between Israel and Hamas along with Egypt": Egypt mediates too
        ("Rohan mediated between Arnor and Gondor along with the White Council.", {"ROH ARN 045", "ROH GON 045", "IGOELR ARN 045", "IGOELR GON 045"}),
        # hosting a thing that is no meeting is no hosting of anyone
        ("Arnor attacked Gondor on Monday. Rohan hosted the exhibition.", {"ARN GON 190"}),
        # issue 4, in general form: the mediated thing may be any deal or truce ("the swap was mediated by Qatar"), the
        # passive subject is no party; a participle conjoined to another with its own doer ("the talks, held at the
        # palace and hosted by Fidan") was done; a relative pronoun stands for its noun ("the meeting, which was hosted by X")
        ("Arnor and Gondor signed an agreement on Monday. The swap was mediated by Rohan.", {"ARN GON 057", "GON ARN 057", "ROH ARN 045", "ROH GON 045"}),
        ("Elessar met the Arnorian leader in Edoras. The talks, held in a palace and hosted by Eomer Eadig, lasted two hours.", {"GONGOV ARNGOV 040", "ROHGOV ARNGOV 043", "ROHGOV GONGOV 043"}),
        ("Elessar met the Arnorian leader in Edoras. They shook hands at the start of the meeting, which was hosted by Eomer Eadig.", {"GONGOV ARNGOV 040", "ROHGOV ARNGOV 043", "ROHGOV GONGOV 043"}),
        ("Arnor attacked Gondor on Monday. The exhibition was hosted by Rohan.", {"ARN GON 190"}),
        # "agreed to set aside a dispute after talks in Ankara mediated by Erdogan": no meeting coded before the
        # mediation (the noun's own 046 comes later); the talks' parties are the subject of the verb they are the setting of
        ("Arnor and Gondor agreed on Wednesday to set aside their dispute, after talks in Edoras mediated by Rohirric President Eomer Eadig.",
         {"ARN GON 046", "GON ARN 046", "ROHGOV ARN 045", "ROHGOV GON 045"}),
    ],
)
def test_a_host_or_mediator_acts_on_the_parties_of_the_meeting(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_the_subject_pronoun_of_a_relative_clause_on_an_object(coder: Coder) -> None:
    # "South Africa urged the court ..., opening a case in which it accuses Israel of genocide": it is the subject of the
    # verb the relative clause's noun is the object of (or of the sentence), never the place or the pronoun's own object
    text = "Arnor condemned Mordor in Edoras, opening a case in which it accuses Mordor of espionage."
    assert triples(code(coder, text)) == {"ARN MOR 111", "ARN MOR 112"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha": the talks were between the subject's members
        ("Arnor and Gondor agreed to a truce after talks in Edoras.", {"ARN GON 046", "GON ARN 046"}),
        # "Putin arrived for his first visit to North Korea and was greeted by Kim": the possessor visits; a passive
        # conjoined verb takes the first verb's subject as its object
        ("Elessar arrived for his first visit to Rohan and was greeted by Eomer Eadig.", {"GONGOV ROH 042", "ROHGOV GONGOV 043"}),
        # "clashes between government forces and Druze fighters": the parties of a "between" phrase on a clash (the
        # first on the second) or talks (both ways), where the noun is the setting of a verb that took place ...
        ("Rohan intervened on Monday in clashes between Arnor and Gondor.", {"ARN GON 190"}),
        ("Arnor and Gondor agreed to a truce after talks between Arnor and Gondor in Edoras.", {"ARN GON 046", "GON ARN 046"}),
        # "agreed not to threaten each other or use force ..., after talks on the Caribbean island of St Vincent": a
        # place noun with "on" is where talks were held (not "talks on Rohan", a topic); an "after" phrase on a conjunct
        # of the infinitive counts as the governing verb does
        ("Arnor and Gondor agreed on Thursday not to threaten each other or use force, after talks on the island of Rohan.", {"ARN GON 046", "GON ARN 046"}),
        ("Arnor and Gondor agreed on Thursday to end their dispute, after talks on Rohan.", set()),
        # ... not what is asked for or feared
        ("Rohan called for talks between Arnor and Gondor.", set()),
        ("Rohan feared clashes between Arnor and Gondor.", set()),
        # a visit that did not take place
        ("Elessar cancelled his planned visit to Rohan.", set()),
        ("Arnor and Gondor will not meet after talks in Edoras.", set()),
    ],
)
def test_acts_named_by_a_noun_between_parties_the_sentence_names(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "France will withdraw its ambassador from Niger": an announced cut in relations is the act, not a threat
        ("Arnor will withdraw its ambassador from Gondor.", {"ARN GON 161"}),
        ("Arnor threatened to withdraw its ambassador from Gondor.", {"ARN GON 1313"}),
        ("Arnor will withdraw its ambassador from Gondor if Mordor attacks Rohan.", {"ARN GON 1313"}),
        # "The Taliban vowed to respond": a threat with no one named is against whoever last used force on the threatener
        ("Mordor attacked Gondor on Monday. Gondor vowed to retaliate.", {"MOR GON 190", "GON MOR 138"}),
        # no force on it: the latest cut in relations, rejection or threat by another country ("India suspended the
        # water treaty ... Pakistan warned that ..."), else whom the threatener itself last hit
        ("Arnor recalled its ambassador from Gondor on Monday. Gondor vowed to respond.", {"ARN GON 161", "GON ARN 138"}),
        ("Arnorian troops attacked Gondor on Monday. Arnor vowed to respond.", {"ARNMIL GON 190", "ARN GON 138"}),
        # nothing by another country, or nothing hostile: no one
        ("Gondorian police arrested Gondorian protesters on Monday. Gondor vowed to respond.", {"GONCOP GONCVL 173"}),
        ("Arnor praised Gondor on Monday. Gondor vowed to respond.", {"ARN GON 051"}),
        # "Oli resigned": a resignation with no one named is towards the office holder's own country
        ("The Gondorian president resigned in Minas Tirith.", {"GONGOV GON 0831"}),
    ],
)
def test_announced_cuts_untargeted_threats_and_resignations(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_the_story_country_s_army_officer_arrested_by_its_police(coder: Coder) -> None:
    # "Bolivian police arrested former army commander Juan Jose Zuniga": an army acted on by its own state is foreign
    # only in force ("troops shelled Kyiv"), not in an arrest
    assert triples(code(coder, "Rohirric police arrested former army commander Grimbold on Wednesday in Edoras.")) == {"ROHCOP ROHMIL 173"}


def test_a_plural_reference_to_a_group_of_countries_is_all_of_them(coder: Coder) -> None:
    # "The military governments of Mali, Burkina Faso and Niger ... the juntas accused ECOWAS"
    text = "The leaders of Arnor, Gondor and Rohan gathered on Monday. The leaders condemned Mordor."
    assert triples(code(coder, text)) == {"ARNGOV MOR 111", "GONGOV MOR 111", "ROHGOV MOR 111"}


def test_a_reaction_to_what_the_reactor_called_an_act(coder: Coder) -> None:
    # "Qatar condemned what it called a cowardly attack": the free relative names the act reacted to
    text = "Arnorian troops attacked Gondor on Monday. Rohan condemned what it called a cowardly attack."
    assert triples(code(coder, text)) == {"ARNMIL GON 190", "ROH ARNMIL 111"}


def test_a_reaction_named_by_a_noun_with_its_makers(coder: Coder) -> None:
    # "The decision drew swift condemnation from the United Nations": the makers of the "from" phrase react to the act
    # the subject names
    text = "Arnor recognized Mordor on Monday. The decision drew swift condemnation from Rohan."
    assert triples(code(coder, text)) == {"ARN MOR 054", "ROH ARN 111"}
    # a reaction that was not drawn
    assert triples(code(coder, "Arnor recognized Mordor on Monday. The decision may draw condemnation from Rohan.")) == {"ARN MOR 054"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # "militants who attack its security forces": a relative clause in the simple present is a habit, no event
        ("Arnor accused Gondor of sheltering rebels who attack Arnorian troops.", {"ARN GON 112"}),
        ("Rebels who attacked Arnorian troops fled.", {"ARNREB ARNMIL 190"}),
        # the place of a statement is the speaker's, not that of a role noun it is about; force is on the people there
        ("In Edoras, Arnor condemned the violence against peaceful protesters.", set()),
        ("Arnorian troops attacked protesters in Edoras.", {"ARNMIL ROHCVL 190"}),
    ],
)
def test_habits_and_the_place_of_a_statement(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a raw pattern whose source is the anchor's own subject ("demand.that") also serves an anchor that inherits one
        ("Japan's government said the ship had been seized by Chinese coast guard vessels, and demanded that Beijing release the crew.", {"JPNGOV CHNGOV 1053"}),
        ("The Greek prime minister said the talks had stalled, and demanded that Turkish ships leave the area.", {"GRCGOV TUR 106"}),
        ("Poland's foreign minister said the drone incursion was deliberate and demanded that Russia explain it.", {"POLGOV RUS 100"}),
        ("Germany demanded that Russia release the journalist.", {"DEU RUS 1053"}),
    ],
)
def test_a_raw_pattern_takes_an_inherited_subject(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(cameo_coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # no act coded for it: a ruling or verdict is the latest court's, a law or bill the latest legislature's or
        # government's ("Romania's Constitutional Court annulled the first round ... Georgescu called the ruling a coup")
        ("Hungary's parliament passed a law banning Pride marches. The European Commission condemned the law.", {"IGOEUREECCOM HUNLEG 111"}),
        ("Georgia's parliament adopted the foreign agents bill on Tuesday. The United States criticised the bill.", {"USA GEOLEG 111"}),
        ("A court in Moscow sentenced the journalist to 16 years. Washington condemned the verdict.", {"USAGOV RUSJUD 111"}),
    ],
)
def test_a_reaction_to_a_ruling_or_a_law_is_on_its_maker(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(cameo_coder, text, dt.date(2024, 4, 26))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a ceasefire with no one named is with the other side of the latest fighting its maker was in, at home too
        ("Azerbaijan launched an offensive against Armenian separatists in Karabakh. The separatists agreed to a ceasefire a day later.", {"AZE ARMSEP 190", "ARMSEP AZE 0871"}),
        ("Russian troops shelled Kharkiv on Monday. Russia declared a ceasefire on Tuesday.", {"RUSMIL UKR 194", "RUS UKR 0871"}),
        # condolences with no one named are for the story's country (the shooting of a politician by no one named is an
        # assassination by one of his country's civilians: docs/engine_policies.md, "A politician shot by no one named")
        ("Japan's former prime minister was shot dead in Nara. Japanese police arrested a suspect. China's foreign ministry expressed condolences.", {"JPNCVL JPNELI 186", "JPNCOP JPNCVL 173", "CHNGOV JPN 018"}),
    ],
)
def test_a_ceasefire_or_condolences_with_no_one_named(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(cameo_coder, text, dt.date(2024, 4, 26))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "help Pyongyang build satellites": the object of help or let does a bare infinitive, which the parser reads
        # as the subject of a complement clause
        ("Putin said Moscow would help Pyongyang build satellites.", {"RUSGOV PRKGOV 033"}),
        ("China helped Pakistan build a nuclear plant.", {"CHN PAK 070"}),
        ("Russia helped Syria rebuild its army.", {"RUS SYR 070"}),
    ],
)
def test_the_object_of_help_doing_a_bare_infinitive(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(cameo_coder, text, dt.date(2024, 4, 26))) == expected


def test_it_named_with_a_judgment_is_the_act_just_told(cameo_coder: Coder) -> None:
    # "Israel rejected the accusation. Herzog called it atrocious": "it" is South Africa's accusation, not the court
    text = (
        "South Africa accused Israel of genocide at the International Court of Justice on Thursday. "
        'Israeli President Isaac Herzog called it "atrocious and preposterous".'
    )
    assert "ISRGOV ZAF 111" in triples(code(cameo_coder, text, dt.date(2024, 1, 11)))


def test_a_passive_reaction_to_an_act_named_by_its_subject(coder: Coder) -> None:
    # "The executions were condemned by the United Nations, the United States and the European Union": the passive
    # subject is the act reacted to, as the object is in "X condemned the executions"
    text = "Arnorian troops attacked Gondor on Monday. The attack was condemned by Rohan, Mordor and Gondor."
    assert triples(code(coder, text)) == {"ARNMIL GON 190", "ROH ARNMIL 111", "MOR ARNMIL 111", "GON ARNMIL 111"}
    text = "Arnorian troops attacked Gondor on Monday. The assault was criticized by Rohan."
    assert triples(code(coder, text)) == {"ARNMIL GON 190", "ROH ARNMIL 111"}
    # no act named before: no one to react to
    assert triples(code(coder, "The attack was condemned by Rohan.")) == set()


ATTACK = "Arnorian troops attacked Gondor on Monday. "


@pytest.mark.parametrize(
    "text,expected",
    [
        # a verdict on an act named before is on its doer, by the speaker, in each shape wire copy writes it
        (ATTACK + "Rohan called the attack a crime.", {"ROH ARNMIL 112"}),
        (ATTACK + "Rohan said the attack was a violation of international law.", {"ROH ARNMIL 111"}),
        (ATTACK + "The attack was a flagrant violation of its sovereignty, Gondor said.", {"GON ARNMIL 111"}),
        (ATTACK + "Rohan described the attack as a dangerous escalation.", {"ROH ARNMIL 111"}),
        (ATTACK + "Rohan said the attack amounted to genocide.", {"ROH ARNMIL 112"}),
        (ATTACK + "Rohan said the attack constituted a war crime.", {"ROH ARNMIL 112"}),
        # the verdict names the accused ("an Iranian act of terrorism"), or the act is named with its doer
        (ATTACK + "Rohan called the attack a Mordorian act of terrorism.", {"ROH MOR 112"}),
        ("Elessar has called Mordor's conduct in Rohan a genocide.", {"GONGOV MOR 112"}),
        ("Elessar described the Mordorian invasion as a crime.", {"GONGOV MOR 112"}),
        # an actor judged
        ("Elessar described the Mordorian leader as a war criminal.", {"GONGOV MORGOV 112"}),
        # a warning is by the doer of the act, on whom it is addressed to
        (ATTACK + "Arnor said the attack was a warning to Gondor.", {"ARNMIL GON 138"}),
        ("The strikes were a warning to Gondor, Arnor said.", {"ARN GON 138"}),
        # no verdict: negated, hypothetical, or no judgement
        (ATTACK + "Rohan said the attack was not a violation of its sovereignty.", set()),
        (ATTACK + "Rohan said the attack could be a crime.", set()),
        (ATTACK + "Rohan may call the attack a crime.", set()),
        ("Elessar described the Rohirric harvest as a record.", set()),
        ("Elessar called the talks with Rohan a success.", set()),
    ],
)
def test_a_judgement_said_as_a_statement(coder: Coder, text: str, expected: set[str]) -> None:
    got = triples(code(coder, text))
    assert got - {"ARNMIL GON 190"} == expected


def _hand_doc(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


@pytest.mark.parametrize(
    "words,heads,deps,tags,pos",
    [
        # "Trump accused Zelenskiy of lying": the verb read as an adjective of the object, the subject at the root
        (["Trump", "accused", "Zelenskiy", "of", "lying", "."], [0, 2, 0, 2, 3, 0],
         ["ROOT", "amod", "dobj", "prep", "pobj", "punct"], ["NN", "VBN", "NNP", "IN", "NN", "."],
         ["NOUN", "VERB", "PROPN", "ADP", "NOUN", "PUNCT"]),
        # "Trump hosted Zelenskiy at the White House": the object at the root, the subject its modifier
        (["Trump", "hosted", "Zelenskiy", "at", "Camp", "David", "."], [2, 2, 2, 2, 5, 3, 2],
         ["nmod", "amod", "ROOT", "prep", "compound", "pobj", "punct"], ["NN", "VBN", "NNP", "IN", "NNP", "NNP", "."],
         ["NOUN", "VERB", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"]),
    ],
)
def test_a_verb_misread_as_an_adjective_between_two_names_is_mended(words, heads, deps, tags, pos) -> None:
    from coding.verbs import realised, repair_misread_verbs, subject_of

    doc = _hand_doc(words, heads, deps, tags, pos)
    assert repair_misread_verbs(doc)
    verb = doc[1]
    assert verb.dep_ == "ROOT" and doc[2].head.i == 1 and doc[2].dep_ == "dobj"
    assert subject_of(verb).text == "Trump" and realised(verb)
    assert doc[-1].head.i == 1  # the sentence's punctuation is the verb's now


@pytest.mark.parametrize(
    "words,heads,deps,tags,pos",
    [
        # a participle that modifies a name: "the Saudi led coalition", "Hamas backed Gaza"
        (["the", "Saudi", "led", "Coalition", "struck", "."], [3, 3, 3, 4, 4, 4],
         ["det", "compound", "amod", "nsubj", "ROOT", "punct"], ["DT", "NNP", "VBN", "NNP", "VBD", "."],
         ["DET", "PROPN", "VERB", "PROPN", "VERB", "PUNCT"]),
        # an adjective between two names in a clause that has its own verb
        (["Arnor", "praised", "Gondor", "Rohan", "united", "Edoras", "."], [1, 1, 5, 5, 5, 1, 1],
         ["nsubj", "ROOT", "compound", "compound", "amod", "dobj", "punct"], ["NNP", "VBD", "NNP", "NNP", "VBN", "NNP", "."],
         ["PROPN", "VERB", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]),
    ],
)
def test_a_real_participle_before_a_name_is_left_alone(words, heads, deps, tags, pos) -> None:
    from coding.verbs import repair_misread_verbs

    doc = _hand_doc(words, heads, deps, tags, pos)
    before = [(t.head.i, t.dep_) for t in doc]
    assert not repair_misread_verbs(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_trump_accused_zelenskiy_end_to_end(cameo_coder: Coder) -> None:
    # the real model reads "Trump accused Zelenskiy" as a noun phrase; the mended parse codes the accusation
    text = "During Friday's meeting, Trump accused Zelenskiy of gambling with World War Three."
    assert "USAGOV UKRGOV 112" in triples(code(cameo_coder, text, dt.date(2025, 3, 4)))


def test_a_surname_the_tagger_read_as_a_common_noun_is_the_person_named_before(cameo_coder: Coder) -> None:
    # "Morales" tagged as the plural of "morale": still the Evo Morales of the first sentence
    text = (
        "Former Bolivian President Evo Morales said on Sunday that police had tried to kill him. "
        "Bolivian Interior Minister Eduardo del Castillo accused Morales of staging the incident."
    )
    assert "BOLGOV BOLOPP 112" in triples(code(cameo_coder, text, dt.date(2024, 10, 28)))


def test_they_after_a_compound_speaker_is_every_member(coder: Coder) -> None:
    # "Algeria and Tunisia also said they would send aid": the reported clause's "they" is the whole subject
    assert triples(code(coder, "Arnor and Rohan said they had criticized Mordor.")) == {"ARN MOR 111", "ROH MOR 111"}
    # one speaker: one actor
    assert triples(code(coder, "Arnor said they had criticized Mordor.")) == {"ARN MOR 111"}


def test_the_countries_are_those_last_named_together(coder: Coder) -> None:
    # "The United States, Britain, Germany and several other donors paused funding ... The Palestinian Authority urged
    # the countries to reverse their decisions"
    text = "Arnor, Rohan and Mordor criticized Gondor on Monday. Elessar criticized the countries."
    got = triples(code(coder, text))
    assert {"GONGOV ARN 111", "GONGOV ROH 111", "GONGOV MOR 111"} <= got
    # countries the sentence says which are, not a reference back
    text = "Arnor, Rohan and Mordor criticized Gondor on Monday. Elessar criticized the countries of the south."
    assert not any(t.startswith("GONGOV") for t in triples(code(coder, text)))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a visit named by a noun: its maker in a "by" phrase, or the subject of the journey it ends
        ("The talks came after a visit to Edoras by Arnor's foreign minister.", {"ARNGOV ROHGOV 042"}),
        ("The decision followed a visit to Edoras this week by the Arnorian president.", {"ARNGOV ROHGOV 042"}),
        ("Elessar returned on Saturday from a state visit to Rohan.", {"GONGOV ROH 042"}),
        # not a visit that did not take place, nor one of someone else
        ("Elessar postponed a planned visit to Rohan.", set()),
        ("Elessar praised Eomer Eadig after a visit to Rohan.", {"GONGOV ROHGOV 051"}),
    ],
)
def test_a_visit_named_by_a_noun(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_aid_to_no_one_named_goes_to_the_story_country(cameo_coder: Coder) -> None:
    # in a story about Libya, "Egypt sent rescue teams and field hospitals" is aid to Libya
    text = (
        "BENGHAZI, Libya (Wire) - Floods swept away whole districts of Derna in eastern Libya on Sunday. "
        "Libya's eastern government appealed for international help. "
        "Egypt sent army rescue teams and field hospitals, officials said."
    )
    events = code(cameo_coder, text, dt.date(2023, 9, 13))
    assert any(e.source == "EGY" and e.target_country == "LBY" and e.action_root == "07" for e in events)
    # no story country, or a recipient named by a name the codebook does not know: no guess
    assert not any(t.startswith("EGY") for t in triples(code(cameo_coder, "Egypt sent army rescue teams and field hospitals.", dt.date(2023, 9, 13))))
    text = text.replace("Egypt sent army rescue teams and field hospitals", "Egypt sent army rescue teams to Tawarga")
    assert not any(e.source == "EGY" and e.target_country == "LBY" for e in code(cameo_coder, text, dt.date(2023, 9, 13)))


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act named by a noun with its doer in a "by" phrase does what its doer does
        ("An offensive by Arnorian troops shelled Pelargir.", {"ARNMIL GON 190"}),
        ("A raid by the Uruk-hai attacked Ithilien on Monday.", {"MORREBURK GON 190"}),
        # talks with a named party, on the verb the phrase hangs on: the subject's negotiation with that party
        ("Elessar left Edoras following talks with Eomer Eadig.", {"GONGOV ROHGOV 046"}),
        ("After talks with Eomer Eadig, Elessar criticized Mordor.", {"GONGOV ROHGOV 046", "GONGOV MOR 111"}),
        # not talks that are planned, or did not take place
        ("Elessar will leave Edoras after talks with Eomer Eadig.", set()),
        ("Elessar left Edoras before planned talks with Eomer Eadig.", set()),
    ],
)
def test_noun_events_with_their_parties(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


def test_both_leaders_of_two_countries_and_them_after_them(coder: Coder) -> None:
    # "Kyrgyzstan and Tajikistan agreed on a ceasefire ... Putin, who met both leaders at a summit in Uzbekistan, urged
    # them to stop the fighting": the leaders of the pair named last, and "them" is that pair (not the summit's place)
    text = "Arnor and Mordor exchanged prisoners on Monday. Eomer Eadig, who met both leaders in Ithilien, called on them to negotiate."
    got = triples(code(coder, text))
    assert {"ROHGOV ARNGOV 026", "ROHGOV MORGOV 026"} <= got
    assert not any(t.startswith("ROHGOV GON") for t in got)


def test_a_possessor_owns_its_role_noun_not_the_place_named_after_it(coder: Coder) -> None:
    # "its largest military operation in the occupied West Bank" is Israel's, not the West Bank's military
    assert triples(code(coder, "Arnor said its troops in Gondor attacked Mordor.")) == {"ARNMIL MOR 190"}
    # without a possessor the place still names the country: "troops in Gondor"
    assert triples(code(coder, "The troops in Gondor attacked Mordor.")) == {"GONMIL MOR 190"}


def test_a_reaction_to_the_operation_is_to_the_latest_use_of_force(coder: Coder) -> None:
    text = "Arnorian troops attacked Gondor on Monday. Rohan condemned the operation."
    assert triples(code(coder, text)) == {"ARNMIL GON 190", "ROH ARNMIL 111"}


def test_sanctions_on_people_no_one_places_are_on_the_story_country(cameo_coder: Coder) -> None:
    # "Britain on Monday imposed sanctions on six heads of the Arctic penal colony where Navalny died", in a story
    # about Russia: the officials are Russia's
    story = "MOSCOW (Wire) - Russian opposition leader Alexei Navalny died in a Russian prison, Russian officials said. Russia denied any role. "
    events = code(cameo_coder, story + "Britain on Monday imposed sanctions on six heads of the prison where Navalny died.", dt.date(2024, 2, 19))
    assert any(e.source == "GBR" and e.target == "RUS" and e.action_root == "16" for e in events)
    # no story country: no guess
    events = code(cameo_coder, "Britain on Monday imposed sanctions on six heads of the prison.", dt.date(2024, 2, 19))
    assert not any(e.source == "GBR" for e in events)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # one's own envoy "to X": the act is on X
        ("Algeria said on Tuesday it was withdrawing its ambassador to France.", "DZA FRAGOV 161", None),
        # "its" that cannot be the actor's own: the other country named before; expelling an envoy cuts relations
        ("Washington has cut aid to South Africa and expelled its ambassador.", "USAGOV ZAFGOV 161", "USAGOV ZAFGOV 174"),
        ("Germany expelled two Russian diplomats on Monday.", "DEU RUSGOV 161", "DEU RUSGOV 174"),
    ],
)
def test_the_envoy_s_country_is_the_target_of_a_diplomatic_act(cameo_coder: Coder, text: str, expected: str, absent: str | None) -> None:
    got = triples(code(cameo_coder, text, dt.date(2024, 7, 30)))
    assert expected in got and absent not in got


def test_an_envoy_of_no_other_country_is_no_target(cameo_coder: Coder) -> None:
    assert not any(t.endswith(" 161") for t in triples(code(cameo_coder, "Canada expelled its ambassador.", dt.date(2024, 7, 30))))


@pytest.mark.parametrize(
    "text,expected",
    [
        # aid named by a noun with its donors in a "from" list, on a verb of arrival that took place
        ("Rescue teams and aid from Egypt, Turkey and the United Arab Emirates began arriving in eastern Libya on Wednesday.", {"EGY LBY 07", "TUR LBY 07", "ARE LBY 07"}),
        ("Humanitarian aid from Jordan arrived in Sudan.", {"JOR SDN 07"}),
        # not what is expected to arrive, nor what is no aid
        ("Aid from Jordan is expected to arrive in Sudan.", set()),
        ("Weapons from Iran reached Yemen.", set()),
    ],
)
def test_aid_from_a_list_of_donors_that_arrived(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    got = {f"{e.source_country} {e.target_country} {e.action[:2]}" for e in code(cameo_coder, text, dt.date(2023, 9, 13)) if e.action_root == "07"}
    assert got == expected


def test_talks_on_joining_a_body_are_with_that_body(cameo_coder: Coder) -> None:
    # "the government suspended talks on joining the European Union": the target is the body to be joined
    events = code(cameo_coder, "Georgia's government suspended talks on joining the European Union.", dt.date(2024, 11, 28))
    assert any(e.source == "GEOGOV" and e.target.startswith("IGOEU") and e.action_root == "16" for e in events)
    # a topic that is no joining names no target
    events = code(cameo_coder, "Georgia's government suspended talks on reforming the European Union.", dt.date(2024, 11, 28))
    assert not any(e.source == "GEOGOV" and e.action_root == "16" for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a crowd no one names is the civilians of the place its clause names, with no story country
        ("Tens of thousands rallied in Edoras on Sunday.", {"ROHCVL ROH 141"}),
        ("Hundreds of people demonstrated in Minas Tirith against Mordor.", {"GONCVL MOR 141"}),
        ("Rebels attacked dozens of people at a market in Pelargir.", {"GONREB GONCVL 190"}),
        # a rebel alone is one person no one names; a rally in support of someone is against no one
        ("A rebel attacked dozens of people at a market in Pelargir.", set()),
        ("Thousands of people rallied in Annuminas in support of Gondor.", set()),
        ("Thousands of people rallied in Annuminas to celebrate the treaty.", set()),
        # no place in the clause: no guess
        ("Tens of thousands rallied on Sunday.", set()),
        # the place of the clause a participle hangs on
        ("Rebels stormed a market in Pelargir, attacking dozens of people.", {"GONREB GONCVL 190"}),
        # a crowd a state's own agencies act on is their country's civilians (not an army's: armies act abroad)
        ("Mordorian police arrested dozens of people.", {"MORCOP MORCVL 173"}),
        ("Mordorian troops arrested dozens of people.", set()),
    ],
)
def test_a_crowd_no_one_names_is_of_the_place_of_its_clause(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an act named by a noun as a verb's subject, its doer and its object named on it
        ("The arrest of the Gondorian president by Mordorian police sparked protests.", {"MORCOP GONGOV 173"}),
        ("Arnor's condemnation of the Gondorian decision came within hours.", {"ARN GON 111"}),
        # not a planned act, nor one the verb does not report as done
        ("A planned arrest of the Gondorian president by Mordorian police sparked protests.", set()),
        ("Arnor's condemnation of the Gondorian decision may come within hours.", set()),
    ],
)
def test_an_act_named_by_a_noun_with_its_parties(coder: Coder, text: str, expected: set[str]) -> None:
    assert triples(code(coder, text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a passive whose pattern words stand in the passive subject, or whose doer hangs on the "with" noun
        ("The Israeli ambassador was expelled by Bolivia.", "BOL ISRGOV 161"),
        ("Sanctions against Iran were tightened by the European Union.", "IGOEUREEC IRN 163"),
        ("Russia was hit with new sanctions by the European Union.", "IGOEUREEC RUS 163"),
        # an expulsion by no one named from a country is that country's
        ("A French journalist was expelled from Burkina Faso.", "BFA FRAMED 174"),
        # protests that break out in a place, by no one named, against no one named: the place's civilians, on it
        ("Anti-government protests erupted in Bangladesh over job quotas.", "BGDCVL BGD 141"),
    ],
)
def test_passives_whose_pattern_goes_on_and_acts_by_no_one_named(cameo_coder: Coder, text: str, expected: str) -> None:
    assert triples(code(cameo_coder, text, dt.date(2024, 5, 1))) == {expected}


def test_a_run_codes_the_crowds_explain_codes(cameo_coder: Coder) -> None:
    # the pre-filter keeps one named actor with a crowd or a protest word: a run codes what explain (no pre-filter) does
    day = dt.date(2024, 5, 1)
    for text in ("Tens of thousands marched in Paris against the pension reform.", "Hundreds of Kenyans demonstrated against a proposed tax increase."):
        assert cameo_coder.is_candidate(Sentence("t", 0, text, 0, len(text)))[0], text
        events = triples(code(cameo_coder, text, day))
        assert events and all(" 14" in e for e in events), (text, events)
    # a lone role noun is still no candidate without a story country
    text = "Protesters rallied on Monday."
    assert not cameo_coder.is_candidate(Sentence("t", 0, text, 0, len(text)))[0]


# A story about one country (its name, cities and people named often enough): who no one names is of that country.
PERU_STORY = "Unrest spread across Peru on Sunday as Peruvian farmers blocked highways near Cusco and Arequipa. "


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # cities name their country: the place rule and the story's country both read them
        ("Police arrested dozens of protesters in Almaty.", {"KAZCOP KAZCVL 173"}),
        ("Crowds stormed the mayor's office in Almaty.", {"KAZCVL KAZGOV 145"}),
        ("Police detained 20 people in Porto Alegre.", {"BRACOP BRACVL 173"}),
        # a man, a woman, a suspect no one names are the story country's civilians
        (PERU_STORY + "Police arrested the suspect at the scene.", {"PERCOP PERCVL 173"}),
        (PERU_STORY + "Police arrested a 41-year-old man, a local driver, on Monday.", {"PERCOP PERCVL 173"}),
        (PERU_STORY + "Two men were detained by police on Friday.", {"PERCOP PERCVL 173"}),
        (PERU_STORY + "The suspects were arrested in a raid.", {"PER PERCVL 173"}),
        ("Police arrested the suspect at the scene.", set()),  # no story country: no one's
        # a curfew in a place no dictionary names is in the story's country (not "a tax on imports": no place)
        (PERU_STORY + "The provincial government imposed a curfew in several districts.", {"PERGOV PER 1723"}),
        (PERU_STORY + "Authorities declared a curfew in the affected provinces on Monday.", {"PERGOV PER 1723"}),
        (PERU_STORY + "The government imposed a new tax on imports.", set()),
    ],
)
def test_the_unnamed_of_a_one_country_story(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    # the story's own first sentence codes a blockade (144): only the last sentence's acts are asked about
    assert {t for t in triples(code(cameo_coder, text)) if not t.endswith(" 144")} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # "X-based": where a group sits is not whose it is
        ("A London-based monitor accused Syrian troops of killing civilians.", set()),
        ("The Paris-based watchdog criticized Iran.", set()),
        ("Amnesty International criticized Iran. The London-based group urged Tehran to release the activists.", {"NGOAMN IRN 111", "NGOAMN IRNGOV 0253"}),
        # a pronoun reporting what a role noun no one names said is that role noun, not the last actor named (a protest
        # to come is a threat of dissent on the students' own government: docs/engine_policies.md, "Dissent to come")
        ("Indonesian President Prabowo Subianto cancelled a trip to China. Indonesian police detained protesters in Jakarta. "
         "Student groups said they would keep protesting.", {"IDNEDU IDNGOV 133"}),
        ("China warned Taiwan. Student groups said they would keep protesting.", set()),  # no story country: no one's
    ],
)
def test_who_a_group_is(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.split()[2][:2] in ("11", "02", "13", "14")} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # the half of a divided country both of whose halves were named
        ("North Korea sent balloons into South Korea. South Korea suspended a military pact with the North.", {"KOR PRK 160"}),
        ("North Korea sent balloons into South Korea. Seoul condemned the North's provocations.", {"KORGOV PRK 111"}),
        ("South Africa criticized Kenya. Farmers in the South suspended talks with the government.", set()),  # not a half
        # a description of the one country named before in its region or kind
        ("Russia threatened Lithuania over the transit ban. Moscow said the Baltic state had violated the agreement.", {"RUSGOV LTU 112"}),
        ("The Maldives asked India to withdraw its troops. China praised the island nation.", {"CHN MDV 051"}),
        ("China held drills around Taiwan. Beijing condemned the island.", {"CHNGOV TWN 111"}),
        ("Russia criticized Lithuania. Moscow condemned the Gulf state.", set()),  # no Gulf state named
    ],
)
def test_a_description_of_a_country_named_before(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.split()[2][:2] in ("05", "11", "16")} - triples(code(cameo_coder, text.split(". ")[0] + ".")) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # unions: a role only in the plural ("the union" is as often the European Union); a federation of labour
        ("Strikes spread across France. French police detained protesters in Paris and Lyon. The unions declared a general strike against the government.", {"FRALAB FRAGOV 143"}),
        ("French unions declared a general strike against the government.", {"FRALAB FRAGOV 143"}),
        ("Israeli police clashed with protesters in Tel Aviv. Israel's parliament passed the law. "
         "The Histadrut labour federation declared a general strike against the government.", {"ISRLAB ISRGOV 143"}),
        ("The European Union criticized Russia. The union also condemned Iran.", set()),
    ],
)
def test_labour_unions(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.split()[2] == "143" or t.split()[2][:2] == "11"} - {"IGOEUREEC RUS 111"} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # condolences from abroad with no one named go to the country the story is about, as aid does
        ("Former Japanese Prime Minister Shinzo Abe was shot dead in Nara. Japanese police arrested a man in Nara. "
         "China's foreign ministry expressed condolences.", {"CHNGOV JPN 018"}),
        ("Floods killed 200 people across Libya. Libyan authorities said Benghazi was hit. Turkey offered its condolences.", {"TUR LBY 018"}),
        ("Floods killed 200 people across Libya. Egypt expressed condolences to Greece.", {"EGY GRC 018"}),  # named: to whom
        ("Turkey offered its condolences.", set()),  # no story country: to no one
    ],
)
def test_condolences_to_the_story_country(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.endswith(" 018")} == expected


@pytest.mark.model
def test_officers_are_police(cameo_coder: Coder) -> None:
    assert triples(code(cameo_coder, "Seven officers were detained in Jakarta pending an investigation.")) == {"IDN IDNCOP 173"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # an organization named in full is later "the" + the last word of its name, capitalized
        ("Morocco criticized the Polisario Front on Monday. The Front accused Morocco of violating the ceasefire.", {"ESHREBPOL MAR 1123"}),
        ("The International Criminal Court issued a warrant for Putin. The Court also accused Russia of deporting children.", {"IGOICC RUS 112"}),
        ("Russia's Supreme Court banned the group. The court also accused Navalny of extremism.", {"RUSJUD RUSOPP 112"}),  # not capitalized: a court
    ],
)
def test_an_organization_by_the_last_word_of_its_name(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.split()[2][:2] in ("01", "11")} - {"MAR ESHREBPOL 111"} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        # a reaction at home to an attack no act coded before names the doer of: the story country's own people
        ("A man shot at Vice President Cristina Fernandez de Kirchner in Buenos Aires. Argentine police arrested a man. "
         "Opposition leaders condemned the attack.", {"ARGOPP ARGCVL 111"}),
        ("Former Japanese Prime Minister Shinzo Abe was shot dead in Nara. Japanese police arrested a man in Nara. "
         "Prime Minister Fumio Kishida condemned the attack as barbaric.", {"JPNGOV JPNCVL 111"}),
        ("Russian missiles struck Kyiv. Zelensky condemned the attack.", {"UKRGOV RUSMIL 111"}),  # the doer told before
        ("Opposition leaders condemned the attack.", set()),  # no story country: no one's
    ],
)
def test_a_domestic_reaction_to_violence_no_one_named(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert {t for t in triples(code(cameo_coder, text)) if t.endswith(" 111")} == expected


@pytest.mark.model
def test_police_are_where_what_they_raid_stands(cameo_coder: Coder) -> None:
    # "raided the group's offices in Istanbul": the place of the owned thing, not the owner's country, places the police
    text = "Hamas leaders met in Doha. Police raided the group's offices in Istanbul."
    assert {t for t in triples(code(cameo_coder, text)) if t.endswith(" 091")} == {"TURCOP PSEREBHMS 091"}
