"""Reported accusations and namings (root 11, issue 4): what a speaker calls another's act ("called the ruling
biased", "called Russia's move a provocation"), and wrongdoing, blame or a failure of duty put on an actor in a
reported clause ("said Kyiv had incited the riots", "said Algeria bears responsibility", "said Berlin had failed to
stop him"). The real codebook and model; the sentences are written for these tests, several phrasings of each
shape. Plain reports of facts ("said Uganda had won the election") stay no 11x event. Cases still missed are strict
xfails: they say what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


def roots(coder: Coder, text: str) -> set[str]:
    """The story's events at country + root level: "SWE TUR 11"."""
    events = coder.code_article(Article("t", text, dt.date(2024, 6, 15))).events
    return {f"{e.source[:3]} {e.target[:3]} {e.action[:2]}" for e in events}


def codes(coder: Coder, text: str) -> set[str]:
    events = coder.code_article(Article("t", text, dt.date(2024, 6, 15))).events
    return {e.action for e in events}


# A verdict noun named before ("the ruling", "the verdict", the model's "ruling" read as a verb) is the story's
# latest court's; "his party", "Morales's party" speak for the person, as his lawyers do.
NAMINGS_IN_STORY = [
    ("A Turkish court jailed Ekrem Imamoglu. Turkey's main opposition party called the ruling a coup.", "TUR TUR 11"),
    ("A Brazilian court convicted Bolsonaro. Trump called the verdict a witch hunt.", "USA BRA 11"),
    ("A Russian court sentenced the American reporter. Washington called the sentence a sham.", "USA RUS 11"),
    ("Bolivian police arrested Evo Morales. His party called the arrest a kidnapping.", "BOL BOL 11"),
    ("Bolivian police arrested Evo Morales. Morales's party called the arrest a grave injustice.", "BOL BOL 11"),
]


# A naming: the act named by its doer ("Russia's move", "the Turkish ruling") and what it is called, a noun or an
# adjective of judgement, also where the small model misreads the object or reads the adjective as a verb.
NAMINGS = [
    ("Sweden called the Turkish ruling biased.", "SWE TUR 11"),
    ("Germany called Russia's move a provocation.", "DEU RUS 11"),
    ("Sweden called Turkey's decision a disgrace.", "SWE TUR 11"),
    ("Lapid called Netanyahu's decision madness.", "ISR ISR 11"),
    ("Newsom called Trump's deployment inflammatory.", "USA USA 11"),
    ("Sweden called the Turkish decision a grave injustice.", "SWE TUR 11"),
    ("Trump called the Brazilian verdict a witch hunt.", "USA BRA 11"),
    ("Pope Francis called Ortega's government a crude dictatorship.", "VAT NIC 11"),
    ("Kenya described the Ugandan law as draconian.", "KEN UGA 11"),
    ("Poland called the Belarusian crackdown repressive and undemocratic.", "POL BLR 11"),
    ("France called Algeria's decision to expel the diplomats unacceptable.", "FRA DZA 11"),
    ("Ukraine called Russia's proposal a sham.", "UKR RUS 11"),
]


@pytest.mark.parametrize("text,expected", NAMINGS + NAMINGS_IN_STORY)
def test_a_naming_judges_the_doer(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


# "called X's decision madness": a naming, never also a phone call (041)
@pytest.mark.parametrize("text", ["Lapid called Netanyahu's decision madness.", "Newsom called Trump's deployment inflammatory."])
def test_a_naming_is_no_phone_call(cameo_coder: Coder, text: str) -> None:
    assert "041" not in codes(cameo_coder, text)


# Wrongdoing put on the subject of a reported clause: an accusation (112).
REPORTED = [
    ("Russia said Ukraine had incited the riots.", "RUS UKR 11"),
    ("Kenya said Uganda had misrepresented the facts.", "KEN UGA 11"),
    ("Iran's foreign ministry told reporters that Israel had orchestrated the unrest.", "IRN ISR 11"),
    ("Poland said Germany had lied about the pipeline.", "POL DEU 11"),
    ("China insisted that Taiwan had manipulated the election.", "CHN TWN 11"),
    ("Venezuela claimed that Colombia had conspired with the rebels.", "VEN COL 11"),
    # blame borne
    ("France said Algeria bears responsibility for the crisis.", "FRA DZA 11"),
    ("France said Algeria bore full responsibility for the deterioration.", "FRA DZA 11"),
    ("Armenia said Azerbaijan bears the blame for the collapse of the talks.", "ARM AZE 11"),
    # a failure of duty
    ("Poland said Germany had failed to stop the suspect.", "POL DEU 11"),
    ("The Polish prime minister said Berlin had failed to enter him in the database.", "POL DEU 11"),
    ("Pakistan said India had failed to provide any evidence.", "PAK IND 11"),
    ("Egypt complained that Ethiopia had failed to honour the agreement.", "EGY ETH 11"),
    # a harmful aim or an involvement
    ("Russia said Ukraine had planned to assassinate the president.", "RUS UKR 11"),
    ("Iran said Israel was trying to destabilize the region.", "IRN ISR 11"),
    ("Ethiopia said Egypt was plotting to destabilize the country.", "ETH EGY 11"),
    ("Serbia said Croatia was seeking the overthrow of its government.", "SRB HRV 11"),
    ("Russia said British intelligence was involved in the attack.", "RUS GBR 11"),
    ("Turkey said Greece was involved in the coup plot.", "TUR GRC 11"),
]


@pytest.mark.parametrize("text,expected", REPORTED)
def test_a_reported_accusation(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


# Plain reports of facts, negated accusations, failures that are no duty: no 11x event.
NOT_ACCUSATIONS = [
    "Kenya said Uganda had won the election.",
    "Kenya said Uganda had agreed to the deal.",
    "Russia said Ukraine had not incited the riots.",
    "France said Algeria bears no responsibility for the crisis.",
    "Germany said Russia had failed to win a majority at the UN.",
    "Poland said Germany had not failed to stop the suspect.",
    "Japan said China had carried the supplies to the island.",
    "Brazil said Argentina had reached a deal with the IMF.",
    "Sweden called the Turkish decision wise.",
    "Kenya called the Ugandan president on Monday.",
    "Kenya said Uganda planned to hold talks.",
    "Kenya said Uganda was trying to reach a deal.",
    "Germany said France was involved in the talks.",
    "Germany said France was seeking a ceasefire.",
    "Sweden was surprised by the Turkish decision.",
]


@pytest.mark.parametrize("text", NOT_ACCUSATIONS)
def test_no_accusation(cameo_coder: Coder, text: str) -> None:
    assert not {c for c in codes(cameo_coder, text) if c[:2] == "11"}


# Still missed: accusations that need the story ("the government accused him of inciting violence"). ("Lapid called
# Netanyahu's plan reckless", a naming whose parse hid the object, passes since crit13: moved to tests/test_crit13.py.)
# (The last two, "China's foreign ministry said it firmly opposes the United States' interference." and "Venezuela
# said the United States was seeking regime change.", pass since say15's opposition to a named party's act and wrongs
# said to be sought: moved to tests/test_say15.py.)


# Outrage felt at an act or actor: the one appalled criticises the act's doer (111), not the reverse the passive
# would give.
APPALLED = [
    ("Germany was appalled by Russia's decision.", "DEU RUS 11"),
    ("Sweden was outraged by the Turkish decision.", "SWE TUR 11"),
    ("Japan was angered by China's claims.", "JPN CHN 11"),
    ("Kenya said it was disgusted by the Ugandan law.", "KEN UGA 11"),
]


@pytest.mark.parametrize("text,expected", APPALLED)
def test_outrage_felt_is_criticism(cameo_coder: Coder, text: str, expected: str) -> None:
    got = roots(cameo_coder, text)
    assert expected in got and f"{expected[4:7]} {expected[:3]} 11" not in got
