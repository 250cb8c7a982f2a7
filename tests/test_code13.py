"""The right pair with the wrong code (thirteenth session, code13): the engine found who acted on whom but coded the
act by its carrier, not by what was done. An order is the act it orders ("ordered the ambassador to be summoned" is a
summons, "ordered him to serve eight years in prison" a sentence); a message is what it says ("sent a message of
congratulations" is praise); one envoy ordered out is a cut in relations. Stories are written for these tests, several
phrasings per case (other verbs, other countries, passives, pronouns, noun phrases); the real codebook and model, end to
end through the Coder. Each case is checked at country + root level; "!05" means no event of root 05. Cases still
missed are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# An order is the act it orders: a passive infinitive after the one ordered, parsed either as the order's object with
# an infinitive or as the infinitive's passive subject; a prison term to serve is custody as the court orders it
# (173, home13's rule: the seed-convention golds accept root 17 for every sentence to prison, root 11 not for all)
ORDERS = [
    ("Prime Minister Benjamin Netanyahu ordered the Spanish ambassador to be summoned for a reprimand.", "ISR ESP 11"),
    ("China's foreign minister ordered Japan's envoy to be summoned over the remarks.", "CHN JPN 11"),
    ("The Kremlin ordered the French ambassador to be summoned on Monday.", "RUS FRA 11"),
    ("Thaksin was taken to the Supreme Court, which ordered him to serve eight years in prison.", "THA THA 17"),
    ("A Pakistani court on Tuesday ordered former Prime Minister Imran Khan to serve a 14-year prison sentence.", "PAK PAK 17"),
    ("The Supreme Court ordered Bolsonaro to serve 27 years in jail for plotting a coup.", "BRA BRA 17"),
    ("A Turkish judge ordered the journalists to be detained pending trial.", "TUR TUR 17"),
    ("An Egyptian prosecutor ordered the activist to be held for 15 days.", "EGY EGY 17"),
    ("Venezuela ordered the Colombian diplomats to be expelled within 72 hours.", "VEN COL 16"),
    ("An Argentine judge ordered the detained protesters to be released on Thursday.", "ARG ARG 08"),
    # an order that orders no act the codebook knows stays a demand
    ("Britain ordered Russia to withdraw its troops.", "GBR RUS 10"),
    ("Thaksin was taken to the Supreme Court, which ordered him to serve eight years in prison.", "!10"),
]

# One envoy ordered out is a cut in relations (161), as "expelled the ambassador" is; staff or diplomats of several
# countries ordered to leave stay an expulsion of people (174), as the golds code them
ENVOYS_OUT = [
    ("Iraq ordered Sweden's ambassador to leave the country.", "IRQ SWE 16"),
    ("Niger's junta ordered the French ambassador to leave within 48 hours.", "NER FRA 16"),
    ("Algeria ordered 12 French embassy staff to leave the country within 48 hours.", "DZA FRA 17"),
]

# A message is what it says: congratulations are praise (051), condolences sympathy (018); a bare message or letter
# stays a statement to its addressee (010)
MESSAGES = [
    ("Chinese Premier Li Qiang sent a message of congratulations to Hun Manet.", "CHN KHM 05"),
    ("Indian Prime Minister Narendra Modi sent a congratulatory message to Sri Lanka's new president.", "IND LKA 05"),
    ("Putin sent a letter of congratulations to Erdogan after his re-election.", "RUS TUR 05"),
    ("Macron sent a message of condolence to King Mohammed VI after the earthquake.", "FRA MAR 01"),
    ("Japan's emperor sent a condolence message to Turkish President Recep Tayyip Erdogan.", "JPN TUR 01"),
    ("Biden sent a letter to Netanyahu on Tuesday.", "USA ISR 01"),
    ("Scholz sent a message to Macron about the budget.", "!05"),
]


@pytest.mark.parametrize("text,want", ORDERS + ENVOYS_OUT + MESSAGES)
def test_the_act_not_its_carrier(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# An investigation into an act the story told is on the act's doer, a state's own army or police too; never on the
# investigators themselves, nor on an act no one did
INVESTIGATIONS = [
    ("A Russian missile struck a pizzeria in Kramatorsk on Tuesday, killing 11 people. Ukraine's prosecutor general opened a war crimes investigation into the strike.", "UKR RUS 09"),
    ("A Nigerian army drone strike killed 85 villagers in Kaduna state on Sunday. President Bola Tinubu ordered an investigation into the strike.", "NGA NGA 09"),
    ("Kenyan police shot dead three protesters in Nairobi on Tuesday. The interior minister launched an inquiry into the killings.", "KEN KEN 09"),
    ("Mexican soldiers opened fire on a car at a checkpoint in Tamaulipas, killing five men. The defence ministry said it had opened an investigation into the shooting.", "MEX MEX 09"),
    ("Israeli troops raided the Jenin refugee camp on Monday. The army said it was investigating the raid.", "!09"),
    ("Serbia held elections on Sunday. The electoral commission opened an investigation into the vote.", "!09"),
]

# Goods taken are 1711, not a place occupied: the owner named on them, after "from", or whose premises a conjoined verb
# raided or boarded
GOODS = [
    ("Brazilian federal police seized former President Jair Bolsonaro's passport on Thursday.", "BRA BRA 17"),
    ("Chinese coast guard officers boarded a Vietnamese fishing boat and seized their catch.", "CHN VNM 17"),
    ("Chinese coast guard personnel seized rifles from Philippine soldiers on a supply boat.", "CHN PHL 17"),
    ("Russian police confiscated the phones of the Navalny supporters.", "RUS RUS 17"),
    ("Turkish police raided the offices of the pro-Kurdish HDP party and seized documents.", "TUR TUR 17"),
    ("Malian troops seized the town of Kidal from the rebels.", "MLI MLI 19"),
    ("Brazilian federal police seized former President Jair Bolsonaro's passport on Thursday.", "!19"),
]

# An office-holder disqualified or unseated as a lawmaker, or from office (172); kept out of a race stays 1722
DISQUALIFIED = [
    ("India's parliament disqualified opposition leader Rahul Gandhi as a lawmaker on Friday.", "IND IND 17"),
    ("Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif from office.", "PAK PAK 17"),
    ("Thailand's Constitutional Court disqualified Pita Limjaroenrat as a member of parliament.", "THA THA 17"),
    ("Iraq's federal court removed parliament speaker Mohammed al-Halbousi as a lawmaker.", "IRQ IRQ 17"),
]

# Police sent out with no one named: a show of police power (153) at the civilians where it happens, said ahead too
POLICE_SENT = [
    ("Protesters gathered outside the Constitutional Court in Jakarta on Monday, and police deployed thousands of officers.", "IDN IDN 15"),
    ("Argentina's government deployed hundreds of federal police officers around the Congress building.", "ARG ARG 15"),
    ("The French government deployed 45,000 police officers across the country on Saturday night.", "FRA FRA 15"),
    ("France will deploy 40,000 police officers across the country after a second night of rioting, the interior minister said.", "FRA FRA 15"),
    ("Kenyan authorities deployed riot police across Nairobi ahead of the planned protests.", "KEN KEN 15"),
]


@pytest.mark.parametrize("text,want", INVESTIGATIONS + GOODS + DISQUALIFIED + POLICE_SENT)
def test_the_act_done(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# Pairs a story must not code: police sent abroad are not sent at one's own civilians; one's own raid investigated is
# no act on oneself
NOT_CODED = [
    ("Kenya deployed police officers to Haiti.", "KEN KEN 15"),
    ("Israeli troops raided the Jenin refugee camp on Monday. The army said it was investigating the raid.", "ISR ISR 09"),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_not_coded(cameo_coder: Coder, text: str, pair: str) -> None:
    got = triples(cameo_coder, text)
    assert tuple(pair.split()) not in got, got


# A threat said as the second half of what is said, after an accusation in the first ("said Israel had committed a
# crime and would face severe punishment"): the future after a past the speaker tells is reported, and its own event
THREATS_AFTER = [
    ("Khamenei said Israel had committed a crime and would face severe punishment.", "IRN ISR 13"),
    ("Israel struck Iranian nuclear sites on Friday. Iran's supreme leader said Israel had committed a crime and would face \"severe punishment\".", "IRN ISR 13"),
    ("Khamenei said Israel had attacked Iran and would pay a heavy price.", "IRN ISR 13"),
    ("Armenia's prime minister said Azerbaijan had violated the ceasefire and would face consequences.", "ARM AZE 13"),
    ("Beijing said Taiwan's leader had provoked confrontation and would face punishment.", "CHN TWN 13"),
    ("Khamenei said Israel had committed a crime and would face severe punishment.", "IRN ISR 11"),
    ("Khamenei said Israel had committed a crime and would face an investigation.", "!13"),
]

# A call to lift a ban is made to the one whose ban it is, not the country whose goods it is on
BAN_OWNERS = [
    ("Kishida met Xi on Thursday and called for the immediate lifting of China's ban on Japanese seafood.", "JPN CHN 02"),
    ("Japan called for the lifting of China's ban on Japanese seafood imports.", "JPN CHN 02"),
    ("Australia pressed for the removal of Beijing's tariffs on Australian wine.", "AUS CHN 02"),
    ("Russia demanded the immediate lifting of Lithuania's restrictions on goods bound for Kaliningrad.", "RUS LTU 10"),
    ("Syria asked Washington to lift sanctions on Damascus.", "SYR USA 02"),
]


@pytest.mark.parametrize("text,want", THREATS_AFTER + BAN_OWNERS)
def test_the_right_half(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


NOT_CODED_TOO = [
    ("Kishida met Xi on Thursday and called for the immediate lifting of China's ban on Japanese seafood.", "JPN JPN 02"),
]


@pytest.mark.parametrize("text,pair", NOT_CODED_TOO)
def test_not_on_the_goods(cameo_coder: Coder, text: str, pair: str) -> None:
    assert tuple(pair.split()) not in triples(cameo_coder, text)


# Help offered from abroad and accepted is let in (0863), not a proposal agreed to (030); aid accepted "from" someone
# stays that one's aid (070)
HELP_LET_IN = [
    ("Morocco said on Sunday it had accepted offers of search-and-rescue teams from Spain, Britain, Qatar and the United Arab Emirates.", "MAR QAT 08"),
    ("Morocco said on Sunday it had accepted offers of search-and-rescue teams from Spain, Britain, Qatar and the United Arab Emirates.", "!03"),
    ("Libya's government accepted Egypt's offer of rescue teams.", "LBY EGY 08"),
    ("Turkey accepted aid from Armenia after the earthquake.", "ARM TUR 07"),
    ("Pakistan accepted China's proposal for talks.", "!08"),
]

# A protest or a strike joined is protesting (141, 143), not joining a government (057) or cooperation (050)
JOINED = [
    ("Thousands of people joined a march in Nanterre on Thursday.", "FRA FRA 14"),
    ("Tens of thousands of Serbians joined a protest in Belgrade against the government.", "SRB SRB 14"),
    ("Tens of thousands of Serbians joined a protest in Belgrade against the government.", "!05"),
    ("Thousands of Georgians joined the rally outside parliament.", "GEO GEO 14"),
    ("Nigerian doctors joined the strike on Monday.", "NGA NGA 14"),
    ("Kenyan students joined protesters outside parliament in Nairobi.", "KEN KEN 14"),
    ("The opposition party joined the governing coalition in Bangkok.", "!14"),
]


@pytest.mark.parametrize("text,want", HELP_LET_IN + JOINED)
def test_what_is_accepted_or_joined(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# Armed men of no state who shoot or kill a political figure at home attack a life in politics (186; 185 when the
# figure lived), as one gunman does; troops shooting a foreign official stay fighting
ASSASSINATIONS = [
    ("Mexico elected its first woman president on Sunday. On Monday, gunmen shot dead Yolanda Sanchez, the newly elected mayor of Cotija in western Michoacan state, local prosecutors said.", "MEX MEX 18"),
    ("Armed men killed a Colombian opposition senator in Bogota on Friday.", "COL COL 18"),
    ("Militants shot dead a Pakistani provincial lawmaker in Peshawar.", "PAK PAK 18"),
    ("Russian troops shot dead a Ukrainian mayor near Kyiv.", "!18"),
]


@pytest.mark.parametrize("text,want", ASSASSINATIONS)
def test_a_life_in_politics(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# Troops sent to another country to help it are protection given (074), as the seed-convention golds code them; troops
# sent with no help said stay military cooperation (062)
TROOPS_TO_HELP = [
    ("Uganda has deployed special forces to Juba to help secure South Sudan's capital.", "UGA SSD 07"),
    ("North Korea sent about 10,000 soldiers to Russia to help its forces fight Ukraine.", "PRK RUS 07"),
    ("North Korea sent about 10,000 soldiers to Russia.", "PRK RUS 06"),
]


@pytest.mark.parametrize("text,want", TROOPS_TO_HELP)
def test_troops_sent_to_help(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# Still missed: strict xfails, each with what is missing
STILL_MISSED = [
    pytest.param("Venezuela called for an end to Washington's sanctions on its oil industry.", "VEN USA 02",
                 marks=pytest.mark.xfail(strict=True, reason="'called for an end to X' is no pattern of an appeal to ease sanctions")),
    pytest.param("A Nigerian army drone strike killed 85 villagers in Kaduna state on Sunday. President Bola Tinubu ordered an investigation.", "NGA NGA 09",
                 marks=pytest.mark.xfail(strict=True, reason="an investigation with nothing named (no 'into') is on no one: the act it is into is not guessed")),
    pytest.param("Kyrgyz security agents raided the offices of Temirov Live on Tuesday and seized computers and phones.", "KGZ KGZ 17",
                 marks=pytest.mark.xfail(strict=True, reason="Temirov Live is no actor: the raided outlet is unknown to the dictionaries")),
    pytest.param("A Nigerian army drone strike killed 85 villagers on Sunday. The army acknowledged that the strike had been a mistake.", "NGA NGA 01",
                 marks=pytest.mark.xfail(strict=True, reason="an admission of one's own act (015) is no pattern")),
    pytest.param("Georgian police detained hundreds of protesters. Amnesty International said police had beaten many of them in custody.", "NGO GEO 11",
                 marks=pytest.mark.xfail(strict=True, reason="abuse reported by a rights group (1122) is no accusation the engine reads")),
]


@pytest.mark.parametrize("text,want", STILL_MISSED)
def test_still_missed(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)
