"""The `code_articles` flow: read → shard → code each shard → finalize → summary.

Tasks are thin wrappers over coding/ functions. They take and return paths and counts, never article text or Docs.
The spaCy model and the codebook are loaded once per worker process (see :func:`coder_for`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from pydantic import BaseModel, Field

from coding import PIPELINE_VERSION
from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.inputs import iter_articles, write_rejects
from coding.nlp import load_model, model_id
from coding.output import finalize, recover, shard_key, write_json, write_shard
from coding.records import Article, Reject

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CODEBOOK = REPO / "codebooks" / "cameo"

# Set by the CLI to drive its progress bar; None under a scheduler.
PROGRESS: ContextVar[Callable[[int, int], None] | None] = ContextVar("dyad_progress", default=None)


class RunParams(BaseModel):
    """Everything a run needs. Paths and names only: never article text."""

    inputs: list[str] = Field(description="input files, folders or globs")
    out: str = "output"
    codebook: str = str(DEFAULT_CODEBOOK)
    model: str | None = None
    shard_size: int = Field(300, ge=1)
    default_date: dt.date | None = None
    runner: Literal["local", "dask"] = "local"
    address: str | None = None
    workers: int | None = None
    full: bool = True


@functools.lru_cache(maxsize=2)
def coder_for(codebook: str, model: str | None) -> Coder:
    """One Coder per worker process and (codebook, model)."""
    return Coder(load_codebook(codebook), load_model(model))


def _write_articles(path: Path, articles: list[Article]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "date": a.date.isoformat(), "title": a.title, "url": a.url, "publisher": a.publisher}) + "\n")
    tmp.replace(path)


def _read_articles(path: Path) -> list[Article]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out.append(Article(d["id"], d["text"], dt.date.fromisoformat(d["date"]), d.get("title"), d.get("url"), d.get("publisher")))
    return out


@task(name="read-and-shard")
def read_and_shard(params: RunParams, run_id: str) -> dict:
    """Validate the inputs, write rejects, and stage the good articles as shard files."""
    out = Path(params.out)
    staging = out / "_staging" / run_id
    shards: list[str] = []
    rejects: list[Reject] = []
    current: list[Article] = []
    n_read = 0
    for item in iter_articles(params.inputs, default_date=params.default_date):
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        n_read += 1
        current.append(item)
        if len(current) >= params.shard_size:
            path = staging / f"shard-{len(shards):05d}.jsonl"
            _write_articles(path, current)
            shards.append(str(path))
            current = []
    if current:
        path = staging / f"shard-{len(shards):05d}.jsonl"
        _write_articles(path, current)
        shards.append(str(path))
    rejects_path = str(write_rejects(rejects, out, run_id)) if rejects else None
    reasons = Counter(r.reason for r in rejects)
    return {"shards": shards, "n_articles": n_read, "n_rejected": len(rejects), "reject_reasons": dict(reasons), "rejects_path": rejects_path}


@task(name="code-shard")
def code_shard(shard_path: str, params: RunParams) -> dict:
    """Code one shard of articles and write its events."""
    coder = coder_for(params.codebook, params.model)
    articles = _read_articles(Path(shard_path))
    events = []
    n_sentences = 0
    unresolved: Counter = Counter()
    for result in coder.code_articles(articles):
        events.extend(result.events)
        n_sentences += result.n_sentences
        unresolved.update(text for text, _ in result.unresolved)
    metadata = {
        "codebook": coder.codebook.name,
        "codebook_hash": coder.codebook.hash,
        "model": coder.model,
        "pipeline_version": PIPELINE_VERSION,
    }
    key = shard_key(a.id for a in articles)
    write_shard(Path(params.out), key, [a.id for a in articles], events, metadata)
    dyads = Counter(f"{e.source}→{e.target}" for e in events)
    codes = Counter(f"{e.action} {e.action_name}" for e in events)
    return {
        "shard": key,
        "n_articles": len(articles),
        "n_sentences": n_sentences,
        "n_events": len(events),
        "dyads": dict(dyads.most_common(20)),
        "codes": dict(codes.most_common(20)),
        "unresolved": dict(unresolved.most_common(20)),
        "metadata": metadata,
    }


def _table(counter: Counter, head: str, n: int = 10) -> str:
    rows = "\n".join(f"| {k} | {v} |" for k, v in counter.most_common(n)) or "| (none) | 0 |"
    return f"| {head} | count |\n|---|---|\n{rows}"


@task(name="summarise")
def summarise(params: RunParams, run_id: str, read: dict, results: list[dict], failures: list[dict], elapsed: float) -> dict:
    dyads: Counter = Counter()
    codes: Counter = Counter()
    unresolved: Counter = Counter()
    for r in results:
        dyads.update(r["dyads"])
        codes.update(r["codes"])
        unresolved.update(r["unresolved"])
    summary = {
        "run_id": run_id,
        "inputs": params.inputs,
        "out": params.out,
        "codebook": params.codebook,
        "metadata": results[0]["metadata"] if results else {},
        "n_articles": read["n_articles"],
        "n_rejected": read["n_rejected"],
        "reject_reasons": read["reject_reasons"],
        "rejects_path": read["rejects_path"],
        "n_sentences": sum(r["n_sentences"] for r in results),
        "n_events": sum(r["n_events"] for r in results),
        "n_shards": len(results),
        "failed_shards": failures,
        "elapsed_s": round(elapsed, 2),
        "top_dyads": dict(dyads.most_common(10)),
        "top_codes": dict(codes.most_common(10)),
        "top_unresolved": dict(unresolved.most_common(10)),
    }
    write_json(Path(params.out) / "runs" / f"{run_id}.json", summary)
    markdown = "\n\n".join(
        [
            f"# dyad run {run_id}",
            f"**{summary['n_articles']}** articles coded, **{summary['n_rejected']}** rejected "
            f"({', '.join(f'{k}: {v}' for k, v in read['reject_reasons'].items()) or 'none'}), "
            f"**{summary['n_sentences']}** sentences, **{summary['n_events']}** events in {summary['elapsed_s']} s. "
            f"Failed shards: {len(failures)}.",
            "## Top dyads\n" + _table(dyads, "dyad"),
            "## Top codes\n" + _table(codes, "code"),
            "## Unresolved actors\n" + _table(unresolved, "mention"),
        ]
    )
    key = "dyad-run-" + "".join(ch if ch.isalnum() else "-" for ch in run_id.lower())[:40]
    create_markdown_artifact(markdown, key=key, description="dyad run summary")
    create_table_artifact(
        [{"dyad": k, "events": v} for k, v in dyads.most_common(20)], key=key + "-dyads", description="top dyads"
    )
    return summary


@flow(name="code-articles", log_prints=True)
def code_articles(params: RunParams) -> dict:
    """Code articles into dyadic events under ``params.out``."""
    logger = get_run_logger()
    started = time.perf_counter()
    run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    recover(Path(params.out))
    read = read_and_shard(params, run_id)
    logger.info("read %d articles (%d rejected) into %d shards", read["n_articles"], read["n_rejected"], len(read["shards"]))
    progress = PROGRESS.get()
    results: list[dict] = []
    failures: list[dict] = []
    if params.runner == "dask":
        futures = [code_shard.submit(path, params) for path in read["shards"]]
        pairs = [(path, fut) for path, fut in zip(read["shards"], futures)]
        for path, fut in pairs:
            try:
                results.append(fut.result())
            except Exception as exc:  # a failed shard must not cost the others
                failures.append({"shard": path, "error": f"{type(exc).__name__}: {exc}"})
    else:
        for k, path in enumerate(read["shards"]):
            try:
                results.append(code_shard(path, params))
            except Exception as exc:
                logger.error("shard %s failed: %s", path, exc)
                failures.append({"shard": path, "error": f"{type(exc).__name__}: {exc}"})
            if progress:
                progress(k + 1, len(read["shards"]))
    removed = finalize(Path(params.out))
    if removed:
        logger.info("removed %d rows of articles recoded by this run", removed)
    if not failures:
        import shutil

        shutil.rmtree(Path(params.out) / "_staging" / run_id, ignore_errors=True)
    return summarise(params, run_id, read, results, failures, time.perf_counter() - started)
