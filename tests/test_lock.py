"""coding/lock.py: one run per output folder, fail fast or wait, stale locks of killed processes taken over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coding.lock import LOCK_NAME, LockHeld, OutputLock, pid_alive

REPO = Path(__file__).resolve().parents[1]


def hold_in_child(out: Path, seconds: float) -> subprocess.Popen:
    """A child process that takes the lock, says so on stdout, holds it for ``seconds``, then prints the time just
    before it lets go."""
    code = textwrap.dedent(f"""
        import sys, time
        from coding.lock import OutputLock
        with OutputLock({str(out)!r}):
            print("locked", flush=True)
            time.sleep({seconds})
            print(time.time(), flush=True)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    return child


def test_lock_is_released_and_its_file_removed(tmp_path):
    with OutputLock(tmp_path) as lock:
        holder = json.loads((tmp_path / LOCK_NAME).read_text())
        assert holder["pid"] == os.getpid()
        assert lock.stale is None
    assert not (tmp_path / LOCK_NAME).exists()
    with OutputLock(tmp_path):  # and it can be taken again
        pass


def test_lock_is_reentrant_within_a_process(tmp_path):
    with OutputLock(tmp_path):
        with OutputLock(tmp_path):
            assert (tmp_path / LOCK_NAME).exists()
        assert (tmp_path / LOCK_NAME).exists(), "the inner release must not free the outer hold"
    assert not (tmp_path / LOCK_NAME).exists()


def test_second_run_fails_fast_naming_the_lock_file(tmp_path):
    child = hold_in_child(tmp_path, 30)
    try:
        started = time.monotonic()
        with pytest.raises(LockHeld) as info:
            OutputLock(tmp_path).acquire()
        assert time.monotonic() - started < 1.0
        assert str(tmp_path / LOCK_NAME) in str(info.value)
        assert f"pid {child.pid}" in str(info.value)
        assert info.value.holder["pid"] == child.pid
    finally:
        child.kill()
        child.wait()


def test_wait_takes_the_lock_when_the_holder_finishes(tmp_path):
    child = hold_in_child(tmp_path, 1.5)
    try:
        with OutputLock(tmp_path, wait=True, timeout=20, poll=0.1) as lock:
            taken = time.time()
            assert lock.stale is None  # the child released it cleanly
        assert taken >= float(child.stdout.readline()), "the lock was taken while the child still held it"
    finally:
        child.kill()
        child.wait()


def test_wait_with_timeout_gives_up(tmp_path):
    child = hold_in_child(tmp_path, 30)
    try:
        with pytest.raises(LockHeld):
            OutputLock(tmp_path, wait=True, timeout=0.5, poll=0.1).acquire()
    finally:
        child.kill()
        child.wait()


def test_stale_lock_of_a_killed_process_is_taken_over(tmp_path):
    child = hold_in_child(tmp_path, 30)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert (tmp_path / LOCK_NAME).exists(), "SIGKILL leaves the lock file behind"
    assert not pid_alive(child.pid)
    with OutputLock(tmp_path) as lock:
        assert lock.stale is not None and lock.stale["pid"] == child.pid
        assert json.loads((tmp_path / LOCK_NAME).read_text())["pid"] == os.getpid()


def test_lock_file_written_by_a_dead_pid_is_stale(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "host": "here", "started": "earlier"}))
    with OutputLock(tmp_path) as lock:
        assert lock.stale["pid"] == dead.pid
