"""Whom a denial answers (issue 4, root 01): the accuser, not whom the denied act was done to, and, when no accusation
was coded, whoever said last what the denial rejects. The real codebook and model; the stories are written for these
tests. Cases still coded wrong are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


# A denial of an act done to someone ("denied arming the RSF") answers the accusation the story told before: its
# target is the accuser, not the group the denied act was done to.
DENIED_ACTS = [
    ("Sudan cut diplomatic ties with the United Arab Emirates, accusing it of arming the Rapid Support Forces. The UAE has repeatedly denied arming the RSF.", "ARE SDN 01"),
    ("Congo accused Rwanda of backing the M23 rebels. Rwanda denies arming the rebels.", "RWA COD 01"),
    ("Mali accused Algeria of supporting the separatist rebels in the north. Algiers denied backing the rebels.", "DZA MLI 01"),
    ("Somalia accused Ethiopia of training the militia in Puntland. Ethiopia has denied training the militia.", "ETH SOM 01"),
]


@pytest.mark.parametrize("text,expected", DENIED_ACTS)
def test_a_denial_answers_its_accuser(cameo_coder: Coder, text: str, expected: str) -> None:
    got = roots(events_of(cameo_coder, text, 1))
    assert expected in got
    assert not any(r.endswith(" 01") and r != expected for r in got)


# With no accuser in the story, the denied act's object stays the target (the codebook's own examples).
NO_ACCUSER = [
    ("Iran denied supplying drones to Russia.", "IRN RUS 01"),
    ("Pakistan denied any role in the bombing in Kabul.", "PAK AFG 01"),
]


@pytest.mark.parametrize("text,expected", NO_ACCUSER)
def test_with_no_accuser_the_denied_act_names_the_target(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# "rejected the accusations" when no accusation was coded: the one who said something last, of another country.
SAID_ACCUSATIONS = [
    ("Australia said Iran had directed two arson attacks in Sydney. Iran rejected the accusations.", "IRN AUS 01"),
    ("Australia's intelligence agency concluded that Iran had directed two arson attacks in Sydney. Iran rejected the accusations and warned that it would respond.", "IRN AUS 01"),
    ("U.S. President Joe Biden said on Friday that Putin was responsible for the death. The Kremlin rejected the accusations as unacceptable.", "RUS USA 01"),
    ("Ukraine's intelligence service said Russian agents had planned the sabotage. Moscow dismissed the allegations.", "RUS UKR 01"),
    # at home: a speaker of another role than the denier's
    ("The Kenyan government said the opposition had planned the riots. The opposition rejected the accusations.", "KEN KEN 01"),
]


@pytest.mark.parametrize("text,expected", SAID_ACCUSATIONS)
def test_a_denial_answers_what_was_said(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text, 1))


# Nothing said by another country, nor at home by another role: no guess.
NOTHING_SAID = [
    "Heavy rain fell across Iran on Monday. Iran rejected the accusations.",
    "Kenya's president said Kenya's government had failed. The Kenyan government rejected the claims.",
]


@pytest.mark.parametrize("text", NOTHING_SAID)
def test_no_speaker_no_target(cameo_coder: Coder, text: str) -> None:
    assert not any(r.endswith(" 01") for r in roots(events_of(cameo_coder, text)))


# Still missing: a domestic accusation answered at home, and a denial by a person just arrested or charged.
MISSING = [
    ("Kenyan police arrested the opposition leader on Monday, accusing him of plotting a coup. He has denied wrongdoing.", "KEN KEN 01"),
]


@pytest.mark.xfail(strict=True, reason="a denial of wrongdoing by a pronoun after an arrest finds no accuser (no accusation noun, the arrest is no accusation)")
@pytest.mark.parametrize("text,expected", MISSING)
def test_missing_domestic_denials(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text, 1))


# A good word said of a deal or of talks ("called the deal historic", "called the talks constructive") is an optimistic
# comment on them (013); said of a party ("called Putin a reliable partner") it is praise (051).
NAMED_THINGS = [
    ("Canadian Prime Minister Mark Carney met Donald Trump at the White House on Tuesday. Carney called the talks constructive.", "CAN USA 01"),
    ("Armenia and Azerbaijan signed an agreement at the White House on Friday. Pashinyan called the agreement \"a significant milestone\" but said a final treaty still had to be signed.", "ARM AZE 01"),
    ("Putin met Trump in Alaska on Friday. Putin called the meeting \"constructive\" and invited Trump to Moscow.", "RUS USA 01"),
]


@pytest.mark.parametrize("text,expected", NAMED_THINGS)
def test_a_good_word_on_a_deal_is_a_comment(cameo_coder: Coder, text: str, expected: str) -> None:
    got = roots(events_of(cameo_coder, text, 1))
    assert expected in got
    assert not any(r.endswith(" 05") for r in got)


NAMED_PARTIES = [
    ("Modi called Putin a reliable partner.", "IND RUS 05"),
    ("Erdogan called Aliyev a brother.", "TUR AZE 05"),
]


@pytest.mark.parametrize("text,expected", NAMED_PARTIES)
def test_a_good_word_on_a_party_is_praise(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))
