"""Talks, calls, visits, hosting, agreements, deals, aid, arms and asylum as wire copy writes them (issue 4 recall).

Each case is a sentence written for this file, coded by the real model and codebook. Expected events are read at the
level issue 4 is scored at: the country (first three letters of each actor code) and the root of the action ("04"),
with "|" between roots either of which is right ("05|06" for a deal that is also cooperation). Direction follows the
seed's convention: a meeting is coded both ways; a visit from the visitor to the place (the host back, optional here);
hosting from the host to the guest; a call from the caller; an agreement between two parties both ways."""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model

D = "2024-06-15"  # a day every leader named below held office (unless a case gives its own)

# (id, sentence, day, expected "SRC TGT ROOT|ROOT" at country level, forbidden "SRC TGT ROOT")
BATTERY = [
    # --- meetings and talks: both ways
    ("met, names", "Joe Biden met Xi Jinping on Wednesday.", "2023-11-15", {"USA CHN 04"}, set()),
    ("held talks with, place", "Narendra Modi held talks with Vladimir Putin in Moscow on Monday.", "2024-07-08", {"IND RUS 04"}, set()),
    ("held talks with, title before name", "Joe Biden held talks with Communist Party chief Nguyen Phu Trong in Hanoi on Sunday.", "2023-09-10", {"USA VNM 04"}, set()),
    ("held talks with, described", "Recep Tayyip Erdogan held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday.", "2024-02-14", {"TUR EGY 04"}, set()),
    ("talks, plural subject", "The foreign ministers of India and China held talks in Moscow.", "2020-09-10", {"IND CHN 04", "CHN IND 04"}, set()),
    ("met, conjoined subjects", "Emmanuel Macron and Olaf Scholz met in Berlin on Tuesday.", "2024-05-28", {"FRA DEU 04", "DEU FRA 04"}, set()),
    ("met with", "Japan's foreign minister met with his South Korean counterpart in Seoul.", D, {"JPN KOR 04", "KOR JPN 04"}, set()),
    ("talked with", "Kenya's president talked with Ethiopia's prime minister about the dam.", D, {"KEN ETH 04"}, set()),
    ("discussed with", "Anthony Albanese discussed trade with Chinese Premier Li Qiang in Canberra.", D, {"AUS CHN 04"}, set()),
    ("sat down with", "Brazil's foreign minister sat down with his Argentine counterpart on Friday.", D, {"BRA ARG 04"}, set()),
    ("meeting between", "A meeting between the presidents of Rwanda and Congo took place in Luanda on Saturday.", D, {"RWA COD 04|04", "COD RWA 04"}, set()),
    ("talks between", "Talks between Armenia and Azerbaijan ended in Washington on Thursday.", D, {"ARM AZE 04", "AZE ARM 04"}, set()),
    ("held a meeting with", "Pakistan's army chief held a meeting with Afghan Taliban officials in Kabul.", D, {"PAK AFG 04"}, set()),
    ("had talks", "Greece's prime minister had talks with Turkey's president in Athens.", D, {"GRC TUR 04"}, set()),
    ("conferred", "Germany's chancellor conferred with the Polish prime minister in Warsaw.", D, {"DEU POL 04"}, set()),
    ("negotiated with", "Qatar negotiated with Hamas for weeks.", D, {"QAT PSE 04"}, set()),
    ("talks with, noun after verb", "Lula began talks with Xi Jinping in Beijing on Friday.", "2023-04-14", {"BRA CHN 04"}, set()),
    ("met, past perfect", "Iran's foreign minister had met Saudi Arabia's crown prince in Riyadh.", D, {"IRN SAU 04"}, set()),
    ("met, time first", "On Monday, Vietnam's president met Laos's prime minister in Hanoi.", D, {"VNM LAO 04"}, set()),
    ("met, reported", "The Kremlin said Putin met Kazakhstan's president in Astana.", D, {"RUS KAZ 04"}, set()),
    ("summit, with", "Egypt's president held a summit with Jordan's king in Cairo.", D, {"EGY JOR 04"}, set()),
    ("two leaders held talks", "Xi Jinping hosted Vladimir Putin in Beijing, and the two leaders held talks for three hours.", "2024-05-16", {"CHN RUS 04"}, set()),
    ("met counterpart", "Indonesia's defence minister met his Australian counterpart in Jakarta on Thursday.", D, {"IDN AUS 04"}, set()),
    ("envoy met", "A U.S. envoy met Venezuelan President Nicolas Maduro in Caracas on Friday.", D, {"USA VEN 04"}, set()),
    ("delegations met", "Russian and Ukrainian delegations met in Istanbul on Friday.", D, {"RUS UKR 04", "UKR RUS 04"}, set()),
    ("worked with", "Togo had worked for months with the authorities in Niger.", D, {"TGO NER 04|03|05|06"}, set()),
    # --- calls
    ("spoke by phone with", "Olaf Scholz spoke by phone with Vladimir Putin on Friday.", "2024-11-15", {"DEU RUS 04"}, set()),
    ("phoned", "Spain's prime minister phoned Morocco's king on Tuesday.", D, {"ESP MAR 04"}, set()),
    ("telephone call", "Egypt's president and Israel's prime minister discussed the crossing in a telephone call.", D, {"EGY ISR 04"}, set()),
    ("called", "Joe Biden called Recep Tayyip Erdogan to congratulate him.", "2023-05-29", {"USA TUR 04"}, set()),
    ("spoke to, by telephone", "The Dutch king also spoke to Israel's president by telephone.", D, {"NLD ISR 04"}, set()),
    ("call with, said after", "South Africa's president said after a phone call with Rwanda's president that the talks had been useful.", D, {"ZAF RWA 04"}, set()),
    ("in a call with", "Israel's foreign minister, in a call with his Dutch counterpart, asked for help.", D, {"ISR NLD 04"}, set()),
    ("held a phone call", "The leaders of Japan and China held a phone call on Monday.", D, {"JPN CHN 04", "CHN JPN 04"}, set()),
    ("video call", "India's prime minister held a video call with Australia's prime minister.", D, {"IND AUS 04"}, set()),
    ("telephoned", "Emmanuel Macron telephoned Lebanon's new president to congratulate him.", D, {"FRA LBN 04"}, set()),
    # --- visits: visitor to place
    ("visited a country", "Narendra Modi visited Ukraine on Friday.", "2024-08-23", {"IND UKR 04"}, set()),
    ("visited a capital", "Japan's prime minister visited Manila on Monday.", D, {"JPN PHL 04"}, set()),
    ("flew to", "Recep Tayyip Erdogan later flew to Baghdad.", "2024-04-22", {"TUR IRQ 04"}, set()),
    ("travelled to", "Myanmar's military chief travelled to Bangkok on Thursday.", D, {"MMR THA 04"}, set()),
    ("arrived in", "China's foreign minister arrived in Canberra on Sunday.", D, {"CHN AUS 04"}, set()),
    ("arrived in, for talks", "Iran's president arrived in Moscow for talks on Tuesday.", D, {"IRN RUS 04"}, set()),
    ("on his first visit", "Recep Tayyip Erdogan arrived in Athens on his first visit to Greece in six years.", "2023-12-07", {"TUR GRC 04"}, set()),
    ("state visit to", "Indonesia's president began a state visit to China on Tuesday.", D, {"IDN CHN 04"}, set()),
    ("paid a visit to", "Cuba's president paid a visit to Russia last week.", D, {"CUB RUS 04"}, set()),
    ("during a visit to", "Germany's foreign minister signed the deal during a visit to Australia.", D, {"DEU AUS 04"}, set()),
    ("on a visit to", "Kenya's president, on a visit to Washington, praised the partnership.", D, {"KEN USA 04"}, set()),
    ("visit to, possessive", "Macron's three-day state visit to Britain began on Tuesday.", "2025-07-08", {"FRA GBR 04"}, set()),
    ("was in for talks", "Pakistan's special envoy was in Kabul for talks with Taliban officials.", D, {"PAK AFG 04"}, set()),
    ("went to", "Colombia's president went to Caracas on Tuesday.", D, {"COL VEN 04"}, set()),
    ("headed to", "Britain's foreign secretary headed to Kyiv on Wednesday.", D, {"GBR UKR 04"}, set()),
    ("landed in", "Qatar's emir landed in Tehran on Wednesday.", D, {"QAT IRN 04"}, set()),
    ("toured", "Vietnam's prime minister toured Brazil last week.", D, {"VNM BRA 04"}, set()),
    ("visit by", "The agreement followed a visit to Niamey by a U.S. delegation.", D, {"USA NER 04"}, set()),
    ("returned from a visit", "The Maldives' president returned on Saturday from a state visit to China.", D, {"MDV CHN 04"}, set()),
    # --- hosting, receiving, welcoming
    ("hosted", "Keir Starmer hosted European Commission President Ursula von der Leyen in London.", "2025-05-19", {"GBR IGO 04"}, set()),
    ("hosted, two guests", "Saudi Arabia hosted the foreign ministers of Egypt and Jordan on Sunday.", D, {"SAU EGY 04", "SAU JOR 04"}, set()),
    ("received", "Algeria's president received Italy's prime minister in Algiers.", D, {"DZA ITA 04"}, set()),
    ("welcomed", "Malaysia's prime minister welcomed Turkey's president at the airport.", D, {"MYS TUR 04|05"}, set()),
    ("greeted", "Egypt's president greeted Turkey's president at the airport.", D, {"EGY TUR 04|05"}, set()),
    ("played host", "Kazakhstan played host to the leaders of Russia and China.", D, {"KAZ RUS 04", "KAZ CHN 04"}, set()),
    ("hosted, passive", "Talks between Sudan's army and the RSF were hosted by Saudi Arabia in Jeddah.", D, {"SAU SDN 04"}, set()),
    ("welcomed to", "The Emirati president welcomed Pakistan's prime minister to Abu Dhabi on Monday.", D, {"ARE PAK 04|05"}, set()),
    # --- mediation
    ("mediated", "Qatar mediated talks between Russia and Ukraine on the return of children.", D, {"QAT RUS 04", "QAT UKR 04"}, set()),
    ("brokered", "The United States brokered a ceasefire between Israel and Lebanon.", D, {"USA ISR 04", "USA LBN 04"}, set()),
    ("mediated by", "The swap, mediated by the United Arab Emirates, freed 95 Ukrainians and 95 Russians.", D, {"ARE UKR 04", "ARE RUS 04"}, set()),
    # --- agreements, deals, treaties: both ways
    ("agreed to a scheme", "Britain and France agreed on Thursday to a pilot scheme to return migrants.", D, {"GBR FRA 05|03", "FRA GBR 05|03"}, set()),
    ("signed an agreement with", "Kenya signed a security agreement with Haiti on Friday.", D, {"KEN HTI 05|06", "HTI KEN 05|06"}, set()),
    ("signed a treaty", "Japan and the Philippines signed a defence pact in Manila on Monday.", D, {"JPN PHL 05|06", "PHL JPN 05|06"}, set()),
    ("renewed a deal", "China and Nigeria also renewed a currency swap deal.", D, {"CHN NGA 05|06", "NGA CHN 05|06"}, set()),
    ("reached a deal", "Israel and Hamas reached a ceasefire deal on Wednesday.", D, {"ISR PSE 05|08", "PSE ISR 05|08"}, set()),
    ("struck a deal", "India struck a trade deal with Britain on Tuesday.", D, {"IND GBR 05|06", "GBR IND 05|06"}, set()),
    ("clinched", "Indonesia clinched a nickel deal with South Korea.", D, {"IDN KOR 05|06"}, set()),
    ("signed a memorandum", "Vietnam and Cambodia signed a memorandum of understanding on energy.", D, {"VNM KHM 05|06", "KHM VNM 05|06"}, set()),
    ("inked", "Morocco inked a gas pipeline deal with Nigeria.", D, {"MAR NGA 05|06"}, set()),
    ("concluded", "Egypt concluded an agreement with the International Monetary Fund on Monday.", D, {"EGY IGO 05|06"}, set()),
    ("agreed to restore relations", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations.", D, {"SAU IRN 05|03", "IRN SAU 05|03"}, set()),
    ("agreed with", "Ukraine agreed with Poland on a plan for grain transit.", D, {"UKR POL 05|03"}, set()),
    ("extended", "Russia and Ukraine extended a grain export deal for 60 days.", D, {"RUS UKR 05|06", "UKR RUS 05|06"}, set()),
    ("under a deal reached", "U.S. troops will leave Iraq under a deal reached after months of talks between Washington and Baghdad.", D, {"USA IRQ 05|04"}, set()),
    ("deal signed", "A defence deal was signed by Papua New Guinea and Australia in Canberra.", D, {"PNG AUS 05|06"}, set()),
    ("accord", "Armenia and Azerbaijan initialled a peace accord in Washington.", D, {"ARM AZE 05", "AZE ARM 05"}, set()),
    # --- cooperation
    ("agreed to cooperate", "Brazil and Argentina agreed to cooperate on energy.", D, {"BRA ARG 03|05|06"}, set()),
    ("should strengthen cooperation", "Xi Jinping said the two countries should strengthen communication and cooperation with India.", "2024-10-23", {"CHN IND 03|02"}, set()),
    ("pledged to deepen ties", "Vietnam and Japan pledged to deepen their security cooperation.", D, {"VNM JPN 03", "JPN VNM 03"}, set()),
    ("cooperation intensified", "China has intensified cooperation with Russia.", D, {"CHN RUS 06|03|05"}, set()),
    ("joint exercises", "Russia and China held joint naval exercises in the Sea of Japan.", D, {"RUS CHN 06", "CHN RUS 06"}, set()),
    # --- aid: given is 07, pledged is 03
    ("authorised assistance", "Joe Biden authorised $571 million in military assistance for Taiwan.", "2024-12-21", {"USA TWN 07"}, set()),
    ("sent aid", "Japan sent emergency aid to Turkey on Tuesday.", D, {"JPN TUR 07"}, set()),
    ("provided", "Germany provided 50 million euros in humanitarian aid to Sudan.", D, {"DEU SDN 07"}, set()),
    ("pledged aid", "China pledged $50 billion in financing to African countries.", D, {"CHN AFR 03|07"}, set()),
    ("approved a loan", "The World Bank approved a $1 billion loan to Pakistan.", D, {"IGO PAK 07|06"}, set()),
    ("delivered", "Saudi Arabia delivered food aid to Yemen.", D, {"SAU YEM 07"}, set()),
    # --- arms
    ("agreed to supply", "Turkey has also agreed to supply Egypt with armed drones.", D, {"TUR EGY 06|03"}, set()),
    ("delivered weapons", "Germany delivered air defence systems to Ukraine.", D, {"DEU UKR 06|07"}, set()),
    ("sold", "France sold 26 Rafale fighter jets to India.", D, {"FRA IND 06"}, set()),
    ("supplied", "Iran supplied drones to Russia.", D, {"IRN RUS 06|07"}, set()),
    # --- asylum
    ("granted asylum", "Mexico granted asylum to Peru's former prime minister.", D, {"MEX PER 07"}, set()),
    ("given asylum", "The Peruvian politician had been given asylum at the Mexican embassy in Lima.", D, {"MEX PER 07"}, set()),
    ("took refuge, granted", "Russia gave asylum to Syria's former president.", D, {"RUS SYR 07"}, set()),
    # --- not events: refused, cancelled, denied, planned (nothing of the family between the pair)
    ("refused to meet", "Ukraine's president refused to meet Hungary's prime minister.", D, set(), {"UKR HUN 04", "HUN UKR 04"}),
    ("cancelled a visit", "Japan's prime minister cancelled a visit to China.", D, set(), {"JPN CHN 04"}),
    ("denied holding talks", "Iran denied holding talks with the United States.", D, set(), {"IRN USA 04", "USA IRN 04"}),
    ("no deal", "Talks between Serbia and Kosovo ended without a deal.", D, set(), {"SRB XKX 05", "XKX SRB 05", "SRB KSV 05", "KSV SRB 05"}),
    ("visit postponed", "Germany postponed its foreign minister's visit to India.", D, set(), {"DEU IND 04"}),
]


@pytest.fixture(scope="module")
def coder(cameo_coder: Coder) -> Coder:
    return cameo_coder  # the session's Coder (tests/conftest.py)


def _country_roots(coder: Coder, text: str, day: str) -> set[tuple[str, str, str]]:
    events = coder.code_article(Article("t", text, dt.date.fromisoformat(day))).events
    return {(e.source[:3], e.target[:3], e.action[:2]) for e in events}


# Battery sentences the engine still misses, and why: kept in the battery (its pass rate is the measure), expected to
# fail until a general mechanism codes them
STILL_MISSED = {
    "worked with": "'worked with' is no consultation pattern: too vague alone",
    "flew to": "a named traveller who flew is left out on purpose (flights into exile); officials by title only",
    "during a visit to": "a visit as the setting of another act is left out on purpose (the news is the act)",
    "mediated by": "the parties of the swap are the freed people's countries, which no rule reads",
    "under a deal reached": "the deal's parties are in the talks' 'between' phrase, on another noun",
    "should strengthen cooperation": "the speaker's own country among those who should act is no demand, and no intent is read",
    "pledged aid": "'African countries' is no actor",
}


def _battery_params():
    for case in BATTERY:
        marks = [pytest.mark.xfail(reason=STILL_MISSED[case[0]], strict=True)] if case[0] in STILL_MISSED else []
        yield pytest.param(*case[1:], id=case[0], marks=marks)


@pytest.mark.parametrize("text,day,expected,forbidden", list(_battery_params()))
def test_talks_visits_agreements(coder: Coder, text: str, day: str, expected: set[str], forbidden: set[str]) -> None:
    got = _country_roots(coder, text, day)
    for want in expected:
        src, tgt, roots = want.split()
        assert any((src, tgt, r) in got for r in roots.split("|")), f"{want} not in {sorted(got)}"
    for bad in forbidden:
        assert tuple(bad.split()) not in got, f"{bad} coded: {sorted(got)}"


# Mechanisms, each in several phrasings: (id, text, expected, forbidden), at the level of the battery
MECHANISMS = [
    # a call or meeting named as the setting of a verb, with the "with" party
    ("setting: said after a phone call with", "South Africa's president said after a phone call with Rwanda's president that the talks had been useful.",
     {"ZAF RWA 04"}, set()),
    ("setting: in a call with, apposition", "Israel's foreign minister, in a call with his Dutch counterpart, asked for help.", {"ISR NLD 04"}, set()),
    ("setting: during a meeting with", "Narendra Modi raised the border issue during a meeting with Xi Jinping in Kazan.", {"IND CHN 04"}, set()),
    ("setting: at talks with", "Turkey's president praised Egypt's role at talks with Abdel Fattah al-Sisi.", {"TUR EGY 04"}, set()),
    ("setting: following a video call with", "Japan's prime minister announced the aid following a video call with Ukraine's president.", {"JPN UKR 04"}, set()),
    ("setting: told in a phone call", "In a telephone call, Vladimir Putin told Azerbaijan's president that the plane had been hit by mistake.", {"RUS AZE 04"}, set()),
    ("setting: no call with whom one criticised after it", "After the phone call, Russia criticised Ukraine for its stance.", set(), {"RUS UKR 04"}),
    ("setting: a planned meeting is none", "Modi announced the plan ahead of a planned meeting with Xi Jinping.", set(), {"IND CHN 04"}),
    ("setting: a call for talks is none", "Ukraine's president repeated his call for talks with Russia.", set(), {"UKR RUS 04"}),
    # a meeting or call between two parties
    ("between: meeting as subject", "A meeting between the leaders of Serbia and Kosovo took place in Brussels.", {"SRB XKX 04", "XKX SRB 04"}, set()),
    ("between: after a summit", "Trade rose after a summit between Japan and South Korea in Tokyo.", {"JPN KOR 04", "KOR JPN 04"}, set()),
    ("between: a call called for is none", "The opposition called for a meeting between Serbia and Kosovo.", set(), {"SRB XKX 04"}),
    # what someone was prompted or forced to do is told as done, by the one made to do it
    ("prompted: object made to act", "The raid prompted Mexico to break diplomatic relations with Ecuador.", {"MEX ECU 16"}, set()),
    ("prompted: participle", "Israeli jets struck the port, prompting Iran to suspend talks with the United States.", {"IRN USA 16"}, set()),
    ("prompted: forced", "The attack forced the U.N. chief to demand the release of the hostages from the Houthis.", {"IGO YEM 10"}, set()),
    ("prompted: passive", "Mexico was forced to recall its ambassador from Peru.", {"MEX PER 16"}, set()),
    ("prompted: led", "The strikes led Iran to suspend talks with the United States.", {"IRN USA 16"}, set()),
    ("prompted: not the prompter", "The raid prompted Mexico to break diplomatic relations with Ecuador.", set(), {"ECU MEX 16"}),
    ("prompted: a prompt that did not happen", "The raid did not prompt Mexico to break relations with Ecuador.", set(), {"MEX ECU 16"}),
    ("prompted: urged is no prompt", "Washington urged Mexico to break relations with Ecuador.", set(), {"MEX ECU 16"}),
    # a foreign appeal or demand made to no one named is made to the story's country
    ("unaddressed: called for a ceasefire", "Clashes between armed groups in Tripoli killed 20 people. Libyan officials said the fighting had stopped. "
     "The U.N. mission called for an immediate ceasefire.", {"IGO LBY 02"}, set()),
    ("unaddressed: urged all sides", "Protesters stormed the parliament in Baghdad. Iraqi police fired tear gas. The United Nations urged all sides to show restraint.",
     {"IGO IRQ 02"}, set()),
    ("unaddressed: demanded an investigation", "Sudan's army shelled Omdurman. Sudanese officials said 30 people died. "
     "U.N. rights chief Volker Turk demanded a swift investigation.", {"IGO SDN 10"}, set()),
    ("unaddressed: no story country, no target", "The U.N. called for an immediate ceasefire.", set(), {"IGO LBY 02"}),
    ("unaddressed: a state's call is not", "Clashes between armed groups in Tripoli killed 20 people. Libyan officials said the fighting had stopped. "
     "Egypt called for an immediate ceasefire.", set(), {"EGY LBY 02"}),
    # the story's own people demanding at home are not the international body's case: their demand is on their own
    # government (docs/engine_policies.md, "a demand at home to no one named"), not on the story's country at large
    ("unaddressed: the story's own people", "Sudan's army shelled Omdurman. Sudanese officials said 30 people died. "
     "Sudan's opposition demanded a swift investigation.", {"SDN SDN 10"}, {"IGO SDN 10"}),
    # one on a visit is making it
    ("on a visit: apposition on the subject", "Kenya's president, on a visit to Washington, praised the partnership.", {"KEN USA 04"}, set()),
    ("on a visit: on the verb", "Macron, on a three-day state visit to Britain, addressed parliament.", {"FRA GBR 04"}, set()),
    ("on a visit: a visit by others commented on", "Israel's ambassador commented on a visit to Gaza by Egyptian officials.", {"EGY PSE 04"}, {"ISR PSE 04"}),
    ("on a visit: his, in a conjoined subject", "Turkish President Tayyip Erdogan, on his first visit to Greece in six years, and Greek Prime "
     "Minister Kyriakos Mitsotakis signed a declaration on Thursday.", {"TUR GRC 04"}, set()),
    ("visit of a named possessor", "Modi's visit to Moscow began on Monday.", {"IND RUS 04"}, set()),
    ("visit of a named possessor, praised during it", "Putin praised Xi during Xi's visit to Moscow.", set(), {"CHN RUS 04"}),
    # a grant of asylum made at an embassy is its state's
    ("asylum at an embassy", "The Peruvian politician had been given asylum at the Mexican embassy in Lima.", {"MEX PER 07"}, set()),
    ("asylum at an embassy, possessive", "Ecuador's former vice president was granted asylum at Mexico's embassy in Quito.", {"MEX ECU 07"}, set()),
    ("asylum with no embassy has no giver", "The Peruvian politician had been given asylum.", set(), {"PER PER 07"}),
    # talks held in one party's country: the other's visit, the host's hosting (as a meeting there is)
    ("talks held at the host's capital", "Turkish President Tayyip Erdogan held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on Wednesday.",
     {"TUR EGY 04", "EGY TUR 04"}, set()),
    ("talks held at the guest's home is hosting", "Qatar held talks with Israel's foreign minister in Doha.", {"QAT ISR 04", "ISR QAT 04"}, set()),
    # a title run before the second name of a misread "NAME verbed NAME"
    ("title run: hosted", "Keir Starmer hosted European Commission President Ursula von der Leyen in London.", {"GBR IGO 04"}, set()),
    ("title run: hosted, al-", "Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara.", {"TUR IRQ 04"}, set()),
]


@pytest.mark.parametrize("text,expected,forbidden", [c[1:] for c in MECHANISMS], ids=[c[0] for c in MECHANISMS])
def test_mechanisms(coder: Coder, text: str, expected: set[str], forbidden: set[str]) -> None:
    got = _country_roots(coder, text, "2025-05-19")
    for want in expected:
        src, tgt, roots = want.split()
        assert any((src, tgt, r) in got for r in roots.split("|")), f"{want} not in {sorted(got)}"
    for bad in forbidden:
        assert tuple(bad.split()) not in got, f"{bad} coded: {sorted(got)}"
