"""Changes of power at home (fifteenth session, elect15): office given up ("resigned", "handed in his resignation",
"stepped down", a sitting leader out of the race for re-election), defeats conceded by a government (power given up,
080) and by an opposition (the winner acknowledged, 054), and election results refused ("refused to accept the
result", "would not accept the outcome", "rejected the results"). The one who gives up office is read from the
sentence's title when the dictionary's role has already moved on ("Prime Minister K.P. Sharma Oli resigned", told the
day after). The stories are written for these tests, several phrasings (verbs, countries, pronouns, nouns for names,
quotes) for each case; the real model and codebook, end to end (docs/engine_policies.md "Office given up"). Cases still
missed are strict xfails.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

CASES = [
    # office given up: the verb, a title whose holder the dictionary already moved on, a noun, a pronoun
    ("Protests spread across Nepal. Prime Minister K.P. Sharma Oli resigned on Tuesday as the unrest spread.", "2025-09-12", "NPL NPL 08"),
    ("Protests swept Bangladesh. Prime Minister Sheikh Hasina resigned and fled to India in the face of mass protests.", "2024-08-08", "BGD BGD 08"),
    ("Haiti's transitional council took power after Prime Minister Ariel Henry formally handed in his resignation.", "2024-04-25", "HTI HTI 08"),
    ("Peru's president Dina Boluarte submitted her resignation to Congress on Friday.", "2024-06-15", "PER PER 08"),
    ("The Japanese prime minister tendered his resignation on Monday.", "2024-06-15", "JPN JPN 08"),
    ("Mongolian Prime Minister Oyun-Erdene Luvsannamsrai stepped down after losing a confidence vote in parliament.", "2025-06-04", "MNG MNG 08"),
    ("Slovak Prime Minister Robert Fico faced weeks of street protests. He stepped down on Friday.", "2024-06-15", "SVK SVK 08"),
    ('"I have decided to step aside," the Kenyan interior minister said. The minister stepped aside on Monday.', "2024-06-15", "KEN KEN 08"),
    # a sitting leader out of the race for the office he holds
    ("President Joe Biden abandoned his bid for re-election on Sunday.", "2024-07-21", "USA USA 08"),
    ("Kenyan President William Ruto dropped out of the presidential race on Monday.", "2024-06-15", "KEN KEN 08"),
    ("Senegalese President Macky Sall ended his bid for a third term.", "2023-07-04", "SEN SEN 08"),
    # defeats conceded: by a government that lost (080), by an opposition (054)
    ("Botswana voted on Wednesday. Botswana's President Mokgweetsi Masisi conceded defeat on Friday.", "2024-11-01", "BWA BWA 08"),
    ("The Maldives held a presidential run-off. Maldivian President Ibrahim Mohamed Solih conceded defeat late on Saturday.", "2023-10-01", "MDV MDV 08"),
    ("Poland held a presidential run-off. Polish presidential candidate Rafal Trzaskowski, of the ruling coalition, conceded defeat and congratulated his rival.", "2025-06-02", "POL POL 05"),
    ("Ghana held a presidential election. Ghana's vice president Mahamudu Bawumia accepted defeat on Sunday.", "2024-12-08", "GHA GHA 08"),
    ("Mexico held an election on Sunday. Xochitl Galvez, the opposition candidate, conceded defeat.", "2024-06-03", "MEX MEX 05"),
    ("Canada voted on Monday. Mark Carney's Liberals won the election. Conservative leader Pierre Poilievre conceded defeat.", "2025-04-29", "CAN CAN 05"),
    # a result refused: on the government of the country that held the vote
    ("Namibia held a presidential election. Namibian opposition leader Panduleni Itula said his party would not accept the result.", "2024-12-05", "NAM NAM 12"),
    ("Mozambique held a general election. Mozambique's opposition candidate Venancio Mondlane refused to accept the results.", "2024-10-25", "MOZ MOZ 12"),
    ("Venezuela held a presidential election on Sunday. Venezuela's opposition rejected the official results.", "2024-07-30", "VEN VEN 12"),
    ("The United States rejected the results of Venezuela's presidential election.", "2024-07-30", "USA VEN 12"),
    ('Georgia held a parliamentary election. "We will not recognise the outcome," Georgia\'s opposition coalition said.', "2024-10-28", "GEO GEO 12"),
    # negatives: no office or no state (a coach, a country, a candidate), a future or a clause of no vote, a result
    # accepted
    ("Chelsea's manager stepped down on Tuesday.", "2024-06-15", "!08"),
    ("Kenyan opposition candidate Kalonzo Musyoka dropped out of the presidential race.", "2024-06-15", "!08"),
    ("Kenyan President William Ruto abandoned his plan to raise taxes.", "2024-06-15", "!08"),
    ("The Nigerian army ended its campaign in the north.", "2024-06-15", "!08"),
    ("Ghana held a presidential election. Ghana's ruling party said it would accept the results.", "2024-12-08", "!12"),
    ("The Ghanaian football federation refused to accept the result of the match.", "2024-06-15", "!12"),
    ("Kenya's army said the rebels conceded defeat after the battle.", "2024-06-15", "!08"),
    # a resignation to come or long past is no event (the seed-convention golds code none)
    ("Sri Lankan President Gotabaya Rajapaksa will resign on Wednesday, the speaker of parliament said.", "2022-07-10", "!08"),
    ("Dutch Prime Minister Dick Schoof said he would hand in his cabinet's resignation.", "2025-06-03", "!08"),
    ("Japanese Prime Minister Shigeru Ishiba told a news conference he was stepping aside to avoid a split in the party.", "2025-09-07", "!08"),
    ("Shinzo Abe, Japan's longest-serving prime minister, stepped down in 2020 citing ill health.", "2022-07-08", "!08"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "want"),
    [pytest.param(t, d, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, d, w) for t, d, w in CASES],
)
def test_power_changes(cameo_coder, text: str, day: str, want: str) -> None:
    got = triples(cameo_coder, text, dt.date.fromisoformat(day))
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
