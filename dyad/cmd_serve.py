"""`dyad serve`: run the coding flow on a schedule against a Prefect server (the ephemeral mode has no scheduler)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from dyad.cmd_run import DEFAULT_CODEBOOK, check_codebook, console, fail


def serve(
    input_dir: Annotated[Path, typer.Option("--input-dir", help="folder (or file) of articles; new files are coded on each run")],
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder")] = Path("output"),
    cron: Annotated[Optional[str], typer.Option(help='cron schedule, e.g. "0 6 * * *" (06:00 daily)')] = None,
    interval: Annotated[Optional[float], typer.Option(min=1, help="or: run every this many seconds")] = None,
    timezone: Annotated[Optional[str], typer.Option(help="IANA time zone of the cron schedule, e.g. Europe/Berlin")] = None,
    codebook: Annotated[Path, typer.Option(help="codebook folder")] = DEFAULT_CODEBOOK,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name or path")] = None,
    shard_size: Annotated[int, typer.Option(min=1, help="articles per task")] = 300,
    full: Annotated[bool, typer.Option("--full", help="recode every article on every run (default: new or changed only)")] = False,
    runner: Annotated[str, typer.Option(help="local, process (one worker process per core), auto, or dask (prefect-dask)")] = "local",
    address: Annotated[Optional[str], typer.Option(help="address of an existing Dask scheduler")] = None,
    workers: Annotated[Optional[int], typer.Option(help="Dask LocalCluster workers (default: one per core)")] = None,
    name: Annotated[str, typer.Option(help="deployment name")] = "scheduled",
) -> None:
    """Serve the coding flow on a schedule. Needs a Prefect server: start one with `prefect server start` and set
    PREFECT_API_URL (e.g. http://127.0.0.1:4200/api). Stop with Ctrl-C."""
    if (cron is None) == (interval is None):
        fail("give exactly one of --cron and --interval")
    if runner not in ("local", "process", "auto", "dask"):
        fail(f"--runner {runner!r}: choose local, process, auto or dask")
    if not input_dir.exists():
        fail(f"--input-dir {input_dir} does not exist")
    check_codebook(codebook)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from prefect.schedules import Cron, Interval
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        console.print(
            "[yellow]warning:[/] PREFECT_API_URL is not set: schedules need a running server "
            "(`prefect server start`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api`)"
        )
    from flows.code_articles import RunParams, code_articles

    try:
        schedule = Cron(cron, timezone=timezone) if cron else Interval(interval, timezone=timezone)
    except ValueError as err:
        fail(f"bad schedule: {err}")
    # Absolute paths: runs start in their own process; wait=True so a scheduled run queues behind a manual one.
    params = RunParams(
        inputs=[str(input_dir.resolve())], out=str(out.resolve()), codebook=str(codebook.resolve()), model=model,
        shard_size=shard_size, full=full, wait=True, runner=runner, address=address, workers=workers,
    )
    code_articles.serve(
        name=name,
        schedules=[schedule],
        parameters={"params": params.model_dump(mode="json")},
        description=f"dyad: code {input_dir} into {out}",
        tags=["dyad"],
        limit=1,  # one run at a time: a run slower than the interval is not joined by the next
    )
