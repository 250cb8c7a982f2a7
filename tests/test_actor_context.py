"""Who is who after the first mention (issue 4): a story names an actor in full once, then by surname, by title ("the
minister", "the general"), by institution ("the presidency", "the junta"), by its capital or a city, or by a pronoun.
Each case is a short story written for this test; the last sentence is checked, at the level the accuracy figures
score (source country, target country, CAMEO root). The real codebook and model.
"""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


def last_sentence_events(coder: Coder, text: str, day: dt.date = dt.date(2024, 6, 15)) -> set[str]:
    """The events of a story's last sentence, as "source-country target-country root"."""
    result = coder.code_article(Article("t", text, day))
    last = result.n_sentences - 1
    events = result.events
    return {f"{e.source[:3]} {e.target[:3]} {e.action[:2]}" for e in events if e.sentence_index == last}


# A person named in full, then by surname alone: a dictionary name, and a name the dictionary lacks that a title and a
# country placed ("Kenyan opposition leader Joseph Mwangi ... Mwangi accused ...").
SURNAMES = [
    ("Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Tuesday. Sikorski criticised Hungary for blocking aid.", {"POL HUN 11"}),
    ("Turkish President Tayyip Erdogan spoke to reporters in Ankara. Erdogan accused Israel of genocide in Gaza.", {"TUR ISR 11"}),
    ("Hungary's Prime Minister Viktor Orban gave a speech in Budapest. Orban praised China for its peace plan.", {"HUN CHN 05"}),
    ("Brazilian President Luiz Inacio Lula da Silva returned from a summit. Lula criticised Israel over the war.", {"BRA ISR 11"}),
    ("Argentine President Javier Milei addressed a rally in Madrid. Milei insulted Spain's prime minister.", {"ARG ESP 11"}),
    ("Indian Foreign Minister Subrahmanyam Jaishankar flew to Moscow. Jaishankar met Russia's foreign minister on Monday.", {"IND RUS 04"}),
    ("Kenyan opposition leader Joseph Mwangi addressed supporters in Nairobi. Mwangi accused the government of rigging the vote.", {"KEN KEN 11"}),
    ("Nigerian Defence Minister Ibrahim Kaduna visited troops in the north. Kaduna accused Niger of sheltering militants.", {"NGA NER 11"}),
    ("Ghanaian Foreign Minister Samuel Ablakwa travelled to Lome. Ablakwa met Togo's president on Friday.", {"GHA TGO 04"}),
    ("Peruvian Interior Minister Juan Santivanez spoke on Monday. Santivanez accused Bolivia of harbouring fugitives.", {"PER BOL 11"}),
    ("Colombian President Gustavo Petro spoke in Bogota. Petro condemned the United States over the strikes.", {"COL USA 11"}),
    ("Dutch Prime Minister Dick Schoof met farmers on Tuesday. Schoof criticised Russia for the attack.", {"NLD RUS 11"}),
    ("South African Foreign Minister Ronald Lamola arrived in The Hague. Lamola accused Israel of violating the genocide convention.", {"ZAF ISR 11"}),
    ("Slovak Prime Minister Robert Fico returned to Bratislava. Fico criticised Ukraine over the gas transit.", {"SVK UKR 11"}),
    ("Venezuelan opposition leader Maria Corina Machado went into hiding. Machado urged the army to stand with the people.", {"VEN VEN 02"}),
    ("Pakistani Army Chief Asim Munir visited the Line of Control. Munir warned India against any aggression.", {"PAK IND 13"}),
    ("Sudanese army chief Abdel Fattah al-Burhan flew to Cairo. Burhan thanked Egypt for its support.", {"SDN EGY 05"}),
    ("Georgian Prime Minister Irakli Kobakhidze spoke in Tbilisi. Kobakhidze accused the European Union of blackmail.", {"GEO IGO 11"}),
    # a name the dictionary lacks, with its title in apposition
    ("Abdirahman Hassan, a commander of the Somali army, visited Baidoa. Hassan accused al-Shabaab of killing civilians.", {"SOM SOM 11"}),
    ("Juan Perez, a spokesman for the Peruvian government, spoke on Monday. Perez accused Bolivia of harbouring fugitives.", {"PER BOL 11"}),
    ("Maria Lopez, the Mexican foreign minister, spoke in Mexico City. Lopez criticised the United States over the deportations.", {"MEX USA 11"}),
]

# A person named in full, then by a title alone: "the minister", "the general", "the governor", "the president".
TITLES = [
    ("Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Tuesday. The minister criticised Hungary for blocking aid.", {"POL HUN 11"}),
    ("French Defence Minister Sebastien Lecornu visited Romania on Monday. The minister praised Romania for its support.", {"FRA ROU 05"}),
    ("Israeli army chief Herzi Halevi toured the northern border. The general warned Hezbollah against further attacks.", {"ISR LBN 13"}),
    ("Ukraine's top commander Oleksandr Syrskyi visited the front. The general accused Russia of using chemical weapons.", {"UKR RUS 11"}),
    ("Nigerian governor Babagana Zulum visited the town after the attack. The governor accused Boko Haram of killing farmers.", {"NGA NGA 11"}),
    ("Mexican President Claudia Sheinbaum held her morning news conference. The president rejected the United States' demand.", {"MEX USA 12"}),
    ("Kenyan President William Ruto flew to Washington on Sunday. The president met Joe Biden on Tuesday.", {"KEN USA 04"}),
    ("Japan's Prime Minister Fumio Kishida arrived in Manila on Friday. The prime minister signed a defence pact with the Philippines.", {"JPN PHL 05", "PHL JPN 05"}),
    ("Iranian Foreign Minister Abbas Araghchi flew to Muscat. The foreign minister met Oman's sultan on Saturday.", {"IRN OMN 04"}),
    ("Chinese Defence Minister Dong Jun spoke at the forum in Singapore. The minister warned the Philippines against provocations.", {"CHN PHL 13"}),
    ("Brazilian Foreign Minister Mauro Vieira spoke in Brasilia. The minister condemned Israel's strikes on Lebanon.", {"BRA ISR 11"}),
    ("Egyptian President Abdel Fattah al-Sisi received a delegation in Cairo. The president urged Israel to end the war.", {"EGY ISR 02"}),
    ("Former Pakistani Prime Minister Imran Khan was sentenced on Tuesday. The former premier accused the army of rigging the case.", {"PAK PAK 11"}),
    ("Mayor Ekrem Imamoglu of Istanbul addressed supporters on Sunday. The mayor accused the government of political persecution.", {"TUR TUR 11"}),
    ("Russian Foreign Minister Sergei Lavrov arrived in Pyongyang. The minister praised North Korea for its support.", {"RUS PRK 05"}),
    ("Tanzanian opposition leader Tundu Lissu was charged with treason. The opposition leader accused the government of persecution.", {"TZA TZA 11"}),
    ("Myanmar's military chief Min Aung Hlaing visited Moscow. The general praised Russia for its support.", {"MMR RUS 05"}),
    ("Venezuelan President Nicolas Maduro spoke on state television. The president accused the United States of plotting a coup.", {"VEN USA 11"}),
    ("U.S. Secretary of State Antony Blinken arrived in Beijing. The secretary of state urged China to stop supporting Russia.", {"USA CHN 02"}),
    ("German Chancellor Olaf Scholz flew to Beijing on Saturday. The chancellor met Xi Jinping on Tuesday.", {"DEU CHN 04"}),
]

# An institution named after its country: "the presidency", "the junta", "the ministry", "the kremlin".
INSTITUTIONS = [
    ("Togo's president signed the new constitution on Monday. The presidency accused Ghana of interfering in the vote.", {"TGO GHA 11"}),
    # known failure: two sentences that name France twice make France the story's country, whose institution "the
    # junta" then is (the rule for institutions named by no one); a real story about Niger names Niger more
    pytest.param("Niger's military rulers ordered French troops to leave. The junta accused France of plotting an attack.", {"NER FRA 11"},
                 marks=pytest.mark.xfail(reason="a two-sentence story's locus is France", strict=True)),
    ("Mali's army seized the town of Kidal. The junta thanked Russia for its help.", {"MLI RUS 05"}),
    ("Burkina Faso's military leader addressed the nation. The junta accused France of backing jihadists.", {"BFA FRA 11"}),
    ("Nigeria's foreign minister met the ambassadors in Abuja. The ministry condemned the coup in Niger.", {"NGA NER 11"}),
    ("Kenya's interior ministry issued a travel warning. The ministry accused Somalia of harbouring militants.", {"KEN SOM 11"}),
    ("Ukraine's defence minister said the drones were shot down. The ministry accused Russia of targeting civilians.", {"UKR RUS 11"}),
    ("South Korea's president declared martial law on Tuesday. The presidential office accused North Korea of spreading propaganda.", {"KOR PRK 11"}),
    ("Argentina's president spoke in Buenos Aires. The government recalled its ambassador from Spain.", {"ARG ESP 16"}),
    ("Sudan's army chief addressed troops in Port Sudan. The army accused the United Arab Emirates of arming the RSF.", {"SDN ARE 11"}),
    ("Poland's interior ministry reported more crossings. The government accused Belarus of pushing migrants across the border.", {"POL BLR 11"}),
    ("Egypt's president chaired a security meeting. The presidency condemned Israel's strikes in Rafah.", {"EGY ISR 11"}),
    ("Israel's defence minister visited the border. The military said it had struck Hezbollah targets in Lebanon.", {"ISR LBN 19"}),
    # known failure: as for Niger above, "Chinese" and "China" make China the story's country
    pytest.param("Taiwan's defence ministry tracked Chinese ships on Monday. The ministry accused China of harassing its fishermen.", {"TWN CHN 11"},
                 marks=pytest.mark.xfail(reason="a two-sentence story's locus is China", strict=True)),
    ("Guinea's military leader dissolved the government. The junta accused the opposition of plotting unrest.", {"GIN GIN 11"}),
    # a state's role noun opening a sentence is of the state the sentence before was about, not of the last one of its
    # role named (an object there)
    ("Venezuela recalled its ambassador to Brazil and summoned Brazil's envoy. The foreign ministry accused Brazil of interference.", {"VEN BRA 11"}),
    ("Algeria recalled its ambassador from Paris and summoned France's envoy. The ministry accused France of meddling.", {"DZA FRA 11"}),
    ("Japan lodged a protest and summoned China's ambassador on Monday. The foreign ministry accused Beijing of intimidation.", {"JPN CHN 11"}),
]

# The staff of a body are the body; its members are not ("NATO members" are states).
STAFF = [
    ("Houthi rebels detained 13 United Nations staff members in Sanaa on Friday.", {"YEM IGO 17"}),
    ("Russian forces detained two OSCE staff members in Donetsk.", {"RUS IGO 17"}),
    ("Taliban fighters detained three UN staff members in Kabul.", {"AFG IGO 17"}),
    ("NATO members condemned Russia on Tuesday.", set()),
]

# A capital or a city of the story's country standing for its government or its people.
PLACES = [
    ("Togo adopted a new constitution on Friday. Lome accused Ghana of harbouring opponents.", {"TGO GHA 11"}),
    ("Brazil's supreme court suspended X on Friday. Brasilia rejected Washington's criticism of the ruling.", {"BRA USA 12"}),
    ("Nigeria closed its border with Benin. Abuja accused Cotonou of smuggling.", {"NGA BEN 11"}),
    ("South Africa filed a case at the International Court of Justice. Pretoria accused Israel of genocide.", {"ZAF ISR 11"}),
    ("Kenya sent police officers to Haiti on Tuesday. Nairobi urged other countries to send troops.", set()),
    ("Ethiopia signed a port deal with Somaliland. Mogadishu recalled its ambassador from Addis Ababa.", {"SOM ETH 16"}),
    ("Pakistan closed its airspace. Islamabad accused New Delhi of staging the attack.", {"PAK IND 11"}),
    ("Algeria recalled its ambassador from Paris on Tuesday. Algiers accused France of supporting Morocco's plan.", {"DZA FRA 11"}),
    ("Azerbaijan launched an offensive in Karabakh. Yerevan accused Baku of ethnic cleansing.", {"ARM AZE 11"}),
    ("Rwanda denied backing the M23 rebels. Kigali accused Kinshasa of supporting the FDLR militia.", {"RWA COD 11"}),
    # a world region is no party (eleventh session, fp11): "diplomats from seven Latin American countries" are the
    # countries' the story names, and none is named here
    ("Venezuela held an election on Sunday. Caracas expelled diplomats from seven Latin American countries.", set()),
    ("Serbia put its army on alert. Belgrade accused Pristina of provoking violence in the north.", {"SRB XKX 11"}),
    ("Riots broke out in several cities. Protesters attacked a police station in Dhaka.", {"BGD BGD 14"}),
    ("Protests spread across Kenya on Tuesday. Police fired tear gas at protesters in Mombasa.", {"KEN KEN 17"}),
    ("Colombia's president spoke in Bogota. Bogota accused Caracas of sheltering ELN guerrillas.", {"COL VEN 11"}),
    # "the province": the region the story named by its own name
    ("Ontario aired an advertisement in the United States. The province accused Washington of hurting workers.", {"CAN USA 11"}),
    ("Quebec passed a law on religious symbols. The province rejected Ottawa's criticism.", {"CAN CAN 12"}),
]

# A pronoun for an actor named in an earlier sentence.
PRONOUNS = [
    ("Polish Foreign Minister Radoslaw Sikorski arrived in Kyiv on Tuesday. He criticised Hungary for blocking aid.", {"POL HUN 11"}),
    ("Italian Prime Minister Giorgia Meloni spoke in Rome on Monday. She urged the European Union to act on migration.", {"ITA IGO 02"}),
    ("Argentine President Javier Milei addressed a rally in Buenos Aires. He accused Brazil's president of corruption.", {"ARG BRA 11"}),
    ("China held drills around Taiwan on Thursday. It accused the United States of supplying weapons to the island.", {"CHN USA 11"}),
    ("The Houthis fired missiles at a tanker in the Red Sea. They accused Britain of aggression.", {"YEM GBR 11"}),
    ("Hamas released a statement on Sunday. It accused Israel of blocking the ceasefire talks.", {"PSE ISR 11"}),
    ("Hezbollah fired rockets at northern Israel. It said the attack was a response to Israeli strikes.", set()),
    ("Kenyan President William Ruto flew to Washington. He met Joe Biden on Thursday.", {"KEN USA 04"}),
    ("Mexican President Claudia Sheinbaum held her news conference. She rejected Donald Trump's threat of tariffs.", {"MEX USA 12"}),
    ("The Sudanese army said it had retaken the capital. It accused the RSF of looting the city.", {"SDN SDN 11"}),
    ("The M23 rebels seized the city of Goma. They accused Congo's army of shelling civilians.", {"COD COD 11"}),
    ("Russian President Vladimir Putin spoke in Moscow. He warned NATO against sending troops to Ukraine.", {"RUS IGO 13"}),
    ("Japanese Prime Minister Shigeru Ishiba met Donald Trump in Washington. He praised the United States for its commitment.", {"JPN USA 05"}),
    ("Iran's supreme leader Ali Khamenei addressed a crowd in Tehran. He accused Israel of a crime.", {"IRN ISR 11"}),
    ("North Korea launched a ballistic missile on Monday. It accused South Korea of provocations.", {"PRK KOR 11"}),
    # a possessive opening a sentence: the owner is the subject before, not the last person named
    ("Turkish President Tayyip Erdogan met Vladimir Putin in Sochi. His government later accused Greece of provocations.", {"TUR GRC 11"}),
    ("Indian Prime Minister Narendra Modi hosted Bangladesh's leader. His foreign minister criticised Pakistan.", {"IND PAK 11"}),
    ("Japanese Prime Minister Shigeru Ishiba met Donald Trump in Washington. His government later criticised China over the drills.", {"JPN CHN 11"}),
]

# An armed group or party named, then "the group", "the militia", "the rebels", "the party".
GROUPS = [
    ("Fighters from the Radaa armed group clashed with government forces in Tripoli. The group accused the government of an attack.", {"LBY LBY 11"}),
    ("Hamas fighters attacked an army post in Gaza. The group accused Israel of violating the truce.", {"PSE ISR 11"}),
    ("The Houthis seized a cargo ship in the Red Sea. The group threatened the United States with more attacks.", {"YEM USA 13"}),
    ("Kataib Hezbollah fighters fired drones at a U.S. base. The militia warned Washington against retaliation.", {"IRQ USA 13"}),
    ("The M23 rebels advanced on Bukavu. The rebels accused Burundi of sending troops.", {"COD BDI 11"}),
    ("Al-Shabaab fighters attacked a hotel in Mogadishu. The group accused Kenya of occupying Somali land.", {"SOM KEN 11"}),
    ("Reform UK won the local elections. The party accused the government of failing on migration.", {"GBR GBR 11"}),
    ("The Rapid Support Forces captured El Fasher. The paramilitary group accused the army of bombing civilians.", {"SDN SDN 11"}),
    ("The Taliban closed girls' schools in Kabul. The group rejected the United Nations' appeal.", {"AFG IGO 12"}),
    ("Hezbollah fired rockets at an Israeli base. The group warned Israel against an invasion.", {"LBN ISR 13"}),
]

# A surname the dictionary lists alone is someone else after a given name it does not know ("Hunter Biden"), not after
# a title or an honorific.
NAMESAKES = [
    ("Hunter Biden criticised Russia on Monday.", set()),
    ("Jill Biden praised France for its support.", set()),
    ("Carlos Maduro criticised Colombia over the border.", set()),
    ("Asma Assad praised Russia for its support.", set()),
    ("President Biden criticised Russia on Monday.", {"USA RUS 11"}),
    ("Mr Netanyahu criticised Iran on Monday.", {"ISR IRN 11"}),
]

# Officials that news of 2023-2026 names, checked to resolve to their country on a date in office.
OFFICIALS = [
    ("Jerome Powell said the Federal Reserve would cut rates. Powell criticised China's trade practices.", dt.date(2024, 6, 15), {"USA CHN 11"}),
    ("Mehmet Simsek met investors in London. Simsek praised Britain for its support.", dt.date(2024, 6, 15), {"TUR GBR 05"}),
    ("Pierre Poilievre spoke in Ottawa. Poilievre accused China of interfering in the election.", dt.date(2024, 6, 15), {"CAN CHN 11"}),
    ("Alberto Nunez Feijoo spoke in Madrid. Feijoo criticised Morocco over the border.", dt.date(2024, 6, 15), {"ESP MAR 11"}),
    ("Mahamudu Bawumia conceded defeat on Sunday. Bawumia congratulated John Mahama.", dt.date(2024, 12, 8), {"GHA GHA 05"}),
    ("Said Chengriha visited troops near the border. Chengriha accused Morocco of provocations.", dt.date(2024, 6, 15), {"DZA MAR 11"}),
    ("Angela Rayner spoke in Manchester. Rayner criticised Israel over the aid blockade.", dt.date(2025, 3, 15), {"GBR ISR 11"}),
    ("Elly Schlein spoke in Rome. Schlein urged Israel to end the siege of Gaza.", dt.date(2024, 6, 15), {"ITA ISR 02"}),
]


def _check(coder: Coder, text: str, expected: set[str], day: dt.date = dt.date(2024, 6, 15)) -> None:
    assert last_sentence_events(coder, text, day) == expected


@pytest.mark.parametrize("text,expected", SURNAMES)
def test_surname(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", TITLES)
def test_title(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", INSTITUTIONS)
def test_institution(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", PLACES)
def test_place(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", PRONOUNS)
def test_pronoun(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", GROUPS)
def test_group(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", STAFF)
def test_staff(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,expected", NAMESAKES)
def test_namesake(cameo_coder: Coder, text: str, expected: set[str]) -> None:
    _check(cameo_coder, text, expected)


@pytest.mark.parametrize("text,day,expected", OFFICIALS)
def test_official(cameo_coder: Coder, text: str, day: dt.date, expected: set[str]) -> None:
    _check(cameo_coder, text, expected, day)
