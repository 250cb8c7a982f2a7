"""Bare references to a state (gov15, fifteenth session): "the government" or "the authorities" in a clause whose
subject (or passive doer) is a home body of one country -- a court, an opposition, a party, a legislature, a people --
is that country's government, not the foreign party the story named last; "Brussels" as a party is the European Union.
The real codebook and model; the stories are written for these tests.
"""

from __future__ import annotations

import pytest

from coding.engine import Coder
from tests._stories import events_of, passes, triples

pytestmark = pytest.mark.model


# A court acts on its own country's government, whatever foreign country the story named before.
HOME_COURT = [
    ("Israel rejected the ruling. A Dutch court ordered the government to halt exports of F-35 parts to Israel.", 1, "NLDJUD NLDGOV"),
    ("Washington criticised the move. A Pakistani court ordered the authorities to release the former prime minister.", 1, "PAKJUD PAKGOV"),
    ("Rwanda said it would appeal. A British court on Wednesday blocked the government's plan to deport asylum seekers to Rwanda.", 1, "GBRJUD GBRGOV"),
    ("A Kenyan court on Friday blocked the government's plan to send police officers to Haiti.", 0, "KENJUD KENGOV"),
    ("Moscow protested. A Georgian court ordered the government to suspend the law on foreign agents.", 1, "GEOJUD GEOGOV"),
]


@pytest.mark.parametrize("text,sentence,pair", HOME_COURT)
def test_a_court_acts_on_its_own_government(cameo_coder: Coder, text: str, sentence: int, pair: str) -> None:
    got = events_of(cameo_coder, text, sentence)
    assert any(e.startswith(pair + " ") for e in got), got
    # never the foreign party of the sentence before
    assert not any(e.split()[1][:3] not in (pair[:3],) for e in got), got


PASSIVE_COURT = [
    pytest.param(
        "China protested. The government's decision to ban the app was overturned by a Philippine court.", 1, "PHLJUD PHLGOV",
        marks=pytest.mark.xfail(strict=True, reason="'overturned by' a court: no pattern of the verb takes the passive's owner of the decision as target"),
    ),
]


@pytest.mark.parametrize("text,sentence,pair", PASSIVE_COURT)
def test_a_court_as_passive_doer(cameo_coder: Coder, text: str, sentence: int, pair: str) -> None:
    got = events_of(cameo_coder, text, sentence)
    assert any(e.startswith(pair + " ") for e in got), got


# Still the foreign government when the sentence is about it: no home body in the clause.
FOREIGN_KEPT = [
    ("Russia expelled two diplomats. Estonia's foreign ministry summoned the Russian ambassador. The government accused Moscow of meddling.", "EST RUS 11"),
    ("France's foreign minister arrived in Beirut on Monday. He urged the government to hold elections.", "FRA LBN 02"),
]


@pytest.mark.parametrize("text,want", FOREIGN_KEPT)
def test_no_home_body_keeps_the_old_reading(cameo_coder: Coder, text: str, want: str) -> None:
    assert passes(triples(cameo_coder, text), want)


# "Brussels" as a party is the European Union; as a place or a dateline it is no party.
BRUSSELS = [
    ("Hungary's prime minister Viktor Orban said Brussels wanted to punish Hungarians for protecting the border.", "HUN IGO 11"),
    ("Poland's government accused Brussels of blackmail over the frozen funds.", "POL IGO 11"),
    ("NATO ambassadors met in Brussels on Wednesday. Poland asked for consultations.", "!IGO"),
    ("BRUSSELS (Reuters) - Ukraine's foreign minister met his Belgian counterpart on Monday.", "!UKR IGO"),
    # in a story that names Belgium, Brussels is Belgium's government
    ("Rwanda cut diplomatic ties with Belgium on Monday. The foreign ministry said Brussels had mobilised against Rwanda.", "!IGO RWA"),
    ("Congo recalled its envoy from Belgium. Kinshasa accused Brussels of meddling in its affairs.", "COD BEL 11"),
]


@pytest.mark.parametrize("text,want", BRUSSELS)
def test_brussels_is_the_eu(cameo_coder: Coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    if want.startswith("!") and len(want.split()) == 1:
        assert not any("IGO" in (s, t) for s, t, _ in got), got
    else:
        assert passes(got, want), got


# A court that orders its own government to act restrains it: an administrative sanction (172), not a demand.
RESTRAINS = [
    ("Israel rejected the ruling. A Dutch court ordered the government to halt exports of F-35 parts to Israel.", "NLD NLD 17"),
    ("Moscow protested. A Georgian court ordered the government to suspend the law on foreign agents.", "GEO GEO 17"),
    ("Washington criticised the move. A Pakistani court ordered the authorities to release the former prime minister.", "PAK PAK 17"),
]


@pytest.mark.parametrize("text,want", RESTRAINS)
def test_a_court_restrains_its_government(cameo_coder: Coder, text: str, want: str) -> None:
    got = triples(cameo_coder, text)
    assert passes(got, want) and not any(r == "10" for _, _, r in got), got
