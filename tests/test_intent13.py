"""What a party says it will do, and what it says it will not (thirteenth session, intent13).

Each case is a short story and what it must give at the country + root level: "IRN USA 12" (an Iranian source, an
American target, an event of root 12), or "!12" (no event of root 12 at all). Mechanisms:

- refusals told as a negated future of a cooperative act ("said it would not resume talks with X", "will not send
  weapons to X", "would never recognise X") or as its complement under a refusing verb ("refused to", "declined to",
  "has ruled out ...ing"): the refusal of that act (12x); a negated hostile act, a negated past, a modal, a question,
  a passive, and a negated future told by someone of another country are no refusal;
- resolve to use force ("was determined to eliminate X", "is determined to drive X out"): a threat (13);
- a hostile future under an "if"/"unless" clause with another party as its subject ("would impose sanctions if Russia
  attacked Moldova", "would cut ties if Paraguay recognised Taiwan"): a threat on that party (13);
- a hostile future reported by a forecaster or by another country ("analysts said Russia would attack Moldova"): no
  event; a demand with a deadline ("must release the hostages within 24 hours"): an ultimatum (139);
- the subject of a verb conjoined to a passive main clause ("was sworn in ... and pledged to reopen dialogue with X").

STILL_MISSED are cases that still fail (strict xfail: a case that starts to pass must leave the list).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import passes, triples

DAY = dt.date(2024, 6, 15)

CASES: list[tuple[str, str]] = [
    # a negated future of a cooperative act, said by the party itself: a refusal
    ("Iran said it would not resume talks with the United States.", "IRN USA 12"),
    ("Iran's foreign minister said Tehran would not resume talks with Washington while it was under attack.", "IRN USA 12"),
    ("Hungary said it would not send weapons to Ukraine.", "HUN UKR 12"),
    ("Venezuela said it would not recognise the new government of Guyana.", "VEN GUY 12"),
    ("The Kremlin said Moscow would never recognise Kosovo.", "RUS XKX 12"),
    ("China said it would not lift its ban on Japanese seafood.", "CHN JPN 12"),
    ("Britain said it would not return the Elgin Marbles to Greece.", "GBR GRC 12"),
    ("Russia said it would not extend the grain deal with Ukraine.", "RUS UKR 12"),
    ("Mexico will not recognise Guaido, its foreign minister said.", "MEX VEN 12"),
    # a refusing governor over a cooperative act
    ("Hungary declined to send weapons to Ukraine.", "HUN UKR 12"),
    ("Russia refused to extend the Black Sea grain deal with Ukraine.", "RUS UKR 12"),
    ("Panama refused to grant asylum to the Nicaraguan dissident.", "PAN NIC 12"),
    ("Japan ruled out holding talks with North Korea.", "JPN PRK 12"),
    ("Serbia has ruled out recognising Kosovo.", "SRB XKX 12"),
    ("Serbia has ruled out recognising Kosovo.", "!05"),
    # negatives: a third party's forecast, a modal, a past, a question, a condition, a passive, a hostile act negated
    ("Analysts said Iran would not resume talks with the United States.", "!12"),
    ("Washington said Tehran would not resume talks with the United States.", "!12"),
    ("Iran could not resume talks with the United States.", "!12"),
    ("Iran did not resume talks with the United States.", "!12"),
    ("Would Iran resume talks with the United States?", "!12"),
    ("If Iran would not resume talks with the United States, sanctions would follow.", "!12"),
    ("The talks with the United States will not be resumed, Iran said.", "!12"),
    ("Iran will not attack Israel, Araqchi said.", "!12"),
    ("Serbia declined to impose sanctions on Russia.", "!12"),
    # resolve to use force: a threat
    ("Somalia's government was determined to eliminate al-Shabaab.", "SOM SOM 13"),
    ("Israel said it was determined to destroy Hamas.", "ISR PSE 13"),
    ("Kyiv is determined to drive Russian forces out of Ukraine.", "UKR RUS 13"),
    ("Nigeria's army said it was determined to attack Boko Haram.", "NGA NGA 13"),
    ("Netanyahu said Israel was determined to crush Hamas.", "ISR PSE 13"),
    ("Israel was determined to destroy its stockpile of old mines.", "!13"),
    # a hostile future under a condition naming the other side: a threat on it
    ("Blinken said Washington would impose sanctions if Venezuela failed to keep its commitments.", "USA VEN 13"),
    ("Secretary of State Antony Blinken said Washington would reimpose the measures if Maduro's government failed to keep its commitments.", "USA VEN 13"),
    ("The European Union said it would impose new sanctions if Russia attacked Moldova.", "IGO RUS 13"),
    ("Beijing said it would cut ties if Paraguay recognised Taiwan.", "CHN PRY 13"),
    ("Russia will deploy troops to the border if Finland joins NATO.", "RUS FIN 13"),
    ("Washington said it would reimpose sanctions if the weather got worse.", "!13"),
    ("Russia said it would resume gas supplies if Moldova paid its debts.", "!13"),
    # a hostile future told by a forecaster or another country: a forecast, no threat; the doer's own word stays one
    ("Analysts said Russia would attack Moldova if NATO expanded.", "!13"),
    ("Analysts said Iran would retaliate against Israel.", "!13"),
    ("Experts said China would invade Taiwan.", "!13"),
    ("Washington said Iran would attack Israel within days.", "!13"),
    ("U.S. officials said Iran would attack Israel within days.", "!13"),
    ("Iran said it would retaliate against Israel.", "IRN ISR 13"),
    ("Pyongyang said North Korea would attack South Korea.", "PRK KOR 13"),
    # a demand with a deadline: an ultimatum (139); without one, a demand
    ("Israel said Hamas must release all hostages within 24 hours.", "ISR PSE 13"),
    ("Turkey said Sweden must expel the Kurdish activists within a week.", "TUR SWE 13"),
    ("Russia told Ukraine that its troops must withdraw from Kursk within 48 hours.", "RUS UKR 13"),
    ("Israel said Hamas must release all hostages.", "!13"),
    ("Israel said Hamas must release all hostages.", "ISR PSE 10"),
    # a penalty told after the wrong it answers, in one reported clause: a threat on the wrongdoer
    ("Khamenei said Israel had committed a crime and would face severe punishment.", "IRN ISR 13"),
    ("Iran said Israel had crossed a red line and would pay a heavy price.", "IRN ISR 13"),
    ("Beijing said Manila had violated its sovereignty and would bear the consequences.", "CHN PHL 13"),
    ("Beijing said Manila had violated its sovereignty and faced the consequences.", "!13"),
    # the subject of a verb conjoined to a passive main clause
    ("Lee Jae-myung was sworn in as South Korea's president on Wednesday and pledged to reopen dialogue with North Korea.", "KOR PRK 03"),
    ("Prabowo was sworn in as Indonesia's president and vowed to deepen ties with China.", "IDN CHN 03"),
    ("China's embassy said Chinese-owned shops had been attacked and lodged representations with the government, urging it to protect Chinese citizens.", "!02"),
]

# still failing (strict xfail)
STILL_MISSED: set[str] = {
    # the model reads "was determined" as a passive verb, and no plain entry codes "crush X"
    "Netanyahu said Israel was determined to crush Hamas.",
}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, w) for t, w in CASES],
)
def test_intent_or_refusal(cameo_coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text, DAY)
    assert passes(got, want), f"{text!r}: want {want}, got {sorted(got)}"
