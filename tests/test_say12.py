"""What speakers say about others (twelfth session, say12): statements that are events by what they say, not by a verb
of action. A verdict said of a vote criticises the state that held it; support declared in words (a stance, a backing
of a party's independence, support called unwavering, a future "would support"); accusations and criticism stated as
what the other did (deeds carried out, meddling tried, votes bought, money wasted, a wrong "by" someone); namings with
"regard ... as", and verdicts inside "a bunch of", "an instrument of". The real codebook and model, end to end through
the Coder; the sentences are written for these tests, in several phrasings per case.
"""

from __future__ import annotations

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


def _has(coder: Coder, text: str, want: str) -> bool:
    return want in roots(events_of(coder, text))


def _none_of(coder: Coder, text: str, root: str) -> bool:
    return not any(r.endswith(" " + root) for r in roots(events_of(coder, text)))


# A verdict said of a vote: the speaker criticises the state that held it (its government)
VOTE_VERDICTS = [
    ("Mozambique's ruling party candidate won the presidential election. Opposition leader Venancio Mondlane says the vote was rigged.", "MOZ MOZ 11"),
    ("South Africa's opposition MK party refused to take its seats in parliament, saying the election had been rigged.", "ZAF ZAF 11"),
    ("Chad's opposition leader Succes Masra said the presidential election was \"fraudulent\".", "TCD TCD 11"),
    ("The OSCE said Georgia's parliamentary election had been marred by reports of vote-buying and intimidation of voters.", "IGO GEO 11"),
    ("Washington said Belarus's presidential election was neither free nor fair.", "USA BLR 11"),
    ("Sierra Leone's main opposition party said the results announced by the electoral commission were not credible.", "SLE SLE 11"),
    ("Tanzania's opposition said the election had lacked credibility and transparency.", "TZA TZA 11"),
    ("Venezuela's electoral council declared Maduro the winner. The United States said the announced result did not reflect the will of the Venezuelan people.", "USA VEN 11"),
    ("Kenya held a presidential election on Tuesday. \"The results announced do not reflect the will of the people,\" Kenya's opposition leader Raila Odinga said.", "KEN KEN 11"),
    ("The European Union said the October election in Georgia was deeply flawed.", "IGO GEO 11"),
    # a body named on the vote, or a vote on a bill, is the body's or the legislature's
    ("Russia said the vote in the U.N. Security Council was a provocation.", "RUS IGO 11"),
    ("Hungary's opposition said the parliamentary vote on the budget was illegitimate.", "HUN HUN 11"),
]


@pytest.mark.parametrize("text,expected", VOTE_VERDICTS)
def test_a_verdict_on_a_vote_criticises_the_state_that_held_it(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


def test_the_state_of_a_vote_is_a_government_or_the_body_that_voted(cameo_coder: Coder) -> None:
    assert "HUNOPP HUNLEG 111" in events_of(cameo_coder, "Hungary's opposition said the parliamentary vote on the budget was illegitimate.")
    assert "IGOEUROSC GEOGOV 111" in events_of(cameo_coder, "The OSCE said Georgia's parliamentary election had been marred by reports of vote-buying.")
    assert not any(" IGOGOV " in e for e in events_of(cameo_coder, "Russia said the vote in the U.N. Security Council was a provocation."))


# ... not a vote praised, a verdict negated or only feared, nor a state judging its own vote
NOT_VOTE_VERDICTS = [
    "Kenya's electoral commission said the vote count was slow but the result was credible.",
    "The opposition said the vote could be rigged if observers were barred.",
    "Observers said the election was not rigged.",
    "The European Union said the October election in Georgia was calm and orderly.",
    "Georgia's government said the election had been free and fair.",
    "Russia said the vote had not been marred by any violations.",
    "Hungary's opposition said the vote on the budget would take place on Monday.",
    "The president said the election result was a clear mandate for reform.",
]


@pytest.mark.parametrize("text", NOT_VOTE_VERDICTS)
def test_no_criticism_of_a_vote_not_judged(cameo_coder: Coder, text: str) -> None:
    assert _none_of(cameo_coder, text, "11")


VOTE_MISSED = [
    # the bloc has no country and the story's country is named in a sentence that codes nothing
    ("Zimbabwe voted on Wednesday. The Southern African Development Community said the vote had fallen short of the requirements of the constitution.", "IGO ZWE 11"),
    # the vote is the relative pronoun of "which he said was rigged"
    ("Ugandan opposition leader Bobi Wine rejected the result of the January election, which he said was rigged.", "UGA UGA 11"),
]


@pytest.mark.xfail(strict=True, reason="the vote's country comes from a sentence with no event; a relative pronoun as the vote")
@pytest.mark.parametrize("text,expected", VOTE_MISSED)
def test_a_verdict_on_a_vote_still_missed(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


# Support said in words
SUPPORT = [
    ("The U.S. State Department said Washington would stand by Guyana's sovereignty.", "USA GUY 05"),
    ("\"We will always stand with Israel against threats to its security,\" the White House said.", "USA ISR 05"),
    ("France said it backed the independence of the International Criminal Court.", "FRA IGO 05"),
    ("Japan said it supports the sovereignty of Ukraine.", "JPN UKR 05"),
    ("U.S. House Speaker Kevin McCarthy said American support for Taiwan was \"unwavering\".", "USA TWN 05"),
    ("British support for Ukraine remains unwavering, Prime Minister Keir Starmer said.", "GBR UKR 05"),
    ("Albanian Prime Minister Edi Rama said Albania would honour its commitments to Italy.", "ALB ITA 03"),
    ("Washington said it would support Guatemala's new government in its fight against corruption.", "USA GTM 03"),
    ("The White House said Washington would back Ukraine for as long as it takes.", "USA UKR 03"),
    ("Biden vowed that the United States would stand with Ukraine for as long as it takes.", "USA UKR 03"),
    # a conjunct with no subject of its own, a future after a present the speaker tells (passing since code13)
    ("The United States said it supported a peaceful resolution and would stand by Guyana's sovereignty.", "USA GUY 05"),
]


@pytest.mark.parametrize("text,expected", SUPPORT)
def test_support_said_in_words(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


NOT_SUPPORT = [
    ("Russia said it backed the independence of the press.", "05"),
    ("The senator said he would not support the Ukrainian government.", "03"),
    ("Polish President Andrzej Duda said he would stand for re-election.", "05"),
    ("President Ferdinand Marcos said the Philippines had fulfilled its commitments to Interpol.", "03"),
    ("Japan's support for Ukraine is weak, the opposition said.", "05"),
]


@pytest.mark.parametrize("text,root", NOT_SUPPORT)
def test_no_support_where_none_is_declared(cameo_coder: Coder, text: str, root: str) -> None:
    assert _none_of(cameo_coder, text, root)


SUPPORT_MISSED = [
    ("Washington said its commitment to the Philippines was ironclad.", "USA PHL 05"),
    ("North Korea said it would unconditionally support all measures taken by Moscow.", "PRK RUS 03"),
]


@pytest.mark.xfail(strict=True, reason="a possessive pronoun as the owner of the support; the party named only as the doer of what is supported")
@pytest.mark.parametrize("text,expected", SUPPORT_MISSED)
def test_support_still_missed(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


# Accusations and criticism stated as what the other did
SAID_DEEDS = [
    ("Donald Tusk told parliament that two Ukrainian citizens working for Russian intelligence had carried out the attack.", "POL RUS 11"),
    ("Ukraine's security service said Russian agents had carried out the bombing.", "UKR RUS 11"),
    ("Israel said Iran had orchestrated the attack.", "ISR IRN 11"),
    ("Moldovan President Maia Sandu said Moscow had spent hundreds of millions of euros trying to sway the result.", "MDA RUS 11"),
    ("Romania's president said Russia had tried to influence the election.", "ROU RUS 11"),
    ("Germany's interior minister said Moscow was trying to interfere in the vote.", "DEU RUS 11"),
    ("The European Commission said the vote had taken place under unprecedented interference and intimidation by Russia.", "IGO RUS 11"),
    ("Moldova's president said the referendum was held amid massive meddling by Moscow.", "MDA RUS 11"),
    ("Taiwan's defence ministry said the island faced daily harassment by Chinese warplanes.", "TWN CHN 11"),
    ("Britain's opposition Labour Party said the government had wasted taxpayers' money on a gimmick.", "GBR GBR 11"),
    ("Britain's Supreme Court ruled the plan to send migrants to Rwanda unlawful. Rwanda's government said it would keep working with Britain. Opposition Labour leader Keir Starmer said the government had wasted taxpayers' money on a \"gimmick\".", "GBR GBR 11"),
    ("Hezbollah said the Israeli strike had crossed a red line.", "LBN ISR 11"),
    ("Seoul said Pyongyang had engaged in provocations along the border.", "KOR PRK 11"),
]


@pytest.mark.parametrize("text,expected", SAID_DEEDS)
def test_a_misdeed_said_is_an_accusation_or_criticism(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


NOT_SAID_DEEDS = [
    ("Russia said its forces had carried out a strike on Ukrainian positions.", "RUS RUS 11"),
    ("The Polish ministry said the army had carried out the exercise.", "POL POL 11"),
    ("Ukraine's security service said Russian agents had not carried out the bombing.", "UKR RUS 11"),
    ("Romania said Russia had tried to buy weapons from North Korea.", "ROU RUS 11"),
    ("Romania said Russia had tried to reach a deal with Hungary.", "ROU RUS 11"),
    ("Russia said the vote was held without interference by anyone.", "RUS RUS 11"),
    ("The Moldovan ministry said it would investigate the alleged interference by Russia.", "MDA RUS 11"),
    ("Israel alleged that 12 of the agency's employees took part in the October 7 attack by Hamas.", "ISR PSE 11"),
    ("Beijing's foreign ministry said it firmly opposed interference by foreign governments in Hong Kong's judicial affairs.", "CHN HKG 11"),
]


@pytest.mark.parametrize("text,pair", NOT_SAID_DEEDS)
def test_no_accusation_where_none_is_said(cameo_coder: Coder, text: str, pair: str) -> None:
    assert pair not in roots(events_of(cameo_coder, text))


# Namings: "regarded X as", a verdict carried by "a bunch of", "an instrument of"; a ruling's court
NAMINGS = [
    ("Biden said he still regarded Xi Jinping as a dictator.", "USA CHN 11"),
    ("The Kremlin views the Ukrainian government as a puppet of the West.", "RUS UKR 11"),
    ("North Korea's state media called South Korea's military \"a bunch of fools\".", "PRK KOR 11"),
    ("Mali's junta called the International Criminal Court an instrument of neo-colonial repression.", "MLI IGO 11"),
    ("Britain's Supreme Court ruled the Rwanda plan unlawful. The Rwandan government said it took issue with the ruling.", "RWA GBR 11"),
    # one named so is judged, not the country in the verdict ("an Iranian act" said of a seizure still names Iran)
    ("Poland's opposition leader Jaroslaw Kaczynski told parliament that Donald Tusk was a \"German agent\".", "POL POL 11"),
    ("The Kremlin called Zelensky an American puppet.", "RUS UKR 11"),
    ("Washington called the seizure an Iranian act of terrorism.", "USA IRN 11"),
]


@pytest.mark.parametrize("text,expected", NAMINGS)
def test_a_naming_said_is_a_criticism(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


def test_one_named_so_is_judged_not_the_country_in_the_verdict(cameo_coder: Coder) -> None:
    got = roots(events_of(cameo_coder, "The Kremlin called Zelensky an American puppet."))
    assert "RUS UKR 11" in got and "RUS USA 11" not in got


NOT_NAMINGS = [
    "Germany sees India as a key partner.",
    "The minister said he regarded the talks as a success.",
    "Turkey, which regards the Kurdish militia as a terrorist group, held talks with Syria on Monday.",
]


@pytest.mark.parametrize("text", NOT_NAMINGS)
def test_a_view_of_no_wrong_or_told_as_background_is_none(cameo_coder: Coder, text: str) -> None:
    assert _none_of(cameo_coder, text, "11")


# A bid to join opposed is a rejection of the one who bids
OPPOSED_ENTRY = [
    ("Brazil had opposed Venezuela's entry into the BRICS group.", "BRA VEN 12"),
    ("Hungary opposes Ukraine's membership of NATO.", "HUN UKR 12"),
    ("Turkey said it opposed Sweden's bid to join NATO.", "TUR SWE 12"),
]


@pytest.mark.parametrize("text,expected", OPPOSED_ENTRY)
def test_a_bid_opposed_is_rejected(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


# Concern, alarm, dismay or regret at a party's act is disapproval (110); worry and doubt stay 012
CONCERN = [
    ("The State Department said it was deeply concerned by China's military drills.", "USA CHN 11"),
    ("Japan expressed concern over China's buildup near the islands.", "JPN CHN 11"),
    ("Algeria expressed regret over Mali's decision to end the accord.", "DZA MLI 11"),
    ("Germany said it was alarmed by Russia's decision to deploy nuclear weapons in Belarus.", "DEU RUS 11"),
]


@pytest.mark.parametrize("text,expected", CONCERN)
def test_concern_at_a_partys_act_is_disapproval(cameo_coder: Coder, text: str, expected: str) -> None:
    assert _has(cameo_coder, text, expected)


def test_worry_and_doubt_stay_statements(cameo_coder: Coder) -> None:
    assert "DEU RUS 01" in roots(events_of(cameo_coder, "Germany expressed doubt over Russia's peace plan."))
    assert _none_of(cameo_coder, "Germany expressed concern over rising food prices.", "11")
