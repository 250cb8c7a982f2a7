"""People and parties no dictionary knows but the story makes clear (twelfth session, people12): a person named in full
whom the story also calls by surname alone is the civilian of the story's country (STRANGER_RULE), a party only to
events at home; a name behind a title of no country's is the story country's officer, remembered for later surname
mentions; an officer "of" a party or group is of it; a party named by its members' word ("Labour", "the
Conservatives") is the story country's. The real codebook and model; the stories are written for these tests.
Each want is "SRC TGT RR" at country + root level, or "!RR" (no event of that root) for what must not be coded.
"""

from __future__ import annotations

import pytest
from _stories import events_of, passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# A stranger: named in full with no title the dictionary knows, called by surname later, in a story about one country
STRANGERS = [
    ("MANILA (Reuters) - Philippine police arrested the preacher Apollo Quiboloy on Sunday in the Philippines. Quiboloy accused the police of persecution.", "PHL PHL 17"),
    ("MANILA (Reuters) - Philippine police arrested the preacher Apollo Quiboloy on Sunday in the Philippines. Quiboloy accused the police of persecution.", "PHL PHL 11"),
    ("MANILA (Reuters) - Philippine police surrounded a church compound in the Philippines. Apollo Quiboloy surrendered after police gave him an ultimatum, and Quiboloy was flown to Manila.", "PHL PHL 13"),
    ("NAIROBI (Reuters) - Kenyan police detained the activist Boniface Mwangi in Nairobi, Kenya, on Friday. Mwangi accused the police of torture.", "KEN KEN 11"),
    ("NAIROBI (Reuters) - Kenyan police detained the activist Boniface Mwangi in Nairobi, Kenya, on Friday. Mwangi accused the police of torture.", "KEN KEN 17"),
    ("LIMA (Reuters) - Peru's government faced protests across Peru on Monday. The activist Rosa Quispe accused the government of ignoring the countryside. Quispe called on the government to resign.", "PER PER 10"),  # a call at home to resign is a demand (1041, elect12)
    ("KAMPALA (Reuters) - Ugandan soldiers detained the singer Eddie Mutwe in Kampala, Uganda. Mutwe's family said soldiers had beaten him, and Mutwe denied any wrongdoing.", "UGA UGA 17"),
]

# ... and never a party to an event with another country: the story does not say whose national he is
STRANGERS_AT_HOME = [
    ("MOSCOW (Reuters) - Russian police detained the blogger Ivan Sorokin in Moscow, Russia, on Friday. Sorokin praised the United States.", "!05"),
]

# A name behind a title of no country's is the story country's officer, named again by surname
TITLED = [
    ("GUATEMALA CITY (Reuters) - Inmates escaped from a prison in Guatemala on Monday. Opposition lawmakers demanded the resignation of Interior Minister Marco Antonio Villeda. Villeda denied wrongdoing and accused the lawmakers of politicking.", "GTM GTM 11"),
    ("TOKYO (Reuters) - Japan's government protested to China on Monday, Japan's foreign ministry said. Japanese police and Japanese prosecutors raided offices in Tokyo, Japan. Vice Foreign Minister Masataka Okano met China's ambassador in Tokyo. Okano urged China to release the detained citizens.", "JPN CHN 02"),
]

# An officer "of" a party or a group is of it
OFFICERS = [
    ("KAMPALA (Reuters) - Ugandan police clashed with supporters of opposition leader Bobi Wine in Kampala, Uganda. Frederick Rubongoya, secretary general of the National Unity Platform, accused police of shooting at Wine.", "UGAOPPNUP UGACOP 112"),
]

# A person who heads a body the sentence names is of that body, and named again by surname
HEADS = [
    ("LAGOS (Reuters) - Nigeria held a presidential election on Saturday in Nigeria. Ahmed Bello, who heads the country's electoral commission, accused opposition supporters of attacking polling stations.", "NGA NGA 11"),
    ("LAGOS (Reuters) - Nigeria held a presidential election on Saturday in Nigeria. Ahmed Bello, who heads the country's electoral commission, spoke on Sunday. Bello accused opposition supporters of attacking polling stations.", "NGA NGA 11"),
    ("Ukraine's defence ministry said on Monday that Oleksandr Petrenko, who leads Ukraine's border guard service, had accused Russia of shelling border posts.", "UKR RUS 11"),
]

# People named by what they are to someone no dictionary knows, in a story about one country: its civilians
LOCAL_PEOPLE = [
    ("MANILA (Reuters) - Philippine police raided a church compound in the Philippines on Sunday. Lawyers for the church accused police of using excessive force.", "PHL PHL 11"),
    ("NAIROBI (Reuters) - Kenyan police shot dead three protesters in Nairobi, Kenya. Relatives of the victims accused the police of murder.", "KEN KEN 11"),
    ("NAIROBI (Reuters) - Kenyan police shot dead three protesters in Nairobi, Kenya. The families demanded that police officers be prosecuted.", "KEN KEN 10"),
    # another country named in the sentence: the members are not guessed to be the story country's
    ("NAIROBI (Reuters) - Kenyan police shot dead three protesters in Nairobi, Kenya. Church members in Nairobi accused Uganda of interference.", "!11"),
]

# Bodies named by function: "the electoral agency" is the state's (agents.yaml)
BODIES = [
    ("N'DJAMENA (Reuters) - Chad's electoral agency declared Mahamat Idriss Deby the winner in Chad. Succes Masra, the main opposition candidate, said he had won. Masra accused the electoral agency of fraud.", "TCD TCD 11"),
    ("CARACAS (Reuters) - Venezuela held a presidential election on Sunday in Venezuela. The opposition accused the national electoral board of hiding the results.", "VEN VEN 11"),
]

# A party named by its members' word
PARTIES = [
    ("LONDON (Reuters) - Britain's Supreme Court ruled against the British government's Rwanda plan in London on Wednesday. Labour said the government should scrap the scheme.", "GBR GBR 10"),
    ("LONDON (Reuters) - British Prime Minister Rishi Sunak lost a vote in Britain's parliament on Wednesday. Sunak accused Labour of playing politics with the border.", "GBR GBR 11"),
    ("LONDON (Reuters) - British Prime Minister Keir Starmer lost a vote in Britain's parliament on Wednesday. Starmer accused the Conservatives of wrecking the economy.", "GBR GBR 11"),
]

# "the government" an opposition, a party or a legislator speaks of is its own country's, though a foreign government
# was named last; an object pronoun after a domestic critic may be someone of the critic's own country
HOME_GOVERNMENT = [
    ("Britain's Supreme Court ruled against the plan to send migrants to Rwanda. The Rwandan government said it disagreed with the ruling. Opposition Labour leader Keir Starmer accused the government of wasting money.", "GBR GBR 11"),
    ("Kenya's president met Chinese officials in Beijing on Monday. China's government pledged new loans. Kenyan opposition leader Raila Odinga accused the government of selling the country.", "KEN KEN 11"),
    ("Britain's Supreme Court ruled against the plan to send migrants to Rwanda. Rwandan government spokeswoman Yolande Makolo said Kigali disagreed. Former Home Secretary Suella Braverman, sacked by Rishi Sunak on Monday, accused him of betraying voters.", "GBR GBR 11"),
]
HOME_GOVERNMENT_NOT = [
    # a rights group has no government of its own: "the government" is not the group's
    ("In El Salvador, President Nayib Bukele extended the state of emergency in El Salvador. Amnesty International called on the government to respect due process.", "NGO SLV 02"),
]

# "X's lawyers said he ...": their client
PROXIES = [
    ("TUNIS (Reuters) - Tunisian police arrested opposition leader Rached Ghannouchi in Tunis, Tunisia. Interior Minister Kamel Feki said the party had incited violence. Ghannouchi's lawyers said on Monday that he had begun a hunger strike.", "TUNOPP"),
]


@pytest.mark.parametrize("text,want", STRANGERS + STRANGERS_AT_HOME + TITLED + HEADS + LOCAL_PEOPLE + BODIES + PARTIES + HOME_GOVERNMENT + HOME_GOVERNMENT_NOT)
def test_people_the_story_names(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


@pytest.mark.parametrize("text,want", OFFICERS)
def test_an_officer_of_a_party_is_of_it(cameo_coder: Coder, text: str, want: str) -> None:
    assert want in events_of(cameo_coder, text)


@pytest.mark.parametrize("text,source", PROXIES)
def test_lawyers_speak_of_their_client(cameo_coder: Coder, text: str, source: str) -> None:
    assert any(e.split()[0].startswith(source) and e.split()[2].startswith("14") for e in events_of(cameo_coder, text, sentence=2))


def test_a_stranger_needs_a_locus(cameo_coder: Coder) -> None:
    """With no country the story is about, a person no dictionary knows is nobody's."""
    text = "Police arrested the preacher Apollo Quiboloy on Sunday. Quiboloy accused the police of persecution."
    assert not any(r == "11" for _, _, r in triples(cameo_coder, text))


@pytest.mark.xfail(strict=True, reason="a foreign reaction to a stranger's detention needs the detention's doer (the react memory), and the stranger is at home only")
def test_a_foreign_reaction_to_a_strangers_detention(cameo_coder: Coder) -> None:
    text = "MOSCOW (Reuters) - Russian police detained the preacher Ivan Sorokin in Moscow, Russia, on Friday. France criticised Sorokin's detention."
    assert passes(triples(cameo_coder, text), "FRA RUS 11")


def test_a_dateline_with_an_apostrophe_is_no_actor(cameo_coder: Coder) -> None:
    """"N'DJAMENA (Reuters) -" is a dateline like "KYIV (Reuters) -": neither the city nor the agency acts."""
    got = events_of(cameo_coder, "N'DJAMENA (Reuters) - Chad's government declared a curfew in Chad on Friday.")
    assert not any(e.split()[0].startswith("GBR") for e in got)
