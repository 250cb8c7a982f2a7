"""The `code_articles` flow: lock → recover → read → shard → code each shard → finalize → summary.

Tasks are thin wrappers over coding/ functions. They take and return paths and counts, never article text or Docs.
The spaCy model and the codebook are loaded once per worker process (see :func:`coder_for`).

Runs are incremental: only articles that are new or changed (content, codebook, model or pipeline version) are coded,
unless ``full``. One run at a time holds the output folder (:mod:`coding.lock`). Retries sit at the I/O edges (reading
the inputs, writing a shard), never around coding: a coding error is not cured by trying again.
"""

import datetime as dt
import functools
import json
import os
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Literal

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.context import FlowRunContext
from pydantic import BaseModel, Field

from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.heap import settle
from coding.inputs import iter_articles, write_engine_errors, write_rejects
from coding.nlp import load_model, model_id_of
from coding.cache import ParseCache
from coding.lock import OutputLock, describe
from coding.output import LEDGER_KEYS, article_hash, done_articles, finalize, provenance_of, recover, shard_key, write_json, write_shard
from coding.coverage import coverage_rows, load_report, write_coverage
from coding.report import to_markdown
from coding.records import Article, Event, Reject
from coding.recode import keep_for_recode
from flows.runners import cores, pick_runner, process_runner, shared_api

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
    runner: Literal["local", "process", "dask", "auto"] = Field(
        "local", description="local: shards one after another in this process; process: a pool of worker processes, "
        "one per core (`workers`); dask: a Dask cluster; auto: process with 2 or more cores and shards, else local",
    )
    address: str | None = None
    workers: int | None = Field(None, description="worker processes for process or a Dask LocalCluster (default: one per core)")
    full: bool = Field(False, description="recode every article, not only new or changed ones")
    wait: bool = Field(False, description="wait for another run on the same output folder instead of failing")


_CODER_LOADS: Counter = Counter()  # (codebook, model) → Coders built in this process


@functools.lru_cache(maxsize=2)
def coder_for(codebook: str, model: str | None) -> Coder:
    """One Coder per worker process and (codebook, model)."""
    _CODER_LOADS[(codebook, model)] += 1
    coder = Coder(load_codebook(codebook), load_model(model))
    settle()  # the model, codebook and coder live as long as this process: out of the garbage collector's walks
    return coder


@functools.lru_cache(maxsize=2)
def parse_cache_for(out: str, coder: Coder) -> ParseCache:
    """One parse cache per worker process and output folder (OUT/cache): `dyad recode` reads it."""
    return ParseCache.for_coder(out, coder)


def _write_articles(path: Path, articles: list[Article]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "date": a.date.isoformat(), "title": a.title, "url": a.url, "publisher": a.publisher, "language": a.language}) + "\n")
    tmp.replace(path)


def _read_articles(path: Path) -> list[Article]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out.append(Article(d["id"], d["text"], dt.date.fromisoformat(d["date"]), d.get("title"), d.get("url"), d.get("publisher"), d.get("language", "en")))
    return out


def provenance(coder: Coder) -> dict[str, str]:
    """What every row and shard manifest records about how it was coded (:func:`coding.output.provenance_of`)."""
    return provenance_of(coder.codebook, coder.model)


def planned_provenance(params: RunParams) -> dict[str, str]:
    """:func:`provenance` of the Coder that ``params`` will build, without building it: the codebook (cached on disk,
    see ``load_codebook``) and the model's meta.json. The process that hands shards to a worker pool never loads the
    model."""
    return provenance_of(load_codebook(params.codebook), model_id_of(params.model))


@task(name="read-and-shard", retries=2, retry_delay_seconds=[1, 5])
def read_and_shard(params: RunParams, run_id: str) -> dict:
    """Validate the inputs, write rejects, and stage the articles to code (new or changed, or all if full) as shards."""
    out = Path(params.out)
    staging = out / "_staging" / run_id
    done = {} if params.full else done_articles(out)
    ledger = tuple(planned_provenance(params)[k] for k in LEDGER_KEYS)
    shards: list[str] = []
    rejects: list[Reject] = []
    current: list[Article] = []
    n_read = n_unchanged = 0
    for item in iter_articles(params.inputs, default_date=params.default_date):
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        n_read += 1
        if done and done.get(item.id) == (article_hash(item), *ledger):
            n_unchanged += 1
            continue
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
    return {
        "shards": shards, "n_articles": n_read, "n_unchanged": n_unchanged, "n_rejected": len(rejects),
        "reject_reasons": dict(reasons), "rejects_path": rejects_path,
    }


WRITE_RETRY_DELAYS = (1, 5)  # seconds before the second and the third attempt to write a shard


def write_shard_retrying(out: str, key: str, articles: list[Article], events: list[Event], metadata: dict[str, str]) -> int:
    """Write one shard's events and mark its articles done: the I/O edge of coding, so an OSError (a full or flaky
    disk) is tried again, twice; any other error is not.

    A plain loop inside the code-shard task, not a task of its own: a task run costs the Prefect API about as much as
    the shard's write, on the cores that code (see docs/performance.md)."""
    hashes = {a.id: article_hash(a) for a in articles}
    for attempt in range(len(WRITE_RETRY_DELAYS) + 1):
        try:
            return write_shard(Path(out), key, list(hashes), events, metadata, hashes=hashes)["n_events"]
        except OSError as exc:
            if attempt == len(WRITE_RETRY_DELAYS):
                raise
            delay = WRITE_RETRY_DELAYS[attempt]
            get_run_logger().warning("writing shard %s failed (%s: %s); trying again in %s s", key, type(exc).__name__, exc, delay)
            time.sleep(delay)
    return 0  # not reached: the last attempt returns or raises


@task(name="code-shard")
def code_shard(shard_path: str, params: RunParams) -> dict:
    """Code one shard of articles, then write its events."""
    coder = coder_for(params.codebook, params.model)
    coder.cache = parse_cache_for(params.out, coder)
    coder.strict = False  # an engine error loses its sentence only, and goes to rejects/ (engine-errors-<shard>)
    articles = _read_articles(Path(shard_path))
    events = []
    n_sentences = 0
    unresolved: Counter = Counter()
    coded = []  # results in article order, for the coverage rows
    for result in coder.code_articles(articles):  # run it to the end: that flushes the parse cache
        coded.append(result)
        events.extend(result.events)
        n_sentences += result.n_sentences
        unresolved.update(text for text, _ in result.unresolved)
    metadata = provenance(coder)
    key = shard_key(a.id for a in articles)
    write_shard_retrying(params.out, key, articles, events, metadata)
    write_coverage(params.out, key, [row for a, r in zip(articles, coded) for row in coverage_rows(a, r, key, coder.codebook.hash)])
    keep_for_recode(params.out, key, articles, coded, coder)  # for `dyad recode` (the staged copy is deleted)
    if n_failed := write_engine_errors(coded, Path(params.out), key):
        get_run_logger().warning("the engine failed on %d sentence(s) of shard %s: see rejects/engine-errors-%s.jsonl", n_failed, key, key)
    dyads = Counter(f"{e.source}→{e.target}" for e in events)
    codes = Counter(f"{e.action} {e.action_name}" for e in events)
    return {
        "shard": key,
        "n_articles": len(articles),
        "n_sentences": n_sentences,
        "n_events": len(events),
        "n_engine_errors": n_failed,
        "dyads": dict(dyads.most_common(20)),
        "codes": dict(codes.most_common(20)),
        "unresolved": dict(unresolved.most_common(20)),
        "metadata": metadata,
        # this run's (codebook, model) only: a forked worker inherits the counts of other codebooks' Coders
        "worker": {"pid": os.getpid(), "coder_loads": _CODER_LOADS[(params.codebook, params.model)]},
    }


def _table(counter: Counter, head: str, n: int = 10) -> str:
    rows = "\n".join(f"| {k} | {v} |" for k, v in counter.most_common(n)) or "| (none) | 0 |"
    return f"| {head} | count |\n|---|---|\n{rows}"


@task(name="summarise")
def summarise(params: RunParams, run_id: str, read: dict, results: list[dict], failures: list[dict], elapsed: float,
              runner: str = "local") -> dict:
    workers: dict[int, int] = {}
    for r in results:
        w = r.get("worker") or {}
        if "pid" in w:
            workers[w["pid"]] = max(workers.get(w["pid"], 0), w["coder_loads"])
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
        "n_coded": sum(r["n_articles"] for r in results),
        "n_unchanged": read["n_unchanged"],
        "full": params.full,
        "n_rejected": read["n_rejected"],
        "reject_reasons": read["reject_reasons"],
        "rejects_path": read["rejects_path"],
        "n_sentences": sum(r["n_sentences"] for r in results),
        "n_events": sum(r["n_events"] for r in results),
        # sentences the engine failed on (each in rejects/engine-errors-<shard>.jsonl; the rest of its article is coded)
        "n_engine_errors": sum(r.get("n_engine_errors", 0) for r in results),
        "n_shards": len(results),
        "failed_shards": failures,
        "runner": runner,
        # worker pid → Coders (model + codebook) it built; one each when the model is loaded once per worker
        "workers": {str(pid): loads for pid, loads in sorted(workers.items())},
        "elapsed_s": round(elapsed, 2),
        "top_dyads": dict(dyads.most_common(10)),
        "top_codes": dict(codes.most_common(10)),
        "top_unresolved": dict(unresolved.most_common(10)),
    }
    write_json(Path(params.out) / "runs" / f"{run_id}.json", summary)
    markdown = "\n\n".join(
        [
            f"# dyad run {run_id}",
            f"**{summary['n_articles']}** articles read, **{summary['n_coded']}** coded, "
            f"**{summary['n_unchanged']}** unchanged since an earlier run, **{summary['n_rejected']}** rejected "
            f"({', '.join(f'{k}: {v}' for k, v in read['reject_reasons'].items()) or 'none'}), "
            f"**{summary['n_sentences']}** sentences, **{summary['n_events']}** events in {summary['elapsed_s']} s. "
            f"Failed shards: {len(failures)}" + (" (their articles are retried by the next run)." if failures else ".")
            + (f" The engine failed on **{summary['n_engine_errors']}** sentence(s): see rejects/engine-errors-*.jsonl."
               if summary["n_engine_errors"] else ""),
            *(["## Failed shards\n" + "\n".join(f"- `{f['shard']}`: {f['error']}" for f in failures)] if failures else []),
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
    _coverage_artifact(params.out, key, run_id)
    return summary


def _coverage_artifact(out: str, key: str, run_id: str) -> None:
    """The coverage report of the output folder (`dyad report`), as a second markdown artifact."""
    try:
        markdown = to_markdown(load_report(out), title=f"dyad coverage report, {out} after run {run_id}")
    except Exception as exc:  # advisory: the events are written; a report error must not fail the run
        get_run_logger().warning("no coverage report: %s: %s", type(exc).__name__, exc)
        return
    create_markdown_artifact(markdown, key=key + "-coverage", description="dyad coverage report")


@flow(name="code-articles", log_prints=True)
def code_articles(params: RunParams) -> dict:
    """Code articles into dyadic events under ``params.out``, holding its lock for the whole run."""
    logger = get_run_logger()
    if params.runner == "dask" and not _on_dask():
        # Deployments and `dyad serve` set the runner in the parameters: rerun this flow as a subflow on Dask.
        from flows.runners import dask_runner

        return code_articles.with_options(task_runner=dask_runner(params.address, params.workers))(params)
    lock = OutputLock(Path(params.out), wait=params.wait)
    lock.acquire()
    try:
        if lock.stale:
            logger.warning("took over a stale lock on %s (%s is not running)", lock.path, describe(lock.stale))
        return _run(params, logger)
    finally:
        lock.release()


def _on_dask() -> bool:
    ctx = FlowRunContext.get()
    return ctx is not None and type(ctx.task_runner).__name__ == "DaskTaskRunner"


def _run(params: RunParams, logger) -> dict:
    started = time.perf_counter()
    run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    recover(Path(params.out), keep_staging=run_id)
    finalize(Path(params.out))  # a run killed before its finalize left some articles in two shards
    read = read_and_shard(params, run_id)
    logger.info(
        "read %d articles (%d unchanged, %d rejected); %d shards to code",
        read["n_articles"], read["n_unchanged"], read["n_rejected"], len(read["shards"]),
    )
    progress = PROGRESS.get()
    results: list[dict] = []
    failures: list[dict] = []
    runner = pick_runner(params.runner, len(read["shards"]))

    def collect(futures) -> None:
        for k, (path, fut) in enumerate(zip(read["shards"], futures)):
            try:
                results.append(fut.result())
            except Exception as exc:  # a failed shard must not cost the others
                logger.error("shard %s failed: %s", path, exc)
                failures.append({"shard": path, "error": f"{type(exc).__name__}: {exc}"})
            if progress:
                progress(k + 1, len(read["shards"]))

    if runner == "dask":
        collect([code_shard.submit(path, params) for path in read["shards"]])
    elif runner == "process":
        # One spawned worker per core (no more than shards); each loads the model once (coder_for) and codes whole
        # shards. Only the shards go to the pool: reading, finalizing and the summary stay in this process.
        n_workers = min(params.workers or cores(), len(read["shards"]))
        logger.info("coding %d shards on %d worker processes", len(read["shards"]), n_workers)
        with shared_api(), process_runner(n_workers) as pool:
            collect([pool.submit(code_shard, {"shard_path": path, "params": params}) for path in read["shards"]])
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
    if not failures:  # a failed shard's staged articles stay for inspection until the next run starts
        shutil.rmtree(Path(params.out) / "_staging" / run_id, ignore_errors=True)
    return summarise(params, run_id, read, results, failures, time.perf_counter() - started, runner)
