"""An error in the engine loses one sentence, never a shard: the flow codes the article's other sentences and writes
the failed sentence to rejects/ with where and why. And a crash found on real text stays fixed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from coding.engine import Coder
from coding.records import Article

pytestmark = pytest.mark.model

STORY = (
    "Russia and Ukraine exchanged prisoners on Friday, the Ukrainian government said. "
    "The sentence that breaks the engine names Poland and Hungary. "
    "Britain condemned Iran."
)


def _article(text: str, aid: str = "e-1") -> Article:
    return Article(aid, text, dt.date(2024, 5, 3))


class _Boom(RuntimeError):
    pass


def _breaking(analyse):
    def analyse_or_fail(self, article, sentence, doc, *args, **kwargs):
        if "breaks the engine" in sentence.text:
            raise _Boom("a bug in a rule")
        return analyse(self, article, sentence, doc, *args, **kwargs)

    return analyse_or_fail


def test_a_strict_coder_raises(cameo_coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Coder, "analyse", _breaking(Coder.analyse))
    assert cameo_coder.strict
    with pytest.raises(_Boom):
        cameo_coder.code_article(_article(STORY))


def test_a_lenient_coder_keeps_the_other_sentences(cameo_coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Coder, "analyse", _breaking(Coder.analyse))
    monkeypatch.setattr(cameo_coder, "strict", False)
    result = cameo_coder.code_article(_article(STORY))
    assert [(e.source, e.target, e.action) for e in result.events if e.sentence_index == 2] == [("GBR", "IRN", "111")]
    assert {e.sentence_index for e in result.events} <= {0, 2}
    ((index, error, text),) = result.errors
    assert index == 1 and error == "_Boom: a bug in a rule" and text.startswith("The sentence that breaks")


def test_the_flow_writes_the_failed_sentence_to_rejects(prefect_harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.code_articles import RunParams, code_articles

    monkeypatch.setattr(Coder, "analyse", _breaking(Coder.analyse))
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(
        json.dumps({"id": "e-1", "date": "2024-05-03", "text": STORY}) + "\n"
        + json.dumps({"id": "e-2", "date": "2024-05-03", "text": "France praised Germany."}) + "\n"
    )
    out = tmp_path / "out"
    summary = code_articles(RunParams(inputs=[str(inputs)], out=str(out), runner="local"))
    assert summary["n_engine_errors"] == 1 and summary["failed_shards"] == []
    events = pl.scan_parquet(str(out / "events" / "**" / "*.parquet"), hive_partitioning=True).collect()
    assert {"e-1", "e-2"} <= set(events["article_id"])  # the article with the failed sentence still has its events
    (path,) = (out / "rejects").glob("engine-errors-*.jsonl")
    (row,) = [json.loads(line) for line in path.read_text().splitlines()]
    assert row["article_id"] == "e-1" and row["reason"] == "engine_error"
    assert "sentence 1 of the article: _Boom: a bug in a rule" in row["message"]
    assert row["snippet"].startswith("The sentence that breaks the engine")
    assert (out / "rejects" / path.name.replace(".jsonl", ".parquet")).exists()


@pytest.mark.parametrize(
    "text",
    [
        # "the two governments" stands for a pair of an earlier, longer sentence: its actors' heads are tokens of that
        # sentence (an IndexError in the engine before 2026-11-28)
        (
            "Officials in Madrid said on Monday that the talks with the visiting delegation had gone well for the Moroccans. "
            "The two governments signed accords."
        ),
        (
            "Spain's foreign minister held talks on Monday in Rabat with his counterpart about the fate of thousands of "
            "Moroccans. The two governments signed accords."
        ),
    ],
)
def test_a_pair_noun_for_actors_of_an_earlier_sentence(cameo_coder: Coder, text: str) -> None:
    result = cameo_coder.code_article(_article(text))
    signed = {(e.source[:3], e.target[:3], e.action) for e in result.events if e.sentence_index == 1}
    assert signed == {("ESP", "MAR", "057"), ("MAR", "ESP", "057")}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Poland's Confederation Party and the larger opposition Law and Justice party together hold many seats in "
            "parliament, where they have clashed repeatedly with Tusk's government over the budget."
        ),
        "The ruling party clashed with the opposition Social Democrats over the pension reform.",
    ],
)
def test_parties_clash_in_words(cameo_coder: Coder, text: str) -> None:
    # a clash between parties and a government is a quarrel, no fighting (190): found on a held-out set once it was
    # spent (thirteenth session); the rule for leaders and lawmakers named parties but left them out of its roles
    result = cameo_coder.code_article(_article(text))
    assert not [e for e in result.events if e.action_root == "19"]
