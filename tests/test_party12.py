"""Parties, coalitions and movements no dictionary lists (twelfth session, party12): a capitalised name headed by Party,
Alliance, Front, Movement, Congress or Coalition is a party of the story's country (or of the country named on it),
OPP after "opposition", GOV after "ruling"/"governing", PTY otherwise; its acronym (in brackets or its initials) and
its members ("X of the APC", "APC lawmakers") resolve to it later in the story. The real codebook and model; the
stories are written for these tests. Each want is "SRC TGT RR" at country + root level, or "!RR".
"""

from __future__ import annotations

import pytest
from _stories import events_of, passes, triples

from coding.engine import Coder

pytestmark = pytest.mark.model

SIDED = [
    ("MADRID (Reuters) - Spain's government faced protests on Monday. The main opposition People's Party accused Prime Minister Pedro Sanchez of corruption.", "ESP ESP 11"),
    ("LISBON (Reuters) - Portugal's government raised taxes on Monday. The opposition Liberal Initiative Party criticised the government.", "PRT PRT 11"),
    ("BELGRADE (Reuters) - Serbia's government faced protests on Monday. The ruling Serbian Progressive Party accused the protesters of violence.", "SRB SRB 11"),
    ("KINSHASA (Reuters) - Congo's government faced protests on Monday. The opposition Lamuka Coalition accused President Felix Tshisekedi of rigging the vote.", "COD COD 11"),
    ("ANKARA (Reuters) - Turkey's government faced protests on Monday. The main opposition Republican People's Party accused the government of fraud.", "TUR TUR 11"),
]

# the acronym a story gives a party, and the party's members, resolve later
MARKS = [
    ("FREETOWN (Reuters) - Sierra Leone's election commission declared President Julius Maada Bio the winner on Tuesday. The All People's Congress (APC) rejected the result. Samura Kamara of the APC accused the commission of fraud.", 2, "SLE SLE 11"),
    ("FREETOWN (Reuters) - Sierra Leone's election commission declared President Julius Maada Bio the winner on Tuesday. The main opposition All People's Congress rejected the result. The APC accused the commission of fraud.", 2, "SLE SLE 11"),
    ("FREETOWN (Reuters) - Sierra Leone's election commission declared President Julius Maada Bio the winner on Tuesday. The main opposition All People's Congress rejected the result. APC lawmakers accused the commission of fraud.", 2, "SLE SLE 11"),
    ("FREETOWN (Reuters) - Sierra Leone's election commission declared President Julius Maada Bio the winner on Tuesday. The main opposition All People's Congress rejected the result. The APC's spokesman accused the commission of fraud.", 2, "SLE SLE 11"),
    ("ABUJA (Reuters) - Nigeria's government raised fuel prices on Monday. The opposition Labour Party said the government should reverse the increase. Labour Party lawmakers accused President Bola Tinubu of lying.", 2, "NGA NGA 11"),
    ("HARARE (Reuters) - Zimbabwe's government raised fuel prices on Monday. The opposition Citizens Coalition for Change (CCC) condemned the increase. The CCC accused President Emmerson Mnangagwa of corruption.", 2, "ZWE ZWE 11"),
]


@pytest.mark.parametrize(("text", "want"), SIDED)
def test_sided_party(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


def test_side_gives_the_role(cameo_coder: Coder) -> None:
    got = events_of(cameo_coder, SIDED[0][0], sentence=1)
    assert any(e.split()[0] == "ESPOPP" for e in got), got
    got = events_of(cameo_coder, SIDED[2][0], sentence=1)
    assert any(e.split()[0] == "SRBGOV" for e in got), got


@pytest.mark.parametrize(("text", "sentence", "want"), MARKS)
def test_marks_and_members(cameo_coder: Coder, text: str, sentence: int, want: str) -> None:
    got = {tuple(f"{e.split()[0][:3]} {e.split()[1][:3]} {e.split()[2][:2]}".split()) for e in events_of(cameo_coder, text, sentence=sentence)}
    assert passes(got, want), got


# never the story's country for a party whose country the name says, nor a legislature read as a party
GUARDS = [
    ("LONDON (Reuters) - Britain's government defended the plan on Monday. France's Socialist Party criticised Britain's government.", "FRA GBR 11"),
    ("LIMA (Reuters) - Peru's government faced protests on Monday. The Peruvian Congress accused President Dina Boluarte of lying.", "PER PER 11"),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_guards(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


def test_congress_is_no_party(cameo_coder: Coder) -> None:
    got = events_of(cameo_coder, GUARDS[1][0], sentence=1)
    assert any(e.split()[0] == "PERLEG" for e in got), got


def test_no_locus_no_guess(cameo_coder: Coder) -> None:
    # two countries, no story country: a party named by no country is nobody's
    text = "Germany and France signed a trade pact on Monday. The opposition Freedom Alliance criticised the pact."
    got = triples(cameo_coder, text)
    assert not any(s in ("DEU", "FRA") and r == "11" for s, _, r in got), got


# a bare "the party" / "the movement" is the party the story named last
BARE = [
    ("COLOMBO (Reuters) - Sri Lanka's government raised taxes on Monday. The opposition Freedom Alliance criticised the increase. The party accused President Ranil Wickremesinghe of betraying voters.", 2, "LKA LKA 11"),
    ("HARARE (Reuters) - Zimbabwe's government banned a rally on Monday. The opposition Citizens Democratic Front condemned the ban. The movement accused the police of brutality.", 2, "ZWE ZWE 11"),
    ("SEOUL (Reuters) - South Korea's government raised taxes on Monday. The main opposition Democratic Party criticised the increase. The party called on President Yoon Suk Yeol to resign.", 2, "KOR KOR 10"),
]


@pytest.mark.parametrize(("text", "sentence", "want"), BARE)
def test_bare_party(cameo_coder: Coder, text: str, sentence: int, want: str) -> None:
    got = {tuple(f"{e.split()[0][:3]} {e.split()[1][:3]} {e.split()[2][:2]}".split()) for e in events_of(cameo_coder, text, sentence=sentence)}
    assert passes(got, want), got


def test_bare_party_needs_a_named_party(cameo_coder: Coder) -> None:
    # no party named before: "the party" (a celebration) is nobody
    text = "SEOUL (Reuters) - South Korea's government raised taxes on Monday. The party accused President Yoon Suk Yeol of betraying voters."
    assert not any(r == "11" for _, _, r in triples(cameo_coder, text))
