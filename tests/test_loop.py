"""The codebook loop: diff two codebooks, the coverage report, and the worked example of docs/loop.md end to end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import polars as pl
import pytest
from conftest import DEFAULT_CODEBOOK, REPO
from typer.testing import CliRunner

from coding.coverage import (
    COVERAGE_DIR,
    coverage_rows,
    load_report,
    scan_coverage,
    write_coverage,
)
from coding.diff import ADDED, CHANGED, REMOVED, compare_events
from coding.output import write_json
from coding.records import Article, CodingResult, Event
from coding.report import build_report, to_html, to_markdown

BASE = Event(
    event_id="x", article_id="a1", date=dt.date(2023, 4, 16), date_source="article", source="SDNREB", target="SDNMIL",
    source_country="SDN", target_country="SDN", source_role="REB", target_role="MIL", source_text="RSF fighters",
    target_text="the army headquarters", action="145", action_root="14", action_name="Protest violently, riot",
    quad_class=4, goldstein=-6.5, sentence_index=2, sentence="RSF fighters attacked the army headquarters.",
    verb_text="attacked headquarters", rule_id="protest.riot", url=None, publisher=None, codebook="cameo",
    codebook_hash="h1", model="m", pipeline_version="p",
)


def ev(**changes) -> Event:
    return dataclasses.replace(BASE, **changes)


# ---------------------------------------------------------------------------------------------------- diff


def test_compare_events_sorts_changes_into_added_removed_changed():
    kept = ev(article_id="a0", action="040", rule_id="consult.meet")
    old = [kept, ev(), ev(sentence_index=5, target="SDNGOV", action="111", rule_id="disapprove.criticize")]
    new = [kept, ev(action="190", action_root="19", rule_id="fight.generic"), ev(sentence_index=7, source="IGOUNO", action="0256", rule_id="appeal.de_escalate")]
    changes, unchanged = compare_events(old, new)
    assert unchanged == 1
    kinds = {(c.kind, c.sentence_index, c.rule_id) for c in changes}
    assert kinds == {
        (CHANGED, 2, "protest.riot → fight.generic"),
        (REMOVED, 5, "disapprove.criticize"),
        (ADDED, 7, "appeal.de_escalate"),
    }
    (changed,) = [c for c in changes if c.kind == CHANGED]
    assert (changed.old.action, changed.new.action) == ("145", "190")
    assert changed.sentence == BASE.sentence


def test_compare_events_two_actions_on_one_dyad_and_only_one_changes():
    old = [ev(), ev(action="111", rule_id="disapprove.criticize")]
    new = [ev(action="111", rule_id="disapprove.criticize")]
    changes, unchanged = compare_events(old, new)
    assert unchanged == 1
    assert [(c.kind, c.old.action, c.new) for c in changes] == [(REMOVED, "145", None)]


def test_compare_events_of_identical_codings_is_empty():
    events = [ev(), ev(sentence_index=3)]
    assert compare_events(events, list(reversed(events))) == ([], 2)


# ---------------------------------------------------------------------------------------------------- coverage + report


def write_manifest(out: Path, shard: str, article_ids: list[str]) -> None:
    write_json(out / "_shards" / f"{shard}.json", {"shard": shard, "status": "done", "article_ids": article_ids, "files": []})


def test_coverage_rows_carry_the_sentence_text():
    article = Article("a1", "Gondor protested. Elrond met Arnor and Gondor in Rivendell.", dt.date(2024, 1, 2))
    result = CodingResult("a1", (), 2, unresolved=(("Elrond", 1), ("Rivendell", 1)), no_event_verbs=(("meet", 1),))
    rows = coverage_rows(article, result, "s1", "h1")
    assert [(r["kind"], r["text"], r["sentence_index"]) for r in rows] == [
        ("unresolved", "Elrond", 1), ("unresolved", "Rivendell", 1), ("no_event_verb", "meet", 1)]
    assert {r["sentence"] for r in rows} == {"Elrond met Arnor and Gondor in Rivendell."}
    assert coverage_rows(article, CodingResult("a1", (), 2), "s1", "h1") == []


def coverage_row(kind, text, article_id, index, shard="s1", codebook_hash="h1"):
    return {"kind": kind, "text": text, "article_id": article_id, "sentence_index": index,
            "sentence": f"{article_id} sentence {index}", "shard": shard, "codebook_hash": codebook_hash}


def test_a_rewritten_shard_replaces_its_file_and_recoded_articles_leave_the_old_shard(tmp_path):
    write_coverage(tmp_path, "s1", [coverage_row("unresolved", "Elrond", "a1", 0), coverage_row("unresolved", "Elrond", "a2", 0)])
    write_coverage(tmp_path, "s1", [coverage_row("unresolved", "Isildur", "a1", 0), coverage_row("unresolved", "Elrond", "a2", 0)])
    # a2 was recoded later in shard s2; finalize left s1 holding only a1
    write_coverage(tmp_path, "s2", [coverage_row("no_event_verb", "meet", "a2", 1, shard="s2")])
    write_manifest(tmp_path, "s1", ["a1"])
    write_manifest(tmp_path, "s2", ["a2"])
    rows = scan_coverage(tmp_path).collect().sort("article_id")
    assert rows.select("text", "article_id").rows() == [("Isildur", "a1"), ("meet", "a2")]
    assert not list((tmp_path / COVERAGE_DIR).glob(".*tmp"))
    write_coverage(tmp_path, "s1", [])  # a shard with nothing to report still replaces its old rows
    assert scan_coverage(tmp_path).collect()["text"].to_list() == ["meet"]


def test_report_counts_roots_dyads_unresolved_and_verbs():
    events = pl.LazyFrame([
        {"article_id": "a1", "source": "SDNMIL", "target": "SDNREB", "action": "190", "action_root": "19", "codebook_hash": "h1"},
        {"article_id": "a1", "source": "SDNMIL", "target": "SDNREB", "action": "195", "action_root": "19", "codebook_hash": "h1"},
        {"article_id": "a2", "source": "SDNMIL", "target": "SDNREB", "action": "190", "action_root": "19", "codebook_hash": "h1"},
        {"article_id": "a2", "source": "IGOUNO", "target": "SDNGOV", "action": "0256", "action_root": "02", "codebook_hash": "h1"},
    ])
    coverage = pl.LazyFrame([
        coverage_row("unresolved", "Burhan", "a2", 3), coverage_row("unresolved", "Burhan", "a1", 1),
        coverage_row("unresolved", "Khartoum", "a1", 0),
        coverage_row("no_event_verb", "meet", "a1", 2), coverage_row("no_event_verb", "meet", "a1", 2),
        coverage_row("no_event_verb", "meet", "a2", 4), coverage_row("no_event_verb", "say", "a2", 5),
    ])
    report = build_report(events, coverage, top=5)
    assert (report.n_events, report.n_articles) == (4, 2)
    assert report.by_root.select("root", "events", "codes").rows() == [("19", 3, "190 ×2, 195 ×1"), ("02", 1, "0256 ×1")]
    assert report.by_root["share %"].to_list() == [75.0, 25.0]
    assert report.by_dyad.select("source", "target", "events").rows()[0] == ("SDNMIL", "SDNREB", 3)
    assert report.unresolved.select("mention", "count", "articles", "example_article").rows() == [("Burhan", 2, 2, "a1"), ("Khartoum", 1, 1, "a1")]
    assert report.unresolved["example"][0] == "a1 sentence 1"
    assert report.no_event_verbs.select("verb", "sentences").rows() == [("meet", 2), ("say", 1)]  # one sentence counts once
    assert report.notes == ()
    md = to_markdown(report)
    assert "| 19 | 3 | 75.0 | 190 ×2, 195 ×1 |" in md and "| Burhan | 2 | 2 | a1 | a1 sentence 1 |" in md
    page = to_html(report)
    assert page.startswith("<!doctype html>") and "<td>Burhan</td>" in page and page.count("<table>") == 4


def test_report_says_when_coverage_is_missing_or_from_another_codebook():
    events = pl.LazyFrame([{"article_id": "a1", "source": "A", "target": "B", "action": "190", "action_root": "19", "codebook_hash": "h2"}])
    stale = build_report(events, pl.LazyFrame([coverage_row("unresolved", "Burhan", "a1", 0, codebook_hash="h1")]))
    assert len(stale.notes) == 1 and "h1" in stale.notes[0] and "h2" in stale.notes[0]
    missing = build_report(events, None)
    assert not missing.has_coverage and missing.unresolved.is_empty() and "no coverage files" in missing.notes[0]
    empty = build_report(None, None)
    assert empty.n_events == 0 and empty.by_root.is_empty() and "_(none)_" in to_markdown(empty)


def test_cli_report_writes_markdown_and_html(tmp_path):
    from coding.output import write_shard
    from dyad.cli import app

    out = tmp_path / "out"
    write_shard(out, "s1", ["a1"], [ev(article_id="a1")], {"codebook_hash": "h1"})
    write_coverage(out, "s1", [coverage_row("unresolved", "Hemedti", "a1", 2)])
    result = CliRunner().invoke(app, ["report", "--out", str(out), "--md", str(tmp_path / "r.md"), "--html", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    words = " ".join(result.output.split())  # rich wraps at the terminal width
    assert "Hemedti" in words and "1 events in 1 articles" in words
    assert "| Hemedti | 1 | 1 | a1 |" in (tmp_path / "r.md").read_text()
    assert "<td>Hemedti</td>" in (tmp_path / "r.html").read_text()
    missing = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "nothing")])
    assert missing.exit_code == 1


# ---------------------------------------------------------------------------------------------------- the loop, end to end

WRONG = "SOURCE storm|ransack|attack|torch|vandalize|vandalise|loot TARGET embassy|consulate|office|headquarters|mission"
FIXED = "SOURCE storm|ransack|torch|vandalize|vandalise|loot TARGET embassy|consulate|office|headquarters|mission"


def invoke(*args: str):
    from dyad.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, f"dyad {' '.join(map(str, args))}:\n{result.output}"
    return result.output


def embassy_rows(out: Path) -> list[tuple]:
    ev = pl.scan_parquet(str(out / "events" / "**" / "*.parquet"), hive_partitioning=True)
    rows = ev.filter(pl.col("article_id") == "khartoum-embassy-2023").collect()
    return sorted(rows.select("sentence_index", "source", "target", "action", "rule_id", "codebook_hash").rows())


@pytest.mark.model
@pytest.mark.slow
def test_the_worked_example_of_docs_loop(tmp_path, prefect_harness):
    """docs/loop.md, step by step: a wrong code found in a run, explained, fixed in a codebook copy, tested, diffed, recoded."""
    from coding.codebook.loader import load_codebook

    loop_article = (REPO / "examples" / "loop_article.jsonl").read_text()
    lines = (REPO / "examples" / "sample_articles.jsonl").read_text().splitlines()
    picked = [line for line in lines if json.loads(line)["id"] in ("hamas-attack-2023", "xi-putin-moscow-2023")]
    sample = tmp_path / "sample.jsonl"
    sample.write_text(loop_article + "\n".join(picked) + "\n")
    out, mycb = tmp_path / "o", tmp_path / "mycb"
    old_hash = load_codebook(DEFAULT_CODEBOOK).hash

    # 1. the run codes "RSF fighters attacked the Jordanian embassy" as a riot (145), not as fighting (190)
    invoke("run", sample, "--out", out)
    rows = embassy_rows(out)
    assert (1, "SDNREBRSF", "JORGOV", "145", "protest.riot", old_hash) in rows, (
        "the default codebook no longer makes the mistake docs/loop.md fixes: the page needs another example")
    # "Jordan condemned the attack": the attack the RSF fighters made, whatever it was coded as
    assert (2, "JOR", "SDNREBRSF", "111", "disapprove.criticize", old_hash) in rows
    assert list((out / "coverage").glob("part-*.parquet"))
    from prefect.client.orchestration import get_client

    (run_id,) = [p.stem for p in (out / "runs").glob("*.json")]
    with get_client(sync_client=True) as client:
        artifacts = {a.key: a.data for a in client.read_artifacts()}
    (coverage_md,) = [data for key, data in artifacts.items() if key and key.endswith("-coverage") and run_id.lower()[:15] in key]
    assert "## Unresolved actor mentions" in coverage_md

    # 2. explain shows which rule fired
    article = json.loads(loop_article)
    explained = json.loads(invoke("explain", article["text"], "--date", article["date"], "--json"))
    fired = [(a["entry"], a["pattern"]) for a in explained["sentences"][1]["attempts"] if a["outcome"] == "fired"]
    assert fired == [("protest.riot", WRONG)]

    # 3. a one-line edit in a copy of the codebook
    invoke("codebook", "new", mycb)
    verbs = mycb / "verbs" / "14_protest.yaml"
    text = verbs.read_text()
    assert text.count(WRONG) == 1
    verbs.write_text(text.replace(WRONG, FIXED))
    new_hash = load_codebook(mycb).hash
    assert new_hash != old_hash

    # 4. the edited entry's examples still pass
    assert "0 failed" in invoke("codebook", "test", mycb, "--entry", "protest.riot")

    # 5. the diff on the sample shows exactly this change and nothing else
    diff = json.loads(invoke("codebook", "diff", DEFAULT_CODEBOOK, mycb, "--sample", sample, "--json"))
    assert (diff["added"], diff["removed"], diff["changed"]) == (0, 0, 1)
    (change,) = diff["by_rule"]["protest.riot → fight.generic"]
    assert (change["article_id"], change["sentence_index"], change["old"]["action"], change["new"]["action"]) == ("khartoum-embassy-2023", 1, "145", "190")
    assert list(diff["by_rule"]) == ["protest.riot → fight.generic"]
    assert diff["old"]["hash"] == old_hash and diff["new"]["hash"] == new_hash

    # 6. recode the run: the 145 row is gone, a 190 row took its place, every row carries the new hash; only the
    # articles with one of the edited pattern's verbs were coded again (not the Xi-Putin article)
    said = invoke("recode", "--out", out, "--codebook", mycb)
    n_recoded = int(re.search(r"(\d+) of them coded again", said).group(1))
    assert n_recoded == 2, said
    rows = embassy_rows(out)
    assert (1, "SDNREBRSF", "JORGOV", "190", "fight.generic", new_hash) in rows and not [r for r in rows if r[3] == "145"]
    assert (2, "JOR", "SDNREBRSF", "111", "disapprove.criticize", new_hash) in rows
    all_hashes = pl.scan_parquet(str(out / "events" / "**" / "*.parquet")).select(pl.col("codebook_hash").unique()).collect()
    assert all_hashes["codebook_hash"].to_list() == [new_hash]

    # 7. the coverage report of the folder reads the new events
    report = load_report(out)
    assert report.event_hashes == (new_hash,)
    assert set(report.coverage_hashes) <= {new_hash} and not report.notes  # recode rewrote the coverage rows too
    assert "14" not in report.by_root["root"].to_list() or "145" not in report.by_root.filter(pl.col("root") == "14")["codes"][0]
    assert "SDNREBRSF" in invoke("report", "--out", out)


@pytest.mark.model
def test_explain_uses_the_story_country_as_a_run_does():
    from dyad.cmd_loop import explain_text

    text = ("Iranian protesters rallied in Tehran on Monday. Police arrested more than 400 people overnight. "
            "Iran's president blamed foreign enemies.")
    data = explain_text(text, "2022-10-03", DEFAULT_CODEBOOK)
    assert data["locus"] == "IRN"
    events = [(e["source"], e["target"], e["action"]) for e in data["sentences"][1]["events"]]
    assert ("IRNCOP", "IRNCVL", "173") in events
