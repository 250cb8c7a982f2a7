"""The second act of a sentence: conjoined verbs (fifteenth session, conj15).

Each case is a short story written for these tests and what it must give. A want of three letters, three letters and two
digits ("KAZ CHN 05") is checked at the country + root level; one with a three-digit code ("!KAZ CHN 041") at the
country + three-digit level; a leading "!" says the event must not be there. The mechanism
(docs/engine_policies.md, "The second act of a sentence (fifteenth session, conj15)"):
- a verb conjoined to another that names an actor object borrows that object when it has no object of its own
  ("Mitsotakis called Erdogan and offered help"); a verb whose complement is a "for"/"on"/"upon" phrase right after it
  ("called for more investment", "called on the world") has one, so a pattern that wants a direct object (a phone call,
  "SOURCE call TARGET") takes none from the other verb;
- a bare "called for ..." conjoined after a verb with an actor object is an appeal (020) to that actor, as the golds code
  it ("Tokayev praised China as a reliable partner and called for more Chinese investment": KAZ -> CHN 0211);
- a wrong aim told in a clause conjoined to the reported one, sharing its subject ("Sandu said Putin was addicted to
  power and was trying to break Moldova"), is the speaker's accusation of that subject (112), as the say15 aims are.
STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, tuple[str, ...]]] = [
    # "called for" conjoined after a verb with an actor object is an appeal to that actor, no phone call to it
    ("Kazakhstan's president praised China as a reliable partner and called for more Chinese investment in the region.",
     ("KAZ CHN 05", "KAZ CHN 02", "!KAZ CHN 041")),
    ("The Indian foreign minister thanked Japan for its support and called for closer ties between the two democracies.",
     ("IND JPN 05", "IND JPN 02", "!IND JPN 041")),
    ("German Chancellor Olaf Scholz praised Poland as a close ally and called for more cooperation on defence.",
     ("DEU POL 05", "DEU POL 02")),
    ("Kenyan President William Ruto congratulated Tanzania's new president and called for a peaceful transition.",
     ("KEN TZA 05", "KEN TZA 02")),
    ("Brazil's president welcomed the Argentine delegation on Monday and called for a new trade deal.",
     ("BRA ARG 02", "!BRA ARG 041")),
    # ... "called on" someone else is no call to the first verb's object either
    ("Egypt's foreign minister condemned Israel and then called on all sides to show restraint.",
     ("EGY ISR 11", "!EGY ISR 041")),
    ("Speaking in Ankara, Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani and called on the Kurdish militants to lay down their arms.",
     ("TUR IRQ 04", "!TUR IRQ 041")),
    # ... but a verb with no complement of its own still shares the other verb's object
    ("Greek Prime Minister Kyriakos Mitsotakis called Turkish President Tayyip Erdogan and offered help after the earthquake.",
     ("GRC TUR 04", "GRC TUR 03")),
    ("The United States condemned and sanctioned Iran's Revolutionary Guards on Tuesday.",
     ("USA IRN 11", "USA IRN 16")),
    ("Russian forces attacked and seized a Ukrainian village near Kharkiv.",
     ("RUS UKR 19",)),
    # a wrong aim in a reported clause conjoined to the first, sharing its subject: the speaker accuses that subject
    ("Moldovan President Maia Sandu said Putin was addicted to power and was trying to break Moldova.",
     ("MDA RUS 11",)),
    ("Zelenskiy said Russia had lost the war and was now trying to destabilise Moldova.",
     ("UKR RUS 11",)),
    ("Taiwan's president said China had no respect for democracy and wanted to isolate Taiwan.",
     ("TWN CHN 11",)),
    ("Estonia's prime minister said the Kremlin feared the West and was seeking to intimidate the Baltic states.",
     ("EST RUS 11",)),
    ("Armenia said Azerbaijan had violated the ceasefire and was trying to provoke Armenia.",
     ("ARM AZE 11",)),
    # ... not a good aim, not a negated one, and a second clause with its own subject accuses its own subject
    ("Turkey said Russia had won the battle and was trying to rebuild the bridge.",
     ("!TUR RUS 11",)),
    ("Sandu said Putin was addicted to power but was not trying to break Moldova.",
     ("!MDA RUS 11",)),
    ("Poland said Belarus had lost control and Russia was trying to undermine Poland.",
     ("POL RUS 11", "!POL BLR 11")),
    # a "called for" with no verb before it keeps the phrases' own reading (no target, no event)
    ("Poland called for more cooperation on defence.",
     ("!POL POL 02",)),
]

STILL_MISSED: set[str] = set()


def _check(events: set[tuple[str, str, str]], want: str) -> bool:
    neg = want.startswith("!")
    src, tgt, code = want.lstrip("!").split()
    there = any(s[:3] == src and t[:3] == tgt and a.startswith(code) for s, t, a in events)
    return there != neg


@pytest.mark.parametrize(
    ("text", "wants"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_second_act(cameo_coder: Coder, text: str, wants: tuple[str, ...]) -> None:
    events = {(e.source, e.target, e.action) for e in cameo_coder.code_article(Article("t", text, DAY)).events}
    failed = [w for w in wants if not _check(events, w)]
    assert not failed, f"{text!r}: failed {failed}, got {sorted(events)}"
