"""The `dyad` command line. Each area registers its commands from its own module (dyad/cmd_<area>.py).

Prefect is imported lazily, only by the commands that run flows, so that `dyad explain` starts fast.
"""

from __future__ import annotations

import os

# Quiet, offline Prefect: no telemetry calls to hosts this machine cannot reach.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

import typer  # noqa: E402

app = typer.Typer(name="dyad", no_args_is_help=True, add_completion=False, help="Code news articles into dyadic events.")

from dyad.cmd_analysis import plot  # noqa: E402

app.command("plot")(plot)

from dyad.cmd_codebook import codebook_app  # noqa: E402

app.add_typer(codebook_app, name="codebook")

from dyad.cmd_run import run  # noqa: E402

app.command("run")(run)

from dyad.cmd_loop import evaluate  # noqa: E402

app.command("evaluate")(evaluate)

from dyad.cmd_loop import explain  # noqa: E402

app.command("explain")(explain)

from dyad.cmd_serve import serve  # noqa: E402

app.command("serve")(serve)
from dyad.cmd_cache import register as _register_cache; _register_cache(app)  # noqa: E402, E702 — recode, cache prune

from dyad.cmd_loop import show  # noqa: E402

app.command("show")(show)

from dyad.cmd_report import report  # noqa: E402

app.command("report")(report)
