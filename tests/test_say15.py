"""What a party only SAYS about another, coded as the golds code it (fifteenth session, say15; docs/engine_policies.md
"What a party says another is out to do, opposes or disagrees with"): a wrong the other is said to aim at (112),
opposition to another's act with its doer named (111), disagreement with a named party (111), a lack of legitimacy
said of a vote (111), a "historic day" said of an act by a naming (051). Each family is written in several phrasings
of my own (other verbs, other countries, a quote, a pronoun, a noun phrase for a name); the real codebook and model,
end to end through the Coder. "!11" wants no event of that root; cases still missed are strict xfails with a reason.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


def check(coder: Coder, text: str, want: str) -> None:
    got = triples(coder, text)
    assert passes(got, want), sorted(got)


# A wrong the other party is said to be out to do: try / want / seek / plan / intend + a harm (112, speaker -> the
# subject of the aim)
AIMS = [
    ("In a victory speech, Carney said Trump was trying to break Canada.", "CAN USA 11"),
    ("Moldovan President Maia Sandu said Moscow was trying to destabilise the country ahead of the vote.", "MDA RUS 11"),
    ("Taiwan's defence ministry said Beijing was seeking to isolate the island diplomatically.", "TWN CHN 11"),
    ("Hungarian Prime Minister Viktor Orban said the European Commission wanted to punish Hungary for defending its borders.", "HUN IGO 11"),
    ("\"Russia wants to divide Europe,\" German Chancellor Olaf Scholz said on Tuesday.", "DEU RUS 11"),
    ("Iran's foreign minister said Israel planned to sabotage the nuclear talks.", "IRN ISR 11"),
    ("Venezuela's government said the United States intended to overthrow President Nicolas Maduro.", "VEN USA 11"),
    ("Ukrainian President Volodymyr Zelenskiy said Russia was playing with the lives of Ukrainian prisoners.", "UKR RUS 11"),
    ("Polish Prime Minister Donald Tusk said Belarus had begun trying to destabilise the border region.", "POL BLR 11"),
    ("Moldova's government rejected the criticism, saying Moscow was trying to destabilise the country.", "MDA RUS 11"),
    ("Georgia's prime minister said the opposition wanted to drag the country into war.", "GEO GEO 11"),
    ("India said Pakistan was trying to shift the blame for the attack onto Kabul.", "IND PAK 11"),
    ("Lithuania said the war had changed everything and that Belarus was trying to destabilise the region.", "LTU BLR 11"),
    ("Honduran President Xiomara Castro said traffickers from Mexico were lying to win lighter sentences.", "HND MEX 11"),
    ("Zelenskiy said Russia was lying about the attack on the market.", "UKR RUS 11"),
    ("Iran's foreign minister said Israel wanted war with Lebanon.", "IRN ISR 11"),
    # moved here from the strict xfails of tests/test_accusations.py, which this rule made pass
    ("Venezuela said the United States was seeking regime change.", "VEN USA 11"),
    # a subject the conjoined clause shares with the one before it
    ("Sandu said Putin was addicted to power and was trying to break Moldova.", "MDA RUS 11"),  # passes since conj15
    # precision: negated, a good aim, an aim at wrongdoers, the speaker's own side
    ("Sandu said Moscow was not trying to destabilise the country.", "!11"),
    ("Turkish President Tayyip Erdogan said Russia was trying to break the deadlock in the grain talks.", "!11"),
    ("French President Emmanuel Macron said Algeria wanted to punish those responsible for the attack.", "!11"),
    ("Macron said France wanted to weaken the smuggling networks.", "!11"),
    ("Macron said Algeria wanted to weaken the smuggling networks.", "!11"),
    ("Taiwan's president said China was trying to divide Taiwanese society.", "TWN CHN 11"),
    ("Turkey said Russia was trying to rebuild the bridge.", "!11"),
    ("Georgia's prime minister said the opposition wanted to drag the country into talks.", "!11"),
    ("The White House said it was not seeking a wider war.", "!11"),
    ("Russia said it was seeking a wider war.", "!11"),
    ("Moscow said Kyiv was seeking peace.", "!11"),
    ("The body of the Ukrainian soldier was lying in a field near Bakhmut, Russia said.", "!11"),
]


@pytest.mark.parametrize("text,want", AIMS)
def test_a_wrong_aimed_at_is_an_accusation(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Opposition to another party's act, its doer named on it (111); a bare opposition is nothing
OPPOSED = [
    ("The two leaders voiced strong opposition to any attempt by China to change the status quo by force.", "!11"),
    ("Japan and the Philippines voiced strong opposition to any attempt by China to change the status quo by force.", "JPN CHN 11"),
    ("Japan and the Philippines voiced strong opposition to any attempt by China to change the status quo by force.", "PHL CHN 11"),
    ("German Foreign Minister Annalena Baerbock said Berlin firmly opposed Russia's interference in Moldova.", "DEU RUS 11"),
    ("India said it opposed any attempt by Pakistan to raise the Kashmir issue at the United Nations.", "IND PAK 11"),
    ("The Philippines expressed opposition to Chinese provocations in the South China Sea.", "PHL CHN 11"),
    ("Serbia opposed any moves by Kosovo to seize the northern municipalities.", "SRB XKX 11"),
    # moved here from the strict xfails of tests/test_accusations.py, which this rule made pass
    ("China's foreign ministry said it firmly opposes the United States' interference.", "CHN USA 11"),
    ("The Palestinian Authority voiced strong opposition to Israel's plan to annex the Jordan Valley.", "PSE ISR 11"),
    # precision: negated, no doer named, a policy opposed
    ("Germany did not oppose Russia's interference in Moldova.", "!11"),
    ("Poland opposed the new trade deal.", "!11"),
    ("Hungary opposes the migration pact.", "!11"),
]


@pytest.mark.parametrize("text,want", OPPOSED)
def test_opposition_to_another_partys_act(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Disagreement with a named party (111)
DISAGREE = [
    ("U.S. President Donald Trump said he disagreed with Starmer on the issue.", "USA GBR 11"),
    ("French President Emmanuel Macron said he disagreed with Italian Prime Minister Giorgia Meloni over migration.", "FRA ITA 11"),
    ("Scholz said Germany strongly disagreed with Hungary on sanctions.", "DEU HUN 11"),
    ("\"We disagree with Beijing on this,\" Australian Prime Minister Anthony Albanese said.", "AUS CHN 11"),
    # precision
    ("Macron said he did not disagree with Meloni on migration.", "!11"),
    ("Greece and Turkey still disagreed on the delimitation of the continental shelf.", "!11"),
]


@pytest.mark.parametrize("text,want", DISAGREE)
def test_disagreement_with_a_party(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# A vote said to have no legitimacy (111 on the state that held it), as "lacked legitimacy" is
VOTES = [
    ("MOSCOW - Vladimir Putin won a fifth term as Russia's president on Sunday, and the Kremlin said the result showed Russians' trust in him. Ukrainian President Volodymyr Zelenskiy said Putin was addicted to power and that the election had no legitimacy.", "UKR RUS 11"),
    ("Belarus held a presidential election on Sunday, and Belarusian President Alexander Lukashenko claimed a seventh term in Minsk. Lithuania's foreign minister said the vote had no legitimacy.", "LTU BLR 11"),
    ("Venezuela held a presidential election on Sunday, and Venezuelan President Nicolas Maduro claimed victory in Caracas. The Brazilian government said the results had no credibility.", "BRA VEN 11"),
    # precision: negated
    ("Belarus held a presidential election on Sunday, and Belarusian President Alexander Lukashenko claimed a seventh term in Minsk. Lithuania's foreign minister said it was not true that the vote had no legitimacy.", "!11"),
]


@pytest.mark.parametrize("text,want", VOTES)
def test_a_vote_with_no_legitimacy(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# A "historic day" or "moment" said of another's act by a naming ("hailed the vote as", "called the accession") is
# praise (051); "This is a historic day," a quote with no act named, is not
PRAISE = [
    ("Timor-Leste was formally admitted on Sunday as the 11th member of ASEAN. Malaysian Prime Minister Anwar Ibrahim called Timor-Leste's accession a historic day for the region.", "MYS TLS 05"),
    # the judged act named by a bare noun whose doer the story's memory does not hold
    pytest.param("Timor-Leste was formally admitted on Sunday as the 11th member of ASEAN. Malaysian Prime Minister Anwar Ibrahim called the accession a historic day for the region.", "MYS TLS 05",
                 marks=pytest.mark.xfail(strict=True, reason="'the accession' after a passive admission: the memory holds no act of Timor-Leste's")),
    pytest.param("Pakistan's parliament passed a constitutional amendment on Monday. Prime Minister Shehbaz Sharif hailed the amendment as \"a historic day\".", "PAK PAK 05",
                 marks=pytest.mark.xfail(strict=True, reason="'the amendment' is not referred back to the parliament that passed it")),
    ("Saudi Arabia restored diplomatic relations with Iran on Friday. Iraq's prime minister hailed the decision as a historic moment for the region.", "IRQ SAU 05"),
    ("Finland joined NATO on Tuesday. Swedish Prime Minister Ulf Kristersson called Finland's accession a historic day.", "SWE FIN 05"),
    # precision: a bad day, a quote with no act
    ("Russia annexed four regions of Ukraine. Zelenskiy called the annexation a dark day for Europe.", "!05"),
    ("\"This is a historic day,\" the minister said.", "!05"),
]


@pytest.mark.parametrize("text,want", PRAISE)
def test_a_historic_day_is_praise(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)
