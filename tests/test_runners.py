"""The process-pool runner (`dyad run`'s default on a multi-core machine) against the local one, and its choice."""

from __future__ import annotations

import os

import pytest

from flows.runners import pick_runner
from test_production import TINY, event_rows, write_corpus


@pytest.mark.parametrize(
    ("runner", "shards", "cores", "expected"),
    [
        ("auto", 5, 2, "process"),
        ("auto", 2, 8, "process"),
        ("auto", 1, 8, "local"),  # one shard: a worker would only add its start-up
        ("auto", 0, 8, "local"),
        ("auto", 9, 1, "local"),  # one core: nothing to gain
        ("local", 9, 8, "local"),
        ("process", 1, 1, "process"),
        ("dask", 9, 8, "dask"),
    ],
)
def test_auto_uses_a_process_pool_only_with_two_cores_and_two_shards(runner, shards, cores, expected):
    assert pick_runner(runner, shards, cores) == expected


@pytest.mark.model
def test_process_pool_gives_the_same_events_as_the_local_runner(tmp_path, prefect_harness):
    from flows.code_articles import RunParams, code_articles

    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, range(60))

    def run(out: str, **kw) -> dict:
        return code_articles(RunParams(inputs=[str(corpus)], out=str(tmp_path / out), codebook=str(TINY), shard_size=10, **kw))

    local = run("local")
    pooled = run("pool", runner="process", workers=2)
    assert pooled["failed_shards"] == [] and pooled["n_shards"] == 6 and pooled["runner"] == "process"
    assert event_rows(tmp_path / "pool") == event_rows(tmp_path / "local")
    assert pooled["n_events"] == local["n_events"] > 0
    # the shards were coded in two other processes, each of which built its Coder (model + codebook) once
    workers = pooled["workers"]
    assert len(workers) == 2 and str(os.getpid()) not in workers, workers
    assert sorted(workers.values()) == [1, 1], f"Coders built per worker: {workers}"
    assert local["runner"] == "local" and list(local["workers"]) == [str(os.getpid())]

    # incremental on the pool too: a rerun codes nothing and leaves the rows as they were
    again = run("pool", runner="auto")
    assert again["n_coded"] == 0 and again["n_unchanged"] == 60 and again["runner"] == "local"
    assert event_rows(tmp_path / "pool") == event_rows(tmp_path / "local")
