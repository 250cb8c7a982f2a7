"""False positives removed at their mechanism (fourteenth session, precision).

Each case is a short story and what it must give at the country + root level: "IND CHN 04" (an Indian source, a
Chinese target, an event of root 04), "!04" (no event of root 04 at all), or "!BHR SAU 05" (no event of root 05
between those two). A leader who speaks or talks to his own supporters or followers makes a speech to an
audience, not a consultation with them; joining another "in" an act said by a verb is that act, not cooperation with
the one joined; a body's summit hosted is no guest hosted; "take part in" is to participate, not to take ground.
Talks, guests, ties and ground taken still code (docs/engine_policies.md, "False positives removed at their mechanism (fourteenth session, fp14)").
STILL_WRONG are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # a speech to one's own supporters is no consultation with them
    ("Speaking to supporters outside the court, Malaysian opposition leader Muhyiddin Yassin said the charges were a political vendetta.", "!04"),
    ("Former U.S. President Donald Trump spoke to his supporters at a rally in Ohio on Saturday.", "!04"),
    ("Pakistan's jailed former prime minister Imran Khan talked to his followers in a video message.", "!04"),
    ("Talking to loyalists in Caracas, Venezuelan President Nicolas Maduro said the opposition had lost.", "!04"),
    ("Brazil's former president Jair Bolsonaro spoke to thousands of his backers in Sao Paulo on Sunday.", "!04"),
    # talks between two parties still code
    ("Indian Prime Minister Narendra Modi spoke with Chinese President Xi Jinping on Monday.", "IND CHN 04"),
    ("Turkish President Tayyip Erdogan talked to Russian President Vladimir Putin by phone on Friday.", "TUR RUS 04"),
    ("Speaking to his French counterpart, the German foreign minister said Berlin would send more aid.", "DEU FRA 04"),
    ("Ukraine's foreign minister spoke to Polish officials about the grain dispute.", "UKR POL 04"),
    # taking part in another's act ("joined X in cutting ties with Y") is that act, not cooperation with X
    ("Bahrain and Qatar agreed to restore diplomatic relations, ending a rift that began when Manama joined Saudi Arabia and Egypt in cutting ties with Doha.", "!BHR SAU 05"),
    ("Canada joined Britain in expelling Russian diplomats on Tuesday.", "!CAN GBR 05"),
    ("Japan has joined the United States in imposing new sanctions on Russia.", "!JPN USA 05"),
    ("Poland joined Lithuania and Latvia in closing its border crossings with Belarus.", "!POL LTU 05"),
    ("Australia joined the European Union in condemning the coup in Niger.", "!AUS IGO 05"),
    # a restored tie and a partner joined in a body still code
    ("Bahrain and Qatar agreed on Wednesday to restore diplomatic relations.", "BHR QAT 05"),
    ("Germany joined France in the coalition against the Islamic State.", "DEU FRA 05"),
    # a body's gathering hosted is no hosting of the body
    ("Azerbaijan, which will host the U.N. climate summit next year, has jailed dozens of journalists.", "!04"),
    ("Zelenskiy said he would take part online in the G7 summit that Kishida will host in Hiroshima in May.", "!JPN IGO 04"),
    ("Lithuania hosted the NATO summit in Vilnius in July.", "!04"),
    ("Brazil will host the G20 summit in Rio de Janeiro in November.", "!03"),
    ("South Africa hosted the BRICS summit in Johannesburg.", "!04"),
    # guests hosted still code
    ("Russian President Vladimir Putin hosted Chinese President Xi Jinping for a second day of talks.", "RUS CHN 04"),
    ("Egypt hosted a delegation from Hamas in Cairo on Monday.", "EGY PSE 04"),
    # "take part in" is to participate, not to take ground
    ("Police estimated that 42,000 people took part in the rally in Wellington.", "!19"),
    ("Zelenskiy said he would take part online in the G7 summit in Hiroshima.", "!13"),
    ("Hungarian troops will take part in NATO exercises in Poland next month.", "!13"),
    ("Thousands of Serbian students took part in a march on Belgrade.", "!19"),
    # ground taken still codes
    ("Russian forces took part of the town of Avdiivka in Ukraine.", "RUS UKR 19"),
    ("Mali's army seized the rebel stronghold of Kidal in November.", "MLI MLI 19"),
]

STILL_WRONG: dict[str, str] = {}




@pytest.mark.parametrize("text,want", [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason=STILL_WRONG[t])) if t in STILL_WRONG else (t, w) for t, w in CASES])
def test_fp14_case(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
