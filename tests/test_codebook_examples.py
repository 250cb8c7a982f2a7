"""Every example and counterexample of every entry of the default codebook, one test each.

Select one entry's cases with `pytest -k appeal.negotiate`. `dyad codebook test` runs the same cases.
"""

from __future__ import annotations

import pytest

from coding.codebook.errors import CodebookError
from coding.codebook.loader import load_codebook
from coding.examples import cases, example_coder, run_case
from coding.nlp import load_model

from conftest import DEFAULT_CODEBOOK

try:
    CODEBOOK = load_codebook(DEFAULT_CODEBOOK)
    LOAD_ERROR = None
except CodebookError as err:  # reported by test_default_codebook_loads, not as a collection error
    CODEBOOK, LOAD_ERROR = None, err
CASES = list(cases(CODEBOOK)) if CODEBOOK else []


def test_default_codebook_loads() -> None:
    assert LOAD_ERROR is None, str(LOAD_ERROR)


@pytest.fixture(scope="module")
def coder():
    return example_coder(CODEBOOK, load_model())


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_entry_case(coder, case) -> None:
    result = run_case(coder, case)
    assert result.passed, f"{case.where}: {case.text!r}: {result.message}"


def test_every_verb_entry_has_an_example() -> None:
    assert CODEBOOK is not None
    missing = [v.id for v in CODEBOOK.verbs if not v.examples]
    assert not missing


def test_verb_ids_are_unique() -> None:
    assert CODEBOOK is not None
    ids = [v.id for v in CODEBOOK.verbs]
    assert len(ids) == len(set(ids))


def test_every_verb_code_is_an_action() -> None:
    assert CODEBOOK is not None
    assert not [v.id for v in CODEBOOK.verbs if v.code not in CODEBOOK.actions]


@pytest.mark.model
def test_a_word_added_to_verdicts_yaml_codes_its_judgements(tmp_path, coder) -> None:
    """The verdict nouns are the codebook's, not the engine's: a researcher adds one and the judgement is coded."""
    import datetime as dt
    import shutil

    from coding.engine import Coder
    from coding.records import Article

    text = "France said Russia's blockade of the port was a boondoggle."
    article = Article("a1", text, dt.date(2024, 3, 1))
    before = Coder(CODEBOOK, coder.nlp, prefilter=False).code_article(article).events
    assert not [e for e in before if e.action[:2] == "11"]
    copy = tmp_path / "cameo"
    shutil.copytree(DEFAULT_CODEBOOK, copy)
    path = copy / "verdicts.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("words: [violation,", "words: [boondoggle, violation,", 1), encoding="utf-8")
    edited = load_codebook(copy)
    after = Coder(edited, coder.nlp, prefilter=False).code_article(article).events
    assert [(e.source, e.target, e.action, e.rule_id) for e in after] == [("FRA", "RUS", "111", "verdict.criticism")]
