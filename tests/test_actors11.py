"""Actors the story names only generically (issue 4): a rights group or an aid group that no country, owner or name
claims is an international NGO (NGOHRI, NGO), as most golds code "Rights groups accused ..." and "accused
international NGOs of meddling", not a group of the story's country. The real codebook and model; the stories are
written for these tests.
"""

from __future__ import annotations

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


# a bare rights group, plural or indefinite, as source: NGOHRI, with or without a story country
RIGHTS_GROUPS = [
    ("Tunisia's President Kais Saied won a second term. Rights groups accused Saied of using the judiciary to silence critics.", "NGO TUN 11"),
    ("Uganda's government charged Kizza Besigye before a military court. Human rights groups have accused the government of using military courts.", "NGO UGA 11"),
    ("Rights groups condemned the execution of the three men in Iran.", "NGO IRN 11"),
    ("A rights watchdog accused Ethiopian troops of killing civilians in Amhara.", "NGO ETH 11"),
    ("Human rights organizations condemned the verdict against the opposition leader in Tunisia.", "NGO TUN 11"),
    ("Several rights groups accused Egyptian police of torturing detainees.", "NGO EGY 11"),
]


@pytest.mark.parametrize("text,expected", RIGHTS_GROUPS)
def test_a_bare_rights_group_is_an_international_ngo(cameo_coder: Coder, text: str, expected: str) -> None:
    got = events_of(cameo_coder, text)
    assert expected in roots(got)
    assert any(e.startswith("NGOHRI ") for e in got)


# aid groups and NGOs, plural and unowned: NGO
AID_GROUPS = [
    ("El Salvador's president Nayib Bukele has accused international NGOs of meddling in the country's affairs.", "SLV NGO 11"),
    ("Aid agencies accused the Sudanese army of blocking convoys.", "NGO SDN 11"),
    ("Humanitarian groups accused Israeli forces of firing on an aid convoy in Gaza.", "NGO ISR 11"),
]


@pytest.mark.parametrize("text,expected", AID_GROUPS)
def test_a_bare_aid_group_is_an_ngo(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# a group the phrase places or names is not an international one: no NGO code
OWNED = [
    "Local rights groups accused Angolan police of using live ammunition.",
    "Kurdish rights groups accused Turkey of torturing detainees.",
    "Rights groups in Tunisia accused President Kais Saied of using the judiciary to silence critics.",
    "Tunisia's rights groups accused President Kais Saied of using the judiciary to silence critics.",
    "Human Rights Watch said Mali's army killed 300 men. The rights group accused the army of war crimes.",
]


@pytest.mark.parametrize("text", OWNED)
def test_an_owned_or_named_rights_group_is_no_generic_ngo(cameo_coder: Coder, text: str) -> None:
    assert not any(e.split()[0] in ("NGOHRI", "NGO") for e in events_of(cameo_coder, text))


# the NGO has no country: a bare "police" in its sentence is the story's, never "NGOCOP"
def test_the_ngo_lends_no_country_to_a_bare_role_noun(cameo_coder: Coder) -> None:
    got = events_of(cameo_coder, "Angola's police fired on protesters in Luanda. Rights groups accused police of using live ammunition.")
    assert "NGOHRI AGOCOP 112" in got
    assert not any(" NGOCOP " in f" {e} " for e in got)


# "billionaire" and "magnate" are business people (BUS), as "tycoon" and "oligarch" are: a state's act on one of its
# own billionaires is coded, with the country the nationality before the word gives
BILLIONAIRES = [
    ("Armenia's prime minister has feuded with the church for months. Last week police arrested Russian-Armenian billionaire Samvel Karapetyan after he defended the church.", "ARMCOP ARMBUS 173"),
    ("Georgian police detained billionaire Ivan Petrov on Tuesday.", "GEOCOP GEOBUS 173"),
    ("Kenyan police arrested a media magnate accused of tax fraud on Friday.", "KENCOP KENBUS 173"),
]


@pytest.mark.parametrize("text,expected", BILLIONAIRES)
def test_a_billionaire_is_business(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)
