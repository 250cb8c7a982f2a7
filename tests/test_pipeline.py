"""End to end: the flow, the CLI, the seed article, rejects and idempotent reruns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.evaluate import load_gold, score
from coding.schema import EVENT_COLUMNS

from conftest import DEFAULT_CODEBOOK, REPO

pytestmark = pytest.mark.model
DYAD = [sys.executable, "-m", "dyad"]


def read_events(out: Path) -> pl.DataFrame:
    return pl.scan_parquet(str(out / "events" / "**" / "*.parquet"), hive_partitioning=True).collect()


@pytest.fixture(scope="module")
def coder(cameo_coder: Coder) -> Coder:
    return cameo_coder  # tests/conftest.py


def test_seed_article_core_events_and_no_negatives(coder: Coder, shared_dir: Path) -> None:
    gold = load_gold(shared_dir / "examples" / "seed_gold.json")
    (item,) = gold.items
    events = coder.code_article(item.article).events
    s = score(gold, {item.article.id: events}, level="root")
    core = [e for e in item.events if e.level == "core"]
    found = len(core) - s.fn
    assert found >= 4, f"only {found} of {len(core)} core events: misses {s.misses}"
    assert s.negatives_hit == 0, [f"{e.source} {e.target} {e.action}" for e in events]


def test_flow_writes_the_schema_and_reruns_idempotently(prefect_harness, tmp_path: Path, shared_dir: Path) -> None:
    from flows.code_articles import RunParams, code_articles

    params = RunParams(inputs=[str(shared_dir / "examples" / "seed_article.jsonl"), str(REPO / "examples" / "bad_articles.jsonl")], out=str(tmp_path))
    first = code_articles(params)
    events = read_events(tmp_path)
    assert first["n_events"] == events.height > 0
    assert [c for c in events.columns if c not in ("year", "month")] == EVENT_COLUMNS
    assert events["action"].dtype == pl.String and events["date"].dtype == pl.Date
    assert first["n_rejected"] == 5
    code_articles(params)  # incremental: nothing changed, nothing recoded
    code_articles(params.model_copy(update={"full": True}))  # recode everything: rows are replaced, not appended
    again = read_events(tmp_path)
    assert sorted(again["event_id"]) == sorted(events["event_id"])
    assert again["event_id"].n_unique() == again.height
    # provenance in the Parquet schema metadata
    import pyarrow.parquet as pq

    meta = pq.read_schema(next((tmp_path / "events").rglob("*.parquet"))).metadata
    assert meta[b"codebook_hash"].decode() == load_codebook(DEFAULT_CODEBOOK).hash
    assert (tmp_path / "runs").is_dir() and any((tmp_path / "runs").glob("*.json"))


def test_cli_run_five_good_five_bad(tmp_path: Path) -> None:
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_HOME": str(tmp_path / "prefect")}
    cmd = [*DYAD, "run", str(REPO / "examples" / "bad_articles.jsonl"), "--out", str(tmp_path / "out")]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "5 input record(s) rejected" in proc.stderr
    rejects = [json.loads(l) for l in next((tmp_path / "out" / "rejects").glob("*.jsonl")).read_text().splitlines()]
    assert sorted(r["reason"] for r in rejects) == sorted(["invalid_json", "missing_field", "bad_date", "empty_text", "duplicate_id"])
    events = read_events(tmp_path / "out")
    assert events["article_id"].n_unique() == 5  # every good article next to the bad ones is coded
    strict = subprocess.run([*cmd, "--strict"], capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
    assert strict.returncode == 1
    assert read_events(tmp_path / "out").height == events.height  # reruns never duplicate


def test_cli_broken_codebook_writes_nothing(tmp_path: Path) -> None:
    import shutil

    cb = tmp_path / "cb"
    shutil.copytree(DEFAULT_CODEBOOK, cb)
    verbs = sorted((cb / "verbs").glob("*.yaml"))[0]
    verbs.write_text(verbs.read_text().replace('code: "0', "code: 0", 1))
    out = tmp_path / "out"
    proc = subprocess.run(
        [*DYAD, "run", str(REPO / "examples" / "bad_articles.jsonl"), "--out", str(out), "--codebook", str(cb)],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert proc.returncode == 2
    assert f"verbs/{verbs.name}:" in proc.stdout + proc.stderr
    assert not out.exists()
