"""The right pair, the wrong code (twelfth session, code12): confusions of the code between two parties the coder did
find, fixed as families of news phrasings, not single sentences.

Each case is a short story and what it must give at the country + root level, one or more wants joined by ";":
"PNG PNG 17" (that event), "!16" (no event of root 16 at all). Families:
- a generic cut in relations (160) that a state's organ does to its own officials, party or ruling, or to a news
  outlet, is an administrative sanction (172, 1721); a bloc suspending a member, trade cut, or an accord ended with
  armed groups stay cuts in relations.
- concern or alarm voiced over a party's act is disapproval (110), not a pessimistic comment (012, which keeps
  scepticism, doubt and worry); concern over no party's act gives nothing.
- a state that "protested" against another country (its government, its name or capital) complains officially (114),
  it does not dissent (14); people, crowds and parties still protest.
- a truce two sides agree on is the yield itself (0871, 087), not an intent (03): a ceasefire agreed "to end the
  fighting", two sides agreeing to stop targeting each other; one side's offer or promise to stop stays an intent.
- a claim to something (sovereignty, territorial, maritime claims) rejected is a rejection (12), not a denial (016);
  an accusation or a charge rejected stays a denial.
- a demand that names no one, conjoined with (or the purpose of) summoning an envoy or accusing or condemning a party,
  is made to that party: the second event of "summoned X's ambassador and demanded ...".
- troops a state sends to its own place or organ (parliament) are a show of force (154), not military cooperation
  (062); troops sent to another country stay cooperation.
- an administrative sanction (172x) a government says it will impose is its decision (17), not a threat (137); with
  "if" it stays a threat, and a party's or a legislature's future act, arrests to come, stay threats.
STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # suspensions at home or of the press: 17, not 16
    ("Kabila's party was suspended by the Congolese authorities in April.", "COD COD 17; !16"),
    ("Riots broke out in Port Moresby on Wednesday. Prime Minister James Marape said he had suspended the police commissioner.", "PNG PNG 17; !16"),
    ("Nigeria's President Bola Tinubu suspended Rivers state governor Siminalayi Fubara.", "NGA NGA 17; !16"),
    ("An Argentine court suspended the labour chapter of President Javier Milei's decree.", "ARG ARG 17; !16"),
    ("A Brazilian Supreme Court justice suspended Brasilia's governor from office.", "BRA BRA 17; !16"),
    ("Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra from duty.", "THA THA 17; !16"),
    ("Burkina Faso's communications council suspended the BBC for two weeks.", "BFA GBR 17; !16"),
    ("Russia suspended the German broadcaster Deutsche Welle.", "RUS DEU 17; !16"),
    # ... while cuts between states, and an accord ended with armed groups, stay cuts in relations
    ("The African Union suspended Niger after the coup.", "IGO NER 16"),
    ("Turkey suspended all trade with Israel.", "TUR ISR 16; !17"),
    ("Mali's junta said it was ending the 2015 peace agreement with separatist armed groups in the north.", "!17"),
    # concern over a party's act: 11, not 01
    ("Japan expressed concern over China's military drills near Taiwan.", "JPN CHN 11; !01"),
    ("Seoul voiced concern over the raid by U.S. immigration agents on the Hyundai plant.", "KOR USA 11; !01"),
    ("The European Union said it had serious concerns about Ukraine's new anti-corruption law.", "IGO UKR 11; !01"),
    ("The State Department said it was deeply concerned by China's decision to hold drills around Taiwan.", "USA CHN 11; !01"),
    ("Blinken said he had raised concerns about China's actions towards Taiwan.", "USA CHN 11; !01"),
    ("Germany said it was alarmed by Russia's military buildup on the border.", "DEU RUS 11; !01"),
    ("The Netherlands expressed alarm at Israel's expansion of settlements.", "NLD ISR 11; !01"),
    # ... scepticism stays a pessimistic comment; concern over prices is no event
    ("Japan is sceptical about North Korea's offer of talks.", "JPN PRK 01; !11"),
    ("Egypt's finance minister expressed concern over rising food prices.", "!11"),
    # a state's protest: 11, not 14
    ("China protested strongly against the Philippine vessel's intrusion.", "CHN PHL 11; !14"),
    ("Beijing protested Washington's decision to sell weapons to Taiwan.", "CHN USA 11; !14"),
    ("Japan's foreign ministry protested the detention of a Japanese businessman by China.", "JPN CHN 11; !14"),
    ("Seoul protested Japan's claims to the islands.", "KOR JPN 11; !14"),
    ("Tokyo protested to Pyongyang after the missiles landed in Japan's waters.", "JPN PRK 11; !14"),
    # ... people still protest
    ("Thousands of Iranians protested against the government in Tehran.", "IRN IRN 14"),
    ("South Korean fishermen protested in Seoul against Japan's release of the water.", "KOR JPN 14"),
    ("Opposition supporters protested against the Georgian government in Tbilisi.", "GEO GEO 14"),
    # a truce agreed: 08, not 03
    ("Israel and Hamas agreed to a ceasefire on Thursday to end 11 days of fighting, Egyptian mediators said.", "ISR PSE 08; PSE ISR 08; !03"),
    ("Thailand and Cambodia agreed on Monday to an immediate ceasefire to end the border fighting.", "THA KHM 08; KHM THA 08; !03"),
    ("Myanmar's military and the ethnic rebel alliance have agreed to a formal ceasefire to halt the fighting in Shan state.", "MMR MMR 08; !03"),
    ("Kyrgyzstan and Tajikistan agreed on a ceasefire on Friday after clashes on their border.", "KGZ TJK 08; !03"),
    ("The United States and Yemen's Houthis have agreed to stop targeting each other.", "USA YEM 08; YEM USA 08; !03"),
    ("Russia and Ukraine agreed to halt strikes on each other's energy facilities.", "RUS UKR 08; UKR RUS 08; !03"),
    # ... one side's offer or promise, or a conditional future, stays an intent
    ("Hamas offered to halt its attacks on Israel.", "PSE ISR 03; !08"),
    ("Russia promised to stop its attacks on Ukraine's energy grid.", "RUS UKR 03; !08"),
    ("Russia said it would stop its attacks on Ukraine's energy grid if Kyiv did the same.", "!08"),
    ("India and Pakistan agreed to halt all firing along the Line of Control.", "IND PAK 08; PAK IND 08"),
    # a claim to a thing rejected: 12, not 01
    ("Taiwan's government rejects China's sovereignty claims.", "TWN CHN 12; !01"),
    ("The Philippines rejected Beijing's maritime claims in the South China Sea.", "PHL CHN 12; !01"),
    ("Guyana rejected Venezuela's territorial claims to the Essequibo region.", "GUY VEN 12; !01"),
    ("Japan dismissed South Korea's sovereignty claim over the islands.", "JPN KOR 12; !01"),
    # ... an accusation rejected stays a denial
    ("Moldova accused Russia of meddling in its election. The Kremlin rejected the accusation as unfounded.", "RUS MDA 01"),
    ("Israel rejected South Africa's genocide claims as baseless.", "ISR ZAF 01; !12"),
    # a demand made to the one summoned or accused
    ("Russia summoned Lithuania's charge d'affaires and demanded that the restrictions be lifted immediately.", "RUS LTU 11; RUS LTU 10"),
    ("Azerbaijan accused Russian police of torture and demanded that those responsible be punished.", "AZE RUS 11; AZE RUS 10"),
    ("China summoned the Japanese ambassador and demanded that Takaichi retract her remarks.", "CHN JPN 11; CHN JPN 10"),
    ("Poland summoned Russia's ambassador to demand an explanation.", "POL RUS 11; POL RUS 10"),
    ("Taiwan condemned China's coast guard and demanded the truth about the deaths of the two fishermen.", "TWN CHN 11; TWN CHN 10"),
    ("Iran summoned Pakistan's charge d'affaires on Thursday to demand an explanation.", "IRN PAK 11; IRN PAK 10"),
    # troops sent at home: 15, not 06
    ("South Korean President Yoon Suk Yeol declared martial law on Tuesday and sent troops to the National Assembly.", "KOR KOR 15; !06"),
    ("Kenya's President William Ruto sent troops to parliament after protesters stormed it.", "KEN KEN 15; !06"),
    ("North Korea sent about 10,000 soldiers to Russia.", "PRK RUS 06; !15"),
    # an administrative sanction announced by a government: 17, not 13
    ("The United States said on Friday it would revoke the visa of Colombian President Gustavo Petro.", "USA COL 17; !13"),
    ("Washington will revoke the visas of Brazilian judge Alexandre de Moraes and his allies, Rubio said.", "USA BRA 17; !13"),
    # ... a condition, a party's future vote, arrests to come stay threats
    ("The United States would revoke Petro's visa if he returned to New York, the State Department said.", "USA COL 13; !17"),
    ("The Canadian opposition leader said his party would vote to bring down the government.", "!17"),
    ("Israel will arrest any Palestinian who throws stones.", "ISR PSE 13; !17"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = {
    # no event at all (a recall gap, not a code choice): "halt all firing" is in no pattern
    "India and Pakistan agreed to halt all firing along the Line of Control.",
    # purpose_of_contact reads the "on Thursday" before the infinitive as "called on X to ...", an appeal: the
    # demand stays unrealised (loosening that guard coded other purposes the gold does not: a condolence visit)
    "Iran summoned Pakistan's charge d'affaires on Thursday to demand an explanation.",
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_code_choice(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert all(passes(got, w.strip()) for w in want.split(";")), f"{text!r}: want {want}, got {sorted(got)}"
