"""Task runners for the flow's shards: a local process pool (the default of `dyad run` on a multi-core machine), or
Dask (prefect-dask) on a LocalCluster or an existing scheduler.

Both follow one rule: one single-threaded worker process per core, each loading the spaCy model and the codebook once
(``flows.code_articles.coder_for`` is cached per process) and coding whole shards. Tasks carry shard paths, never text.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator


def cores() -> int:
    """The cores this process may run on (the affinity mask, not the machine's count, where the OS has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def pick_runner(runner: str, n_shards: int, n_cores: int | None = None) -> str:
    """``auto`` → ``process`` when there are at least 2 cores and 2 shards to code, else ``local``."""
    if runner != "auto":
        return runner
    n_cores = cores() if n_cores is None else n_cores
    return "process" if n_cores >= 2 and n_shards >= 2 else "local"


def die_with_parent() -> None:
    """Worker initializer: on Linux, the kernel kills this worker when the process that started it dies.

    A `dyad run` killed on its own (not its process group) would otherwise leave workers coding and writing shards
    after its output lock is gone, beside the next run's recovery.
    """
    if sys.platform != "linux":
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def process_runner(workers: int | None = None):
    """A ProcessPoolTaskRunner with ``workers`` worker processes (default: one per core), spawned, so that no state
    is shared; each dies with the process that started it. Give it no more workers than shards: each loads the model.
    Start it inside :func:`shared_api`.
    """
    from prefect.task_runners import ProcessPoolTaskRunner

    return ProcessPoolTaskRunner(max_workers=max(1, workers or cores()), initializer=die_with_parent)


@contextlib.contextmanager
def shared_api() -> Iterator[str | None]:
    """Point the workers at this run's Prefect API.

    Workers take their settings from the flow's. In ephemeral mode (`dyad run` without PREFECT_API_URL) those have no
    API URL: the flow's client talks to a server it started itself, and each worker would start (and migrate) another
    one on the same database, ~15 s per worker here, and time out under load. The flow's own server URL is put in the
    settings while the pool runs, so that the workers report to it. With PREFECT_API_URL set, nothing changes.
    """
    from prefect.context import FlowRunContext
    from prefect.settings import (
        PREFECT_API_URL,
        get_current_settings,
        temporary_settings,
    )

    if get_current_settings().api.url:
        yield str(get_current_settings().api.url)
        return
    ctx = FlowRunContext.get()
    url = str(ctx.client.api_url) if ctx is not None and ctx.client is not None else None
    if not url or not url.startswith("http"):
        yield None
        return
    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield url


def dask_runner(address: str | None = None, workers: int | None = None):
    """A DaskTaskRunner: on ``address`` if given, else a LocalCluster with one single-threaded process per core."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    n = workers or cores()
    return DaskTaskRunner(cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True, "dashboard_address": None})
