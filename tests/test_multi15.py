"""One symmetric act among three or more parties (fifteenth session, multi15).

A signing, a meeting, a summit or talks told of three or more countries in one sentence is coded from the party named
set apart ("X and the leaders of A, B and C"), else the host ("A, B and C met in Cairo"), else the first of the list, to
each of the others, once;
an act "with" two or more others ("Israel signed agreements with the UAE and Bahrain") from the subject to each, once.
Two-party acts stay coded both ways. Each case is a story written for these tests and what it must (and must not)
give at the country + root level ("CHN KAZ 05" there, "!KAZ KGZ 05" not). STILL_MISSED: strict xfail.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import triples

DAY = dt.date(2025, 6, 17)

CASES: list[tuple[str, tuple[str, ...]]] = [
    # a hub set apart, six parties
    ("Chinese President Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a treaty of friendship on Tuesday.",
     ("CHN KAZ 05", "CHN UZB 05", "CHN TJK 05", "!KAZ KGZ 05", "!UZB TJK 05", "!KAZ CHN 05")),
    ("Indian Prime Minister Narendra Modi and the leaders of Bangladesh, Nepal, Sri Lanka and Bhutan met in New Delhi on Sunday.",
     ("IND BGD 04", "IND NPL 04", "IND BTN 04", "!BGD NPL 04", "!NPL LKA 04")),
    ("Japan and the foreign ministers of South Korea, Australia and the Philippines held talks on maritime security in Manila.",
     ("JPN KOR 04", "JPN AUS 04", "JPN PHL 04", "!KOR AUS 04", "!AUS PHL 04")),
    ("French President Emmanuel Macron and the leaders of Germany, Italy and Spain met in Madrid on Friday.",
     ("FRA DEU 04", "FRA ITA 04", "FRA ESP 04", "!ESP DEU 04", "!DEU ITA 04", "!ITA FRA 04")),
    # no hub set apart, a host among the parties: from the host
    ("The leaders of France, Germany and Italy held a summit in Rome on Friday.",
     ("ITA FRA 04", "ITA DEU 04", "!FRA DEU 04", "!DEU FRA 04", "!FRA ITA 04")),
    ("Egypt, Jordan and Iraq signed an agreement on electricity trade in Baghdad on Sunday.",
     ("IRQ EGY 05", "IRQ JOR 05", "!EGY JOR 05", "!JOR EGY 05", "!EGY IRQ 05")),
    ("The foreign ministers of Brazil, Argentina, Uruguay and Paraguay met in Montevideo on Friday.",
     ("URY BRA 04", "URY ARG 04", "URY PRY 04", "!BRA ARG 04", "!ARG PRY 04")),
    # no hub set apart and no host: from the first of the list
    ("Greece, Cyprus and Israel held talks on an undersea power cable on Monday.",
     ("GRC CYP 04", "GRC ISR 04", "!CYP ISR 04", "!ISR CYP 04")),
    ("Vietnam, Laos and Cambodia signed a pact on border security.",
     ("VNM LAO 05", "VNM KHM 05", "!LAO KHM 05", "!KHM LAO 05")),
    # an act with two or more others: from the subject to each, once
    ("Israel signed agreements with the United Arab Emirates and Bahrain at the White House on Tuesday.",
     ("ISR ARE 05", "ISR BHR 05", "!ARE ISR 05", "!BHR ISR 05", "!ARE BHR 05")),
    ("Russian President Vladimir Putin met with the leaders of Armenia, Azerbaijan and Georgia in Moscow.",
     ("RUS ARM 04", "RUS AZE 04", "RUS GEO 04", "!ARM AZE 04", "!AZE ARM 04")),
    # two parties stay coded both ways
    ("Egypt and Jordan signed an agreement on electricity trade on Sunday.",
     ("EGY JOR 05", "JOR EGY 05")),
    ("Indian Prime Minister Narendra Modi and Japanese Prime Minister Shigeru Ishiba met in Tokyo on Friday.",
     ("IND JPN 04", "JPN IND 04")),
    ("Greece and Turkey held talks on the Aegean in Ankara.",
     ("GRC TUR 04", "TUR GRC 04")),
]

STILL_MISSED: set[str] = set()


@pytest.mark.parametrize(
    "text, wants",
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_many_parties(cameo_coder, text: str, wants: tuple[str, ...]) -> None:
    from _stories import passes

    got = triples(cameo_coder, text, DAY)
    failed = [w for w in wants if not passes(got, w)]
    assert not failed, f"{failed} in {sorted(got)}"
