"""What leaders say about each other: characterisations ("called the decision a hostile act"), statements whose
content is the event ("'This is an unfriendly act,' the ministry said"), denials, refusals, appeals, intents and
threats, in the shapes wire copy writes them. Sentences written for this test, coded end to end with the real model
on the CAMEO codebook and the real-world dictionary. Each case is (context, sentence, expected): the context is told
first in the same story; only the events of the sentence are compared, as "SOURCE-COUNTRY TARGET-COUNTRY ROOT"."""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model

DATE = dt.date(2025, 6, 15)

# (context, sentence, expected country-level root triples)
CASES: list[tuple[str, str, set[str]]] = [
    # --- characterisations: "X called Y('s act) a ..." / "described ... as" / "branded" / "labelled" --------------------
    ("", 'Polish Foreign Minister Radoslaw Sikorski called Hungary\'s decision a "hostile act".', {"POL HUN 11"}),
    ("Hungary granted asylum to a former Polish deputy justice minister on Monday.",
     'Polish Foreign Minister Radoslaw Sikorski called the decision a "hostile act".', {"POL HUN 11"}),
    ("", 'Israeli Defence Minister Israel Katz called Colombian President Gustavo Petro "antisemitic and full of hate".',
     {"ISR COL 11"}),
    ("", 'Colombian President Gustavo Petro called the Israeli government "genocidal".', {"COL ISR 11"}),
    ("The United States expelled South Africa's ambassador on Friday.",
     'South Africa\'s presidency called the expulsion "regrettable".', {"ZAF USA 11"}),
    ("", 'Conservative leader Kemi Badenoch called Keir Starmer\'s fishing deal a "surrender".', {"GBR GBR 11"}),
    ("", 'Venezuela\'s foreign ministry called Brazil\'s veto "a hostile act".', {"VEN BRA 11"}),
    ("Brazil blocked Venezuela's bid to join the BRICS group last week.",
     'Venezuela\'s foreign ministry called the veto "a hostile act".', {"VEN BRA 11"}),
    ("", 'Chinese foreign ministry spokesman Lin Jian described the Philippine patrols as "provocations".',
     {"CHN PHL 11"}),
    ("", 'Russia\'s foreign ministry branded the new British sanctions "economic aggression".', {"RUS GBR 11"}),
    ("", 'Iranian Foreign Minister Abbas Araqchi called the U.S. strikes "a grave violation of international law".',
     {"IRN USA 11"}),
    ("", 'Turkish President Tayyip Erdogan called Israel\'s conduct in Gaza "a genocide".', {"TUR ISR 11"}),
    ("Israeli forces raided the West Bank city of Jenin on Tuesday.",
     'Jordan\'s foreign ministry called the raid "a flagrant violation of international law".', {"JOR ISR 11"}),
    ("North Korea blew up roads on its side of the border with South Korea on Tuesday.",
     'Seoul called the move "a very abnormal and regrettable act".', {"KOR PRK 11"}),
    ("", 'Ukrainian President Volodymyr Zelensky called Russia\'s latest missile strike on Kyiv "a terrorist act".',
     {"UKR RUS 11"}),
    ("", 'Pakistan\'s foreign office described India\'s decision to suspend the water treaty as "an act of war".',
     {"PAK IND 11"}),
    ("", 'German Chancellor Friedrich Merz called the Russian drone incursion into Poland "unacceptable".',
     {"DEU RUS 11"}),
    ("", 'Mexican President Claudia Sheinbaum called the U.S. tariffs "unfair" and "unacceptable".', {"MEX USA 11"}),
    ("", 'Canadian Prime Minister Mark Carney called the American tariffs "unjustified".', {"CAN USA 11"}),
    ("", 'Danish Prime Minister Mette Frederiksen called the American pressure on Greenland "unacceptable".',
     {"DNK USA 11"}),
    ("", 'Qatar called the Israeli blockade of Gaza a "war crime".', {"QAT ISR 11"}),
    ("", 'Beijing called Japan\'s release of the treated water "extremely selfish and irresponsible".', {"CHN JPN 11"}),
    ("Estonia expelled two Russian diplomats on Monday.",
     'The expulsion was "an unfriendly step", the Russian foreign ministry said.', {"RUS EST 11"}),
    ("Azerbaijan closed the office of a Russian news agency in Baku on Monday.",
     'Moscow called the move "an unfriendly act".', {"RUS AZE 11"}),
    ("", 'Spanish Prime Minister Pedro Sanchez described the Israeli operation in Gaza as a "genocide".',
     {"ESP ISR 11"}),
    ("", 'Venezuelan President Nicolas Maduro branded the Guyanese president a "puppet" of Exxon.', {"VEN GUY 11"}),
    ("", 'Argentine President Javier Milei called Spanish Prime Minister Pedro Sanchez "arrogant" and "a coward".',
     {"ARG ESP 11"}),
    ("", 'Chinese state media labelled Taiwan\'s president a "separatist" and a "troublemaker".', {"CHN TWN 11"}),
    ("", 'Iran\'s supreme leader Ali Khamenei called the Israeli strikes a "crime".', {"IRN ISR 11"}),
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat near the Second Thomas Shoal on "
     "Saturday.", 'Manila called the attack "illegal and aggressive".', {"PHL CHN 11"}),
    ("Russia launched hundreds of drones at Ukrainian cities overnight.",
     'Zelensky called the attack "pure terror".', {"UKR RUS 11"}),
    ("", 'Lithuania\'s president called the Belarusian balloon incursions "a hybrid attack".', {"LTU BLR 11"}),
    ("", 'Armenian Prime Minister Nikol Pashinyan described Azerbaijan\'s demands as "unacceptable".', {"ARM AZE 11"}),
    ("", '"The sanctions are an act of economic warfare," Venezuelan Foreign Minister Yvan Gil said of the U.S. '
     'measures.', {"VEN USA 11"}),
    ("Azerbaijan arrested two Russian journalists in Baku on Monday.",
     'The Russian foreign ministry described the arrests as "hostile" and "unjustified".', {"RUS AZE 11"}),
    ("", 'Estonian Prime Minister Kristen Michal labelled the Russian incursion a "provocation".', {"EST RUS 11"}),
    ("Israel struck a hospital in Gaza on Monday.",
     'Egypt said the strike was a "flagrant violation of international humanitarian law".', {"EGY ISR 11"}),
    ("Russian troops stormed a Ukrainian village on Sunday.",
     'Kyiv described the assault as a "war crime".', {"UKR RUS 11"}),
    ("China imposed export controls on rare earths on Monday.",
     'Japan\'s trade minister called the measures "deeply concerning".', {"JPN CHN 11"}),
    ("Algeria expelled twelve French embassy staff on Monday.",
     'Paris called the expulsions "unjustified and incomprehensible".', {"FRA DZA 11"}),
    ("Iran seized an oil tanker in the Gulf of Oman on Thursday.",
     'The British government described the seizure as "piracy".', {"GBR IRN 11"}),
    ("", 'Mexico\'s foreign ministry called the U.S. raids on migrants "inhumane".', {"MEX USA 11"}),
    ("Serbia arrested a Croatian citizen on spying charges on Monday.",
     'Zagreb called the arrest "absurd" and "politically motivated".', {"HRV SRB 11"}),
    ("", 'Kenyan President William Ruto described the Tanzanian deportation of Kenyan activists as "shameful".',
     {"KEN TZA 11"}),
    ("", 'The Syrian foreign ministry called the Israeli incursion into southern Syria "a blatant violation".',
     {"SYR ISR 11"}),

    # --- statements whose content is the event ------------------------------------------------------------------------
    ("", '"This is an unfriendly act and an interference in Peru\'s internal affairs," the Peruvian foreign ministry '
     'said of Mexico\'s decision.', {"PER MEX 11"}),
    ("Mexico granted asylum to Peru's former prime minister on Monday.",
     '"This is an unfriendly act and an interference in Peru\'s internal affairs," the Peruvian foreign ministry said.',
     {"PER MEX 11"}),
    ("", "Colombia's foreign ministry said Milei's remarks had damaged the trust between the two countries.",
     {"COL ARG 11"}),
    ("", "China's commerce ministry said Canada's measures violated World Trade Organization rules.", {"CHN CAN 11"}),
    ("Israel declared Brazilian President Luiz Inacio Lula da Silva persona non grata on Monday.",
     'Lula had said what Israel was doing in Gaza was "not a war, it\'s a genocide".', {"BRA ISR 11"}),
    ("", 'Japan\'s chief cabinet secretary said China\'s military drills near Taiwan were "deeply regrettable".',
     {"JPN CHN 11"}),
    ("", "Norway's foreign minister said the Israeli settlement expansion was illegal under international law.",
     {"NOR ISR 11"}),
    ("", '"What Russia is doing is a crime," the Ukrainian president said in his nightly address.', {"UKR RUS 11"}),
    ("", 'According to the Chinese foreign ministry, the U.S. sanctions were "illegal and unilateral".',
     {"CHN USA 11"}),
    ("", "Algeria's foreign ministry said in a statement that France's decision was \"a serious mistake\".",
     {"DZA FRA 11"}),
    ("", 'The Ethiopian government said Egypt\'s statements were "irresponsible".', {"ETH EGY 11"}),
    ("Argentine President Javier Milei spoke to reporters on Sunday.",
     'He said Venezuela\'s election was "a fraud" and Maduro was "a dictator".', {"ARG VEN 11"}),
    ("Czech President Petr Pavel met reporters in Prague on Monday.",
     'He said Russia\'s attacks on civilians were "war crimes".', {"CZE RUS 11"}),
    ("", 'Sweden\'s prime minister said the Russian disinformation campaign was "a direct attack on our democracy".',
     {"SWE RUS 11"}),
    ("", "Mexico's foreign minister said the U.S. deportation flights violated international law.", {"MEX USA 11"}),
    ("", "Egypt said the Ethiopian dam violated international agreements.", {"EGY ETH 11"}),
    ("", "Indian External Affairs Minister Subrahmanyam Jaishankar said Pakistan's support for terrorism was "
     '"unacceptable".', {"IND PAK 11"}),
    ("", 'Chinese Foreign Minister Wang Yi said the Japanese prime minister\'s remarks on Taiwan were "shocking".',
     {"CHN JPN 11"}),
    ("", "The Philippine foreign ministry said the Chinese actions were a violation of Philippine sovereignty.",
     {"PHL CHN 11"}),
    ("", 'Chinese foreign ministry spokesman Lin Jian said the Japanese remarks were "a gross interference in '
     'China\'s internal affairs".', {"CHN JPN 11"}),
    ("Russia fired a hypersonic missile at the Ukrainian city of Dnipro on Thursday.",
     '"This is a clear escalation," the French foreign minister said.', {"FRA RUS 11"}),
    ("Belarus held a Lithuanian journalist for three days at the border.",
     '"Such actions are unacceptable," Lithuania\'s foreign ministry said in a statement.', {"LTU BLR 11"}),
    ("", 'A spokesman for the German government said the Russian cyberattack was "completely unacceptable".',
     {"DEU RUS 11"}),
    ("", 'The Greek foreign ministry said the Turkish research vessel\'s mission was "illegal".', {"GRC TUR 11"}),
    ("Venezuela detained three Colombian soldiers at the border on Sunday.",
     'Colombia\'s defence minister said the detention was "arbitrary".', {"COL VEN 11"}),

    # --- denials --------------------------------------------------------------------------------------------------------
    ("Burundi accused Rwanda of backing the rebels who attacked Bujumbura.",
     "Rwanda does not support any armed group in Burundi, the Rwandan foreign ministry said.", {"RWA BDI 01"}),
    ("Ukraine accused Russia of shelling a hospital in Kharkiv.", "Moscow denied the accusation.", {"RUS UKR 01"}),
    ("Kyiv accused Moscow of using chemical weapons near Bakhmut.",
     'The Kremlin rejected the allegation as "baseless".', {"RUS UKR 01"}),
    ("Britain accused Iran of supplying ballistic missiles to Russia.", "Tehran denied sending any missiles.",
     {"IRN GBR 01"}),
    ("Somalia has accused Ethiopia of violating its sovereignty.", "Ethiopia denies the allegation.", {"ETH SOM 01"}),
    ("India accused Pakistan of backing the gunmen.", "Islamabad has denied any involvement in the attack.",
     {"PAK IND 01"}),
    ("Congo accuses Rwanda of arming the M23 rebels.", "Kigali denies this.", {"RWA COD 01"}),
    ("Washington accused Beijing of hacking government computers.",
     'China has repeatedly denied the accusations, calling them "groundless".', {"CHN USA 01"}),
    ("Niger's junta accused Benin of hosting French troops.", "Benin has denied the claim.", {"BEN NER 01"}),
    ("Venezuela accused Colombia of plotting to assassinate Maduro.",
     '"These accusations are false," Colombia\'s foreign ministry said.', {"COL VEN 01"}),
    ("Sudan's army accuses the United Arab Emirates of arming the paramilitary forces.",
     "Abu Dhabi has denied the charge.", {"ARE SDN 01"}),
    ("", "Russia denied that its drones had entered Polish airspace.", {"RUS POL 01"}),
    ("", "Beijing denied that its coast guard had rammed a Philippine vessel.", {"CHN PHL 01"}),
    ("", "Pakistan says Afghanistan shelters militants who attack Pakistani forces, a charge Kabul denies.",
     {"PAK AFG 11", "AFG PAK 01"}),
    ("Ukraine said Hungary had sent spies across the border.",
     '"Hungary has never spied on Ukraine," Hungarian Foreign Minister Peter Szijjarto said.', {"HUN UKR 01"}),

    # --- refusals and rejections --------------------------------------------------------------------------------------
    ("Spain demanded an apology from Argentina on Sunday.", "President Javier Milei refused to apologise.",
     {"ARG ESP 12"}),
    ("Colombia demanded that Argentina retract the remarks.", "Milei said he would not retract his words.",
     {"ARG COL 12"}),
    ("", "Israel rejected the French proposal for a ceasefire in Lebanon.", {"ISR FRA 12"}),
    ("", "Iran rejected Washington's demand to end uranium enrichment.", {"IRN USA 12"}),
    ("", 'North Korea dismissed South Korea\'s offer of talks as "a pipe dream".', {"PRK KOR 12"}),
    ("The United States asked Denmark to sell Greenland.", "Copenhagen refused.", {"DNK USA 12"}),
    ("", "The Venezuelan government refused to allow the Brazilian observers into the country.", {"VEN BRA 12"}),
    ("Ukraine asked Germany to supply Taurus missiles.", "Berlin has so far declined.", {"DEU UKR 12"}),
    ("", "Russia has refused to return the Ukrainian children, Ukraine's human rights commissioner said.",
     {"RUS UKR 12"}),
    ("", '"We reject these demands," Chinese foreign ministry spokesman Lin Jian said of the Philippine request.',
     {"CHN PHL 12"}),
    ("The United States urged Israel to allow more aid into Gaza.", "Netanyahu rejected the call.", {"ISR USA 12"}),
    ("", "Hungarian Prime Minister Viktor Orban rejected the European Commission's migration plan.", {"HUN IGO 12"}),
    ("", "Moscow would not accept troops from NATO countries in Ukraine, Lavrov said.", {"RUS IGO 12"}),

    # --- appeals --------------------------------------------------------------------------------------------------------
    ("", '"We urge Israel to allow aid into Gaza without delay," British Foreign Secretary David Lammy said.',
     {"GBR ISR 02"}),
    ("", "Egypt urged Ethiopia to return to talks on the dam.", {"EGY ETH 02"}),
    ("", "China asked the United States to lift its sanctions on Chinese firms.", {"CHN USA 02"}),
    ("", "Germany's foreign minister called on Russia to agree to an unconditional ceasefire.", {"DEU RUS 02"}),
    ("", "Saudi Arabia asked Washington to lift sanctions on Syria.", {"SAU USA 02"}),
    ("", '"We call on Iran to return to the negotiating table," the French foreign minister said.', {"FRA IRN 02"}),
    ("", "Ukraine's foreign minister appealed to China to use its influence on Moscow.", {"UKR CHN 02"}),
    ("", "Brazil asked Venezuela to publish the voting records.", {"BRA VEN 02"}),
    ("", "The African Union urged Congo and Rwanda to resume dialogue.", {"IGO COD 02", "IGO RWA 02"}),
    ("", "Britain and other allies appealed to Israel not to pass the law.", {"GBR ISR 02"}),

    # --- intents, commitments, readiness --------------------------------------------------------------------------------
    ("", "Canada stood ready to resume negotiations with the United States, Prime Minister Mark Carney said.",
     {"CAN USA 03"}),
    ("", "South Africa said it remained committed to building a relationship with Washington.", {"ZAF USA 03"}),
    ("", "Greek Prime Minister Kyriakos Mitsotakis said Athens would keep talking to Ankara.", {"GRC TUR 03"}),
    ("Indian Prime Minister Narendra Modi visited Kyiv on Friday.",
     "He told Zelensky that India was ready to play an active role in bringing peace.", {"IND UKR 03"}),
    ("", "Japan pledged to provide $5 billion in aid to the Philippines.", {"JPN PHL 03"}),
    ("", "Turkey said it was willing to host talks between Russia and Ukraine.", {"TUR RUS 03", "TUR UKR 03"}),
    ("", "Britain promised to send more air defence systems to Ukraine.", {"GBR UKR 03"}),
    ("", "The Chinese foreign minister said Beijing was prepared to work with Washington to stabilise ties.",
     {"CHN USA 03"}),
    ("", '"We are ready to resume talks with the United States," Iranian Foreign Minister Abbas Araqchi said.',
     {"IRN USA 03"}),
    ("", "Qatar offered to mediate between Russia and Ukraine.", {"QAT RUS 03", "QAT UKR 03"}),
    ("", "Germany said it would continue to support Ukraine.", {"DEU UKR 03"}),
    ("", "Seoul said it remained open to dialogue with Pyongyang.", {"KOR PRK 03"}),
    ("", "Poland vowed to keep supporting Ukraine.", {"POL UKR 03"}),
    ("", "Bolivia's president-elect said he would restore full relations with the United States.", {"BOL USA 03"}),
    ("", "Indonesia is willing to send peacekeepers to Gaza, President Prabowo Subianto said.", {"IDN PSE 03"}),

    # --- threats --------------------------------------------------------------------------------------------------------
    ("", "Trump threatened to impose 25% tariffs on Mexico.", {"USA MEX 13"}),
    ("", "Iran warned that it would retaliate against any Israeli attack.", {"IRN ISR 13"}),
    ("", '"Any further attack on our troops will be treated as a declaration of war," South Africa\'s president '
     "told Rwanda.", {"ZAF RWA 13"}),
    ("", 'North Korea warned Seoul of "a shocking response" to the drills.', {"PRK KOR 13"}),
    ("", "China threatened countermeasures against the Philippines over the missile deployment.", {"CHN PHL 13"}),
    ("", "Russia said it would respond to Finland's decision with military measures.", {"RUS FIN 13"}),
    ("", '"We will respond decisively to any provocation by India," Pakistan\'s army chief said.', {"PAK IND 13"}),
    ("", "Venezuela threatened to cut diplomatic relations with Panama.", {"VEN PAN 13"}),
    ("", "Israeli Defence Minister Israel Katz warned that Tehran would burn if Iran kept firing missiles.",
     {"ISR IRN 13"}),

    # --- no event: neutral quotes, praise, one's own side, negated or modal verdicts ------------------------------------
    ("", '"It was a good meeting," the Danish foreign minister said.', set()),
    ("", '"We are proud of our soldiers," Ukrainian President Volodymyr Zelensky said.', set()),
    ("", 'The Polish prime minister called the election result "a victory for democracy".', set()),
    ("", 'Argentine President Javier Milei called his own economic plan "a success".', set()),
    ("", "Chinese Premier Li Qiang said the Chinese economy was growing steadily.", set()),
    ("", 'The German chancellor described the weather as "terrible".', set()),
    ("", '"This is a historic day for Armenia," Armenian Prime Minister Nikol Pashinyan said.', set()),
    ("", "The Kenyan president said the floods were a tragedy.", set()),
    ("", "Japanese Prime Minister Shigeru Ishiba said Japan's defence budget was not a threat to anyone.", set()),
    ("", "Brazil's president said the Amazon fires were a disaster.", set()),
    ("", 'Spain\'s prime minister said the blackout was "an unprecedented event".', set()),
    ("", 'The Israeli prime minister called the rescue operation "heroic".', set()),
    ("", "Hungarian Prime Minister Viktor Orban said he had never called the EU a threat.", set()),
    ("", "South Korea's president said the North's missile launch could be a provocation.", set()),
    ("", "Australia's foreign minister said the Chinese naval drills were not a threat.", set()),
    ("", 'Italy\'s prime minister called the new Italian migration law "a success".', set()),
    ("", '"The talks with China were constructive," the Indian foreign minister said.', set()),
    ("", 'Polish President Andrzej Duda called the Polish army "the pride of the nation".', set()),
    ("", "French President Emmanuel Macron said France's pension reform was necessary.", set()),
    ("", '"Our economy is strong," Turkish President Tayyip Erdogan said.', set()),
    ("", 'The Mexican president described the deal with the United States as "good news".', set()),
    ("Canada and Mexico signed a trade agreement on Monday.",
     'Canadian Prime Minister Mark Carney called the deal "historic".', set()),

    # --- added after the first fixes (shapes found in the blind sets' misses), in new wordings -------------------------
    ("", 'Colombian President Gustavo Petro said on Wednesday that Colombia would not stay silent, calling the Israeli '
     'strikes "genocidal".', {"COL ISR 11"}),
    ("", "Britain accuses Russia of plotting sabotage in Europe, a charge Moscow denies.", {"GBR RUS 11", "RUS GBR 01"}),
    ("", "Seoul accuses Pyongyang of sending troops to Russia, an allegation North Korea denies.",
     {"KOR PRK 11", "PRK KOR 01"}),
    ("Hungary vetoed the European Union's new sanctions package on Monday.",
     'Lithuania\'s foreign minister called the veto "madness".', {"LTU HUN 11"}),
    ("", "Chinese Foreign Minister Wang Yi said Japan's remarks had seriously damaged relations between the two "
     "countries.", {"CHN JPN 11"}),
    ("", "Bolivia's foreign ministry said the Chilean statements had harmed the dialogue between the two countries.",
     {"BOL CHL 11"}),
    ("", "Tehran would never accept Washington's demands, Iran's supreme leader said.", {"IRN USA 12"}),
    ("", '"We are ready to meet President Putin at any time," Ukrainian President Volodymyr Zelensky said.',
     {"UKR RUS 03"}),
    ("", '"We call on Serbia to stop the provocations," Kosovo Prime Minister Albin Kurti said.', {"XKX SRB 02"}),
    ("Washington asked Kyiv to sign a minerals deal last week.", "Ukraine has so far refused.", {"UKR USA 12"}),
    ("The European Union urged Georgia to drop the foreign agents law.", "The Georgian government refused.",
     {"GEO IGO 12"}),
    ("", '"We are ready for the summer season," Greek Tourism Minister Olga Kefalogianni said.', set()),
    ("", "Japan's central bank declined to comment on the yen.", set()),
    ("Russia asked India to buy more oil.", "Indian refiners declined to comment.", set()),
    ("Russian troops shelled the Ukrainian city of Sumy on Sunday.",
     '"It is a war crime," the German foreign minister said.', {"DEU RUS 11"}),
    ("Israel struck a school in Gaza on Monday.", '"It is shocking to see so many children hurt," the UNICEF chief said.',
     set()),
    ("", '"The tariffs are economic blackmail," the Brazilian foreign minister said of the American measures.',
     {"BRA USA 11"}),
    ("", "According to the Iranian foreign ministry, the British sanctions were illegal.", {"IRN GBR 11"}),
]


# Cases the engine still misses (strict: a case that starts passing must leave this set). The battery's first 154
# cases passed 95 at the start of the ninth session; cases q154 on were added after the first fixes.
MISSED = set(
    "q006 q010 q015 q029 q038 q041 q049 q070 q083 q084 q094 q111 q118 q121 q125 q128 q131 q147 q153".split()
)


def _params() -> list:
    out = []
    for i, (context, text, expected) in enumerate(CASES):
        case_id = f"q{i:03d}"
        marks = [pytest.mark.xfail(reason="not coded yet", strict=True)] if case_id in MISSED else []
        out.append(pytest.param(context, text, expected, id=case_id, marks=marks))
    return out


@pytest.fixture(scope="module")
def coder(cameo_coder: Coder) -> Coder:
    return cameo_coder  # the session's Coder (tests/conftest.py)


def coded(coder: Coder, context: str, text: str) -> set[str]:
    story = f"{context} {text}".strip()
    events = coder.code_article(Article("q", story, DATE)).events
    return {
        f"{(e.source_country or e.source)[:3]} {(e.target_country or e.target)[:3]} {e.action_root}"
        for e in events
        if e.sentence.strip() and e.sentence.strip() in text
    }


@pytest.mark.parametrize("context,text,expected", _params())
def test_quote(coder: Coder, context: str, text: str, expected: set[str]) -> None:
    assert coded(coder, context, text) == expected
