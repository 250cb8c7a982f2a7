"""The process-pool runner (`dyad run`'s default on a multi-core machine) against the local one, and its choice."""

from __future__ import annotations

import os

import pytest
from test_production import TINY, event_rows, write_corpus

from flows.runners import pick_runner


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


PROBE = """
import json, os
from prefect import flow, task
from prefect.context import FlowRunContext
from prefect.settings import get_current_settings
from flows.runners import process_runner, shared_api

@task
def where() -> dict:
    return {"pid": os.getpid(), "api": str(get_current_settings().api.url)}

@flow
def probe() -> dict:
    parent = str(FlowRunContext.get().client.api_url)
    with shared_api(), process_runner(1) as pool:
        child = pool.submit(where, {}).result()
    return {"parent": parent, "parent_setting": str(get_current_settings().api.url), "pid": os.getpid(), "child": child}

if __name__ == "__main__":
    print(json.dumps(probe()))
"""


@pytest.mark.slow
def test_pool_workers_report_to_the_flows_ephemeral_server(tmp_path):
    """Without PREFECT_API_URL (plain `dyad run`), a worker must use the flow's own server, not start another."""
    import json
    import subprocess
    import sys

    from test_production import REPO, child_env

    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    env = child_env(tmp_path) | {"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90", "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, str(script)], cwd=REPO, env=env, capture_output=True, text=True, timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["parent"].startswith("http://127.0.0.1:"), got
    assert got["child"]["api"] == got["parent"] and got["child"]["pid"] != got["pid"], got
    assert got["parent_setting"] == "None", "the URL is put in the settings only while the pool runs"


@pytest.mark.model
def test_the_parent_plans_the_provenance_the_workers_write(repo_dir):
    """read-and-shard skips unchanged articles by (codebook hash, model, pipeline version) without loading the model:
    what it computes must be what a worker's Coder writes into every row."""
    from flows.code_articles import RunParams, coder_for, planned_provenance, provenance

    for codebook in (str(TINY), str(repo_dir / "codebooks" / "cameo")):
        params = RunParams(inputs=["x.jsonl"], codebook=codebook)
        assert planned_provenance(params) == provenance(coder_for(params.codebook, params.model))
