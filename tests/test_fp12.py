"""False positives of new stories (twelfth session): readings wrong by any convention, found among the false positives
of blind12s-16s and written here as families of my own sentences (several verbs, countries and phrasings each). Each
case asserts the wrong event absent and, where a right one exists, a guard that the right reading survives. The real
codebook and model, end to end through the Coder. Cases still coded wrong are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import events_of, roots

from coding.engine import Coder

pytestmark = pytest.mark.model


def pairs(events: set[str]) -> set[tuple[str, str]]:
    """Country-level (source, target) pairs."""
    return {(s[:3], t[:3]) for s, t, _ in (e.split() for e in events)}


# -- a call needs the one called: "X and Y called for / called on" is no phone call between X and Y ----------------------
CALLED_FOR = [
    ("The United States, Britain and the European Union called for an investigation into reports of irregularities.", ["USA", "GBR", "IGO"]),
    ("France and Germany called on Serbia to release the detained police officers.", ["FRA", "DEU"]),
    ("Japan and South Korea called for restraint after the missile launch.", ["JPN", "KOR"]),
    ("Canada and Australia have called for an independent inquiry into the deaths of the aid workers.", ["CAN", "AUS"]),
    ("Egypt, Qatar and the United States called for an immediate ceasefire in Gaza.", ["EGY", "QAT", "USA"]),
]


@pytest.mark.parametrize("text,members", CALLED_FOR)
def test_a_call_for_is_no_phone_call_among_its_callers(cameo_coder: Coder, text: str, members: list[str]) -> None:
    got = roots(events_of(cameo_coder, text))
    assert not any(f"{a} {b} 04" in got for a in members for b in members if a != b)


PHONE_CALLS = [
    ("French President Emmanuel Macron called Ukrainian President Volodymyr Zelenskiy on Tuesday.", "FRA UKR 04"),
    ("Erdogan called Putin on Sunday to discuss the grain deal.", "TUR RUS 04"),
]


@pytest.mark.parametrize("text,expected", PHONE_CALLS)
def test_a_call_with_the_one_called_is_still_a_phone_call(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# -- a surname the dictionary lists alone is not someone else's double surname ("Nkweta-Salami" is not Hossein Salami) --
DOUBLE_SURNAMES = [
    ("The United Nations humanitarian coordinator for Sudan, Clementine Nkweta-Salami, called on both sides to protect civilians.", "IRN"),
    ("Clementine Nkweta-Salami, the U.N. resident coordinator, urged donors to fund the appeal for Sudan.", "IRN"),
    ("Lebanese journalist Leila Haddad-Abbas accused the militia of threatening reporters.", "PSE"),
    ("The lawyer, Rania Khoury-Abbas, said the court had ignored the evidence.", "PSE"),
]


@pytest.mark.parametrize("text,wrong", DOUBLE_SURNAMES)
def test_a_double_surname_is_someone_else(cameo_coder: Coder, text: str, wrong: str) -> None:
    got = pairs(events_of(cameo_coder, text, day=__import__("datetime").date(2023, 12, 20)))
    assert not any(wrong in p for p in got)


def test_two_named_people_joined_by_a_hyphen_stay_themselves(cameo_coder: Coder) -> None:
    # "the Putin-Xi summit": each is the person the dictionary knows (the rule is for a name it does not know)
    got = events_of(cameo_coder, "Leaders praised the Putin-Xi summit. Putin met Xi in Beijing on Thursday.")
    assert any(e.startswith("RUSGOV CHNGOV 04") or e.startswith("CHNGOV RUSGOV 04") for e in got)


# -- a meeting's place is where it is held, not the country of those who meet -------------------------------------------
GATHERINGS = [
    ("Foreign ministers meeting in Cairo also agreed to form a committee with Jordan, Iraq and Lebanon.", "EGY"),
    ("Defence ministers meeting in Brussels agreed to send more air defence systems to Ukraine.", "BEL"),
    ("Arab foreign ministers gathering in Riyadh agreed to form a contact group with Qatar and Egypt.", "SAU"),
    ("Finance ministers meeting in Tokyo agreed to cooperate with India on debt relief.", "JPN"),
]


@pytest.mark.parametrize("text,place", GATHERINGS)
def test_ministers_meeting_in_a_capital_are_not_its_government(cameo_coder: Coder, text: str, place: str) -> None:
    assert not any(s == place for s, _ in pairs(events_of(cameo_coder, text)))


def test_officials_in_a_capital_are_still_its_own(cameo_coder: Coder) -> None:
    assert "EGY EGY 10" in roots(events_of(cameo_coder, "Protesters in Cairo demanded the resignation of the government."))


# -- people called foreign are not of the place they are in -------------------------------------------------------------
FOREIGN = [
    ("China accused foreign governments in Hong Kong of meddling in the city's affairs.", ("CHN", "HKG")),
    ("Kurdish forces attacked foreign fighters in Syria on Sunday.", ("SYR", "SYR")),
    ("Kurdish forces attacked foreign fighters in Syria on Sunday.", ("IRQ", "SYR")),
    ("Russian police detained foreign journalists in Moscow.", ("RUS", "RUS")),
]


@pytest.mark.parametrize("text,wrong", FOREIGN)
def test_foreign_people_are_not_of_the_place_they_are_in(cameo_coder: Coder, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in pairs(events_of(cameo_coder, text))


# -- a modal on "continue", "keep" is the act's: "should continue to sell" is no sale -----------------------------------
MODAL_ASPECT = [
    ("McCarthy said U.S. support for Taiwan was unwavering and that Washington should continue to sell weapons to the island.", "USA TWN 06"),
    ("Germany could keep sending weapons to Ukraine, the minister said.", "DEU UKR 07"),
    ("The senator said the United States must keep supplying arms to Israel.", "USA ISR 06"),
    ("Analysts said Japan might continue to provide aid to the Philippines.", "JPN PHL 07"),
]


@pytest.mark.parametrize("text,wrong", MODAL_ASPECT)
def test_a_modal_on_continue_is_no_act(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert wrong not in roots(events_of(cameo_coder, text))


def test_a_future_continue_is_still_an_intent_or_threat(cameo_coder: Coder) -> None:
    got = roots(events_of(cameo_coder, "Zelenskiy said Ukraine would continue to strike Russian oil refineries."))
    assert any(e.startswith("UKR RUS ") for e in got)


# -- what a leader says his own state should do is its policy, no demand -----------------------------------------------
OWN_STATE = [
    ("Trump has repeatedly said the United States should take control of Greenland.", "USA USA 10"),
    ("Starmer said Britain must spend more on defence.", "GBR GBR 10"),
    ("Japan's prime minister said Japan should strengthen its missile defences.", "JPN JPN 10"),
    ("Macron insisted that France must remain a nuclear power.", "FRA FRA 10"),
]


@pytest.mark.parametrize("text,wrong", OWN_STATE)
def test_a_leader_on_his_own_state_makes_no_demand(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert wrong not in roots(events_of(cameo_coder, text, day=__import__("datetime").date(2025, 3, 1)))


def test_a_leader_on_another_state_still_demands(cameo_coder: Coder) -> None:
    assert "FRA RUS 10" in roots(events_of(cameo_coder, "Macron said Russia must withdraw its troops."))


# -- a protest against a war in a place is not by that place's people --------------------------------------------------
PROTESTS_AGAINST = [
    ("Protests against Israel's war in Gaza have spread to dozens of campuses across the United States.", "PSE"),
    ("Demonstrations against Russia's invasion of Ukraine have spread to dozens of cities in Germany.", "UKR"),
    ("Protests against China's crackdown in Hong Kong continued in London on Saturday.", "HKG"),
    ("Protests over the war in Sudan have spread to several universities in Kenya.", "SDN"),
]


@pytest.mark.parametrize("text,wrong", PROTESTS_AGAINST)
def test_a_protest_against_a_war_somewhere_is_not_by_its_people(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert not any(s == wrong for s, _ in pairs(events_of(cameo_coder, text)))


def test_students_throughout_a_country_still_protest_there(cameo_coder: Coder) -> None:
    assert "IDN IDN 14" in roots(events_of(cameo_coder, "Thousands of students throughout Indonesia protested against the new law."))


# -- a place near a border is not in the country across it --------------------------------------------------------------
NEAR_BORDER = [
    ("Russia's FSB security service said it had detained 11 people in the Bryansk region near the borders of Ukraine and Belarus.", ("RUS", "UKR")),
    ("Turkish police arrested five suspects in a village near the border with Syria.", ("TUR", "SYR")),
    ("Thai soldiers detained 30 migrants in a district along the border with Myanmar.", ("THA", "MMR")),
    ("Polish border guards detained a group of men in a forest near the Belarusian border.", ("POL", "BLR")),
]


@pytest.mark.parametrize("text,wrong", NEAR_BORDER)
def test_a_place_near_a_border_is_not_across_it(cameo_coder: Coder, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in pairs(events_of(cameo_coder, text))


def test_a_hall_near_a_city_is_still_in_its_country(cameo_coder: Coder) -> None:
    assert ("RUS", "RUS") in pairs(events_of(cameo_coder, "Gunmen killed more than 130 people at a concert hall near Moscow."))


# -- a news agency has no supporters: "PTI supporters" are a party's ------------------------------------------------------
PARTISANS = [
    ("Police in Rawalpindi detained dozens of PTI supporters who had gathered outside an election office.", "IND"),
    ("Police in Lahore arrested several PTI activists outside the party office.", "IND"),
    ("Pakistani police arrested three PTI lawmakers on Monday.", "IND"),
]


@pytest.mark.parametrize("text,wrong", PARTISANS)
def test_an_agency_acronym_before_supporters_is_no_agency(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert not any(wrong in p for p in pairs(events_of(cameo_coder, text)))


def test_the_agency_itself_is_still_the_agency(cameo_coder: Coder) -> None:
    got = events_of(cameo_coder, "Indian police arrested three men in Delhi, PTI reported.")
    assert any(e.startswith("INDCOP IND") for e in got)


# -- people backed from outside are not the speaker's own by default ----------------------------------------------------
BACKED = [
    ("President Joe Biden blamed Iran-backed militant groups for the drone attack.", ("USA", "USA")),
    ("The Pentagon accused Iranian-backed militias of attacking its troops.", ("USA", "USA")),
    ("The French government blamed Russian-backed rebels for the attack on its base.", ("FRA", "FRA")),
]


@pytest.mark.parametrize("text,wrong", BACKED)
def test_rebels_backed_from_outside_are_not_the_speakers_own(cameo_coder: Coder, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in pairs(events_of(cameo_coder, text))


def test_militants_arrested_at_home_are_still_domestic(cameo_coder: Coder) -> None:
    assert "IRQ IRQ 17" in roots(events_of(cameo_coder, "Iraqi police arrested dozens of militants in Basra."))


# -- "half a million Afghans since the end of its war with Israel": a number has no "of" of another noun -----------------
NUMBER_OF = [
    ("Iran has deported more than half a million Afghans since the end of its war with Israel.", ("IRN", "ISR")),
    ("Pakistan has expelled nearly a million Afghans since the start of its campaign against militants from Afghanistan.", ("PAK", "AFG")),
    ("Turkey deported two thousand Syrians after the collapse of its talks with Russia.", ("TUR", "RUS")),
]


@pytest.mark.parametrize("text,wrong", NUMBER_OF)
def test_a_number_takes_no_other_nouns_of(cameo_coder: Coder, text: str, wrong: tuple[str, str]) -> None:
    got = roots(events_of(cameo_coder, text))
    assert f"{wrong[0]} {wrong[1]} 20" not in got


def test_thousands_of_a_people_are_still_expelled(cameo_coder: Coder) -> None:
    assert "IRN AFG 20" in roots(events_of(cameo_coder, "Iran expelled thousands of Afghans from its border provinces."))


# -- "the two sides" are no two members of one list of three ---------------------------------------------------------
LIST_NO_PAIR = [
    ("Iran's deputy foreign minister met senior officials from Britain, France and Germany in Istanbul on Friday. The two sides agreed to meet again.",
     ["GBR", "FRA", "DEU"]),
    ("Russia's foreign minister held talks with his counterparts from Turkey, Iran and Syria. The two sides agreed to continue the talks.",
     ["TUR", "IRN", "SYR"]),
    ("Chinese envoys met diplomats from Mali, Niger and Burkina Faso in Bamako. The two sides agreed to deepen cooperation.",
     ["MLI", "NER", "BFA"]),
]


@pytest.mark.parametrize("text,members", LIST_NO_PAIR)
def test_two_sides_are_not_two_members_of_a_list(cameo_coder: Coder, text: str, members: list[str]) -> None:
    got = pairs(events_of(cameo_coder, text, sentence=1))
    assert not any((a, b) in got for a in members for b in members if a != b)


def test_two_sides_named_as_a_pair_stay_the_pair(cameo_coder: Coder) -> None:
    got = roots(events_of(cameo_coder, "Japan and South Korea held talks in Tokyo on Monday. The two sides agreed to hold another meeting.", sentence=1))
    assert any(e.startswith("JPN KOR 0") or e.startswith("KOR JPN 0") for e in got)


# -- a plea in court is no appeal: "pleaded not guilty" ------------------------------------------------------------------
PLEAS = [
    "Hong Kong's High Court convicted Jimmy Lai on Monday. Lai had pleaded not guilty to all charges and told the court during the trial that he had never asked for sanctions.",
    "A Lima court convicted former Peruvian President Pedro Castillo on Monday. Castillo pleaded not guilty to all charges and told the court that he had never asked for a coup.",
    "Former Pakistani Prime Minister Imran Khan pleaded innocent to the charges before the court in Islamabad.",
    "An Islamabad court sentenced Imran Khan on Monday. Khan had pleaded not guilty and told the court he had never asked for secret documents.",
]


@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_in_court_is_no_appeal(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] == "02" for r in roots(events_of(cameo_coder, text, day=__import__("datetime").date(2024, 12, 1))))


def test_pleading_with_someone_is_still_an_appeal(cameo_coder: Coder) -> None:
    got = roots(events_of(cameo_coder, "Kenyan President William Ruto pleaded with the opposition to call off the protests.", day=__import__("datetime").date(2024, 7, 1)))
    assert "KEN KEN 02" in got


# -- armed men on the march advance; they do not demonstrate -------------------------------------------------------------
MARCHERS = [
    "Wagner fighters briefly seized the southern city of Rostov-on-Don and marched towards Moscow.",
    "M23 rebels marched towards Goma on Sunday.",
    "Houthi fighters marched on the capital Sanaa.",
    "Tigrayan forces advanced towards Addis Ababa in November.",
]


@pytest.mark.parametrize("text", MARCHERS)
def test_armed_men_marching_do_not_demonstrate(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] == "14" for r in roots(events_of(cameo_coder, text)))


def test_protesters_marching_still_demonstrate(cameo_coder: Coder) -> None:
    assert "KEN KEN 14" in roots(events_of(cameo_coder, "Thousands of protesters marched towards parliament in Nairobi."))


# -- a politician's "him" may be a compatriot: only the subject's own office is left out ---------------------------------
HIM = [
    ("Britain's Supreme Court ruled the Rwanda plan unlawful. Former Home Secretary Suella Braverman, sacked by Sunak on Monday, "
     "accused him in a letter of having no credible plan B.", "GBR GBR 11", __import__("datetime").date(2023, 11, 15)),
    ("Kenyan opposition leader Raila Odinga met President William Ruto in Nairobi. A week later Odinga accused him of betraying the deal.",
     "KEN KEN 11", __import__("datetime").date(2024, 3, 1)),
    ("Israeli opposition leader Yair Lapid met Prime Minister Benjamin Netanyahu on Sunday. Lapid later accused him of endangering the hostages.",
     "ISR ISR 11", __import__("datetime").date(2024, 3, 1)),
]


@pytest.mark.parametrize("text,expected,day", HIM)
def test_a_politicians_him_is_a_compatriot(cameo_coder: Coder, text: str, expected: str, day) -> None:
    assert expected in roots(events_of(cameo_coder, text, sentence=1, day=day))


# -- the dead of one side of a clash are the other side's doing ----------------------------------------------------------
CLASH_DEAD = [
    ("Iranian border guards and Taliban forces exchanged heavy gunfire on Saturday, killing two Iranian guards and one Taliban fighter.", "IRN IRN 19"),
    ("Thai and Cambodian soldiers exchanged fire along the disputed border on Thursday, killing a Cambodian soldier.", "KHM KHM 19"),
    ("Armenian and Azerbaijani forces exchanged fire overnight, killing three Armenian soldiers.", "ARM ARM 19"),
]


@pytest.mark.parametrize("text,wrong", CLASH_DEAD)
def test_a_side_of_a_clash_does_not_kill_its_own(cameo_coder: Coder, text: str, wrong: str) -> None:
    got = roots(events_of(cameo_coder, text))
    assert wrong not in got
    assert any(r.split()[2] == "19" for r in got)


# -- "X was a German agent" judges X, not Germany -----------------------------------------------------------------------
AGENT_OF = [
    ("PiS leader Jaroslaw Kaczynski told parliament that Tusk was a German agent.", "POL DEU 11"),
    ("Fico said the opposition leader was a Ukrainian puppet.", "SVK UKR 11"),
    ("Erdogan said the journalist was an American spy.", "TUR USA 11"),
    ("Maduro said Machado was a U.S. agent.", "VEN USA 11"),
]


@pytest.mark.parametrize("text,wrong", AGENT_OF)
def test_whose_agent_someone_is_called_is_not_judged(cameo_coder: Coder, text: str, wrong: str) -> None:
    assert wrong not in roots(events_of(cameo_coder, text, day=__import__("datetime").date(2023, 12, 12)))


def test_an_act_called_a_countrys_is_still_on_that_country(cameo_coder: Coder) -> None:
    assert "IRN USA 11" in roots(events_of(cameo_coder, "Tehran called the seizure an American act of piracy."))
