"""Arrests, detentions, executions and releases of people no one names, inside one country (issue 4 recall, eleventh
session): a crowd or a person a state's police, courts or rulers hold is of that state's country; a custody passive
with no doer, reported by a state's own agencies or told in a story about one country, is that state's; whom the held
are said to have served ("accused of working for Israel") does not make them that country's. The real codebook and
model; every story is written for these tests. Cases still coded wrong are strict xfails that say what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


def roots(coder: Coder, text: str) -> set[str]:
    """The story's events at country level with two-digit roots: "IRN IRN 18"."""
    events = coder.code_article(Article("t", text, dt.date(2025, 6, 15))).events
    return {f"{e.source[:3]} {e.target[:3]} {e.action[:2]}" for e in events}


# A crowd the state's own agencies hold: the number over it ("dozens of", "hundreds of"), a pronoun for the agency
# that reports it, "two others".
HELD_CROWDS = [
    ("Turkish police have detained dozens of people accused of spying for Israel, state media said.", "TUR TUR 17"),
    ("Kenyan police arrested dozens of people suspected of working for al-Shabaab.", "KEN KEN 17"),
    ("Indian police said they had arrested seven people over the attack on the mission.", "IND IND 17"),
    ("Georgian police said they had detained 40 people during the night.", "GEO GEO 17"),
    ("Kazakh authorities said more than 3,000 people were detained during the unrest.", "KAZ KAZ 17"),
    ("Moroccan authorities said on Thursday that hundreds of people had been arrested since the protests began.", "MAR MAR 17"),
    ("Egyptian prosecutors said dozens of people were charged with joining a banned group.", "EGY EGY 17"),
    # a story about one country: the passive with no doer is its state's
    ("Colombian police raided a house in Cali on Monday, officials in Colombia said. One suspect was killed and two others were detained.", "COL COL 17"),
]


@pytest.mark.parametrize("text,expected", HELD_CROWDS)
def test_a_crowd_the_state_holds_is_its_own(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


# Whom they are said to have served is not their country.
NOT_THEIR_MASTERS = [
    ("Turkish police have detained dozens of people accused of spying for Israel, state media said.", "TUR ISR 17"),
    ("Iran on Monday hanged a man convicted of spying for Israel's Mossad intelligence agency. Israel's air campaign against Iran went on. Israel has not commented.", "IRN ISR 18"),
    ("Iranian police have arrested dozens of people accused of working for Israel since the fighting began. Israel has not commented on the arrests. Israel struck Iran again.", "IRN ISR 17"),
    # a capital named in a clause inside the place phrase is no place of the act
    ("Moldovan police detained 74 people in raids over what they said was a Russian-orchestrated plan, an accusation the Kremlin denied.", "MDA RUS 17"),
]


@pytest.mark.parametrize("text,wrong", NOT_THEIR_MASTERS)
def test_whom_they_served_is_not_their_country(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert wrong not in roots(cameo_coder, text)


# An execution by a state is custody: the one executed, no one placing him, is its own.
EXECUTIONS = [
    ("Iran on Monday hanged a man convicted of spying for Israel's Mossad intelligence agency. Israel's air campaign against Iran went on. Israel has not commented.", "IRN IRN 18"),
    ("Iran executed two men convicted of spying for Israel.", "IRN IRN 18"),
    ("Saudi Arabia executed a man convicted of smuggling drugs on Tuesday.", "SAU SAU 18"),
    # a hundred or more, in words: a mass killing (202), as in digits
    ("Iran has executed hundreds of people this year, rights groups say.", "IRN IRN 20"),
]


@pytest.mark.parametrize("text,expected", EXECUTIONS)
def test_an_execution_is_of_the_states_own(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


# Fugitives caught again, people made formal suspects, releases ordered by a court.
PHRASINGS = [
    ("Honduran police recaptured three of the fugitives on Sunday.", "HND HND 17"),
    ("Honduran police said they had recaptured one of the fugitives on Sunday.", "HND HND 17"),
    ("Honduran police recaptured two of the inmates who escaped on Friday.", "HND HND 17"),
    ("Portuguese prosecutors named the infrastructure minister a formal suspect.", "PRT PRT 17"),
    ("Portugal's prime minister resigned on Tuesday. The infrastructure minister was named a formal suspect, Portuguese prosecutors said.", "PRT PRT 17"),
    ("An Argentine judge ordered the release of all the detained protesters on Thursday.", "ARG ARG 08"),
    ("A Peruvian court ordered the protesters released on Friday.", "PER PER 08"),
    # charges laid by prosecutors, courts or police, with no "with" phrase
    ("Serbian prosecutors have charged 13 people over the collapse of the station roof.", "SRB SRB 17"),
    ("Prosecutors in Belgrade charged a former construction minister on Monday.", "SRB SRB 17"),
    ("A federal grand jury in Virginia indicted the former FBI director on Thursday.", "USA USA 17"),
    # armed men a state holds are its own
    ("Congolese officials said about 50 attackers had been detained after the failed coup.", "COD COD 17"),
    ("Police in Kinshasa detained three gunmen on Sunday.", "COD COD 17"),
    ("Moldovan police detained 74 people in raids over what they said was a Russian-orchestrated plan, an accusation the Kremlin denied.", "MDA MDA 17"),
    ("Police detained 20 protesters in the capital, Kyiv, on Sunday.", "UKR UKR 17"),
    # a participle of custody after its noun, no doer named: held by the state of its place, else of the story
    ("Investigators said the blast was linked to a group of doctors arrested earlier on Monday in Haryana.", "IND IND 17"),
    ("Relatives of students detained last week in Tehran gathered outside Evin prison.", "IRN IRN 17"),
    # an investigation the law reports: the speaker investigates the subject of "be"
    ("Spanish prosecutors said the former transport minister was the subject of an investigation into kickbacks.", "ESP ESP 09"),
    ("Mexican prosecutors said 18 police officers were under investigation for excessive force.", "MEX MEX 09"),
]


@pytest.mark.parametrize("text,expected", PHRASINGS)
def test_phrasings_of_custody(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)


# No guess: a passive with no doer in a story about two countries; people freed by gunmen in a jailbreak; hostages
# freed, as a governor reports it; a town recaptured.
NO_CUSTODY = [
    ("Russian and Ukrainian officials met in Istanbul on Monday. Dozens of people were detained overnight.", "17"),
    ("Gunmen attacked a prison in the Haitian capital, freeing nearly 2,000 inmates.", "08"),
    ("More than 130 schoolchildren kidnapped by gunmen in northwest Nigeria have been freed, the Kaduna state governor said.", "08"),
    ("Ukrainian troops recaptured the village from Russian forces.", "17"),
    ("The Kenyan airline charged passengers a fee for extra luggage.", "17"),
    ("The Spanish transport minister said he was the subject of an investigation.", "09"),
    ("The Spanish transport minister said he was under pressure from his party.", "09"),
    # someone's own people held abroad are not the place's
    ("Argentina demanded the release of one of its border police officers detained in Venezuela.", "17"),
]


@pytest.mark.parametrize("text,root", NO_CUSTODY)
def test_no_custody_guessed(cameo_coder: Coder, text: str, root: str) -> None:
    got = roots(cameo_coder, text)
    assert not any(r.split()[2] == root and r.split()[0] == r.split()[1] for r in got), got


# A national or citizen of two countries, held or executed by one of them, is of the other; a person of two origins
# not called a national stays the state's own (as the gold sets code a "Russian-Armenian billionaire").
DUAL = [
    ("Iran on Saturday executed Habib Chaab, a Swedish-Iranian dual national convicted of leading a separatist group.", "IRN SWE 18"),
    ("Iranian authorities arrested Ahmad Reza, a Swedish-Iranian dual national, at Tehran airport.", "IRN SWE 17"),
    ("Algerian police detained a French-Algerian citizen in Algiers on Monday.", "DZA FRA 17"),
    ("Armenian security services detained Russian-Armenian billionaire Samvel Karapetyan on Wednesday.", "ARM ARM 17"),
]


@pytest.mark.parametrize("text,expected", DUAL)
def test_a_dual_national_is_of_the_other_country(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(cameo_coder, text)
