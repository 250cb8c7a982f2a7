"""Production runs: incremental and idempotent reruns, failed shards, the output lock in the flow and the CLI,
Dask scale-out, crash safety under SIGKILL, and schedules served against a real Prefect server.

Corpora are tiny fictional-world articles coded with tests/data/tiny_codebook, so the suite stays fast.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from coding.lock import LOCK_NAME, LockHeld
from coding.output import done_articles

REPO = Path(__file__).resolve().parents[1]
TINY = REPO / "tests" / "data" / "tiny_codebook"
BIN = Path(sys.executable).parent

ACTORS = ["Arnor", "Gondor", "Mordor", "Rohan", "the Gondorian president", "Mordorian troops", "Edoras"]
VERBS = ["met", "visited", "condemned", "attacked", "criticized"]
FILLER = ["The weather was mild on Tuesday.", "Markets closed higher.", "A new bridge opened in the town.",
          "Farmers expect a good harvest."]


def article(i: int, rng: random.Random) -> dict:
    """One tiny article: a third carry an event, the rest have no actor, so the pre-filter skips their parse."""
    if i % 3 == 0:
        source, target = rng.sample(ACTORS, 2)
        text = f"{source[0].upper()}{source[1:]} {rng.choice(VERBS)} {target}."
    else:
        text = rng.choice(FILLER)
    return {"id": f"a{i:05d}", "text": text, "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}


def write_corpus(path: Path, ids: range, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    rows = [article(i, rng) for i in ids]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def event_rows(out: Path) -> list[tuple]:
    """Every event row under OUT/events, as sorted tuples of all columns (what a reader globbing *.parquet sees)."""
    rows = []
    for f in sorted((out / "events").rglob("*.parquet")):
        rows.extend(tuple(r.values()) for r in pq.read_table(f).to_pylist())
    return sorted(rows, key=repr)


def event_ids(out: Path) -> list[str]:
    return [r["event_id"] for f in (out / "events").rglob("*.parquet") for r in pq.read_table(f, columns=["event_id"]).to_pylist()]


def run_flow(inputs, out: Path, **kw) -> dict:
    from flows.code_articles import RunParams, code_articles

    return code_articles(RunParams(inputs=[str(p) for p in inputs], out=str(out), codebook=str(TINY), shard_size=kw.pop("shard_size", 5), **kw))


# --------------------------------------------------------------------------------------------------------------------
# In-process flow runs (one shared ephemeral backend)


@pytest.mark.model
def test_incremental_runs_code_only_new_or_changed_articles(tmp_path, prefect_harness):
    inbox = tmp_path / "inbox"
    rows = write_corpus(inbox / "day1.jsonl", range(24))
    out = tmp_path / "out"

    first = run_flow([inbox], out)
    assert (first["n_coded"], first["n_unchanged"], first["failed_shards"]) == (24, 0, [])
    after_first = event_rows(out)
    assert after_first, "the corpus must give some events"

    again = run_flow([inbox], out)
    assert again["n_coded"] == 0 and again["n_unchanged"] == 24
    assert event_rows(out) == after_first

    # change one article that had an event, add a new file: exactly those are coded again
    rows[3]["text"] = "Rohan visited Gondor."
    (inbox / "day1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    write_corpus(inbox / "day2.jsonl", range(100, 106), seed=8)
    third = run_flow([inbox], out)
    assert third["n_coded"] == 1 + 6 and third["n_unchanged"] == 23

    fresh = tmp_path / "fresh"
    run_flow([inbox], fresh, shard_size=4)
    assert event_rows(out) == event_rows(fresh), "incremental result differs from a fresh run"
    ids = event_ids(out)
    assert len(ids) == len(set(ids)), "duplicated rows"
    changed = [r for r in event_rows(out) if r[1] == "a00003"]
    assert [(r[4], r[5]) for r in changed] == [("ROH", "GON")]

    full = run_flow([inbox], out, full=True)
    assert full["n_coded"] == 30 and full["n_unchanged"] == 0
    assert event_rows(out) == event_rows(fresh)


class FailingCoder:
    """Delegates to the real coder but fails any shard that holds the article ``bad``."""

    def __init__(self, coder, bad: str) -> None:
        self._coder, self._bad = coder, bad

    def __getattr__(self, name):
        return getattr(self._coder, name)

    def code_articles(self, articles):
        articles = list(articles)
        if any(a.id == self._bad for a in articles):
            raise RuntimeError(f"injected failure on {self._bad}")
        return self._coder.code_articles(articles)


@pytest.mark.model
def test_a_failed_shard_costs_only_itself_and_is_retried_next_run(tmp_path, prefect_harness, monkeypatch):
    import flows.code_articles as fca

    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, range(20))
    out = tmp_path / "out"
    real = fca.coder_for
    monkeypatch.setattr(fca, "coder_for", lambda cb, model: FailingCoder(real(cb, model), "a00006"))
    summary = run_flow([corpus], out, shard_size=5)
    assert len(summary["failed_shards"]) == 1 and "injected failure" in summary["failed_shards"][0]["error"]
    assert summary["n_coded"] == 15
    done = done_articles(out)
    assert len(done) == 15 and "a00006" not in done, "a failed shard's articles must not be marked done"
    assert not {r[1] for r in event_rows(out)} & {f"a{i:05d}" for i in range(5, 10)}

    monkeypatch.setattr(fca, "coder_for", real)
    retry = run_flow([corpus], out, shard_size=5)
    assert (retry["n_coded"], retry["n_unchanged"], retry["failed_shards"]) == (5, 15, [])
    fresh = tmp_path / "fresh"
    run_flow([corpus], fresh, shard_size=20)
    assert event_rows(out) == event_rows(fresh)


@pytest.mark.model
def test_writes_are_retried_at_the_io_edge(tmp_path, prefect_harness, monkeypatch):
    import flows.code_articles as fca

    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, range(6))
    calls = []
    real = fca.write_shard

    def flaky(*args, **kw):
        calls.append(args[1])
        if len(calls) == 1:
            raise OSError("disk hiccup")
        return real(*args, **kw)

    monkeypatch.setattr(fca, "write_shard", flaky)
    summary = run_flow([corpus], tmp_path / "out", shard_size=6)
    assert summary["failed_shards"] == [] and summary["n_coded"] == 6
    assert len(calls) == 2 and calls[0] == calls[1]


def test_flow_fails_fast_on_an_output_folder_in_use(tmp_path, prefect_harness):
    out = tmp_path / "out"
    child = hold_lock(out)
    try:
        with pytest.raises(LockHeld, match=LOCK_NAME):
            run_flow([tmp_path / "nothing.jsonl"], out)
    finally:
        child.kill()
        child.wait()


def hold_lock(out: Path, seconds: float = 60) -> subprocess.Popen:
    code = f"import time; from coding.lock import OutputLock\nwith OutputLock({str(out)!r}):\n print('locked', flush=True); time.sleep({seconds})"
    child = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    return child


def test_cli_second_run_fails_fast_naming_the_lock_file(tmp_path):
    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, range(3))
    out = tmp_path / "out"
    child = hold_lock(out)
    try:
        started = time.monotonic()
        proc = subprocess.run(
            [BIN / "dyad", "run", str(corpus), "--out", str(out), "--codebook", str(TINY)],
            cwd=REPO, capture_output=True, text=True, timeout=120, env=child_env(tmp_path), check=False,
        )
        elapsed = time.monotonic() - started
    finally:
        child.kill()
        child.wait()
    assert proc.returncode == 1
    message = " ".join(proc.stderr.split())
    assert LOCK_NAME in message and f"pid {child.pid}" in message and "--wait" in message
    assert elapsed < 60, "it must fail before starting Prefect"
    assert not (out / "events").exists()


def test_served_flow_validates_its_parameters_in_a_fresh_process(tmp_path):
    """`flow.serve` cloudpickles the flow into a spawned process. With `from __future__ import annotations` in
    flows/code_articles.py, `params: RunParams` stays a string there and every scheduled run fails validation."""
    import cloudpickle

    from flows.code_articles import code_articles

    code = ("import sys, cloudpickle; f = cloudpickle.loads(sys.stdin.buffer.read()); "
            "print(type(f.validate_parameters({'params': {'inputs': ['x'], 'full': True}})['params']).__name__)")
    proc = subprocess.run([sys.executable, "-c", code], input=cloudpickle.dumps(code_articles), capture_output=True,
                          timeout=120, env=child_env(tmp_path), check=False)
    assert proc.stdout.decode().strip() == "RunParams", proc.stderr.decode()[-1500:]


# --------------------------------------------------------------------------------------------------------------------
# Dask


@pytest.mark.model
@pytest.mark.slow
def test_dask_cluster_gives_the_same_events_as_the_local_runner(tmp_path, prefect_harness):
    from distributed import Client, LocalCluster

    import flows.code_articles as fca
    from flows.code_articles import RunParams, code_articles
    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, range(60))
    local = run_flow([corpus], tmp_path / "local", shard_size=10)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        params = RunParams(inputs=[str(corpus)], out=str(tmp_path / "dask"), codebook=str(TINY), shard_size=10,
                           runner="dask", address=cluster.scheduler_address)
        summary = code_articles(params)  # the flow moves itself onto Dask, as a deployment's run would
        loads = client.run(lambda: fca.coder_for.cache_info().misses)
    assert summary["failed_shards"] == [] and summary["n_shards"] == 6
    assert event_rows(tmp_path / "dask") == event_rows(tmp_path / "local")
    assert summary["n_events"] == local["n_events"] > 0
    assert sorted(loads.values()) in ([1, 1], [0, 1]), f"model loads per worker: {loads}"


# --------------------------------------------------------------------------------------------------------------------
# A real Prefect server: crash safety of `dyad run` subprocesses, and schedules


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_env(tmp: Path, api_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def stop(proc: subprocess.Popen, bound: float = 15) -> None:
    """SIGINT the process group, then SIGKILL after ``bound`` seconds (a served flow may ignore gentler signals)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(bound)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def wait_for(check, bound: float, what: str, proc: subprocess.Popen | None = None, poll: float = 0.5):
    deadline = time.monotonic() + bound
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"{what}: the process exited with {proc.returncode}")
        time.sleep(poll)
    pytest.fail(f"{what}: not within {bound} s")


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """`prefect server start` on a free port with its own PREFECT_HOME; yields the API URL."""
    home = tmp_path_factory.mktemp("server")
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"

    def healthy():
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    with open(home / "server.log", "w") as log:
        proc = subprocess.Popen(
            [BIN / "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=child_env(home), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            wait_for(healthy, 180, "prefect server /api/health", proc)
            yield url
        finally:
            stop(proc)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.server
def test_sigkilled_runs_resume_to_the_same_events_as_an_uninterrupted_run(tmp_path, prefect_server, prefect_harness):
    n_articles = 1200  # enough that five runs killed after a few shards each never reach the end
    corpus = tmp_path / "in.jsonl"
    write_corpus(corpus, range(n_articles))
    baseline = tmp_path / "baseline"
    run_flow([corpus], baseline, shard_size=25)
    expected = event_rows(baseline)

    out = tmp_path / "out"
    env = child_env(tmp_path, prefect_server)
    cmd = [BIN / "dyad", "run", str(corpus), "--out", str(out), "--codebook", str(TINY), "--shard-size", "25"]
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    kills = []
    for k in range(5):
        shards_before = len(list((out / "_shards").glob("*.json")))
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            if k == 0:  # once during start-up, before any shard
                time.sleep(rng.uniform(0.5, 3.0))
            else:  # then at a random point while shards are being written
                wait_for(lambda before=shards_before: len(list((out / "_shards").glob("*.json"))) > before, 90, f"kill {k}: first shard", proc, 0.05)
                time.sleep(rng.uniform(0.0, 1.5))
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        kills.append(len(done_articles(out)) if out.exists() else 0)
        for f in (out / "events").rglob("*.parquet") if out.exists() else []:
            pq.read_table(f)  # every file a reader can see is complete
    assert max(kills) < n_articles, f"every run was to be killed before the end (seed {seed}): {kills}"

    final = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert final.returncode == 0, final.stderr[-2000:]
    got = event_rows(out)
    ids = [r[0] for r in got]
    assert len(ids) == len(set(ids)), f"duplicated rows (seed {seed})"
    assert got == expected, f"events differ from an uninterrupted run (seed {seed}, done after each kill: {kills})"
    assert not [p for p in (out / "events").rglob("*") if p.is_file() and p.suffix != ".parquet"], "temp files left"
    assert not (out / LOCK_NAME).exists()


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.server
def test_dyad_serve_runs_on_schedule_against_a_real_server(tmp_path, prefect_server):
    inbox = tmp_path / "inbox"
    write_corpus(inbox / "batch.jsonl", range(30))
    out = tmp_path / "out"
    with open(tmp_path / "serve.log", "w") as log:
        proc = subprocess.Popen(
            [BIN / "dyad", "serve", "--interval", "5", "--input-dir", str(inbox), "--out", str(out), "--codebook", str(TINY),
             "--shard-size", "10", "--name", "test-serve"],
            cwd=REPO, env=child_env(tmp_path, prefect_server), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def completed_run():
        for f in (out / "runs").glob("*.json") if (out / "runs").is_dir() else []:
            summary = json.loads(f.read_text())
            if summary["n_events"] > 0 and not summary["failed_shards"]:
                return summary
        return None

    def completed_in_api():
        query = {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}, "deployment_id": {"is_null_": False}}}
        request = urllib.request.Request(
            prefect_server + "/flow_runs/filter", method="POST", headers={"Content-Type": "application/json"},
            data=json.dumps(query).encode(),
        )
        with urllib.request.urlopen(request, timeout=10) as r:
            return [run for run in json.loads(r.read()) if run["deployment_id"]]

    started = time.monotonic()
    try:
        summary = wait_for(completed_run, 120, "a scheduled run that wrote events", proc)
        runs = wait_for(completed_in_api, max(5.0, 120 - (time.monotonic() - started)), "the run completed in the API", proc)
    finally:
        stop(proc)
    assert summary["n_coded"] == 30
    assert event_rows(out)
    assert runs[0]["state_type"] == "COMPLETED"


@pytest.mark.server
def test_prefect_yaml_deploys_the_daily_schedule_to_a_process_pool(tmp_path, prefect_server):
    def api(method: str, path: str, body: dict | None = None):
        request = urllib.request.Request(prefect_server + path, method=method, headers={"Content-Type": "application/json"},
                                         data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(request, timeout=10) as r:
            return json.loads(r.read())

    api("POST", "/work_pools/", {"name": "dyad", "type": "process"})
    env = child_env(tmp_path, prefect_server) | {"DYAD_HOME": str(REPO)}
    proc = subprocess.run([BIN / "prefect", "--no-prompt", "deploy", "--all"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    deployment = api("GET", "/deployments/name/code-articles/daily")
    assert deployment["work_pool_name"] == "dyad"
    assert deployment["entrypoint"] == "flows/code_articles.py:code_articles"
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == ["0 6 * * *"]
    assert deployment["parameters"]["params"]["wait"] is True
    # {{ $DYAD_HOME }} is filled in when `prefect deploy` runs
    assert deployment["pull_steps"][0]["prefect.deployments.steps.set_working_directory"]["directory"] == str(REPO)
