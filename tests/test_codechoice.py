"""Which code a sentence's event gets when the pair is right (issue 4): the second act of a sentence that names its
target by an epithet ("accusing its neighbour of ..."), verdicts said of an act named before ("called the decision
disproportionate"). The real codebook and model; the stories are written for these tests. Cases still coded wrong
are strict xfails: they say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


# A country named by an epithet its owner's "its" carries ("its neighbour", "its rival", "its former colonial ruler")
# is the latest other country named: the participle's accusation after the main act is coded on it too.
EPITHETS = [
    ("Ecuador imposed a 30% tariff on imports from Colombia, accusing its neighbour of failing to stop drug trafficking.", "ECU COL 11"),
    ("Rwanda cut ties with Belgium on Monday, accusing its former colonial ruler of taking sides in the conflict.", "RWA BEL 11"),
    ("Algeria recalled its ambassador from Morocco, accusing its rival of hostile acts.", "DZA MAR 11"),
    ("Pakistan closed its border with Afghanistan, accusing its neighbour of sheltering militants.", "PAK AFG 11"),
    ("Ethiopia expelled the Sudanese ambassador, blaming its neighbour for the border clashes.", "ETH SDN 11"),
    # the other country in the sentence before
    ("Armenian troops fired across the border on Sunday. Azerbaijan summoned the Armenian charge d'affaires and accused its neighbour of provocations.", "AZE ARM 11"),
]


@pytest.mark.parametrize("text,expected", EPITHETS)
def test_an_epithet_names_the_other_country(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# no other country named: no guess; an epithet that names its own referent or a domestic rival is no country
NO_EPITHET = [
    "Kenya closed its border on Monday, accusing its neighbour of harbouring militants.",
    "Kenya's ruling party accused its rival of buying votes.",
]


@pytest.mark.parametrize("text", NO_EPITHET)
def test_an_epithet_with_no_other_country_is_no_target(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] == "11" for r in roots(events_of(cameo_coder, text)))


# A verdict adjective said of an act the story told ("the decision", "the move") judges the act's doer.
VERDICTS = [
    ("Rwanda cut diplomatic ties with Belgium on Monday. Belgium called the decision disproportionate.", "BEL RWA 11"),
    ("Germany expelled two Russian diplomats on Friday. Moscow called the move disproportionate.", "RUS DEU 11"),
    ("Poland closed the last Belarusian consulate on its territory. Minsk described the step as excessive.", "BLR POL 11"),
    ("France detained an Algerian consular official in Paris. Algeria described the arrest as an unacceptable and unprecedented act.", "DZA FRA 11"),
    ("Police in Caracas arrested a French aid worker. France called the arrest an act of political persecution.", "FRA VEN 11"),
    ("Israel closed the Rafah crossing on Sunday. Egypt called the closure a flagrant violation of the peace treaty.", "EGY ISR 11"),
    # the tariffs imposed (the react memory's things made, eleventh session)
    ("China imposed tariffs on Australian wine. Canberra described the tariffs as excessive and unjustified.", "AUS CHN 11"),
]


@pytest.mark.parametrize("text,expected", VERDICTS)
def test_a_verdict_on_an_act_judges_its_doer(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text, 1))


# The parties make the code of some acts: a riot's act (storming, torching) by armed men is unconventional violence
# (180), by a crowd a riot (145); a criminal gang's attack is 180, rebels' fighting stays 190.
BY_PARTIES = [
    ("A gunman stormed Azerbaijan's embassy in Tehran on Friday, killing a security guard.", "IRN AZE 18"),
    ("Gunmen stormed the Turkish embassy in Kabul on Monday.", "AFG TUR 18"),
    ("Protesters stormed the Swedish embassy in Baghdad.", "IRQ SWE 14"),
    ("Rioters set fire to a police station in Dhaka.", "BGD BGD 14"),
    ("Gangs killed 62 people in El Salvador on Saturday.", "SLV SLV 18"),
    ("Gang members attacked a police station in Port-au-Prince.", "HTI HTI 18"),
    ("Rebels attacked an army base in eastern Congo.", "COD COD 19"),
]


@pytest.mark.parametrize("text,expected", BY_PARTIES)
def test_the_parties_make_the_code(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# A pardon frees the one pardoned (0841, as the CAMEO verb dictionary codes PARDON under 08), not forgiveness (056).
PARDONS = [
    ("Belarusian President Alexander Lukashenko pardoned 16 political prisoners on Friday.", "BLRGOV BLROPP 0841"),
    ("Russian President Vladimir Putin pardoned the jailed American Paul Whelan.", "RUSGOV USACVL 0841"),
    ("Egypt's president pardoned a jailed opposition leader.", "EGYGOV EGYOPP 0841"),
    ("The Kenyan president granted a pardon to 20 jailed protesters.", "KENGOV KENCVL 0841"),
]


@pytest.mark.parametrize("text,expected", PARDONS)
def test_a_pardon_is_a_release(cameo_coder: Coder, text: str, expected: str) -> None:
    assert events_of(cameo_coder, text) == {expected}


def test_a_refused_pardon_is_no_release(cameo_coder: Coder) -> None:
    assert not any(e.split()[2].startswith("08") for e in events_of(cameo_coder, "The court refused to pardon the Ugandan opposition leader."))


# A pattern's noun after a preposition of the pattern is that preposition's object: "agreed to a ceasefire after talks
# in Kunming" is a ceasefire (0871), not "agree to talks" (036) through the "after" phrase.
OBJECT_OF_THE_PREPOSITION = [
    ("Myanmar's military and the ethnic Chinese rebel group MNDAA have agreed to a formal ceasefire after talks in the Chinese city of Kunming.", "MMR MMR 08", "MMR MMR 03"),
    ("Sudan's army and the RSF agreed to a truce after talks in Jeddah.", "SDN SDN 08", "SDN SDN 03"),
    ("Israel and Hamas agreed to a ceasefire after talks in Cairo.", "ISR PSE 08", "ISR PSE 03"),
    ("Armenia and Azerbaijan agreed to talks in Washington.", "ARM AZE 03", "ARM AZE 08"),
    ("Russia agreed to talks with Ukraine.", "RUS UKR 03", "RUS UKR 08"),
]


@pytest.mark.parametrize("text,expected,wrong", OBJECT_OF_THE_PREPOSITION)
def test_a_noun_after_a_preposition_is_its_object(cameo_coder: Coder, text: str, expected: str, wrong: str) -> None:
    got = roots(events_of(cameo_coder, text))
    assert expected in got and wrong not in got


# "X met Y, and the two agreed to ...": "the two" alone is the pair the sentence named before it (never a place, never
# an actor of an earlier sentence).
THE_TWO = [
    ("Xi met Modi in Kazan, and the two agreed to stabilise relations.", {"CHN IND 03", "IND CHN 03"}),
    ("Blinken met Wang Yi in Beijing, and the two agreed to stabilise their strained relations.", {"USA CHN 03", "CHN USA 03"}),
    ("Erdogan met Putin in Sochi and the two agreed to work on a new grain deal.", {"TUR RUS 03", "RUS TUR 03"}),
]


@pytest.mark.parametrize("text,expected", THE_TWO)
def test_the_two_is_the_pair_just_named(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert expected <= roots(events_of(cameo_coder, text))


def test_the_two_of_an_earlier_sentence_is_no_guess(cameo_coder: Coder) -> None:
    got = roots(events_of(cameo_coder, "Xi met Modi in Kazan. The two agreed to cooperate on border patrols.", 1))
    assert not any(r.startswith("RUS") or " RUS " in r for r in got)


# Force that kills one named person (a leader, a commander) is the killing of that person (186), many people stay 195.
KILLINGS = [
    ("A U.S. drone strike killed Iranian military commander Qassem Soleimani at Baghdad airport early on Friday.", "USA IRN 18"),
    ("The killing came a day after an Israeli strike in Beirut killed Hezbollah commander Fuad Shukr.", "ISR LBN 18"),
    ("Hezbollah confirmed that its leader Hassan Nasrallah was killed in an Israeli air strike.", "ISR LBN 18"),
    ("A Russian missile strike killed 20 civilians in Kharkiv.", "RUS UKR 19"),
    ("Israeli strikes killed three Hamas commanders in Gaza.", "ISR PSE 19"),
    ("Russian troops killed two Ukrainian soldiers.", "RUS UKR 19"),
    ("Gunmen killed a Kosovo police officer in the north.", "XKX XKX 19"),
]


@pytest.mark.parametrize("text,expected", KILLINGS)
def test_killing_one_named_person(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# "Xi said the two countries should strengthen cooperation": what a speaker says its own side and the other should do
# is its intent to cooperate (030) with the other, no demand; said of two others it stays a demand (100).
OWN_SIDE_SHOULD = [
    ("Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Kazan on Wednesday. Xi said the two countries should strengthen communication and cooperation.",
     {"CHNGOV INDGOV 030"}),
    ("Putin hosted Erdogan in Sochi. Putin said the two countries should deepen trade ties.", {"RUSGOV TURGOV 030"}),
    ("Russia and Ukraine held talks in Istanbul. Turkey said the two sides should agree a ceasefire.", {"TUR RUS 100", "TUR UKR 100"}),
    # the speaker's own country named among those who should act
    ("Putin met Erdogan in Sochi. Putin said Russia and Turkey must deepen their cooperation.", {"RUSGOV TUR 030"}),
    ("Xi received Modi in Beijing. Xi told Modi that China and India should be friends.", {"CHNGOV IND 030"}),
    ("Lula met Zelenskiy in New York. Lula said Russia and Ukraine should negotiate.", {"BRAGOV RUS 100", "BRAGOV UKR 100"}),
]


@pytest.mark.parametrize("text,expected", OWN_SIDE_SHOULD)
def test_what_both_sides_should_do(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert events_of(cameo_coder, text, 1) == expected


# A reaction to an act named with the one it was done to ("the sanctions against Moldova", "the strikes on Kyiv") is
# on the act's doer the story named, as with "of" ("the arrest of Navalny"); with no doer named, on the one named.
REACTION_TO_AN_ACT_ON = [
    ("Russia imposed sanctions on Moldova. The EU condemned the sanctions against Moldova.", "IGO RUS 11"),
    ("Russian missiles struck Kyiv overnight. Germany condemned the strikes on Kyiv.", "DEU RUS 11"),
    ("Iran fired missiles at Israel. Britain condemned the attack on Israel.", "GBR IRN 11"),
    ("France condemned the attack on Israel.", "FRA ISR 11"),
    # the pattern's own "on": "blamed the attack on X" blames X
    ("A drone attack killed three U.S. soldiers in Jordan. Washington has blamed the Jordan attack on Kataib Hezbollah, an Iraqi militia backed by Tehran.", "USA IRQ 11"),
]


@pytest.mark.parametrize("text,expected", REACTION_TO_AN_ACT_ON)
def test_a_reaction_to_an_act_on_someone(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# A shutdown called by a party or a union is a general strike (143); "in force" is in numbers, no armed force.
SHUTDOWNS = [
    ("Bangladesh's opposition called a nationwide shutdown in protest against the verdict.", {"BGDOPP BGD 143"}),
    ("Her Awami League party, which is barred from politics, called a nationwide shutdown in protest, and police deployed in force across Dhaka.",
     {"BGDPTYAWL BGD 143"}),
    ("Nepal's opposition parties enforced a general shutdown in Kathmandu.", {"NPLOPP NPL 143"}),
    ("The U.S. government began a partial shutdown on Saturday.", set()),
    ("Kenyan police deployed in force in Nairobi ahead of the protests.", set()),
]


@pytest.mark.parametrize("text,expected", SHUTDOWNS)
def test_a_shutdown_is_a_strike(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    assert events_of(cameo_coder, text) == expected


# Still wrong (what each needs is in the reason).
STILL_WRONG = [
    pytest.param("Myanmar's military and the ethnic rebels have agreed to a formal ceasefire.", "MMR MMR 08",
                 marks=pytest.mark.xfail(strict=True, reason="'the ethnic rebels' is no actor without a named group")),
    pytest.param("Egyptian President Abdel Fattah al-Sisi pardoned jailed activist Alaa Abd El-Fattah.", "EGY EGY 08",
                 marks=pytest.mark.xfail(strict=True, reason="an unknown person named behind a title ('activist X') is no actor")),
    pytest.param("Argentina on Saturday demanded the immediate release of the gendarme detained in Venezuela.", "ARG VEN 10",
                 marks=pytest.mark.xfail(strict=True, reason="'detained in X' names no holder of the person to release")),
    pytest.param("Beijing will suspend for a year the export controls on rare earths aimed at the United States.", "CHN USA 03",
                 marks=pytest.mark.xfail(strict=True, reason="no pattern for suspending export controls")),
]


@pytest.mark.parametrize("text,expected", STILL_WRONG)
def test_still_wrong(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))
