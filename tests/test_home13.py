"""Events inside one country (thirteenth session, home13): the state's police, courts and spies acting on its own
people, and its people protesting at home with no target named.

Each case is a short story and what it must give at the country + root level: "KGZ KGZ 17" (a Kyrgyz source, a Kyrgyz
target, root 17), or "!17" (no event of root 17 at all). People a state holds at home: role nouns with an "of" phrase
no dictionary places ("journalists of the outlet Temirov Live"), person nouns no dictionary knows ("five organisers of
the rally", "30 members of the banned group"), held, charged or sentenced by a state's police, courts or spies (or the
state named by its country) are of its own country; not foreign ones, not someone's ("its employees"), not in a story
about another country. Custody as courts order it (a term to serve, to be held, a warrant signed, a person caught
again) and a sentence cut (080, as a pardon). A passive that names the doer of most of its victims after a comma
("1,400 people were killed, most of them by security forces"). Protests with no target: a strike staged, extended or joined, a rally or march joined, an
election boycotted in a relative clause (docs/engine_policies.md, "Home events", thirteenth session).
"!AZE AZE 17" is no event of that pair and root, "!RUS RUS" none of that pair. STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # people a state holds at home: a role noun with an "of" phrase that names no one the dictionaries know
    ("Kyrgyzstan's security service detained 11 journalists of the independent outlet Kloop on Tuesday.", "KGZ KGZ 17"),
    ("A Russian court sentenced two reporters of the news site to five years in prison.", "RUS RUS 11"),
    ("Belarusian police arrested three activists of the banned Viasna group.", "BLR BLR 17"),
    ("Iran's intelligence ministry said it had arrested four students of Tehran's Sharif university.", "IRN IRN 17"),
    # ... and person nouns no dictionary knows, as object or as the object a pattern named no TARGET for
    ("Georgia's parliament passed the law. The State Security Service said it had detained five organisers of the protest.", "GEO GEO 17"),
    ("Egypt's prosecutors charged 30 members of the banned group with terrorism.", "EGY EGY 17"),
    ("Turkish police detained dozens of employees of the opposition-run municipality.", "TUR TUR 17"),
    ("Vietnamese police arrested a former chairman of the province's party committee.", "VNM VNM 17"),
    ("Nicaragua jailed seven priests of the Catholic diocese of Matagalpa.", "NIC NIC 17"),
    ("Mali's military government said it had arrested two generals.", "MLI MLI 17"),
    # custody as courts order it: a term to serve, to be held; a warrant signed; someone caught again
    ("Brazil's Supreme Court ordered former President Jair Bolsonaro to serve 27 years in prison.", "BRA BRA 17"),
    ("A Turkish court ordered Istanbul Mayor Ekrem Imamoglu to be held in custody pending trial.", "TUR TUR 17"),
    ("A Peruvian judge ordered former President Pedro Castillo to be detained for 18 months.", "PER PER 17"),
    ("A Guatemalan judge signed an arrest warrant for journalist Jose Ruben Zamora.", "GTM GTM 17"),
    ("Former Ecuadorean vice president Jorge Glas fled a prison in Guayaquil on Sunday. Ecuador's interior minister said police recaptured him on Monday.", "ECU ECU 17"),
    ("Former Ecuadorean vice president Jorge Glas escaped from a prison in Guayaquil, Ecuador's government said, hours before police recaptured him.", "ECU ECU 17"),
    # a sentence cut, halved or commuted eases it (080, as a pardon)
    ("Malaysia's king halved the prison sentence of former Prime Minister Najib Razak.", "MYS MYS 08"),
    ("A Thai court reduced the jail term of former Prime Minister Thaksin Shinawatra to one year.", "THA THA 08"),
    ("Myanmar's junta commuted Aung San Suu Kyi's sentence.", "MMR MMR 08"),
    # a passive that names the doer of most of its victims after a comma: the doer; the police's victims at home are
    # its civilians, and police killing them repress (175, as "police shot dead 22 people")
    ("Peru's government declared an emergency. More than 60 people were killed in the protests in Peru, most of them by police.", "PER PER 17"),
    ("Bangladesh's interim government banned the party. Up to 1,400 people were killed during the uprising, most of them by security forces.", "BGD BGD 17"),
    ("Iran's judiciary chief spoke on Monday. Hundreds of people were killed in Iran's protests in 2022, many of them by the security forces.", "IRN IRN 17"),
    # strikes staged, extended, joined (the protesters' own government, by convention)
    ("Nigerian unions rejected the minimum wage Nigeria's government offered. Labour unions staged a two-day warning strike in Lagos in September.", "NGA NGA 14"),
    ("Chilean teachers extended their strike for a third week.", "CHL CHL 14"),
    ("Thousands of South Korean doctors joined the strike on Monday.", "KOR KOR 14"),
    ("Argentina's main union federation called a 24-hour general strike against President Javier Milei's reforms.", "ARG ARG 14"),
    # rallies and marches joined
    ("Thousands of people joined a rally in Madrid on Sunday.", "ESP ESP 14"),
    ("Hundreds of Polish farmers joined the protest in Warsaw.", "POL POL 14"),
    ("Tens of thousands of Israelis joined the march in Tel Aviv to demand a hostage deal.", "ISR ISR 14"),
    # an election boycotted, told in a relative clause
    ("The verdict came days before an election that Bangladesh's main opposition party is boycotting.", "BGD BGD 14"),
    ("Turnout was low in a vote that Zimbabwe's opposition boycotted.", "ZWE ZWE 14"),
    # negatives: foreign people, someone's people, air strikes, a state's strike
    ("Iran's intelligence ministry arrested three employees of a foreign charity.", "!17"),
    ("A court in Moscow sentenced the journalist to 16 years.", "!RUS RUS"),
    ("Russia's Sputnik agency said Azerbaijani police had detained two of its employees in Baku.", "!AZE AZE 17"),
    ("Israel began air strikes on Monday.", "!14"),
    ("The Israeli government announced a strike on Hamas targets in Gaza.", "!14"),
    ("The Russian army started a new wave of strikes overnight.", "!14"),
    ("Ukraine joined the coalition.", "!14"),
    ("Ukraine's army lost Kupiansk in the spring. Ukrainian troops recaptured it on Sunday.", "!17"),
    ("Ukraine reduced its troops in the Kharkiv region.", "!08"),
    ("More than 500 people were killed in Kharkiv this year, most of them by Russia, Ukraine's government said.", "!RUS RUS"),
    ("More than 500 people were killed in Kharkiv this year, most of them by Russian drones, Ukraine's government said.", "!RUS RUS"),
    ("A Russian court ordered Ukraine's embassy to serve the documents.", "!17"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_home_event(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"


def test_a_name_read_as_a_root_of_its_own_is_the_verb_object_again() -> None:
    """The small model sometimes ends a clause at its verb and makes the long title-and-name after it a root of its own
    ("A Bangladesh labour court on Monday sentenced Nobel peace laureate Muhammad Yunus to six months in prison"):
    repair_split_object hangs the name back on the verb as its object; a verb with an object of its own keeps it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from coding.engine import repair_split_object

    words = ["The", "court", "sentenced", "Nobel", "laureate", "Yunus", "to", "prison", "."]
    heads = [1, 2, 2, 5, 5, 5, 5, 6, 2]
    deps = ["det", "nsubj", "ROOT", "compound", "compound", "ROOT", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "NOUN", "PROPN", "ADP", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "NNP", "NN", "NNP", "IN", "NN", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert repair_split_object(doc)
    assert doc[5].head.i == 2 and doc[5].dep_ == "dobj"
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
    # with an object of its own, the verb's second root stays
    words2 = ["The", "court", "jailed", "him", "Yunus", "appealed", "."]
    heads2 = [1, 2, 2, 2, 5, 5, 2]
    deps2 = ["det", "nsubj", "ROOT", "dobj", "nsubj", "ROOT", "punct"]
    pos2 = ["DET", "NOUN", "VERB", "PRON", "PROPN", "VERB", "PUNCT"]
    tags2 = ["DT", "NN", "VBD", "PRP", "NNP", "VBD", "."]
    doc2 = Doc(Vocab(), words=words2, heads=heads2, deps=deps2, pos=pos2, tags=tags2)
    assert not repair_split_object(doc2)
