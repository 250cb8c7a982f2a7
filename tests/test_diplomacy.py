"""Diplomatic and military wire vocabulary (issue 4 recall, eleventh session): contact kept with a government, trips
taken to meet someone, arrangements reached, envoys named, diplomats given hours to leave or declared persona non
grata, envoys summoned in a reported passive, arms deliveries stopped, troops ordered into a place or sent at a
government's request, a state's currency or goods bought, strikes halted. The real codebook and model; every sentence
is written for these tests, several phrasings per case, with the readings that must give nothing. Cases still missed
are strict xfails saying what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


def events_of(coder: Coder, text: str) -> set[str]:
    """A story's events at country level with the full code: "IND IRN 040"."""
    events = coder.code_article(Article("t", text, dt.date(2024, 6, 15))).events
    return {f"{e.source[:3]} {e.target[:3]} {e.action}" for e in events}


def codes_of(coder: Coder, text: str) -> set[str]:
    return {e.split()[2] for e in events_of(coder, text)}


# Contact kept with a named government (040).
IN_TOUCH = [
    ("India's foreign ministry said it was in touch with Iranian officials about the crew.", "IND IRN 040"),
    ("Japan remains in close contact with South Korea over the launches, its foreign minister said.", "JPN KOR 040"),
    ("Qatar said it had stayed in contact with Hamas leaders throughout the week.", "QAT PSE 040"),
    ("The Egyptian foreign minister said Cairo was in constant contact with Washington.", "EGY USA 040"),
    ("Turkey maintains contacts with the Taliban through its embassy in Kabul.", "TUR AFG 040"),
]

# A contact that is no consultation: a bare "the authorities" (whose country a firm's statement does not say), a
# battle, a negation.
NOT_IN_TOUCH = [
    "The shipping company said it was in contact with the authorities.",
    "Israeli troops came into contact with Hezbollah fighters near the border.",
    "The Kremlin said it was not in contact with the Ukrainian government.",
]


@pytest.mark.parametrize("text,expected", IN_TOUCH)
def test_contact_kept_is_a_consultation(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text", NOT_IN_TOUCH)
def test_contact_that_is_no_consultation(cameo_coder: Coder, text: str) -> None:
    assert "040" not in codes_of(cameo_coder, text)


# A trip taken to meet a named person is a visit to that person (042), wherever it went.
TRIP_TO_MEET = [
    ("Trudeau flew to Florida in November to dine with Trump.", "CAN USA 042"),
    ("Zelensky travelled to Bavaria on Saturday to meet Scholz.", "UKR DEU 042"),
    ("Erdogan flew to Sochi to hold talks with Putin.", "TUR RUS 042"),
]


@pytest.mark.parametrize("text,expected", TRIP_TO_MEET)
def test_a_trip_to_meet_someone_is_a_visit(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


# A flight that is no visit: aircraft flown by a state, a flight into exile (a bare "flew to" is no entry), a future.
NOT_A_VISIT = [
    "Russia flew two strategic bombers to Venezuela.",
    "Hasina flew to India aboard a military aircraft after the protests.",
    "The opposition leader flew to Madrid to attend a conference on democracy.",
]


@pytest.mark.parametrize("text", NOT_A_VISIT)
def test_flights_that_are_no_visit(cameo_coder: Coder, text: str) -> None:
    assert "042" not in codes_of(cameo_coder, text)


# Arrangements and understandings reached (057, both ways); envoys named to each other's capitals (050).
ARRANGEMENTS = [
    ("Manila and Beijing reached a provisional arrangement in July over resupply missions.", {"PHL CHN 057", "CHN PHL 057"}),
    ("Greece struck an understanding with Turkey on fishing rights.", {"GRC TUR 057", "TUR GRC 057"}),
    ("Canada and India named new high commissioners to each other's capitals on Thursday.", {"CAN IND 050", "IND CAN 050"}),
    ("Saudi Arabia appointed an ambassador to Syria for the first time in a decade.", {"SAU SYR 050"}),
]

NOT_ARRANGEMENTS = [
    "Manila and Beijing failed to reach an arrangement on the shoal.",
    "Saudi Arabia appointed a new finance minister on Monday.",
]


@pytest.mark.parametrize("text,expected", ARRANGEMENTS)
def test_arrangements_and_envoys(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert expected <= events_of(cameo_coder, text)


@pytest.mark.parametrize("text", NOT_ARRANGEMENTS)
def test_no_arrangement(cameo_coder: Coder, text: str) -> None:
    assert not codes_of(cameo_coder, text) & {"057", "050"}


# Diplomats given hours to leave or ordered out as embassy staff (174); a leader or envoy declared persona non grata
# (161); a deadline with no leaving stays the ultimatum (139).
EXPULSIONS = [
    ("Peru gave Venezuela's diplomats 72 hours to leave the country.", "PER VEN 174"),
    ("Rwanda gave Belgian diplomats 48 hours to leave.", "RWA BEL 174"),
    ("Moscow gave the Estonian envoy a week to leave Russia.", "RUS EST 174"),
    ("Algeria ordered 12 French embassy staff to leave.", "DZA FRA 174"),
    ("Niger told the French embassy's staff to leave within 48 hours.", "NER FRA 174"),
    ("Israel declared Brazilian President Luiz Inacio Lula da Silva persona non grata.", "ISR BRA 161"),
    ("Ukraine declared the Russian ambassador persona non grata on Friday.", "UKR RUS 161"),
]

NOT_EXPULSIONS = [
    ("Rwanda gave Congo 48 hours to withdraw its troops.", "174"),
    ("Mali ordered aid agency staff to leave the north.", "174"),
    ("Israel declared Lula the winner of the award.", "161"),
]


@pytest.mark.parametrize("text,expected", EXPULSIONS)
def test_diplomats_sent_home(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text,code", NOT_EXPULSIONS)
def test_no_diplomat_sent_home(cameo_coder: Coder, text: str, code: str) -> None:
    assert code not in codes_of(cameo_coder, text)


# An envoy summoned in a passive with no agent, reported by the one who summoned (114).
SUMMONED = [
    ("Sweden said Iran's charge d'affaires had been summoned.", "SWE IRN 114"),
    ('"This is unacceptable," Wadephul said, adding that the Russian ambassador had been summoned.', "DEU RUS 114"),
    ("Poland's foreign ministry said the Belarusian charge d'affaires was summoned on Tuesday.", "POL BLR 114"),
]

NOT_SUMMONED = [
    "Sweden said Iran's charge d'affaires had been welcomed at the ministry.",
    "Sweden said Iran's charge d'affaires had not been summoned.",
]


@pytest.mark.parametrize("text,expected", SUMMONED)
def test_a_reported_summons_is_the_speakers_complaint(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text", NOT_SUMMONED)
def test_no_reported_summons(cameo_coder: Coder, text: str) -> None:
    assert "114" not in codes_of(cameo_coder, text)


# Military help stopped (1622): "will no longer send weapons", a state's part in an exercise cancelled.
ARMS_STOPPED = [
    ("Poland will no longer send weapons to Ukraine, its prime minister said.", "POL UKR 1622"),
    ("Hungary said it would no longer supply ammunition to Kyiv.", "HUN UKR 1622"),
    ("The United States cancelled Kosovo's participation in a NATO military exercise.", "USA XKX 1622"),
    ("Washington suspended Turkey's participation in the joint drills.", "USA TUR 1622"),
]

NOT_ARMS_STOPPED = [
    "Poland will no longer send grain to Ukraine.",
    "Poland will send more weapons to Ukraine.",
    "The United States cancelled its participation in the trade fair in Kosovo.",
]


@pytest.mark.parametrize("text,expected", ARMS_STOPPED)
def test_military_help_stopped(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text", NOT_ARMS_STOPPED)
def test_no_military_help_stopped(cameo_coder: Coder, text: str) -> None:
    assert "1622" not in codes_of(cameo_coder, text)


# Troops ordered into a place (154); forces sent at a government's request (074).
DEPLOYMENTS = [
    ("Trump ordered 2,000 National Guard troops to Los Angeles.", "USA USA 154"),
    ("Putin ordered more troops to the Belgorod region.", "RUS RUS 154"),
    ("Nigeria sent fighter jets into Benin's airspace at the request of the government.", "NGA BEN 074"),
    ("Rwanda deployed 1,000 soldiers to Mozambique at the request of its government.", "RWA MOZ 074"),
    ("Chad sent troops to Cameroon at the invitation of President Biya.", "TCD CMR 074"),
]

NOT_DEPLOYMENTS = [
    ("Netanyahu ordered the troops to withdraw from Gaza.", "154"),
    ("Trump ordered an inquiry into the Pentagon's conduct.", "154"),
    ("Nigeria sent fighter jets into Benin's airspace on Sunday.", "074"),
]


@pytest.mark.parametrize("text,expected", DEPLOYMENTS)
def test_deployments(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text,code", NOT_DEPLOYMENTS)
def test_no_deployment(cameo_coder: Coder, text: str, code: str) -> None:
    assert code not in codes_of(cameo_coder, text)


# A state's currency or goods bought (061); strikes halted (087, the intent 035 when it is a future).
ECONOMY_AND_HALTS = [
    ("The U.S. Treasury had also bought Argentine pesos on the open market.", "USA ARG 061"),
    ("India bought record amounts of Russian crude in May.", "IND RUS 061"),
    ("China purchased more Brazilian soybeans this year.", "CHN BRA 061"),
    ("Israel stopped the bombardment of Gaza on Friday.", "ISR PSE 087"),
    ("Russia halted its strikes on Ukrainian energy facilities.", "RUS UKR 087"),
    ("Trump said Washington would halt the bombing of the Houthis.", "USA YEM 035"),
]

NOT_ECONOMY_AND_HALTS = [
    ("Kyiv bought time with the talks.", "061"),
    ("Israel did not stop the bombardment of Gaza.", "087"),
    ("The UN called on Israel to stop the bombardment of Gaza.", "087"),
]


@pytest.mark.parametrize("text,expected", ECONOMY_AND_HALTS)
def test_purchases_and_halts(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text,code", NOT_ECONOMY_AND_HALTS)
def test_no_purchase_or_halt(cameo_coder: Coder, text: str, code: str) -> None:
    assert code not in codes_of(cameo_coder, text)


# Objections lodged with a government (114) and concerns raised with it (110): the one told is the target.
COMPLAINTS = [
    ("Australia said it had raised its strong objections with Chinese authorities.", "AUS CHN 114"),
    ("Japan registered a strong objection with Beijing over the incident.", "JPN CHN 114"),
    ("India lodged an objection with Pakistan over the remarks.", "IND PAK 114"),
    ("Australia raised concerns with Beijing about the detention.", "AUS CHN 110"),
    ("Macron expressed concern to Putin about the troop build-up.", "FRA RUS 110"),
]

NOT_COMPLAINTS = [
    ("France said it had no objection to the plan.", "114"),
    ("Australia raised concerns about the harvest.", "110"),
]


@pytest.mark.parametrize("text,expected", COMPLAINTS)
def test_objections_and_concerns_told_to_a_government(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)


@pytest.mark.parametrize("text,code", NOT_COMPLAINTS)
def test_no_objection_or_concern_told(cameo_coder: Coder, text: str, code: str) -> None:
    assert code not in codes_of(cameo_coder, text)


# Aid for a country vetoed (129): against the country the aid was for, not the bloc whose package it was.
VETOES = [
    ("Orban vetoed a 50 billion euro package of EU budget aid for Ukraine.", "HUN UKR 129"),
    ("Hungary vetoed the EU's aid package for Ukraine on Thursday.", "HUN UKR 129"),
    ("Slovakia vetoed a new loan to Moldova.", "SVK MDA 129"),
]


@pytest.mark.parametrize("text,expected", VETOES)
def test_aid_vetoed_is_against_its_beneficiary(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in events_of(cameo_coder, text)
