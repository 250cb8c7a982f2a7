"""One run at a time per output folder: an advisory lock file ``OUT/.dyad.lock``.

The lock is an ``flock`` on the file, so the kernel releases it when its holder dies, even by SIGKILL. The file also
records who holds it (pid, host, start time) so that a second run can say whom it is waiting for, and so that a lock
left by a killed process (pid no longer alive) is reported as stale when it is taken over.

The lock is re-entrant within one process: ``dyad run`` takes it before Prefect starts (to fail fast), and the flow
takes it again (so scheduled and deployed runs are covered too).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

LOCK_NAME = ".dyad.lock"


class LockHeld(RuntimeError):
    """Another live process holds the lock on an output folder."""

    def __init__(self, path: Path, holder: dict | None) -> None:
        who = describe(holder)
        super().__init__(
            f"the output folder {path.parent} is in use by another dyad run ({who}); lock file: {path}. "
            "Wait for it to finish, pass --wait, or choose another --out"
        )
        self.path = path
        self.holder = holder


def describe(holder: dict | None) -> str:
    if not holder:
        return "holder unknown"
    return f"pid {holder.get('pid')} on {holder.get('host')}, since {holder.get('started')}"


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def read_holder(path: Path) -> dict | None:
    try:
        return json.loads(Path(path).read_text() or "null")
    except (FileNotFoundError, json.JSONDecodeError):
        return None


@dataclass
class _Held:
    fd: int
    count: int = 1
    stale: dict | None = None


_HELD: dict[str, _Held] = {}
_GUARD = threading.Lock()


@dataclass
class OutputLock:
    """``with OutputLock(out, wait=False):`` — hold the output folder's lock for the block."""

    out: Path
    wait: bool = False
    timeout: float | None = None
    poll: float = 0.5
    stale: dict | None = field(default=None, init=False)

    @property
    def path(self) -> Path:
        return Path(self.out) / LOCK_NAME

    def acquire(self) -> Self:
        key = str(self.path.resolve())
        with _GUARD:
            held = _HELD.get(key)
            if held is not None:
                held.count += 1
                self.stale = held.stale
                return self
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            fd = self._try_lock()
            if fd is not None:
                break
            if not self.wait or (deadline is not None and time.monotonic() >= deadline):
                raise LockHeld(self.path, read_holder(self.path))
            time.sleep(self.poll)
        previous = _read_fd(fd)
        if previous and previous.get("pid") != os.getpid():
            # The file names a holder but the flock was free: that process died without releasing it.
            self.stale = previous
        me = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        os.fsync(fd)
        with _GUARD:
            _HELD[key] = _Held(fd, 1, self.stale)
        return self

    def _try_lock(self) -> int | None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        # The holder before us may have unlinked the file after we opened it: then our lock is on a dead inode.
        try:
            same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            return self._try_lock()
        return fd

    def release(self) -> None:
        key = str(self.path.resolve())
        with _GUARD:
            held = _HELD.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count:
                return
            del _HELD[key]
        # Unlink while still holding the flock, so no one can lock the old inode and believe it is current.
        self.path.unlink(missing_ok=True)
        os.close(held.fd)

    def __enter__(self) -> Self:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_fd(fd: int) -> dict | None:
    size = os.fstat(fd).st_size
    raw = os.pread(fd, size, 0) if size else b""
    try:
        return json.loads(raw) if raw else None
    except json.JSONDecodeError:
        return None
