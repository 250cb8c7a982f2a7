"""Mechanisms found through the PLOVER gold sentences (fifteenth session, plover15), checked on sentences written for
these tests in several phrasings each (other verbs, other countries and bodies, modern wire wording): the real codebook
and model, end to end through the Coder, at country + root level.

- a hostile act under "may", "might" or "could" with an "if" or "unless" clause of its own is a conditional warning,
  coded as the threat of that act (13x); a forecast by another party and a non-hostile act stay uncoded;
- a bare "Security Council" is the UN's when it acts (subject) or names a resolution, vote or mandate, never when
  something in front of it or an "of" phrase says whose ("Russia's", "National", "Peace and", "of Ukraine"), nor a
  council "meeting";
- a peacekeeping mandate extended or renewed is peacekeeping for the country the force is in (074), agreed to an
  intent (033);
- mediation halted "among" the parties (165);
- a hunger strike or sit-in kept up to demand a leader's removal (1421, 1411);
- refugees named by no country are of the country they flee ("refugees fleeing the war in Sudan").
"""

from __future__ import annotations

import pytest
from _stories import STORY_DATE, passes, triples

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model


# A hostile act under may/might/could with its own "if"/"unless" clause: a threat (13) on the act's target
CONDITIONAL_THREATS = [
    ("The European Union may impose new sanctions on Iran if it sends ballistic missiles to Russia.", "IGO IRN 13"),
    ("The European Commission could suspend aid to Niger if the junta does not release Bazoum.", "IGO NER 13"),
    ("Washington might expel Russian diplomats if Moscow does not free the journalist, officials said.", "USA RUS 13"),
    ("Beijing might cut ties with Paraguay unless it drops its recognition of Taiwan.", "CHN PRY 13"),
    ("Israel could strike Iran's nuclear sites if the talks fail, Netanyahu said.", "ISR IRN 13"),
    ("The European Community may halt mediation efforts among Serbia's feuding republics if cooperation by all parties founders, Dutch Foreign Minister Hans Van den Broek said on Tuesday.", "IGO SRB 13"),
]

# ... not a forecast by another party, a question, a non-hostile act, or a modal with no condition
NOT_THREATS = [
    ("Russia could attack NATO countries if it wins in Ukraine, Zelensky warned.", "!RUS IGO"),
    ("Analysts said China could invade Taiwan if Washington recognises its independence.", "!CHN TWN"),
    ("Could the European Union impose sanctions on Iran if it sends missiles to Russia?", "!13"),
    ("The United States may provide more aid to Ukraine if Congress approves the package.", "!USA UKR"),
    ("The European Union may impose new sanctions on Iran next month.", "!13"),
]

# A bare "Security Council" as the UN body
UN_COUNCIL = [
    ("The United States vetoed a Security Council resolution calling for a ceasefire in Gaza.", "USA IGO 12"),
    ("Russia on Friday vetoed a Security Council resolution drafted by the United States.", "RUS IGO 12"),
    ("The Security Council condemned the attack on peacekeepers in Lebanon.", "IGO LBN 11"),
    ("The Security Council demanded that Israel allow aid into Gaza.", "IGO ISR 10"),
]

# ... and national security councils, which are not
NATIONAL_COUNCILS = [
    "Russia's Security Council condemned the attack on Kyiv.",
    "Putin told a Security Council meeting that Russia would respond to the attack on Kyiv.",
    "The National Security Council condemned the attack on Kyiv.",
    "The Security Council of Ukraine condemned the attack on Moscow.",
    "The African Union's Peace and Security Council suspended Gabon.",
]

# A peacekeeping mandate extended: 074 on the country the force is in; agreed to, 033
MANDATES = [
    ("The Security Council voted unanimously to extend the mandate of the UN mission in Mali by a year.", "IGO MLI 07"),
    ("The UN Security Council renewed the mandate of the UN peacekeeping force in Cyprus for another year.", "IGO CYP 07"),
    ("The Security Council agreed to extend the mandate of the peacekeeping mission in South Sudan.", "IGO SSD 03"),
    ("{The Security Council today agreed to a six-month extension of the mandate for the peacekeeping force in Lebanon (UNIFIL) despite Israel's wish for a shorter period.}", "IGO LBN 03"),
    ("The Security Council today agreed to a six-month extension of the mandate for the peacekeeping force in Lebanon (UNIFIL) despite Israel's wish for a shorter period.", "IGO LBN 03"),
]

# A protest kept up to demand a leader's removal: the protesters of the leader's country
KEPT_PROTESTS = [
    ("Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President Abdelmadjid Tebboune.", "DZA DZA 14"),
    ("Jailed activists kept up their hunger strike to demand the resignation of Egyptian President Abdel Fattah al-Sisi.", "EGY EGY 14"),
    ("Opposition supporters continued their sit-in to demand the resignation of Serbian President Aleksandar Vucic.", "SRB SRB 14"),
]

# Refugees named by the country they flee
FLEEING = [
    ("The World Food Programme will provide food aid to refugees fleeing the war in Sudan.", "IGO SDN 03"),
    ("Chad has given shelter to refugees fleeing the fighting in Sudan.", "TCD SDN 07"),
    ("Egypt sent aid to refugees who fled the violence in Sudan.", "EGY SDN 07"),
    ("Bangladesh will send food to refugees fleeing Myanmar.", "BGD MMR 03"),
]


@pytest.mark.parametrize(("text", "want"), CONDITIONAL_THREATS + UN_COUNCIL + MANDATES + KEPT_PROTESTS + FLEEING)
def test_coded(cameo_coder: Coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want), got


@pytest.mark.parametrize(("text", "want"), NOT_THREATS)
def test_not_a_threat(cameo_coder: Coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want), got


@pytest.mark.parametrize("text", NATIONAL_COUNCILS)
def test_a_national_council_is_not_the_un(cameo_coder: Coder, text: str) -> None:
    got = cameo_coder.code_article(Article("t", text, STORY_DATE)).events
    assert not any(e.source.startswith("IGOUNO") or e.target.startswith("IGOUNO") for e in got), got
