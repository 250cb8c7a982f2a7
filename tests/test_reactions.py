"""Reactions to a thing made or done by someone the story named, when no coded act holds its doer (issue 4 recall,
eleventh session): "the Security Council adopted a resolution ... Morocco hailed the resolution", "parliament passed a
law ... called the law unconstitutional", "the court ruled ... called the ruling strange and unconstitutional". The
react memory keeps the maker of each such thing (ArticleState.made, see docs/engine_policies.md "Things made, and how
far back a reaction reaches"); with no maker found, or the reactor itself as the maker, or the maker named too long ago,
there is no event. The real codebook and model; the stories are written for these tests. Cases still missed are strict
xfails that say what is missing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _stories import roots

from coding.engine import REACT_REACH, Coder
from coding.records import Article

pytestmark = pytest.mark.model


def events_of(coder: Coder, text: str) -> set[str]:
    """The events of a story's last sentence, as "source target code"."""
    result = coder.code_article(Article("t", text, dt.date(2024, 6, 15)))
    return {f"{e.source} {e.target} {e.action}" for e in result.events if e.sentence_index == result.n_sentences - 1}


# The maker of a thing is the subject of the verb that made it (or the "by" phrase of a passive or a participle on it,
# or the subject of the verb an "in a resolution" phrase is on); no coded act is needed.
MADE = [
    # a resolution adopted, passed or voted
    ("The U.N. Security Council adopted a resolution on Friday backing the autonomy plan. Morocco's King Mohammed VI hailed the resolution.", "MAR IGO 05"),
    ("The U.N. Security Council adopted a resolution on Friday backing the autonomy plan. The Polisario Front rejected the resolution.", "ESH IGO 12"),
    ("The resolution was adopted by the U.N. Security Council on Friday. Algeria criticised the resolution.", "DZA IGO 11"),
    ("The U.N. General Assembly passed a resolution on Thursday demanding a ceasefire. Israel rejected the resolution.", "ISR IGO 12"),
    # a vote told by the verb "vote"
    ("The U.N. Security Council voted on Monday to authorise a new force for Haiti. Haiti's government welcomed the vote.", "HTI IGO 05"),
    # a law passed, with no coded act (its maker named by the verb's subject)
    ("The Spanish parliament gave final approval to an amnesty law on Thursday. Alberto Nunez Feijoo, leader of the opposition People's Party, called the law political corruption.", "ESP ESP 11"),
    # a ruling told by "ruled", judged by another branch of the state
    ("Iraq's Federal Supreme Court ruled on Tuesday that the speaker must leave office. Iraqi parliament speaker Mohammed al-Halbousi called the ruling \"strange\" and unconstitutional.", "IRQ IRQ 11"),
    # sanctions imposed by a verb the coded act does not name
    ("The United States slapped new sanctions on Venezuela's state oil company. Caracas called the sanctions illegal.", "VEN USA 11"),
]


@pytest.mark.parametrize("text,expected", MADE)
def test_a_reaction_is_on_the_maker_of_the_thing(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# A violent protest is an attack: "the attacks", "the violence" after protesters threw stones at troops
RIOTS = [
    ("Serb protesters threw rocks and petrol bombs at NATO peacekeepers in northern Kosovo on Monday. NATO Secretary General Jens Stoltenberg condemned the attacks as unacceptable.", "IGO SRB 11"),
    ("Serb protesters hurled stones at NATO peacekeepers in northern Kosovo. The European Union condemned the violence.", "IGO SRB 11"),
]


@pytest.mark.parametrize("text,expected", RIOTS)
def test_a_riot_is_the_attack_condemned(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# A trial is a court's; a verdict the parser reads as a participle on the object ("called the trial 'rigged'")
TRIALS = [
    ("A New York court convicted Donald Trump on Thursday. Trump called the trial \"rigged\" and \"a disgrace\".", "USA USA 11"),
    ("A New York court convicted Donald Trump on Thursday. Trump called the trial \"rigged\".", "USA USA 11"),
    ("Brazil's Supreme Court convicted former President Jair Bolsonaro on Thursday. Bolsonaro called the verdict a political lynching.", "BRA BRA 11"),
    ("A court in Caracas sentenced opposition leader Leopoldo Lopez to 13 years in prison. Lopez called the ruling a lynching.", "VEN VEN 11"),
]


@pytest.mark.parametrize("text,expected", TRIALS)
def test_a_trial_is_the_courts(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# A criticism answered when none is coded: who said something last (not praise), within TOLD_REACH sentences
CRITICISMS = [
    ("Germany's foreign minister said the elections had been neither free nor fair. Belarus rejected the criticism.", "BLR DEU 12"),
    ("The European Union said the vote fell short of international standards. Venezuela's government rejected the criticism.", "VEN IGO 12"),
]


@pytest.mark.parametrize("text,expected", CRITICISMS)
def test_a_criticism_said_is_answered(cameo_coder: Coder, text: str, expected: str) -> None:
    assert expected in roots(events_of(cameo_coder, text))


# The precision guard: no maker named, the reactor itself as the maker, what is only feared or refused in future, or a
# maker named more than REACT_REACH sentences before: no event.
FILLER = " ".join(f"Delegates met for session number {n} in New York." for n in range(1, REACT_REACH + 2))
NONE = [
    "The Polisario Front rejected the resolution.",
    "The European Union welcomed the vote.",
    "The European Union praised the conduct of the vote. Venezuela's government rejected the criticism.",
    "Venezuela's government said the vote was fair. Venezuela's government rejected the criticism.",
    "The U.N. Security Council adopted a resolution on Friday backing the autonomy plan. The U.N. Security Council welcomed the resolution.",
    "The U.N. Security Council adopted a resolution on Friday backing the autonomy plan. The Polisario Front said it would reject any resolution.",
    "The U.N. Security Council did not adopt a resolution on Friday. The Polisario Front rejected the resolution.",
    f"The U.N. Security Council adopted a resolution on Friday backing the autonomy plan. {FILLER} The Polisario Front rejected the resolution.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_maker_no_event(cameo_coder: Coder, text: str) -> None:
    assert not any(r.split()[2] in ("05", "11", "12") for r in roots(events_of(cameo_coder, text)))


def test_the_maker_within_reach_counts(cameo_coder: Coder) -> None:
    # the same story as the last of NONE, with the filler short enough
    filler = " ".join(f"Delegates met for session number {n} in New York." for n in range(1, REACT_REACH - 1))
    text = f"The U.N. Security Council adopted a resolution on Friday backing the autonomy plan. {filler} The Polisario Front rejected the resolution."
    assert "ESH IGO 12" in roots(events_of(cameo_coder, text))


# Still missed
@pytest.mark.xfail(strict=True, reason="a bare role noun as the speaker of a verdict ('The opposition called the verdict ...') is resolved only in the verb path, not in the verdict path")
def test_bare_role_noun_judges_a_verdict(cameo_coder: Coder) -> None:
    text = "A Georgian court sentenced a journalist to two years in prison. The opposition called the verdict \"rigged\" and \"shameful\"."
    assert "GEO GEO 11" in roots(events_of(cameo_coder, text))


@pytest.mark.xfail(strict=True, reason="'ties' names no act: the deepening ties of two countries are no maker's")
def test_ties_called_a_threat(cameo_coder: Coder) -> None:
    text = "North Korea and Russia signed a defence pact in June. South Korea's foreign ministry called the deepening military ties a threat to regional security."
    assert "KOR PRK 11" in roots(events_of(cameo_coder, text))
