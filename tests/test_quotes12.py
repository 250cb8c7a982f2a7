"""Events inside quotations (quote12, twelfth session): inside a quote "we"/"our" is the speaker's side, "they"/"them"
the party the story has been about (the doer of its latest act against the speaker), a bare "this" the act just told;
the speaker stands after or before the quote. Sentences written for this test, coded end to end with the real model on
the CAMEO codebook; each case is (context, sentence, expected country-level root triples of the sentence)."""

from __future__ import annotations

import datetime as dt

import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model

DATE = dt.date(2025, 6, 15)

CASES: list[tuple[str, str, set[str]]] = [
    # --- "they"/"them" in a quote: the doer of the latest act against the speaker, not the speaker's side ---------
    ("Russia struck Kyiv with missiles overnight.", '"They attacked our cities again," Zelensky told reporters.',
     {"RUS UKR 19"}),
    ("Russia struck Kyiv with missiles overnight.",
     '"They attacked our cities again," Ukrainian President Volodymyr Zelensky told reporters.', {"RUS UKR 19"}),
    ("Israel struck a school in Gaza on Monday.", '"They must stop bombing civilians," the Egyptian foreign minister said.',
     {"EGY ISR 10"}),
    ("Russia struck Kyiv with missiles overnight.", '"Our soldiers are brave and they will defend Kyiv," Zelensky said.',
     set()),
    # --- a bare "this" in a quote: the act just told, its doer the target (speaker after or before the quote) -----
    ("China sent warships near Taiwan on Monday.", '"We will never accept this," Taiwanese President Lai Ching-te said.',
     {"TWN CHN 12"}),
    ("Iran seized a British oil tanker in the Gulf of Oman on Thursday.", '"We will not tolerate this," Lammy said.',
     {"GBR IRN 12"}),
    ("Iran seized a British oil tanker in the Gulf of Oman on Thursday.", '"This is piracy," Lammy said.', {"GBR IRN 11"}),
    ("Russia struck Kyiv with missiles overnight.", '"We strongly condemn this," Macron said.', {"FRA RUS 11"}),
    ("Russia struck Kyiv with missiles overnight.", '"We condemn this," the German foreign ministry said.', {"DEU RUS 11"}),
    ("Russia struck Kyiv with missiles overnight.", 'The German foreign ministry said: "We condemn this."', {"DEU RUS 11"}),
    ("Israel struck a school in Gaza on Monday.", '"We reject this completely," Erdogan said.', {"TUR ISR 12"}),
    # --- first person in a quote, speaker after the quote ---------------------------------------------------------
    ("Iran fired missiles at Israel on Saturday.",
     '"We will always stand with Israel against threats to its security," the White House said.', {"USA ISR 05"}),
    ("", '"We are ready to talk to Iran," the U.S. envoy said.', {"USA IRN 03"}),
    ("", '"I will meet Putin next week," Trump said.', {"USA RUS 03"}),
    ("China sent warships near Taiwan on Monday.", '"We urge them to stop these provocations," Taiwan\'s defence ministry said.',
     {"TWN CHN 02"}),
    # --- a quote that only describes codes nothing ---------------------------------------------------------------
    ("", '"It was a difficult day," she said.', set()),
    ("Israel struck Gaza on Monday.", '"It was a difficult day," the Egyptian foreign minister said.', set()),
    ("Israel struck Gaza on Monday.", '"That was a difficult day," the Egyptian foreign minister said.', set()),
    ("Russia struck Kyiv with missiles overnight.", '"This was a difficult night," Zelensky said.', set()),
    # --- split quotes: the verb of saying in the middle ---------------------------------------------------------
    ("Israel struck Iran on Friday.",
     '"We will retaliate," the Iranian foreign minister said, "against any aggression by Israel."', {"IRN ISR 13"}),
    ("Russia struck Kyiv with missiles overnight.", '"We condemn this," Macron said, "without reservation."',
     {"FRA RUS 11"}),
    ("Russia struck Kyiv with missiles overnight.", '"We will respond," Zelensky said, "with force."', {"UKR RUS 13"}),
    ("Iran and the United States broke off talks in June.",
     '"We are ready," Araqchi said, "to resume talks with the United States."', {"IRN USA 03"}),
    ("", '"We are willing," the Russian foreign minister said, "to negotiate with Ukraine."', {"RUS UKR 03"}),
    # --- not coded yet -------------------------------------------------------------------------------------------
    ("", '"If he loses, we are not going to be generous with Argentina," Trump told reporters.', {"USA ARG 13"}),
    ("Russia struck Kyiv with missiles overnight.", '"They will pay for this," Zelensky said.', {"UKR RUS 13"}),
]

# conditional threats ("If he loses, we are not going to be generous"), "They will pay for this"
MISSED = {"q024", "q025"}


def _params() -> list:
    out = []
    for i, (context, text, expected) in enumerate(CASES):
        case_id = f"q{i:03d}"
        marks = [pytest.mark.xfail(reason="not coded yet", strict=True)] if case_id in MISSED else []
        out.append(pytest.param(context, text, expected, id=case_id, marks=marks))
    return out


@pytest.fixture(scope="module")
def coder(cameo_coder: Coder) -> Coder:
    return cameo_coder


def coded(coder: Coder, context: str, text: str) -> set[str]:
    story = f"{context} {text}".strip()
    events = coder.code_article(Article("q", story, DATE)).events
    return {
        f"{(e.source_country or e.source)[:3]} {(e.target_country or e.target)[:3]} {e.action_root}"
        for e in events
        if e.sentence.strip() and e.sentence.strip() in text
    }


@pytest.mark.parametrize("context,text,expected", _params())
def test_quote12(coder: Coder, context: str, text: str, expected: set[str]) -> None:
    assert coded(coder, context, text) == expected
