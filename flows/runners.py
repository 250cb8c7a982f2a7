"""Task runners for the flow: Dask (prefect-dask) on a LocalCluster or an existing scheduler."""

from __future__ import annotations

import os


def dask_runner(address: str | None = None, workers: int | None = None):
    """A DaskTaskRunner: on ``address`` if given, else a LocalCluster with one single-threaded process per core."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    n = workers or os.cpu_count() or 1
    return DaskTaskRunner(cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True, "dashboard_address": None})
