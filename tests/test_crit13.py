"""Disapproval and praise in their verdict shapes (thirteenth session, crit13; docs/engine_policies.md "Verdicts in
more shapes: aims, relatives, feelings, harms and praise"). Each family is written in several phrasings (other verbs,
other countries, a relative clause, a quote, an adjective, a noun); the real codebook and model, end to end through
the Coder. The stories are written for these tests. A case given as "!11" wants no event of that root; cases the
engine still misses are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import events_of, passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


def check(coder: Coder, text: str, want: str) -> None:
    """``want``: "SRC TGT RR" (country, country, root), "!RR" (no event of that root) or "!CODE" (no event of that code)."""
    if want.startswith("!") and len(want) > 3:
        codes = events_of(coder, text)
        assert not any(e.split()[2] == want[1:] for e in codes), sorted(codes)
        return
    got = triples(coder, text)
    assert passes(got, want), sorted(got)


# An aim noun ("attempt", "bid", "ploy", "plot") whose infinitive is a harm names the act an accusation (112), said
# of the act's doer; an aim that is no harm is nothing
AIMS = [
    ("Russia expelled two Estonian diplomats on Monday. Estonia's foreign ministry called the expulsion a crude attempt to intimidate the Baltic states.", "EST RUS 11"),
    ("China's coast guard rammed a Philippine supply boat on Saturday. Manila described the ramming as a bid to block its resupply missions.", "PHL CHN 11"),
    ("Russian hackers attacked the Estonian election commission's servers on Friday. Estonia's foreign minister said the attack was an attempt to undermine the vote.", "EST RUS 11"),
    ("Gunmen from an Islamic State cell bombed a church in Damascus on Sunday. The Syrian interior ministry called the bombing a cowardly attempt to undermine national unity.", "SYR IMG 11"),
    ("Protesters stormed the parliament building in Tbilisi on Sunday. Prime Minister Irakli Kobakhidze described the assault as an attempt to overthrow the constitutional order.", "GEO GEO 11"),
    ("Armenia signed a peace deal with Azerbaijan. Russia said the deal was an attempt to sabotage its mediation.", "RUS ARM 11"),
    # precision: an aim that harms no one; an aim said of no act
    ("Russia expelled two Estonian diplomats on Monday. Estonia's foreign ministry called the expulsion an attempt to reach a deal.", "!11"),
    ("The storm was an attempt by nature to test the town.", "!11"),
]


@pytest.mark.parametrize("text,want", AIMS)
def test_an_aim_to_harm_is_an_accusation(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Verdict words the plain lookup missed: hyphenated ("short-sighted", "heavy-handed"), tagged as an adverb
# ("cowardly"), and new nouns and adjectives of blame ("unfortunate", "an abuse of", "revenge", "a pogrom", "an act of
# war", "a regressive step", "diktats")
WORDS = [
    ("Mali cut diplomatic ties with Ukraine on Sunday. Kyiv called the decision \"short-sighted and hasty\".", "UKR MLI 11"),
    ("Serbia closed its border with Kosovo on Sunday. Kosovo's prime minister called the closure short-sighted.", "XKX SRB 11"),
    ("Mexico nationalised its lithium deposits. Canada called the decision heavy-handed.", "CAN MEX 11"),
    ("Turkey launched air strikes on Kurdish militias in Syria. The Syrian Kurdish authorities called the strikes cowardly.", "SYR TUR 11"),
    ("Nauru switched diplomatic recognition from Taiwan to China on Monday. The United States called Nauru's decision unfortunate.", "USA NRU 11"),
    ("A Dhaka court sentenced Muhammad Yunus to six months in prison on Monday. Amnesty International called the conviction an abuse of labour laws.", "NGO BGD 11"),
    ("Iran executed a Swedish-Iranian doctor on Saturday. Sweden called the execution an act of revenge.", "SWE IRN 11"),
    ("Israeli settlers attacked the Palestinian town of Huwara on Sunday night. The Israeli military commander of the region called the settlers' attack a pogrom.", "ISR ISR 11"),
    ("Mexico nationalised its lithium deposits. Canada called the decision a regressive step.", "CAN MEX 11"),
    ("Tunisian President Kais Saied rejected the IMF's conditions on Thursday, calling them diktats.", "TUN IGO 11"),
    # precision: a verdict on what no party did; "called for" is no naming; a call
    ("The foreign minister called the weather unfortunate.", "!11"),
    ("Kenya called for calm on Monday after the attack.", "!11"),
    ("Ukrainian President Volodymyr Zelensky called Polish President Andrzej Duda on Monday.", "!11"),
]


# Namings the small model reads in other shapes: the name as an adjective after the object ("called Nauru's decision
# unfortunate and urged ...", also with quotes), both names read as object predicates ("called the settlers' attack a
# pogrom", "called the shelling a massacre")
SHAPES = [
    # "its passage": the passage of a law refers back to its maker (actors13's NOMINALS, with crit13's verdict words)
    ("Hong Kong's legislature passed a new national security law on Tuesday. U.N. rights chief Volker Turk called its passage a regressive step.", "IGO HKG 11"),
    ("Nauru switched diplomatic recognition from Taiwan to China on Monday. The United States called Nauru's decision unfortunate and urged other countries to stand by Taipei.", "USA NRU 11"),
    ("Russia expelled two Estonian diplomats on Monday. Estonia called the expulsion \"unjustified\" and summoned the Russian envoy.", "EST RUS 11"),
    ("Israeli settlers attacked the Palestinian town of Huwara on Sunday night. The Palestinian Authority called the settlers' attack a pogrom.", "PSE ISR 11"),
    ("Russian troops shelled a market in Kharkiv on Monday. Ukraine's foreign minister called the shelling a massacre.", "UKR RUS 11"),
    ("Mordor closed the border. The minister called the decision wise and thanked the army.", "!11"),
    # moved here from the strict xfails of tests/test_accusations.py and tests/test_react12.py, which these rules made pass
    ("Lapid called Netanyahu's plan reckless.", "ISR ISR 11"),
    ("Israel's cabinet voted on Thursday to fire the head of the Shin Bet. Opposition leader Yair Lapid called the firing \"a declaration of war\" on the rule of law.", "ISR ISR 11"),
]


@pytest.mark.parametrize("text,want", SHAPES)
def test_namings_in_other_parses(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


@pytest.mark.parametrize("text,want", WORDS)
def test_more_verdict_words(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# "The strike" is also a labour strike the story told (143), not only a military one
STRIKES = [
    ("Nigeria's main labour unions began a nationwide strike on Monday over fuel prices. President Bola Tinubu called the strike an attempt to blackmail the government.", "NGA NGA 11"),
    ("Argentina's unions staged a general strike on Wednesday against the austerity plan. President Javier Milei called the strike a political stunt.", "ARG ARG 11"),
    ("French unions staged a nationwide strike against the pension reform on Thursday. Prime Minister Elisabeth Borne condemned the strike as an attempt to block the reform.", "FRA FRA 11"),
    ("Russian jets carried out a strike on a hospital in Aleppo. Turkey condemned the strike.", "TUR RUS 11"),
]


@pytest.mark.parametrize("text,want", STRIKES)
def test_a_labour_strike_judged(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# A relative clause holds the act judged: "an attack that Zelensky called a war crime", "a vote that the opposition
# denounced as illegitimate", "a launch that Kishida called an outrageous act" (the act's doer is the subject of the
# verb the act noun hangs on); "which" after a place is no verdict on the place
RELATIVES = [
    ("Russian forces shelled Kharkiv on Monday, in an attack that Ukrainian President Volodymyr Zelensky called a war crime.", "UKR RUS 11"),
    ("North Korea fired a ballistic missile over Japan on Tuesday in a launch that Japanese Prime Minister Fumio Kishida called an outrageous act.", "JPN PRK 11"),
    ("The ruling Georgian Dream party won the parliamentary election in a vote that opposition leader Nika Melia denounced as illegitimate.", "GEO GEO 11"),
    ("Israel launched air strikes on Rafah on Tuesday, an operation which Egypt described as a flagrant violation of the treaty.", "EGY ISR 11"),
    ("Thousands of Rohingya fled into Bangladesh, which U.N. investigators described as a haven.", "!11"),
]


@pytest.mark.parametrize("text,want", RELATIVES)
def test_a_relative_clause_holds_the_act_judged(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# A feeling told in the passive about an act: shock, horror, outrage (111), alarm, dismay, concern (110), on the act's
# doer; a feeling about what no one did is nothing
FEELINGS = [
    ("Israel struck Iranian nuclear sites on Friday. Saudi Arabia said it was outraged by the attack.", "SAU ISR 11"),
    ("Israel struck Iranian nuclear sites on Friday. Qatar said it was shocked by the strikes.", "QAT ISR 11"),
    ("Russian forces shelled Kharkiv on Monday. Germany said it was horrified by the shelling.", "DEU RUS 11"),
    ("China sent warships around Taiwan on Monday. Japan said it was alarmed by the deployment.", "JPN CHN 11"),
    ("Hong Kong's legislature passed a new national security law on Tuesday. The U.S. State Department said it was alarmed by the law's sweeping provisions.", "USA HKG 11"),
    ("Japan said it was alarmed by the typhoon.", "!11"),
]


@pytest.mark.parametrize("text,want", FEELINGS)
def test_a_feeling_about_an_act(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Harm to rights, freedoms, democracy or the rule of law told of an act or a party in a reported clause (111)
HARMS = [
    ("Hong Kong's legislature passed a new national security law on Tuesday. British Foreign Secretary David Cameron said the law would further damage the rights and freedoms enjoyed in Hong Kong.", "GBR HKG 11"),
    ("Georgia's parliament passed a foreign agents law on Tuesday. The European Union said the law undermined democracy in Georgia.", "IGO GEO 11"),
    ("Human Rights Watch said Hungary's new media law curtailed press freedom.", "NGO HUN 11"),
    ("The government said the floods had damaged the roads.", "!11"),
    ("Georgia's parliament passed a foreign agents law on Tuesday. The European Union said the law would not undermine democracy.", "!11"),
]


@pytest.mark.parametrize("text,want", HARMS)
def test_a_harm_to_rights_is_criticism(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Praise by a naming (051): a good word on a step, a model, a turning point, or in an "as" phrase; not a plain "was
# important", not a good word on a verdict noun ("a big mistake"), not a deal or talks (talk11: a comment, 013), not a
# step the speaker's own side took
PRAISE = [
    ("Kenya agreed to lead a security mission to Haiti. Haitian Prime Minister Ariel Henry called the decision an important step for his country.", "HTI KEN 05"),
    ("Kenya agreed on Tuesday to lead a security mission to Haiti. Haitian Prime Minister Ariel Henry described the decision as a positive step for his country.", "HTI KEN 05"),
    ("The European Union decided on Thursday to open membership talks with Ukraine. Ukraine's foreign minister called the decision a historic step.", "UKR IGO 05"),
    ("Kenya agreed to lead a security mission to Haiti. Haitian Prime Minister Ariel Henry said the decision was important.", "!05"),
    ("Russia expelled two Estonian diplomats on Monday. Estonia called the expulsion a big mistake.", "!05"),
    ("Colombia and the ELN signed a ceasefire. President Gustavo Petro called the ceasefire an important step toward peace.", "!051"),
    ("Tunisia and the European Union signed a migration accord on Sunday. Italian Prime Minister Giorgia Meloni called the accord an important step.", "!051"),
    ("The foreign minister called the storm an important step for farmers.", "!05"),
]


@pytest.mark.parametrize("text,want", PRAISE)
def test_praise_by_a_naming(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)


# Still missed
MISSED = [
    # a state praising its own police: the rule that a state's organs do not judge one another drops it
    pytest.param("Brazilian federal police arrested two lawmakers on Sunday over the killing of a councillor. Justice Minister Ricardo Lewandowski called the arrests \"a big step\" towards justice.", "BRA BRA 05",
                 marks=pytest.mark.xfail(strict=True, reason="a government's praise of its own police is dropped with its criticism")),
    # "trampling on": the harm in a prepositional phrase
    pytest.param("Amnesty International said the Tunisian government was trampling on the independence of the judiciary.", "NGO TUN 11",
                 marks=pytest.mark.xfail(strict=True, reason="a harm verb whose object is in an 'on' phrase")),
    # a verdict participle in an "as" phrase ("denounced as rigged")
    pytest.param("The ruling Georgian Dream party won the parliamentary election in a vote that opposition leader Nika Melia denounced as rigged.", "GEO GEO 11",
                 marks=pytest.mark.xfail(strict=True, reason="a verdict the model tags as a participle in an 'as' phrase")),
]


@pytest.mark.parametrize("text,want", MISSED)
def test_still_missed(cameo_coder: Coder, text: str, want: str) -> None:
    check(cameo_coder, text, want)
