"""Verbs the codebook lacked, found by how often the development sets' silent sentences use them (twelfth session,
verbs12).

Two families: a crowd massing outside a party's seat ("supporters gathered outside Congress", "students rallied in
front of parliament": 141 on the party; armed men, police and states gathering outside a place are no crowd), and a
denial of wrongdoing at home that answers the story's accuser ("Protesters accused the prime minister of graft ... He
denied any wrongdoing": 016 on the accusers, who are no victims of the denied act even when they are civilians of the
denier's own country). Each case is a story and what it must give at country + root level ("BRA BRA 14"), or "!14" (no
event of that root). STILL_MISSED are cases that still fail (strict xfail).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # a crowd outside a party's seat
    ("Thousands of supporters of Lula gathered outside the Brazilian Congress on Sunday.", "BRA BRA 14"),
    ("Hundreds of Serbian students rallied in front of the Serbian parliament.", "SRB SRB 14"),
    ("Dozens of Iranian protesters assembled outside the British embassy in Tehran.", "IRN GBR 14"),
    ("Several hundred opposition supporters gathered outside the Georgian parliament in Tbilisi.", "GEO GEO 14"),
    ("Kenyan demonstrators massed outside the Supreme Court in Nairobi.", "KEN KEN 14"),
    ("Ukrainian activists picketed outside the Russian embassy in Kyiv.", "UKR RUS 14"),
    # no crowd: soldiers, police, states, and a gathering at a venue
    ("Russian troops massed outside Kharkiv.", "!14"),
    ("Riot police gathered outside the Serbian parliament.", "!14"),
    ("Foreign ministers of the G7 gathered in Tokyo for talks.", "!14"),
    ("Thousands of Georgians did not gather outside parliament.", "!14"),
    # a denial of wrongdoing answering an accuser at home
    ("Mongolian protesters accused Prime Minister Oyun-Erdene of corruption. Oyun-Erdene denied any wrongdoing.", "MNG MNG 01"),
    ("Opposition lawmakers accused President Marcos of abusing his power. Marcos has denied wrongdoing.", "PHL PHL 01"),
    ("Kenyan activists accused President Ruto of corruption. Ruto denied the allegations.", "KEN KEN 01"),
    ("Hungarian opposition lawmakers accused Orban of corruption. He has denied any wrongdoing.", "HUN HUN 01"),
    ("Hungarian opposition lawmakers accused Orban of corruption. Orban has denied any wrongdoing.", "HUN HUN 01"),
    ("Moldovan prosecutors charged opposition leader Ilan Shor with fraud. Shor denies wrongdoing.", "MDA MDA 01"),
    # the victims of a denied act are still no target
    ("The Kenyan police denied killing any protesters.", "!01"),
]

STILL_MISSED: set[str] = {
    # a pronoun subject of the denial: the engine finds no accuser for "He" (the named "Orban has denied" passes)
    "Hungarian opposition lawmakers accused Orban of corruption. He has denied any wrongdoing.",
}


@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_verbs12(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), got
