"""The target of a reaction is the doer of the act it names (fourteenth session, target14; docs/engine_policies.md
"The target of a reaction: the doer of the act it names (fourteenth session, target14)"). Each family is written in
several phrasings (other verbs, other countries, a relative clause, a passive, a pronoun, a noun); the real codebook
and model, end to end through the Coder. The stories are written for these tests. A case given as "!RR" wants no event
of that root; cases the engine still misses are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


def check(coder: Coder, text: str, want: str) -> None:
    """``want``: "SRC TGT RR" (country, country, root) or "!RR" (no event of that root)."""
    got = triples(coder, text)
    assert passes(got, want), sorted(got)


def lacks(coder: Coder, text: str, src: str, tgt: str, root: str) -> None:
    got = triples(coder, text)
    assert (src, tgt, root) not in got, sorted(got)


# An accusation rejected, dismissed or refuted by a bare noun is a denial (016) answered to the accuser: the latest
# accusation against the denier's country, else what someone else said last; none found, no event
REJECTED_ACCUSATIONS = [
    ("Iranian officials blamed Israel and the United States for the blasts. Washington rejected any suggestion that it was involved.", "USA IRN 01"),
    ("Poland accused Belarus of sending migrants across the border. Minsk dismissed the accusations as lies.", "BLR POL 01"),
    ("Ukraine said Russian hackers had attacked its power grid. The Kremlin rejected the claims.", "RUS UKR 01"),
    ("Kenya's president accused the opposition of plotting a coup. Opposition leaders rejected the allegations.", "KEN KEN 01"),
    ("Britain said Putin was responsible for Navalny's death. The Kremlin rejected the accusations as absurd.", "RUS GBR 01"),
    ("France accused Azerbaijan of meddling in New Caledonia, a charge Baku rejected as absurd.", "AZE FRA 01"),
    ("Ankara accused Israel of war crimes, an accusation that Israel has rejected.", "ISR TUR 01"),
    ("Georgia's opposition said the election was rigged. The ruling party rejected the fraud allegations.", "GEO GEO 01"),
    ("Bolivia's army commander claimed that President Luis Arce had asked him to stage the operation, an accusation the government rejected as a lie.", "BOL BOL 01"),
    ("Indian police arrested Delhi Chief Minister Arvind Kejriwal. His Aam Aadmi Party said the arrest was a political vendetta. Modi's Bharatiya Janata Party rejected the charge of political vendetta.", "IND IND 01"),
    # precision: no accuser in the story; a claim to a thing is no accusation; at home a saying that accuses no one
    ("China rejected the accusations.", "!01"),
    ("Ukraine's military intelligence said it had helped the rebels in northern Mali. Ukraine's foreign ministry rejected the accusation that Kyiv supported terrorism.", "!01"),
    ("Police in Shenzhen detained a suspect after a man attacked a Japanese boy. Lin said China rejected suggestions that the attack was linked to anti-Japanese sentiment.", "!01"),
]


@pytest.mark.parametrize("text,want", REJECTED_ACCUSATIONS)
def test_an_accusation_rejected_answers_the_accuser(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


def test_a_claim_to_a_thing_is_no_accusation(cameo_coder: Coder) -> None:
    lacks(cameo_coder, "Beijing claims Taiwan as its own. Taiwan's government rejects Beijing's sovereignty claims.", "TWN", "CHN", "01")


# A verdict held ("considered the decision wrong", "deems the move illegal", "considered the expulsion a violation"):
# criticism (111) of the doer of the act the noun names (the react memory); no doer told, no event
HELD_VERDICTS = [
    ("Armenia's parliament voted on Tuesday to join the International Criminal Court. Kremlin spokesman Dmitry Peskov told reporters that Moscow still considered the decision wrong.", "RUS ARM 11"),
    ("The Taliban barred Afghan women from working for the United Nations. He said the UN considered the decision unlawful and a breach of its charter.", "IGO AFG 11"),
    ("Venezuela expelled Argentina's diplomats on Monday. Brazil considered the expulsion a violation of international law.", "BRA VEN 11"),
    ("Israeli troops raided the Jenin refugee camp on Monday. Jordan considers the raid a flagrant violation of international law.", "JOR ISR 11"),
    # precision: negated; a thing judged that is no act
    ("Venezuela expelled Argentina's diplomats on Monday. Brazil did not consider the expulsion a violation of international law.", "!11"),
    ("Brazil considers the weather dangerous.", "!11"),
]


@pytest.mark.parametrize("text,want", HELD_VERDICTS)
def test_a_verdict_held_is_criticism_of_the_doer(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# An act blamed on someone ("an air strike it blamed on Israel", "blamed the bombing on the Taliban") names its doer:
# a later reaction to the act is on them
BLAMED_ON = [
    ("Iran vowed revenge on Tuesday after an air strike it blamed on Israel flattened its consular building in Damascus. Syria's foreign minister visited the site and condemned the attack as a violation of international law.", "SYR ISR 11"),
    ("Pakistan blamed the bombing on the Pakistani Taliban. The United Nations condemned the attack.", "IGO PAK 11"),
    ("The attack was blamed on Hamas by Israeli officials. Germany condemned the attack.", "DEU PSE 11"),
    # precision: blame denied gives no doer
    ("Turkey does not blame the attack on Syria. Russia condemned the attack.", "!11"),
]


@pytest.mark.parametrize("text,want", BLAMED_ON)
def test_an_act_blamed_on_someone_is_theirs(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# "The vote" that passed a law, a bill or a resolution is its making: a reaction to it is on the maker
VOTES = [
    ("Ghana's parliament passed a bill that restricts the rights of LGBTQ people. The U.S. State Department said it was deeply troubled by the vote.", "USA GHA 11"),
    ("Hong Kong's legislature passed a new security law on Tuesday. Britain criticised the vote.", "GBR HKG 11"),
    ("Georgia's parliament adopted a law on foreign agents on Tuesday. The European Union said it deplored the vote.", "IGO GEO 11"),
    # precision: a vote that made nothing the story names
    ("Voters went to the polls on Sunday. Observers praised the peaceful conduct of the vote.", "!05"),
]


@pytest.mark.parametrize("text,want", VOTES)
def test_the_vote_is_the_makers(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# A complaint, an objection or a grievance rejected is the latest criticism made of the rejecter's country (root 11)
COMPLAINTS = [
    ("Australia accused China on Tuesday of an unsafe and unprofessional act after a Chinese fighter jet dropped flares near an Australian helicopter. China's defence ministry rejected the complaint.", "CHN AUS 12"),
    ("Manila criticised Beijing's actions in the South China Sea. China rejected the objections.", "CHN PHL 12"),
    # precision: no complaint coded
    ("China rejected the complaint.", "!12"),
]


@pytest.mark.parametrize("text,want", COMPLAINTS)
def test_a_complaint_rejected_is_the_complainers(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Naming verdicts the naming entries did not list: criticism of the doer of the act named
NAMINGS = [
    ("A Cambodian court sentenced opposition leader Kem Sokha to 27 years of house arrest for treason. Human Rights Watch called the prosecution politically motivated.", "NGO KHM 11"),
    ("Belarusian police arrested dozens of opposition activists. Amnesty International called the arrests arbitrary.", "NGO BLR 11"),
    ("Russian forces shelled Kharkiv overnight. Ukraine's foreign ministry called the attack inhumane.", "UKR RUS 11"),
    ("Russian forces shelled Kharkiv overnight. Ukraine's foreign ministry called the strikes horrific.", "UKR RUS 11"),
    # precision: a verdict on no act
    ("Amnesty International called the weather appalling.", "!11"),
]


@pytest.mark.parametrize("text,want", NAMINGS)
def test_naming_verdicts(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)
