"""Parties the engine did not find (fourteenth session, actors14): a bare title after a preposition that refers back
past its verb's other argument ("lodged a protest with the embassy": another state's, named before), bodies of a
state and of organizations named with a country or an "of" phrase ("Canada's House of Commons", "the speaker of
Ukraine's parliament", "the chair of the Norwegian Nobel Committee"), companies by name (a company is of its home
country: CANBUS for Barrick), a role noun owned by a person the story named ("Castillo's supporters"), a person whose
surname is a country's name ("Luis Montenegro ... accused Montenegro"), "the group" after a group and an IGO, bare "prosecutors" in a story of a foreign trial, "accused the police of" with the charge parsed onto the
accused, a party's members' word the model reads as a
plain noun ("the opposition Socialists"), and people of 2023-2025 news the dictionaries lacked.
Stories are written for these tests, several phrasings per case; the real codebook and model, end to end through the
Coder, checked at country + root level ("!11": no event of root 11). Cases still missed are strict xfails that say
what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# A bare title after a preposition on the verb (or on its object), whose nearest actor of its role is the verb's other
# argument: the one the story named with that title before (one does not protest to one's own embassy)
TITLES_BACK = [
    ("Russia's embassy in Warsaw published a map showing Polish cities as Russian. Poland lodged a formal protest with the embassy.", "POL RUS 11"),
    ("Iran's ambassador to Germany praised the attack on Israel. Germany's foreign ministry complained to the ambassador.", "DEU IRN 11"),
    ("China's embassy in Manila accused Philippine officials of lying. The Philippines filed a diplomatic protest with the embassy.", "PHL CHN 11"),
    ("Hungary's ambassador to Ukraine, Antal Heizer, criticised Kyiv's language law. Ukraine's foreign ministry lodged a protest with the ambassador.", "UKR HUN 11"),
]
NOT_TITLES_BACK = [
    # no embassy of another state named before: none to protest to
    ("Japan's defence ministry said a Chinese warship entered its waters. Japan complained to the embassy.", "!11"),
]

# Bodies named with a country or an "of" phrase
BODIES = [
    ("Canada's House of Commons unanimously condemned Iran's crackdown on protesters.", "CAN IRN 11"),
    ("The speaker of Ukraine's parliament, Ruslan Stefanchuk, accused Hungary of blocking aid.", "UKR HUN 11"),
    ("The chair of the Norwegian Nobel Committee, Berit Reiss-Andersen, urged Iran to release the activist.", "NOR IRN 02"),
    ("The Norwegian Nobel Committee called on Iran to free the jailed activist.", "NOR IRN 02"),
]

# Companies: of their home country, and "the company" after one is that company
COMPANIES = [
    ("Barrick Gold accused Mali's military government of seizing its gold.", "CAN MLI 11"),
    ("Barrick Gold said on Tuesday it had halted operations at its mine. The company accused Mali's military government of seizing its gold.", "CAN MLI 11"),
    ("Mali's junta detained four Barrick employees in Bamako.", "MLI CAN 17"),
    ("ExxonMobil accused Venezuela of threatening its workers in Guyana.", "USA VEN 11"),
    ("A Russian court fined Google for failing to remove banned content.", "RUS USA 17"),
    ("Panama's government ordered First Quantum to close its copper mine.", "PAN CAN 10"),
]

# A role noun owned by a person the story named: of that person's country (supporters: its civilians or its group)
OWNED_BY_NAMED = [
    ("LIMA - Peru's Congress removed President Pedro Castillo from office on Wednesday. Castillo's supporters attacked police stations.", "PER PER 14"),
    ("DAKAR - Senegalese police arrested opposition leader Ousmane Sonko on Friday. Sonko's supporters clashed with police in Dakar.", "SEN SEN 14"),
    ("ISLAMABAD - Police arrested former Prime Minister Imran Khan on Tuesday. Khan's supporters attacked army buildings in Lahore.", "PAK PAK 14"),
]

# "The group" after a group and an inter-governmental body were named: the group
GROUP_BACK = [
    ("Hamas released two hostages on Friday, the United Nations said. The group accused Israel of blocking aid.", "PSE ISR 11"),
    ("The European Union imposed sanctions on Hezbollah leaders on Monday. The group accused Israel of provoking a war.", "LBN ISR 11"),
    ("Al-Shabaab fighters attacked an African Union base in Somalia, the AU said. The group threatened Kenya with more attacks.", "SOM KEN 13"),
]

# Bare "prosecutors" in a story of a trial: of the state whose court or jury the story named, not the defendant's
TRIALS = [
    ("NEW YORK - A U.S. jury in Manhattan found former Honduran President Juan Orlando Hernandez guilty of drug trafficking. Prosecutors accused him of turning Honduras into a narco-state.", "USA HND 11"),
    ("A federal jury in Miami convicted former Venezuelan official Claudia Diaz of money laundering. Venezuela's government called the trial a farce. Prosecutors accused Diaz of taking bribes.", "USA VEN 11"),
    ("A Paris court put a former Rwandan mayor on trial on Monday. Prosecutors accused him of organising killings during the 1994 genocide.", "FRA RWA 11"),
]
NOT_TRIALS = [
    ("NEW YORK - A U.S. jury in Manhattan found former Honduran President Juan Orlando Hernandez guilty of drug trafficking. Prosecutors accused him of turning Honduras into a narco-state.", "!HND HND 11"),
]

# "accused the police of ...", the charge's "of" parsed onto the accused: a bare state role noun of the story's country
# (and an international rights group has no home state of its own to accuse)
CHARGED = [
    ("SAN SALVADOR - President Nayib Bukele won a second term on Sunday. Rights groups have accused the security forces of torture.", "NGO SLV 11"),
    ("NAIROBI - Kenyan protesters marched against the finance bill on Tuesday. Amnesty International accused the police of using excessive force.", "NGO KEN 11"),
    ("TEHRAN - Thousands of Iranians mourned Mahsa Amini in Tehran on Saturday. The United Nations accused the security forces of killing protesters.", "IGO IRN 11"),
    ("DHAKA - Students protested across Bangladesh on Monday. The army was accused of shooting demonstrators by the opposition.", "BGD BGD 11"),
]
NOT_CHARGED = [
    ("NAIROBI - Kenyan protesters marched against the finance bill on Tuesday. Amnesty International accused the police of using excessive force.", "!NGO NGO 11"),
]

# A person whose surname is a country's name, named in full before: the person, not the country
SURNAME_COUNTRY = [
    ("LISBON - Portugal's prime minister, Luis Montenegro, presented his budget on Monday. The Socialists criticised Montenegro over the plan.", "PRT PRT 11"),
    ("LISBON - Portugal's government lost a confidence vote called by Prime Minister Luis Montenegro. Pedro Nuno Santos accused Montenegro of lying to parliament.", "PRT PRT 11"),
]
NOT_SURNAME_COUNTRY = [
    # no such person named: the country
    ("Serbia accused Montenegro of discriminating against ethnic Serbs.", "SRB MNE 11"),
    ("LISBON - Portugal's government lost a confidence vote called by Prime Minister Luis Montenegro. Pedro Nuno Santos accused Montenegro of lying to parliament.", "!PRT MNE 11"),
]

# A party's members' word read by the model as a plain noun mid-sentence
PARTIES = [
    ("LISBON - Prime Minister Luis Montenegro presented his budget on Monday. The opposition Socialists criticised the government.", "PRT PRT 11"),
]

# People of 2023-2025 news
PEOPLE = [
    ("OSLO - Berit Reiss-Andersen called on Iran to release Narges Mohammadi.", "NOR IRN 02"),
    ("Ecuadorean police arrested Jorge Glas at the Mexican embassy in Quito.", "ECU ECU 17"),
    ("Mexico's president condemned the arrest of Jorge Glas.", "MEX ECU 11"),
    ("Opposition politician Marinika Tepic accused President Aleksandar Vucic of stealing the vote.", "SRB SRB 11"),
]




DATED = {"SURNAME": dt.date(2024, 6, 1), "PEOPLE": dt.date(2024, 4, 6)}


@pytest.mark.parametrize("text,want", TITLES_BACK + NOT_TITLES_BACK + BODIES + COMPANIES + OWNED_BY_NAMED + GROUP_BACK + TRIALS + NOT_TRIALS + CHARGED + NOT_CHARGED)
def test_party_found(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


@pytest.mark.parametrize("text,want", SURNAME_COUNTRY + NOT_SURNAME_COUNTRY + PARTIES)
def test_person_not_country(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text, DATED["SURNAME"]), want)


@pytest.mark.parametrize("text,want", PEOPLE)
def test_people(cameo_coder: Coder, text: str, want: str) -> None:
    day = dt.date(2023, 10, 6) if "Reiss-Andersen" in text else DATED["PEOPLE"]
    assert passes(triples(cameo_coder, text, day), want)


# Still missed
MISSED = [
    pytest.param("QUITO - Ecuadorean police stormed Mexico's embassy and arrested former Vice President Jorge Glas. Glas accused Ecuador of kidnapping him.", "ECU ECU 11",
                 marks=pytest.mark.xfail(strict=True, reason="an accusation by a former official against his own state (ELI on ECU) is not coded")),
    pytest.param("MADRID - The opposition Popular Party accused the Socialists of corruption.", "ESP ESP 11",
                 marks=pytest.mark.xfail(strict=True, reason="the pre-filter drops a sentence of two parties no dictionary knows")),
]


@pytest.mark.parametrize("text,want", MISSED)
def test_party_still_missed(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)
