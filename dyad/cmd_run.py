"""`dyad run`: code articles into Parquet events through the Prefect flow (ephemeral mode, no server needed)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

console = Console(stderr=True)
DEFAULT_CODEBOOK = Path(__file__).resolve().parents[1] / "codebooks" / "cameo"


def fail(message: str, code: int = 1, debug: bool = False) -> None:
    console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def check_codebook(path: Path) -> None:
    """Validate the codebook before anything is read or written; exit 2 with every error on failure."""
    from coding.codebook.errors import CodebookError
    from coding.codebook.loader import load_codebook

    try:
        load_codebook(path)
    except CodebookError as err:
        for item in err.issues:
            console.print(str(item), markup=False, highlight=False, soft_wrap=True)
        console.print(f"[bold red]error:[/] the codebook {path} has {len(err.issues)} error(s); nothing was written")
        raise typer.Exit(2) from None


def run(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, CSV or Parquet files, folders of .txt files, or globs")],
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("output"),
    codebook: Annotated[Path, typer.Option(help="codebook folder")] = DEFAULT_CODEBOOK,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name or path")] = None,
    shard_size: Annotated[int, typer.Option(min=1, help="articles per task")] = 300,
    date: Annotated[Optional[str], typer.Option(help="date (YYYY-MM-DD) for .txt files without a date: line")] = None,
    runner: Annotated[str, typer.Option(help="auto (process with 2+ cores and 2+ shards, else local), local (one process), "
                                             "process (one worker process per core), or dask (prefect-dask)")] = "auto",
    address: Annotated[Optional[str], typer.Option(help="address of an existing Dask scheduler")] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, help="worker processes for process or a Dask LocalCluster (default: one per core)")] = None,
    strict: Annotated[bool, typer.Option(help="exit 1 when any input is rejected")] = False,
    full: Annotated[bool, typer.Option("--full", help="recode every article, not only new or changed ones")] = False,
    wait: Annotated[bool, typer.Option("--wait", help="wait for another run on the same --out instead of failing")] = False,
    debug: Annotated[bool, typer.Option(help="show tracebacks")] = False,
) -> None:
    """Code articles into dyadic events under OUT/events (Parquet, partitioned by year and month)."""
    started = time.perf_counter()
    default_date = None
    if date:
        try:
            default_date = dt.date.fromisoformat(date)
        except ValueError:
            fail(f"--date {date!r} is not a date: write YYYY-MM-DD")
    if runner not in ("auto", "local", "process", "dask"):
        fail(f"--runner {runner!r}: choose auto, local, process or dask")
    check_codebook(codebook)
    from coding.inputs import InputError, expand_paths
    from coding.nlp import ModelNotFound, load_model

    try:
        expand_paths(inputs)
    except InputError as err:
        fail(str(err), debug=debug)
    try:
        load_model(model)
    except ModelNotFound as err:
        fail(str(err), debug=debug)
    from coding.lock import LockHeld, OutputLock, describe

    # Taken here, before Prefect starts, so a second run fails in a second; the flow takes it again (re-entrant).
    lock = OutputLock(out, wait=wait)
    if wait:
        console.print(f"waiting for the lock {lock.path} if another run holds it …")
    try:
        lock.acquire()
    except LockHeld as err:
        fail(str(err))
    if lock.stale:
        console.print(f"[yellow]warning:[/] took over a stale lock {lock.path} ({describe(lock.stale)} is not running)")
    try:
        summary = _run_flow(inputs, out, codebook, model, shard_size, default_date, runner, address, workers, full, debug)
    finally:
        lock.release()
    print_summary(summary, time.perf_counter() - started)
    if summary["failed_shards"]:
        console.print(f"[bold red]error:[/] {len(summary['failed_shards'])} shard(s) failed; rerun to retry them")
        raise typer.Exit(1)
    if summary["n_rejected"]:
        console.print(
            f"[yellow]warning:[/] {summary['n_rejected']} input record(s) rejected "
            f"({', '.join(f'{k}: {v}' for k, v in summary['reject_reasons'].items())}); see {summary['rejects_path']}"
        )
        if strict:
            raise typer.Exit(1)


def _run_flow(inputs, out, codebook, model, shard_size, default_date, runner, address, workers, full, debug) -> dict:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # The ephemeral server migrates a fresh database first; on a loaded 2-core machine that took ~30 s (default 20 s).
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows.code_articles import PROGRESS, RunParams, code_articles

    params = RunParams(
        inputs=list(inputs), out=str(out), codebook=str(codebook), model=model, shard_size=shard_size,
        default_date=default_date, runner=runner, address=address, workers=workers, full=full,
    )
    flow = code_articles
    if runner == "dask":
        from flows.runners import dask_runner

        flow = code_articles.with_options(task_runner=dask_runner(address, workers))
    with Progress(TextColumn("coding shards"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True) as bar:
        task_id = bar.add_task("shards", total=None)

        def on_progress(done: int, total: int) -> None:
            bar.update(task_id, completed=done, total=total)

        token = PROGRESS.set(on_progress)
        try:
            summary = flow(params)
        except Exception as err:  # noqa: BLE001 — one line unless --debug
            if debug:
                raise
            fail(f"{type(err).__name__}: {err}")
        finally:
            PROGRESS.reset(token)
    return summary


def print_summary(summary: dict, elapsed: float) -> None:
    out = Console()
    table = Table(title=f"dyad run {summary['run_id']}", show_header=False)
    table.add_row("articles read", str(summary["n_articles"]))
    if "n_unchanged" in summary:
        table.add_row("articles coded", str(summary["n_coded"]))
        table.add_row("unchanged (skipped)", str(summary["n_unchanged"]))
    table.add_row("articles rejected", str(summary["n_rejected"]))
    table.add_row("sentences", str(summary["n_sentences"]))
    table.add_row("events", str(summary["n_events"]))
    table.add_row("elapsed", f"{elapsed:.1f} s")
    if summary.get("runner"):
        n = len(summary.get("workers") or {})
        table.add_row("runner", summary["runner"] + (f", {n} worker process{'es' if n != 1 else ''}" if summary["runner"] != "local" else ""))
    table.add_row("output", str(Path(summary["out"]) / "events"))
    out.print(table)
    if summary["top_dyads"]:
        top = Table(title="top dyads")
        top.add_column("dyad")
        top.add_column("events", justify="right")
        for dyad, n in summary["top_dyads"].items():
            top.add_row(dyad, str(n))
        out.print(top)

