"""Pronouns that open a subordinate clause (fourteenth session, pron14).

Each case is a short story and what it must give at the country + root level: "USA RUS 13" (a US source, a Russian
target, root 13), "!USA UKR 13" (not that event), "!TUR" as a pair prefix ("!TUR TUR": no event of that pair). The
mechanism (docs/engine_policies.md, "A subject pronoun of a subordinate clause"):
- the subject pronoun of an adverbial, reported or conjoined clause stands for the subject of the first verb up the
  clause chain whose subject fits it in number and kind ("Police detained a reporter as she returned from Istanbul,
  a day after they arrested ...": the police, not the place just named);
- under a participle ("saying", "adding") of a verb whose subject does not fit, the verb's object that fits ("Biden
  warned Russia against an invasion of Ukraine, saying it would face sanctions": Russia, not Ukraine);
- not when the verb an adverbial clause hangs on struck or named a party of another country that fits the pronoun too
  ("Israel struck Hezbollah after it fired rockets": the ordinary antecedent, as before).
STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # a participle clause after a verb whose subject does not fit the pronoun: the object that fits
    ("Biden warned Russia against a further invasion of Ukraine, saying it would face severe sanctions.", "USA RUS 13"),
    ("Biden warned Russia against a further invasion of Ukraine, saying it would face severe sanctions.", "!USA UKR 13"),
    ("Macron warned Iran over its nuclear programme in talks with Iraq, saying it would face new sanctions.", "FRA IRN 13"),
    ("Macron warned Iran over its nuclear programme in talks with Iraq, saying it would face new sanctions.", "!FRA IRQ 13"),
    ("The Taliban administration blamed Pakistani forces for starting the clash, saying they had fired on Afghan guards.", "PAK AFG 19"),
    ("The Taliban administration blamed Pakistani forces for starting the clash, saying they had fired on Afghan guards.", "!AFG AFG 19"),
    ("Erdogan criticised Greece over the dispute with Cyprus, saying it had violated Turkish airspace.", "!TUR CYP"),
    # the subject of an adverbial clause: the main clause's subject, not a place named in between
    ("A court in Azerbaijan jailed a journalist on Wednesday. Police detained an editor at the airport as she returned from Istanbul, a day after they arrested two opposition activists.", "AZE AZE 17"),
    ("A court in Azerbaijan jailed a journalist on Wednesday. Police detained an editor at the airport as she returned from Istanbul, a day after they arrested two opposition activists.", "!TUR TUR"),
    ("Kenya is holding elections in August. Police arrested a reporter in Nairobi as he came back from Uganda, hours after they detained three opposition leaders.", "KEN KEN 17"),
    ("Kenya is holding elections in August. Police arrested a reporter in Nairobi as he came back from Uganda, hours after they detained three opposition leaders.", "!UGA UGA"),
    # a second reported clause: its speaker, not the party of the first one
    ("Israel said on Monday that the proposal Hamas accepted fell far short of its demands, but that it would still send negotiators to Cairo.", "ISR EGY 03"),
    ("Israel said on Monday that the proposal Hamas accepted fell far short of its demands, but that it would still send negotiators to Cairo.", "!PSE EGY"),
    # not when the one the main verb struck fits too: the ordinary antecedent
    ("Israel struck Hezbollah after it fired rockets at Haifa.", "LBN ISR 19"),
    ("Israel's military said it had struck Hezbollah targets in Lebanon after it fired rockets at Haifa.", "!ISR ISR 19"),
    ("Russia struck Ukraine after it attacked a Russian airfield.", "UKR RUS 19"),
    # a subject that fits is the pronoun's, as before
    ("Russia warned Ukraine against the offensive, saying it would respond with force.", "!UKR UKR"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if (t, w) in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_pron14(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
