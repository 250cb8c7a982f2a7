"""False positives (issue 4, eleventh session): readings that are wrong by any convention, each with the wrong event
asserted absent and, where a right one exists, the right one present. The stories are written for these tests (several
phrasings per case); the real codebook and model. Cases still coded wrong are strict xfails that say what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


def codes(events: set[str]) -> set[str]:
    """Country-level pairs with the full code: "VEN CHL 112"."""
    return {f"{s[:3]} {t[:3]} {c}" for s, t, c in (e.split() for e in events)}


# A plot (a coup, an assassination, "a plot to overturn the will of the people") is a conspiracy, not espionage: the
# generic accusation (112), as the golds code "accused the opposition of plotting a coup".
PLOTS = [
    ("Venezuela accused Chile of taking part in a plot to overturn the will of the Venezuelan people.", "VEN CHL"),
    ("Moldova accused Russia of plotting a coup.", "MDA RUS"),
    ("Belarus accused Poland on Tuesday of plotting to assassinate its president.", "BLR POL"),
    ("The Malian junta accused France of being behind a plot to destabilise the country.", "MLI FRA"),
]


@pytest.mark.parametrize("text,pair", PLOTS)
def test_a_plot_is_no_espionage(cameo_coder: Coder, text: str, pair: str) -> None:
    got = codes(events_of(cameo_coder, text))
    assert f"{pair} 1125" not in got
    assert f"{pair} 112" in got


SPYING = [
    ("Iran accused Britain of spying.", "IRN GBR 1125"),
    ("Russia accused the American journalist of espionage.", "RUS USA 1125"),
]


@pytest.mark.parametrize("text,expected", SPYING)
def test_spying_is_still_espionage(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in codes(events_of(cameo_coder, text))


# A world region (Latin America, South America, Central America, North America) is in the dictionary only so that its
# adjective holds no country's ("Latin American" is not American): it is never a party.
REGIONS = [
    "Venezuela on Monday ordered diplomats from seven Latin American countries to leave.",
    "Venezuela expelled diplomats from seven Latin American countries, after their governments refused to recognise the result.",
    "Brazil hosted South American leaders in Brasilia on Tuesday.",
    "Mexico criticized Central American governments over the migrant caravans.",
]


@pytest.mark.parametrize("text", REGIONS)
def test_a_region_is_no_party(cameo_coder: Coder, text: str) -> None:
    got = events_of(cameo_coder, text)
    assert not any(code[:3] in ("LAM", "SAM", "CAM", "NMR") for e in got for code in e.split()[:2]), got


# What a speaker has not said is nobody's act, nor intent.
NOT_SAID = [
    "Britain has not said it will send troops to Estonia.",
    "Britain did not say that it would send troops to Estonia.",
    "Iran seized a tanker in the Gulf of Oman on Thursday. Washington has not said it will send warships against Iran.",
    "Japan never announced that it would impose sanctions on Russia.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_a_negated_report_codes_nothing(cameo_coder: Coder, text: str) -> None:
    got = roots(events_of(cameo_coder, text))
    assert not any(r.split()[2] in ("03", "13", "15", "16") for r in got), got


SAID = [
    ("Britain said it will send troops to Estonia.", "GBR EST 03"),
    ("Japan announced that it would impose sanctions on Russia.", "JPN RUS 16"),
]


@pytest.mark.parametrize("text,expected", SAID)
def test_a_report_still_codes_its_future(cameo_coder: Coder, text: str, expected: str) -> None:
    got = roots(events_of(cameo_coder, text))
    assert expected in got or expected.replace(" 16", " 13") in got, got


# A leader (not a force) who "defends" his own state's police or army defends them in words (052); his own country he
# does not protect as one party protects another.
DEFENDED_IN_WORDS = [
    ("Argentine riot police clashed with pensioners in Buenos Aires. Security Minister Patricia Bullrich defended the police.", "ARG ARG 052"),
    ("Argentine riot police clashed with pensioners in Buenos Aires. Argentina's security minister defended the police on Thursday.", "ARG ARG 052"),
]


@pytest.mark.parametrize("text,expected", DEFENDED_IN_WORDS)
def test_a_leader_defends_his_police_in_words(cameo_coder: Coder, text: str, expected: str) -> None:
    got = codes(events_of(cameo_coder, text))
    assert expected in got
    assert "ARG ARG 074" not in got


OWN_COUNTRY_DEFENDED = [
    "Taiwan's President Lai Ching-te told troops at a marine base that he would defend the island's freedom.",
    "Taiwan's President Lai Ching-te said he would defend Taiwan's democracy.",
]


@pytest.mark.parametrize("text", OWN_COUNTRY_DEFENDED)
def test_defending_ones_own_country_is_no_protection(cameo_coder: Coder, text: str) -> None:
    assert not any(r.startswith("TWN TWN") for r in roots(events_of(cameo_coder, text)))


def test_a_force_still_protects_another(cameo_coder: Coder) -> None:
    assert "FRA MLI 074" in codes(events_of(cameo_coder, "French troops defended Mali against the rebels."))


# A statement told to a crowd of one's own country's people, soldiers or legislators, no one named, is its audience.
OWN_AUDIENCE = [
    ('"Today marks the start of a new chapter for our country," South African President Cyril Ramaphosa told lawmakers.', "ZAF"),
    ("South African President Cyril Ramaphosa told South African lawmakers that the country would not be bullied.", "ZAF"),
    ('"We understand the anger and frustration," Spain\'s King Felipe told a group of Spanish residents.', "ESP"),
    ("Kenyan President William Ruto told Kenyan troops at a barracks in Nairobi that the nation was proud of them.", "KEN"),
]


@pytest.mark.parametrize("text,country", OWN_AUDIENCE)
def test_ones_own_people_are_an_audience(cameo_coder: Coder, text: str, country: str) -> None:
    assert f"{country} {country} 01" not in roots(events_of(cameo_coder, text))


TOLD_ANOTHER = [
    ("Zelensky told U.S. lawmakers that Ukraine needed more weapons.", "UKR USA 01"),
    ("Modi told Putin that this is not an era of war.", "IND RUS 01"),
]


@pytest.mark.parametrize("text,expected", TOLD_ANOTHER)
def test_telling_another_state_is_still_a_statement(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# A denial answers the accuser: not the denier's own country named as a place in what is denied, and a conjunct
# "called the accusations unfounded" misparsed into the denied clause is the denier's.
DENIALS = [
    ("Niger accused Benin of hosting French troops. Benin denied that French troops were on its territory.", "BEN NER 016", "BEN BEN"),
    (
        "Niger's military government accused Benin on Friday of hosting French troops. Benin's government spokesman, Wilfried "
        "Houngbedji, denied that any French base existed on Benin's territory and called the accusations unfounded.",
        "BEN NER 016", "FRA",
    ),
    (
        "Mali accused Algeria of arming the rebels. Algeria denied that any weapons had crossed into Mali from Algerian territory "
        "and called the allegations baseless.",
        "DZA MLI 016", "DZA DZA",
    ),
]


@pytest.mark.parametrize("text,expected,wrong", DENIALS)
def test_a_denial_answers_the_accuser(cameo_coder: Coder, text: str, expected: str, wrong: str) -> None:
    got = codes(events_of(cameo_coder, text))
    assert expected in got
    assert not any(e.startswith(wrong) and e.endswith("016") for e in got), got


# A state's custody acts (arrests, releases, executions) on a bare role noun are at home, before the story's locus: in
# a story Israel leads, "Iranian police arrested dozens of people accused of working for Israel" are Iranians.
ISRAEL_STORY = "Israel struck targets in Iran on Friday. Israel said its jets hit Iranian sites. Israeli officials said Israel would continue. "
CUSTODY = [
    (ISRAEL_STORY + "Iranian police have arrested dozens of people accused of working for Israel.", "IRN IRN 17"),
    (ISRAEL_STORY + "Iran on Monday hanged a man convicted of spying for Israel.", "IRN IRN 18"),
    (ISRAEL_STORY + "Iran executed a man convicted of spying for Israel's Mossad.", "IRN IRN 18"),
]


@pytest.mark.parametrize("text,expected", CUSTODY)
def test_custody_is_at_home(cameo_coder: Coder, text: str, expected: str) -> None:
    got = roots(events_of(cameo_coder, text))
    assert expected in got
    assert not any(r.startswith("IRN ISR 1") for r in got), got


# A person no dictionary knows, named as a sentence's subject, is whom "he" and "him" stand for next, not the last
# known person before him.
STRANGERS = [
    "EU foreign policy chief Josep Borrell condemned the execution. Chaab disappeared in Turkey in 2020 and resurfaced in Iranian custody weeks later. Iran accused him of heading a separatist group.",
    "German Chancellor Olaf Scholz condemned the verdict. Sharmahd was abducted by Iranian agents in Dubai in 2020. Iran accused him of leading a militant group.",
    pytest.param(
        "EU foreign policy chief Josep Borrell condemned the execution. Chaab disappeared in Turkey in 2020. Iran accused him of heading a separatist group.",
        marks=pytest.mark.xfail(strict=True, reason="a sentence the pre-filter skips (one actor, no pattern) is not parsed, so its unknown subject sets no stranger"),
    ),
]


@pytest.mark.parametrize("text", STRANGERS)
def test_a_stranger_is_he(cameo_coder: Coder, text: str) -> None:
    got = events_of(cameo_coder, text)
    assert not any(e.startswith("IRN") and e.split()[1][:3] in ("IGO", "DEU") and e.endswith("112") for e in got), got


# A body with no country named in front of its leaders or forces is the body (no "IGOGOV").
BODIES = [
    ("European Union leaders agreed on Thursday to open accession negotiations with Ukraine.", "IGOEUREEC UKR"),
    ("NATO commanders met Ukrainian generals in Brussels.", "IGOWSTNAT UKR"),
]


@pytest.mark.parametrize("text,pair", BODIES)
def test_a_body_acts_through_its_leaders(cameo_coder: Coder, text: str, pair: str) -> None:
    got = events_of(cameo_coder, text)
    assert any(e.startswith(pair.split()[0]) and e.split()[1][:3] == pair.split()[1] for e in got), got
    assert not any(e.split()[0] in ("IGOGOV", "IGOMIL") for e in got)


# "The two sides" are two parties: not a country and its own government.
TWO_SIDES = [
    "Brazilian President Luiz Inacio Lula da Silva met U.S. President Donald Trump on Sunday to discuss tariffs on Brazil. "
    "Lula said afterwards that the two sides had agreed to begin negotiations immediately.",
    "Canadian Prime Minister Mark Carney met U.S. President Donald Trump at the White House over tariffs on Canada. "
    "Carney said the two sides would keep negotiating in the coming weeks.",
]


@pytest.mark.parametrize("text", TWO_SIDES)
def test_two_sides_are_two_countries(cameo_coder: Coder, text: str) -> None:
    got = roots(events_of(cameo_coder, text, day=dt.date(2025, 10, 26)))
    assert not any(s == t and c in ("03", "04") for s, t, c in (r.split() for r in got)), got


# Hosting a court, a base or an agency is its seat, no visit.
SEATS = [
    "The United States sanctioned four judges of the International Criminal Court. The Netherlands, which hosts the court, expressed concern.",
    "The United States sanctioned the judges of the International Criminal Court. The Netherlands, the country that hosts the court, said it regretted the decision.",
]


@pytest.mark.parametrize("text", SEATS)
def test_hosting_a_seat_is_no_visit(cameo_coder: Coder, text: str) -> None:
    assert not any(r.startswith("NLD IGO 04") for r in roots(events_of(cameo_coder, text)))


def test_hosting_a_visitor_is_still_a_visit(cameo_coder: Coder) -> None:
    assert "KEN IGO 043" in codes(events_of(cameo_coder, "Kenya hosted the U.N. Secretary-General on Monday."))


# A call on someone to investigate or explain is a demand for information (101), as the golds code it, not the bare
# appeal (020). ("to publish the voting records" stays an appeal: the golds split, tests/test_quotes.py keeps 02.)
INFORMATION = [
    ("Human Rights Watch called on the African Union and the United Nations to investigate the killings.", "NGO IGO 101"),
    ("Britain asked Iran to account for its stockpile of enriched uranium.", "GBR IRN 101"),
    ("Japan urged China to explain why the boy was killed.", "JPN CHN 101"),
    ("Mexico called on the United States to explain how the operation had been carried out.", "MEX USA 101"),
]


@pytest.mark.parametrize("text,expected", INFORMATION)
def test_a_call_to_investigate_or_explain_is_a_demand_for_information(cameo_coder: Coder, text: str, expected: str) -> None:
    got = codes(events_of(cameo_coder, text))
    assert expected in got
    assert expected.replace(" 101", " 020") not in got


def test_a_call_to_release_stays_an_appeal_for_release(cameo_coder: Coder) -> None:
    got = codes(events_of(cameo_coder, "France called on Iran to release the prisoners."))
    assert "FRA IRN 0253" in got and "FRA IRN 101" not in got
