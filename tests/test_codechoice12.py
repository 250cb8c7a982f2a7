"""The right pair, the wrong code (twelfth session, code12): confusions of the code between two parties the coder did
find, fixed as families of news phrasings, not single sentences.

Each case is a short story and what it must give at the country + root level, one or more wants joined by ";":
"PNG PNG 17" (that event), "!16" (no event of root 16 at all). Families:
- a generic cut in relations (160) that a state's organ does to its own officials, party or ruling, or to a news
  outlet, is an administrative sanction (172, 1721); a bloc suspending a member, trade cut, or an accord ended with
  armed groups stay cuts in relations.
STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # suspensions at home or of the press: 17, not 16
    ("Kabila's party was suspended by the Congolese authorities in April.", "COD COD 17; !16"),
    ("Riots broke out in Port Moresby on Wednesday. Prime Minister James Marape said he had suspended the police commissioner.", "PNG PNG 17; !16"),
    ("Nigeria's President Bola Tinubu suspended Rivers state governor Siminalayi Fubara.", "NGA NGA 17; !16"),
    ("An Argentine court suspended the labour chapter of President Javier Milei's decree.", "ARG ARG 17; !16"),
    ("A Brazilian Supreme Court justice suspended Brasilia's governor from office.", "BRA BRA 17; !16"),
    ("Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra from duty.", "THA THA 17; !16"),
    ("Burkina Faso's communications council suspended the BBC for two weeks.", "BFA GBR 17; !16"),
    ("Russia suspended the German broadcaster Deutsche Welle.", "RUS DEU 17; !16"),
    # ... while cuts between states, and an accord ended with armed groups, stay cuts in relations
    ("The African Union suspended Niger after the coup.", "IGO NER 16"),
    ("Turkey suspended all trade with Israel.", "TUR ISR 16; !17"),
    ("Mali's junta said it was ending the 2015 peace agreement with separatist armed groups in the north.", "!17"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_code_choice(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert all(passes(got, w.strip()) for w in want.split(";")), f"{text!r}: want {want}, got {sorted(got)}"
