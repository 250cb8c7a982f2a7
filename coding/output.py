"""Writing events: atomic, idempotent, hive-partitioned Parquet shards under ``OUT/events``.

This module does I/O by design; the coding stages do not. Layout:

```
OUT/events/year=YYYY/month=MM/part-<shard>.parquet   one file per shard and month; readers glob *.parquet
OUT/_shards/<shard>.json                              what each shard wrote: its article ids, their content hashes,
                                                      the codebook hash and model, and its files
```

A shard's key is a hash of its article ids, so a rerun of the same input recomputes the same keys and replaces the
same files. Each file is written to a temporary name that no reader globs (``.part-….parquet.tmp``), then renamed.
The shard manifest is written before the files (``status: writing``) and marked ``done`` after them, so a run killed
half-way leaves nothing that the next run does not clean up. :func:`finalize` removes rows of articles that a later
shard recoded, so an article's rows live in exactly one shard.

The shard manifests double as the incremental-run ledger (:func:`done_articles`): an article is done when a finished
shard holds it with the same content hash, codebook hash, model and pipeline version. A shard that failed or was
killed never reaches ``done``, so its articles are coded again by the next run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from coding import PIPELINE_VERSION
from coding.records import Article, Event
from coding.schema import EVENT_SCHEMA, event_schema_with_metadata

if TYPE_CHECKING:
    from coding.codebook.model import Codebook

SHARDS_DIR = "_shards"
STAGING_DIR = "_staging"
EVENTS_DIR = "events"


def shard_key(article_ids: Iterable[str]) -> str:
    h = hashlib.blake2b(digest_size=10)
    for aid in sorted(article_ids):
        h.update(aid.encode())
        h.update(b"\x1f")
    return h.hexdigest()


def article_hash(article: Article) -> str:
    """Hash of everything in an article that can change its events."""
    h = hashlib.blake2b(digest_size=12)
    for value in (article.text, article.date.isoformat(), article.title, article.url, article.publisher, article.language):
        h.update(b"\x00" if value is None else value.encode())
        h.update(b"\x1f")
    return h.hexdigest()


LEDGER_KEYS = ("codebook_hash", "model", "pipeline_version")


def provenance_of(codebook: Codebook, model: str) -> dict[str, str]:
    """What every row and shard manifest records about how it was coded: the codebook's name and hash, the model
    (:func:`coding.nlp.model_id`) and the pipeline version."""
    return {"codebook": codebook.name, "codebook_hash": codebook.hash, "model": model, "pipeline_version": PIPELINE_VERSION}


def events_table(events: Sequence[Event], metadata: dict[str, str] | None = None) -> pa.Table:
    schema = event_schema_with_metadata(metadata) if metadata else EVENT_SCHEMA
    return pa.Table.from_arrays([arrow_column([getattr(ev, f.name) for ev in events], f.type) for f in schema], schema=schema)


_EPOCH = dt.date(1970, 1, 1).toordinal()
_FIXED_WIDTH = {pa.int8(): "b", pa.int32(): "i", pa.float32(): "f", pa.date32(): "i"}  # array module type codes


def arrow_column(values: list, type_: pa.DataType) -> pa.Array:
    """An Arrow array of Python values, assembled from its buffers.

    ``pa.array`` asks whether its input is a pandas object, which imports pandas on the first call in a process
    (half a second, more than writing a shard takes). Types other than strings and the fixed-width ones of the
    events schema go through ``pa.array``.
    """
    n = len(values)
    nulls = sum(1 for v in values if v is None)
    validity = _validity_bitmap(values) if nulls else None
    if type_ == pa.string():
        data = [b"" if v is None else v.encode() for v in values]
        offsets = array("i", [0] * (n + 1))
        total = 0
        for k, chunk in enumerate(data, 1):
            total += len(chunk)
            offsets[k] = total  # OverflowError past 2 GiB, as pa.array would refuse too
        return pa.Array.from_buffers(type_, n, [validity, pa.py_buffer(offsets), pa.py_buffer(b"".join(data))], null_count=nulls)
    code = _FIXED_WIDTH.get(type_)
    if code is None:
        return pa.array(values, type=type_)
    if type_ == pa.date32():
        values = [0 if v is None else v.toordinal() - _EPOCH for v in values]
    elif nulls:
        values = [0 if v is None else v for v in values]
    return pa.Array.from_buffers(type_, n, [validity, pa.py_buffer(array(code, values))], null_count=nulls)


def _validity_bitmap(values: list) -> pa.Buffer:
    bits = bytearray((len(values) + 7) // 8)
    for i, v in enumerate(values):
        if v is not None:
            bits[i >> 3] |= 1 << (i & 7)
    return pa.py_buffer(bits)


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write_bytes(path, json.dumps(obj, indent=1, sort_keys=True, default=str).encode())


def _atomic_write_table(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)  # atomic for readers; durability after a power cut comes from the manifest, written last


def _write_tables(jobs: Sequence[tuple[pa.Table, Path]]) -> None:
    """Write (table, path) pairs; many small files on two threads (Parquet writing releases the GIL)."""
    if len(jobs) < 8:
        for table, path in jobs:
            _atomic_write_table(table, path)
        return
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda job: _atomic_write_table(*job), jobs))


def _partition(day: dt.date) -> str:
    return f"year={day.year:04d}/month={day.month:02d}"


def write_shard(
    out: Path,
    key: str,
    article_ids: Sequence[str],
    events: Sequence[Event],
    metadata: dict[str, str],
    hashes: dict[str, str] | None = None,
    carried: Mapping[str, pa.Table] | None = None,
    staged: bool = False,
) -> dict:
    """Write one shard's events, replacing whatever that shard wrote before. Returns its manifest.

    ``hashes`` maps article id to :func:`article_hash`; with it the manifest marks those articles done for
    incremental runs. ``carried`` maps a partition (``year=YYYY/month=MM``) to rows kept from an earlier write of
    the shard, in the events schema; they are written with ``events``, in the same order a full write gives.
    ``staged``: ``out`` is a private folder that nothing reads (nor :func:`recover` cleans) until it is swapped in
    whole (`dyad recode`'s): the ``writing`` manifest, which only tells :func:`recover` what a killed write
    left, is not written; the finished one is the same.
    """
    out = Path(out)
    manifest_path = out / SHARDS_DIR / f"{key}.json"
    by_month: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        by_month[_partition(ev.date)].append(ev)
    carried = {part: t for part, t in (carried or {}).items() if t.num_rows}
    files = sorted(f"{EVENTS_DIR}/{part}/part-{key}.parquet" for part in set(by_month) | set(carried))
    old = read_manifest(manifest_path)
    old_files = set(old.get("files", [])) | set(old.get("intended", [])) if old else set()
    manifest = {
        "shard": key,
        "status": "writing",
        "article_ids": sorted(article_ids),
        "article_hashes": dict(sorted((hashes or {}).items())),
        "files": [],
        "intended": sorted(set(files) | old_files),
        "metadata": metadata,
        "written_at": time.time(),
    }
    if not staged:
        write_json(manifest_path, manifest)
    schema = event_schema_with_metadata(metadata)
    jobs = []
    for part in sorted(set(by_month) | set(carried)):
        evs = sorted(by_month.get(part, ()), key=lambda e: (e.article_id, e.sentence_index, e.event_id))
        table = events_table(evs, metadata)
        if part in carried:
            table = pa.concat_tables([carried[part].replace_schema_metadata(schema.metadata), table])
            table = table.sort_by([("article_id", "ascending"), ("sentence_index", "ascending"), ("event_id", "ascending")])
        jobs.append((table, out / EVENTS_DIR / part / f"part-{key}.parquet"))
    _write_tables(jobs)
    for stale in old_files - set(files):
        (out / stale).unlink(missing_ok=True)
    manifest.update(status="done", files=files, intended=[], n_events=sum(t.num_rows for t, _ in jobs))
    write_json(manifest_path, manifest)
    return manifest


def read_manifest(path: Path) -> dict | None:
    try:
        return json.loads(Path(path).read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def recover(out: Path, keep_staging: str | None = None) -> list[str]:
    """Clean up after a killed run: temp files, and files of shards that never finished. Returns what was removed.

    Call it only while holding the output lock (:mod:`coding.lock`): then no other run is writing, and every staging
    folder but ``keep_staging`` (this run's) belongs to a run that ended.
    """
    out = Path(out)
    removed: list[str] = []
    temps = [*(out / EVENTS_DIR).rglob(".*.tmp"), *(out / SHARDS_DIR).glob(".*.tmp"), *(out / "rejects").glob(".*.tmp"),
             *(out / "runs").glob(".*.tmp")]
    for tmp in temps:
        tmp.unlink(missing_ok=True)
        removed.append(str(tmp.relative_to(out)))
    staging = out / STAGING_DIR
    if staging.is_dir():
        for folder in staging.iterdir():
            if folder.name != keep_staging:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(str(folder.relative_to(out)))
    for manifest_path in sorted((out / SHARDS_DIR).glob("*.json")):
        manifest = read_manifest(manifest_path)
        if manifest is None or manifest.get("status") != "done":
            for f in (manifest or {}).get("intended", []) + (manifest or {}).get("files", []):
                (out / f).unlink(missing_ok=True)
                removed.append(f)
            manifest_path.unlink(missing_ok=True)
            removed.append(str(manifest_path.relative_to(out)))
    return removed


def finalize(out: Path) -> int:
    """Make every article's rows live in one shard only: the newest. Returns how many rows were removed."""
    out = Path(out)
    manifests = []
    for path in (out / SHARDS_DIR).glob("*.json"):
        m = read_manifest(path)
        if m and m.get("status") == "done":
            manifests.append((m.get("written_at", 0), path, m))
    manifests.sort(key=lambda t: t[0], reverse=True)
    owner: dict[str, str] = {}
    removed = 0
    for _, path, m in manifests:
        stale = {a for a in m["article_ids"] if a in owner}
        for a in m["article_ids"]:
            owner.setdefault(a, m["shard"])
        if not stale:
            continue
        keep_files = []
        for f in m["files"]:
            table = pq.ParquetFile(out / f).read()  # not read_table: it imports pyarrow.dataset and pandas (1 s)
            mask = pc.invert(pc.is_in(table["article_id"], value_set=arrow_column(sorted(stale), pa.string())))
            kept = table.filter(mask)
            removed += table.num_rows - kept.num_rows
            if kept.num_rows:
                _atomic_write_table(kept, out / f)
                keep_files.append(f)
            else:
                (out / f).unlink(missing_ok=True)
        m["article_ids"] = [a for a in m["article_ids"] if a not in stale]
        m["article_hashes"] = {a: h for a, h in m.get("article_hashes", {}).items() if a not in stale}
        m["files"] = keep_files
        if m["article_ids"]:
            write_json(path, m)
        else:
            path.unlink(missing_ok=True)
    return removed


def done_article_ids(out: Path) -> set[str]:
    ids: set[str] = set()
    for path in (Path(out) / SHARDS_DIR).glob("*.json"):
        m = read_manifest(path)
        if m and m.get("status") == "done":
            ids.update(m["article_ids"])
    return ids


def done_articles(out: Path) -> dict[str, tuple[str, ...]]:
    """Article id → (content hash, codebook hash, model, pipeline version) for every article a finished shard holds."""
    done: dict[str, tuple[str, ...]] = {}
    for path in (Path(out) / SHARDS_DIR).glob("*.json"):
        m = read_manifest(path)
        if not m or m.get("status") != "done":
            continue
        ledger = tuple(str(m.get("metadata", {}).get(k, "")) for k in LEDGER_KEYS)
        for aid, digest in m.get("article_hashes", {}).items():
            done[aid] = (digest, *ledger)
    return done
