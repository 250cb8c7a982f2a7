"""Root 11 recall (eleventh session, issue 4): namings whose verdict the small model reads as a modifier of the judged
act ("called the firing 'madness'") or inside a foreign phrase ("a coup d'etat"), and hostile acts reported as what
the accused did ("said the Rwandan army had attacked its peacekeepers", "said the plane had been shot down by
Russia"): the speaker accuses the doer (112). The real codebook and model; the stories are written for these tests.
"""

from __future__ import annotations

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


FIRED = "Israeli Prime Minister Benjamin Netanyahu fired Defence Minister Yoav Gallant on Tuesday. "
ANNULLED = "Romania's Constitutional Court annulled the presidential election on Friday. "

# A naming whose verdict the model reads with the judged act as its modifier, or whose verdict is a foreign phrase
NAMINGS = [
    (FIRED + "Israel's opposition leader called the firing madness.", "ISROPP ISRGOV 111"),
    (FIRED + 'Israel\'s opposition leader called the firing "madness in the middle of a war".', "ISROPP ISRGOV 111"),
    (ANNULLED + 'Romania\'s opposition leader called the ruling "a coup d\'etat".', "ROUOPP ROUJUD 112"),
    (ANNULLED + 'Romania\'s opposition leader called the ruling "a formalised coup d\'etat" and urged supporters to stay calm.', "ROUOPP ROUJUD 112"),
]


@pytest.mark.parametrize("text,expected", NAMINGS)
def test_a_naming_misread_by_the_model_judges_the_doer(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text, 1)


NAMINGS_MISSED = [
    (ANNULLED + 'Romania\'s opposition leader called the court\'s ruling a "coup d\'etat".', "ROUOPP ROUJUD 112"),
]


@pytest.mark.xfail(strict=True, reason="the model reads \"the court's ruling a\" as one phrase with the quoted verdict outside the naming")
@pytest.mark.parametrize("text,expected", NAMINGS_MISSED)
def test_a_naming_still_missed(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text, 1)


# A naming of something that is no act, or praise, stays no criticism
NOT_NAMINGS = [
    "Netanyahu met Biden in Washington. Israel's opposition leader called the meeting a success.",
    "Hungary's parliament passed the budget. Hungary's opposition leader called the budget a \"tour de force\".",
]


@pytest.mark.parametrize("text", NOT_NAMINGS)
def test_a_naming_of_no_wrong_is_no_criticism(cameo_coder: Coder, text: str) -> None:
    assert not any(c[:2] == "11" for c in roots(events_of(cameo_coder, text, 1)))


# A hostile act told as what the accused did: the speaker accuses the doer
SAID_HOSTILE = [
    ("Algeria said the Malian army had violated its airspace.", "DZA MLI 11"),
    ("South Africa's president said the Rwandan army had attacked its peacekeepers.", "ZAF RWA 11"),
    ("China said the Philippine ship had deliberately collided with its vessel.", "CHN PHL 11"),
    ("Niger's government said U.S. officials had threatened retaliation.", "NER USA 11"),
    ("Iran said Taliban forces had attacked an Iranian border post.", "IRN AFG 11"),
    ("On Sunday, Aliyev said the plane had been shot down by Russia, though unintentionally.", "AZE RUS 11"),
    ("Lithuania's foreign minister told reporters that Belarusian guards had harassed its border patrols.", "LTU BLR 11"),
]


@pytest.mark.parametrize("text,expected", SAID_HOSTILE)
def test_a_hostile_act_said_accuses_its_doer(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# ... not when negated, only possible, or a state's own forces' act told by that state
NOT_SAID_HOSTILE = [
    ("Algeria said the Malian army had not violated its airspace.", "DZA MLI 11"),
    ("Algeria said the Malian army could attack its border posts.", "DZA MLI 11"),
    ("Algeria said the Malian army would never attack its border posts.", "DZA MLI 11"),
    ("The Russian defence ministry said its forces had attacked Ukrainian positions.", "RUS RUS 11"),
    ("Algeria said the Malian army had withdrawn from the border.", "DZA MLI 11"),
]


@pytest.mark.parametrize("text,wrong", NOT_SAID_HOSTILE)
def test_no_accusation_when_nothing_hostile_was_done_by_another(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert wrong not in roots(events_of(cameo_coder, text))
