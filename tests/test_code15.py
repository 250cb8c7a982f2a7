"""The right pair with the wrong root (fifteenth session, code15): acts the engine coded by a sibling family or missed
beside another act of the same sentence. An envoy called home is recalled (161), not telephoned; a council meeting
requested is an appeal (020), one demanded a demand (108); inspectors whose accreditation is withdrawn are expelled
(1662); "the first minister to visit X" tells a visit made; representations lodged with a government are an official
complaint (114); a past-tense act the parser hangs on a reported clause's bare verb ("said Beijing would take ... and
accused Washington") is the speaker's. Stories are written for these tests, several phrasings per case (other verbs,
other countries, pronouns, noun phrases); the real codebook and model, end to end through the Coder, checked at country
+ root level ("!16": no event of root 16). Cases still missed are strict xfails that say what is missing.
"""

from __future__ import annotations

import pytest
from _stories import passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model


# An ambassador or envoy "called home" / "called back" / "ordered home" is recalled (161), not a phone call (041); a
# call to an ambassador with no "home" or "back" stays what it was
RECALLS = [
    ("Britain sanctioned Iran's prosecutor general on Saturday and called its ambassador in Tehran home for consultations.", "GBR IRN 16"),
    ("Britain sanctioned Iran's prosecutor general on Saturday and called its ambassador in Tehran home for consultations.", "!04"),
    ("Kenya called its ambassador in Mogadishu home for consultations.", "KEN SOM 16"),
    ("Kenya protested the remarks and called its ambassador in Mogadishu home.", "KEN SOM 16"),
    ("Poland ordered its ambassador in Minsk home for consultations.", "POL BLR 16"),
    ("Algeria condemned the decision and called back its ambassador from Paris.", "DZA FRA 16"),
    ("Poland called back its ambassador from Minsk.", "!04"),
    ("Poland called its ambassador back from Belarus.", "POL BLR 16"),
    ("Kenya called its ambassador back from Somalia on Monday.", "KEN SOM 16"),
    ("Peru called its ambassador in Mexico City home on Tuesday.", "PER MEX 16"),
    ("Ecuador's president called the Mexican ambassador a liar.", "!16"),
]

# A meeting of a council asked for, requested, called for is an appeal (02); demanded it stays a demand (10)
MEETINGS = [
    ("Russia requested an emergency meeting of the United Nations Security Council.", "RUS IGO 02"),
    ("Russia requested an emergency meeting of the United Nations Security Council.", "!10"),
    ("France asked for an urgent meeting of the U.N. Security Council.", "FRA IGO 02"),
    ("Ukraine called for an emergency session of the U.N. Security Council.", "UKR IGO 02"),
    ("Russia demanded an emergency meeting of the U.N. Security Council.", "RUS IGO 10"),
    ("Iran attended an emergency meeting of the U.N. Security Council.", "!02"),
]

# Inspectors, monitors, observers whose accreditation or credentials are withdrawn are expelled (1662), not a 172;
# a journalist's accreditation stays 172
INSPECTORS = [
    ("Iran has withdrawn the accreditation of several U.N. nuclear inspectors.", "IRN IGO 16"),
    ("Iran has withdrawn the accreditation of several U.N. nuclear inspectors.", "!17"),
    ("Mali revoked the accreditation of U.N. human rights monitors.", "MLI IGO 16"),
    ("Venezuela withdrew the credentials of European Union election observers.", "VEN IGO 16"),
    ("Russia revoked the accreditation of a German journalist.", "!16"),
]

# "the first [official] to visit X", "was / became the first ... to visit X": a visit made (042); "will be the first"
# is not made
FIRST_VISITS = [
    ("Shoigu, the first Russian defence minister to visit North Korea since 1991, met Kim Jong Un.", "RUS PRK 04"),
    ("King Abdullah of Jordan was the first Arab leader to visit Trump since he returned to office.", "JOR USA 04"),
    ("Lula became the first Brazilian president to visit Angola in a decade.", "BRA AGO 04"),
    ("Scholz will be the first German chancellor to visit Nigeria since 2016.", "!04"),
    ("Modi hopes to be the first Indian leader to visit Ukraine.", "!04"),
]

# Representations lodged or made with a government are a formal protest (114), as a protest lodged is
REPRESENTATIONS = [
    ("China lodged solemn representations with Japan over the visit.", "CHN JPN 11"),
    ("China's foreign ministry said it had lodged stern representations with Ottawa.", "CHN CAN 11"),
    ("Beijing lodged representations with the Philippine government over the collision.", "CHN PHL 11"),
]

# A past or present tense act with no subject of its own, which the parser hangs on the bare verb of a reported
# clause (after "would", a subjunctive) or on the pluperfect of a denial, is the speaker's
REPORTED_CONJUNCTS = [
    ("China's foreign ministry said Beijing would take all necessary measures to protect the legitimate rights of its companies and accused Washington of abusing state power.", "CHN USA 11"),
    ("Opposition leader Elly Schlein demanded that Prime Minister Giorgia Meloni explain the decision to parliament and accused the government of protecting a torturer.", "ITA ITA 11"),
    ("Belarus's defence ministry denied that any of its aircraft had crossed the border and accused Warsaw of inventing the incident.", "BLR POL 11"),
    ("Russia denied that its troops had entered the village and blamed Ukraine for the shelling.", "RUS UKR 11"),
    ("The Kremlin said Moscow would never accept the plan and accused NATO of provoking the war.", "RUS IGO 11"),
    ("Iran's foreign ministry said Tehran would respond to any aggression and condemned the Israeli strike.", "IRN ISR 11"),
    ("The office said Israel would not allow a ceasefire without the release of the hostages and warned Hamas of further consequences.", "ISR PSE 13"),
    ("Egypt said Israel would withdraw its troops and Hamas would release the hostages.", "!EGY ISR"),
]

# A welcome of a deal, an agreement, a breakthrough approves of the deal's parties (05 on each), with the deal coded
# before; a welcome of an agreement no one made codes nothing, and a later "it" judged is the deal, not the welcome
WELCOMES = [
    ("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday. The European Union and Washington welcomed the breakthrough and urged the two sides to sign quickly.", "USA ARM 05"),
    ("Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday. The European Union and Washington welcomed the breakthrough and urged the two sides to sign quickly.", "IGO AZE 05"),
    ("The IMF reached a staff-level agreement with Pakistan on a $3 billion loan. Prime Minister Shehbaz Sharif welcomed the agreement.", "PAK IGO 05"),
    ("Britain agreed to hand the Chagos Islands to Mauritius. U.S. Secretary of State Marco Rubio welcomed the agreement.", "USA GBR 05"),
    ("Kenya and Somalia signed a security pact on Monday. Ethiopia welcomed the pact.", "ETH KEN 05"),
    ("India welcomed the agreement.", "!05"),
    ("Armenia and Azerbaijan agreed to exchange prisoners of war. European Council President Charles Michel welcomed the deal as a breakthrough, and U.S. Secretary of State Antony Blinken said it was an important step.", "!USA IGO"),
]


@pytest.mark.parametrize("text,want", WELCOMES + RECALLS + MEETINGS + INSPECTORS + FIRST_VISITS + REPRESENTATIONS + REPORTED_CONJUNCTS)
def test_the_root_of_the_act(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)
