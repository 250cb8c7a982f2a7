"""Plain news sentences that used to give no event (issue 4 recall): a title read as an actor of its own, prisoners
a state releases, a ruler's blow at his own parliament, a reason phrase read as the verb's object, and trade and
handover phrasings. Real model, real codebook; each mechanism in several phrasings written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model

CASES = [
    # a title in front of a named person binds to the person ("Prime Minister-designate" parsed as an adverb)
    ("title bearer, designate", "Macron met Prime Minister-designate Nawaf Salam.", "2025-01-17", {"FRAGOV LBNGOV 040"}),
    # a state named by its country releases or detains its own people
    ("home custody, political prisoners", "Nicaragua released 222 political prisoners.", "2023-02-10", {"NIC NICOPP 0841"}),
    ("home custody, detainees", "Belarus freed 14 detainees on Wednesday.", "2024-07-03", {"BLR BLRCVL 0841"}),
    ("home custody, arrests", "Iran arrested dozens of protesters.", "2022-10-01", {"IRN IRNCVL 173"}),
    ("no home custody for killings", "Israel killed 30 civilians.", "2024-05-01", set()),
    # a ruler's blow at a legislature no one places is at his own
    ("own legislature, dissolved", "Peru's president dissolved Congress.", "2019-10-01", {"PERGOV PERLEG 172"}),
    ("own legislature, suspended", "Tunisia's president suspended parliament in July.", "2021-08-01", {"TUNGOV TUNLEG 172"}),
    # a noun in a reason phrase on the verb is not the verb's object
    ("reason phrase is no object", "Washington doubled tariffs on Indian goods to 50% as a penalty for New Delhi's purchases of Russian oil.",
     "2025-08-28", {"USAGOV IND 163"}),
    ("reason phrase, over", "Beijing raised duties on Australian wine over Canberra's imports of American beef.", "2020-11-27", {"CHNGOV AUS 163"}),
    # a verb's own time phrase is no object: the object of the verb it is conjoined with is shared
    ("shared object past a time phrase", "Yemen's Houthi movement said on Wednesday it had attacked and sunk the Greek-operated bulk carrier Eternity C.",
     "2025-07-09", {"YEMREBHTH GRC 190"}),
    ("shared object, sanctions", "Russia on Monday condemned and sanctioned Estonia.", "2024-01-15", {"RUS EST 111", "RUS EST 163"}),
    # a role noun of two countries, one of them a name with an "of" inside
    ("of a split name, second object", "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday.",
     "2025-06-27", {"CODGOV RWAGOV 057", "RWAGOV CODGOV 057"}),
    ("of a split name, conjunct", "The leaders of the Central African Republic and Chad met in Bangui.", "2024-03-01", {"CAFGOV TCDGOV 040", "TCDGOV CAFGOV 040"}),
    ("of two plain names", "The foreign ministers of Russia and Ukraine met.", "2022-03-10", {"RUSGOV UKRGOV 040", "UKRGOV RUSGOV 040"}),
    # an armed group's hostages are of the side it fought last
    ("hostages of the other side", "The ELN attacked Colombian troops near the border last month. The ELN released three hostages on Sunday.",
     "2024-02-01", {"COLREBELN COLMIL 190", "COLREBELN COLMIL 0841"}),
    # relatives and families are civilians
    ("relatives protest where they march", "Relatives and human rights groups marched in Guayaquil on Monday to demand answers.", "2024-12-30",
     {"ECUCVL ECU 141"}),
    ("relatives met", "Netanyahu met relatives of the hostages in Jerusalem.", "2024-01-10", {"ISRGOV ISRCVL 040"}),
    # custody ordered by a court
    ("custody ordered, clause", "A Moscow court later ordered Gershkovich held in custody.", "2023-03-31", {"RUSJUD USAMED 173"}),
    ("arrest warrant obtained", "German prosecutors have obtained an arrest warrant for a Ukrainian diving instructor.", "2024-08-14", {"DEUJUD UKR 173"}),
    # a date is no place for the preposition before TARGET
    ("curfew on a day", "Sheikh Hasina's government imposed a nationwide curfew on Friday.", "2024-07-20", {"BGDGOV BGD 1723"}),
    ("date before the target's preposition", "The EU on Monday imposed sanctions on Friday on Russia.", "2024-02-23", {"IGOEUREEC RUS 163"}),
    ("attack on a day, then on a place", "Russia launched an attack on Monday on Kharkiv.", "2024-05-13", {"RUS UKR 190"}),
    ("a name is no date", "Britain blamed Russia for the poisoning of Sergei Skripal. U.S. President Donald Trump spoke by telephone with "
     "Theresa May on Wednesday evening.", "2018-03-14", {"GBR RUS 112", "USAGOV GBRGOV 041"}),
    ("national strike is no attack", "Ecuador's largest indigenous organisation, CONAIE, began a national strike on Monday against President Daniel Noboa's decision.",
     "2025-09-22", {"ECU ECUGOV 143"}),
    ("aid paused", "The United States has paused all military aid to Ukraine.", "2025-03-04", {"USA UKR 1622"}),
    # phrasings
    ("charges dropped, intent", "The Kremlin said it would drop criminal charges against Prigozhin.", "2023-06-24", {"RUSGOV RUSUAFWAG 035"}),
    ("charges dropped", "Turkish prosecutors dropped charges against 20 students.", "2024-06-01", {"TURJUD TUREDU 081"}),
    ("mass executions by number", "Burkina Faso's army summarily executed at least 223 villagers in Burkina Faso's north.", "2024-04-25",
     {"BFAMIL BFACVL 202"}),
    ("mass executions, thousands", "Malian soldiers executed 1,300 Malian civilians.", "2022-04-05", {"MLIMIL MLICVL 202"}),
    ("mass killing by a named force", "Guinean security forces killed at least 156 people at a stadium in Conakry.", "2009-09-29", {"GINCOP GINCVL 202"}),
    ("strikes that kill stay fighting", "Israeli strikes killed more than 100 people in Gaza on Tuesday.", "2024-05-01", {"ISR PSECVL 195"}),
    ("invitation to cooperate", "Ethiopia's prime minister invited Egypt to cooperate on the river.", "2025-09-09", {"ETHGOV EGY 030"}),
    ("imports restricted", "China restricted seafood imports from Japan.", "2023-08-24", {"CHN JPN 163"}),
    ("cultural ties cancelled", "Azerbaijan cancelled Russian cultural events on Monday.", "2025-06-30", {"AZE RUS 160"}),
    ("restrictions on a consulate", "Israel ordered restrictions on Spain's consulate in Jerusalem.", "2024-05-29", {"ISR ESPGOV 172"}),
    ("suspects handed over", "Mexico sent 26 alleged cartel figures to the United States on Tuesday.", "2025-08-12", {"MEX USA 063"}),
    ("traffickers handed over", "Ecuador handed three drug traffickers to the United States.", "2024-03-01", {"ECU USA 063"}),
]


@pytest.fixture(scope="module")
def coder(cameo_coder: Coder) -> Coder:
    return cameo_coder  # tests/conftest.py


@pytest.mark.parametrize("text,day,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_plain_sentence_codes(coder: Coder, text: str, day: str, expected: set[str]) -> None:
    events = coder.code_article(Article("t", text, dt.date.fromisoformat(day))).events
    assert {f"{e.source} {e.target} {e.action}" for e in events} == expected
