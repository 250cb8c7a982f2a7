"""Reactions to an act named by a noun (twelfth session, react12): "X condemned the launch", "Y expressed regret over
the decision", "Z called the firing a provocation", "W said it respected the judgment". The target is whoever did the
act: named on the noun (a possessor, a "by" phrase), else found in the story's memory. Stories are written for these
tests, several phrasings per case (other verbs, other countries, passives, pronouns, noun phrases); the real codebook
and model, end to end through the Coder. Each case is checked at country + root level on the story's events; "!08"
means no event of root 08. Cases still missed are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import events_of, passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# The act named by a gerund the small model reads as a verb ("called the firing a provocation": "firing" a VBG with
# "provocation" its object, or two objects of "called")
GERUNDS = [
    ("North Korea fired more than 200 artillery shells into the sea near the border on Friday. Seoul's defence ministry called the firing a provocation.", "KOR PRK 11"),
    ("Azerbaijani troops shelled Armenian border villages overnight. Yerevan called the shelling a provocation.", "ARM AZE 11"),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday. Manila called the firing dangerous and illegal.", "PHL CHN 11"),
    ("Russian forces bombed a children's hospital in Kharkiv on Tuesday. Ukraine's foreign minister called the bombing a war crime.", "UKR RUS 11"),
]

# Words of blame a naming gives an act by ("called the ruling 'prejudicial'", the ruling read as the adjective's
# modifier): on the court, the act's doer
BLAME_WORDS = [
    ("A Rome court on Friday ordered that 12 migrants held in Albania be brought to Italy. Meloni called the ruling \"prejudicial\" and said her cabinet would meet on Monday.", "ITA ITA 11"),
    ("Gunmen from the Pakistani Taliban attacked a school in Peshawar on Tuesday. Afghanistan's foreign ministry called the attack senseless and horrific.", "AFG PAK 11"),
    # the news of a story told by a court is its ruling, whatever other ruling it cites
    ("A Warsaw court on Monday blocked the government's media law, citing a ruling last month by the European Court of Human Rights. Poland's justice minister called the ruling scandalous.", "POL POL 11"),
    ("Kenya's High Court on Friday blocked the deployment of police officers to Haiti, citing an earlier ruling by the East African Court of Justice. Kenya's interior minister called the ruling unhelpful and politicised.", "KEN KEN 11"),
    ("OPEC and Russia agreed on Wednesday to cut oil output by two million barrels a day. Washington called the decision shortsighted and counterproductive.", "USA RUS 11"),
]

# A reaction the parser conjoins to the verb of what was said: the speaker's ("said 11 missiles had landed ..., and
# condemned the drills as irrational")
CONJOINED = [
    ("China fired ballistic missiles into waters around Taiwan on Thursday as it began military drills near the island. Taiwan's defence ministry said 11 Chinese missiles had landed in waters to the northeast, and condemned the drills as irrational.", "TWN CHN 11"),
    ("Russian forces shelled the city of Kharkiv overnight. Ukraine's foreign ministry said five civilians had been killed, and denounced the shelling as a war crime.", "UKR RUS 11"),
    ("Israel and Hamas agreed to a truce on Wednesday. Egypt's foreign ministry said the fighting had stopped, and welcomed the truce.", "EGY ISR 05"),
]

# A coup or a takeover told by a verb ("seized power", "took over the square", "overthrew the government")
COUPS = [
    ("Bolivian soldiers and armoured vehicles took over La Paz's main square on Wednesday and rammed the door of the presidential palace. The Organization of American States condemned the attempted coup.", "IGO BOL 11"),
    ("Gabonese army officers seized power on Wednesday and placed President Ali Bongo under house arrest. The African Union condemned the coup.", "IGO GAB 11"),
    ("Myanmar's military overthrew the elected government on Monday. The United States condemned the takeover.", "USA MMR 11"),
    ("Nigerien soldiers ousted President Mohamed Bazoum on Wednesday. France condemned the coup.", "FRA NER 11"),
]

# An incursion told as ships or troops sent, entering, crossing (no home reaction to violence by no one named)
INCURSIONS = [
    ("China sent warships into Japanese waters on Monday, prompting Tokyo to denounce the incursion.", "JPN CHN 11"),
    ("Russian military aircraft entered Finnish airspace on Friday. Helsinki condemned the incursion.", "FIN RUS 11"),
]

# A red line said crossed: the speaker criticises the clause's subject, an actor or the doer of its act
RED_LINES = [
    ("An Israeli air strike on Beirut's southern suburbs killed a Hezbollah commander on Sunday. Hezbollah official Mahmoud Qamati told reporters the strike had crossed a red line.", "LBN ISR 11"),
    ("Russia said NATO had crossed a red line by supplying long-range missiles to Ukraine.", "RUS IGO 11"),
    ("North Korea fired a missile over Japan on Tuesday. Tokyo said the launch crossed a red line.", "JPN PRK 11"),
    ("Iran said Israel had not crossed a red line.", "!11"),
]

# A feeling said "over", "about", "at" or "with" an act: the act's doer is the target
FEELINGS = [
    ("Mali's military government said on Thursday it was ending the 2015 Algiers peace agreement with immediate effect. Algeria's foreign ministry expressed regret over the decision.", "DZA MLI 11"),
    ("Niger's junta expelled the French ambassador on Friday. France voiced dismay at the expulsion.", "FRA NER 11"),
    ("The United States imposed new tariffs on Chinese steel on Monday. Beijing expressed strong displeasure over the move.", "CHN USA 11"),
    ("Poland closed its border with Belarus on Monday. Minsk expressed disappointment with the closure.", "BLR POL 11"),
]

# Accepting a court's ruling: a yield (08) to the court, also said as a future ("would respect the decision")
RULINGS = [
    ("Britain's Supreme Court ruled on Wednesday that the government's plan to send asylum seekers to Rwanda was unlawful. Sunak said he respected the judgment.", "GBR GBR 08"),
    ("Panama's Supreme Court on Tuesday declared unconstitutional the contract for the copper mine. President Laurentino Cortizo said his government would respect the decision.", "PAN PAN 08"),
    ("Kenya's Supreme Court annulled the presidential election on Friday. President Uhuru Kenyatta said he would respect the court's ruling.", "KEN KEN 08"),
    ("Israel's Supreme Court struck down the government's judicial law on Monday. The government said it would abide by the ruling.", "ISR ISR 08"),
    ("The International Court of Justice ruled on Friday that Colombia had violated Nicaragua's maritime rights. Colombia said it accepted the verdict.", "COL IGO 08"),
]
NOT_RULINGS = [
    # refused, not accepted; a ruling no court made; a decision no court took
    ("Britain's Supreme Court ruled on Wednesday that the plan was unlawful. The government said it would not accept the ruling.", "!08"),
    ("Mali's junta said on Thursday it was ending the Algiers peace agreement. Algeria said it respected the decision.", "!08"),
]

# The reactors a list names, three or more, and the passive; the doer named on the noun
LISTS = [
    ("North Korea fired a ballistic missile into the sea on Thursday. The United States, Japan and South Korea condemned the launch.", ["USA PRK 11", "JPN PRK 11", "KOR PRK 11"]),
    ("North Korea fired a ballistic missile into the sea on Thursday. The launch was condemned by the United States, Japan and South Korea.", ["USA PRK 11", "JPN PRK 11", "KOR PRK 11"]),
    # a launch told by what was put up: "put a spy satellite into orbit", "placed a satellite in orbit"
    ("Pyongyang said it had put a spy satellite into orbit. The United States, Japan and South Korea condemned the launch.", ["USA PRK 11", "JPN PRK 11", "KOR PRK 11"]),
    ("Iran said on Saturday it had placed a military satellite in orbit. The United States and France condemned the launch.", ["USA IRN 11", "FRA IRN 11"]),
    ("Russian missiles struck Kyiv overnight. Germany, France, Italy and Spain condemned the strikes.", ["DEU RUS 11", "FRA RUS 11", "ITA RUS 11", "ESP RUS 11"]),
    # a list the parser reads as an appositive ("The United States, the European Union and NATO"): each is a reactor
    ("PKK militants attacked a police station in southeastern Turkey on Wednesday, killing five officers. The United States, the European Union and NATO condemned the attack.", ["USA TUR 11", "IGO TUR 11"]),
    ("Israel struck a school in Gaza on Saturday. Egypt, the Arab League and Jordan denounced the strike.", ["EGY ISR 11", "IGO ISR 11", "JOR ISR 11"]),
    ("The United Nations criticised the arrest of the journalist by Belarusian police.", ["IGO BLR 11"]),
    ("Ukraine condemned Russia's decision to suspend the grain deal.", ["UKR RUS 11"]),
    ("Russia's decision to suspend the grain deal was condemned by Ukraine and Turkey.", ["UKR RUS 11", "TUR RUS 11"]),
    ("The arrest of the journalist by Belarusian police was condemned by the European Union.", ["IGO BLR 11"]),
    ("The seizure of the tanker by Iranian commandos was denounced by Britain and France.", ["GBR IRN 11", "FRA IRN 11"]),
    ("Canada expelled a Chinese diplomat on Monday. China strongly condemned the decision.", ["CHN CAN 11"]),
]

# The doer found by the story's first reaction to an act is the doer for the next ones: "condemned the strike as an
# Israeli crime ... called the strike a terrorist act"; the accused of an act ("blamed Ukraine for the attack") did it
ECHOES = [
    ("Saleh al-Arouri was killed on Tuesday by a drone strike in Beirut. Lebanon's prime minister condemned the strike as an Israeli crime. Hamas leader Ismail Haniyeh called the strike a terrorist act.", "PSE ISR 11"),
    ("A drone struck a fuel depot in Belgorod overnight. Moscow blamed Ukraine for the attack. Belarus condemned the attack.", "BLR UKR 11"),
    ("Two bombs exploded near a police station in Quetta on Monday. Pakistan accused India of being behind the blasts. China condemned the bombings.", "CHN IND 11"),
    ("A tanker was seized in the Gulf of Oman on Wednesday. Britain condemned the seizure as an Iranian act of piracy. France also condemned the seizure.", "FRA IRN 11"),
    # a claim of responsibility names the doer, whatever else the story coded of the gunmen
    ("Gunmen killed 40 people at a concert hall near Moscow on Friday. Islamic State claimed responsibility for the attack. The United Nations condemned the attack.", "IGO IMG 11"),
    ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing 20 people. Al Shabaab claimed responsibility for the blast. Kenya condemned the attack.", "KEN SOM 11"),
]

# "also": the same act as the story's latest such reaction, even when a later act by someone else would fit the noun
# (checked on the full codes: the rebels, not the army that struck back)
ALSO = [
    ("Turkish jets struck Kurdish militant targets in Iraq on Wednesday, hours after an attack on an aerospace company near Ankara killed five people. Erdogan condemned the attack by PKK militants. The United States and NATO also condemned the attack.", ["USA TURREB 11", "IGOWSTNAT TURREB 11"]),
    ("Pakistani jets bombed militant hideouts in Afghanistan on Sunday after a suicide bombing in Peshawar killed 20 police officers. Pakistan's prime minister condemned the bombing by the Pakistani Taliban. China also condemned the bombing.", ["CHN PAKREB 11"]),
]

@pytest.mark.parametrize("text,want", GERUNDS + BLAME_WORDS + RED_LINES + COUPS + CONJOINED + INCURSIONS + FEELINGS + RULINGS + NOT_RULINGS + ECHOES)
def test_reaction_to_a_named_act(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# Pairs a story must not code: a state's reaction to a foreign incursion is no criticism of its own people
NOT_CODED = [
    ("China sent warships into Japanese waters on Monday, prompting Tokyo to denounce the incursion.", "JPN JPN 11"),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_not_coded(cameo_coder: Coder, text: str, pair: str) -> None:
    got = triples(cameo_coder, text)
    assert tuple(pair.split()) not in got, got


@pytest.mark.parametrize("text,wants", ALSO)
def test_also_is_the_same_act(cameo_coder: Coder, text: str, wants: list[str]) -> None:
    got = {(src, tgt[: len(w.split()[1])], code[:2]) for w in wants for src, tgt, code in (e.split() for e in events_of(cameo_coder, text))}
    assert all(tuple(w.split()) in got for w in wants), got


@pytest.mark.parametrize("text,wants", LISTS)
def test_reactors_of_a_list(cameo_coder: Coder, text: str, wants: list[str]) -> None:
    got = triples(cameo_coder, text)
    assert all(passes(got, w) for w in wants), got


# Still missed: strict xfails, each with what is missing
STILL_MISSED = [
    pytest.param("Britain expelled a Russian defence attache on Wednesday. The opposition Labour Party welcomed the expulsion.", "GBR GBR 05",
                 marks=pytest.mark.xfail(strict=True, reason="'The opposition Labour Party' is no actor in a story with no British locus")),
    pytest.param("Canada expelled a Chinese diplomat on Monday. Canada's opposition Conservatives welcomed the expulsion.", "CAN CAN 05",
                 marks=pytest.mark.xfail(strict=True, reason="'opposition Conservatives' is no actor (a party named by its plural members)")),
    pytest.param("North Korea blew up sections of roads on Tuesday, prompting South Korean troops to fire warning shots and Seoul to condemn the move as a very abnormal act.", "KOR PRK 11",
                 marks=pytest.mark.xfail(strict=True, reason="the model hangs 'Seoul to condemn' on 'warning shots'; the prompted reaction is not found")),
]


@pytest.mark.parametrize("text,want", STILL_MISSED)
def test_still_missed(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)
