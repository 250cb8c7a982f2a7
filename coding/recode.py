"""Recoding a finished run with another codebook, from the parse cache: no sentence is parsed again.

A run keeps what a recode needs beside its output (this module does I/O by design):

```
OUT/_articles/<shard>.jsonl          the articles of each shard, as read and validated (the staged copies are deleted)
OUT/_articles/footprint-<hash>.json  the footprint of each codebook the run coded with (coding.footprint)
OUT/_words/<shard>.json              per article, the lemmas and forms of its parsed sentences
OUT/cache/…                          the parse cache (coding.cache)
```

:func:`recode` codes the kept articles again into a fresh folder ``OUT/.recode-<id>/`` and then swaps its
``events/``, ``_shards/``, ``coverage/`` and ``_words/`` in for the old ones with renames, so readers see either the
old codebook's rows or the new one's, never a mix of both in one dataset.

A recode is incremental: it compares the footprint of the codebook a shard was coded with against the new one, and
codes again only the articles the edit can touch (:meth:`coding.footprint.Change.touches`). The other articles keep
their rows, rewritten with the new codebook hash; the result is row for row that of a full recode (``full=True``),
which ``tests/test_recode_incremental.py`` checks for edits of every kind. A shard coded with another model or
pipeline version, or whose codebook left no footprint, is coded again in full.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from coding import PIPELINE_VERSION
from coding.coverage import COVERAGE_DIR, coverage_rows, write_coverage
from coding.engine import Coder
from coding.footprint import Change, compare, footprint
from coding.inputs import write_engine_errors
from coding.output import (
    EVENTS_DIR,
    SHARDS_DIR,
    arrow_column,
    article_hash,
    finalize,
    provenance_of,
    read_manifest,
    write_shard,
)
from coding.records import Article, CodingResult

ARTICLES_DIR = "_articles"
WORDS_DIR = "_words"


def save_articles(out: str | Path, key: str, articles: Iterable[Article]) -> Path:
    """Keep one shard's articles for later recodes; the same shard key replaces the same file."""
    path = Path(out) / ARTICLES_DIR / f"{key}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for a in articles:
            row = {"id": a.id, "text": a.text, "date": a.date.isoformat(), "title": a.title, "url": a.url, "publisher": a.publisher, "language": a.language}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def _words_entry(every: Iterable[str], anchors: Iterable[str]) -> dict[str, str]:
    anchors = set(anchors)
    return {"anchors": " ".join(sorted(anchors)), "others": " ".join(sorted(set(every) - anchors))}


def save_words(out: str | Path, key: str, words: Mapping[str, tuple[Iterable[str], Iterable[str]]],
               kept: Mapping[str, dict[str, str]] | None = None) -> Path:
    """Keep, per article of a shard, the (words, anchor words) of its parsed sentences: what an incremental recode
    checks (:meth:`coding.footprint.Change.touches`). ``kept``: entries of articles not coded again, as
    :func:`read_words` gave them; they are written as they are, before those of ``words``."""
    path = Path(out) / WORDS_DIR / f"{key}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")
    data = dict(kept or {})
    for aid, (every, anchors) in words.items():
        data[aid] = _words_entry(every, anchors)
    tmp.write_text(json.dumps(data, ensure_ascii=False))
    os.replace(tmp, path)
    return path


def read_words(out: str | Path, key: str) -> dict[str, dict[str, str]]:
    """Article id → its entry as :func:`save_words` wrote it ({"anchors": …, "others": …}); {} if none were kept."""
    try:
        return orjson.loads((Path(out) / WORDS_DIR / f"{key}.json").read_bytes())
    except (FileNotFoundError, orjson.JSONDecodeError):
        return {}


def _split(entry: Mapping[str, str]) -> tuple[list[str], list[str]]:
    anchors = entry["anchors"].split()
    return anchors + entry["others"].split(), anchors


def load_words(out: str | Path, key: str) -> dict[str, tuple[list[str], list[str]]]:
    """Article id → (words, anchor words), as :func:`save_words` kept them; {} if none were kept."""
    return {aid: _split(entry) for aid, entry in read_words(out, key).items()}


def _footprint_path(out: Path, codebook_hash: str) -> Path:
    return out / ARTICLES_DIR / f"footprint-{codebook_hash}.json"


def save_footprint(out: str | Path, coder: Coder) -> Path:
    """Keep the footprint of the coder's codebook (once per codebook hash)."""
    path = _footprint_path(Path(out), coder.codebook.hash)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name("." + path.name + ".tmp")
        # orjson: a footprint is ~0.5 MB of JSON, and its writing and reading are most of a small recode's fixed cost
        tmp.write_bytes(orjson.dumps(footprint(coder.codebook)))
        os.replace(tmp, path)
    return path


def _read_footprint(path: Path) -> dict | None:
    try:
        return orjson.loads(path.read_bytes())
    except (FileNotFoundError, orjson.JSONDecodeError):
        return None


def load_footprint(out: str | Path, codebook_hash: str) -> dict | None:
    return _read_footprint(_footprint_path(Path(out), codebook_hash))


def _latest_footprint(out: Path) -> dict | None:
    """The footprint kept last under ``out`` (None: none can be read)."""
    paths = sorted((out / ARTICLES_DIR).glob("footprint-*.json"), key=lambda p: p.stat().st_mtime_ns)
    return _read_footprint(paths[-1]) if paths else None


def keep_for_recode(out: str | Path, key: str, articles: Sequence[Article], results: Sequence[CodingResult], coder: Coder) -> None:
    """Everything a later `dyad recode` needs of a coded shard: its articles, their words, the codebook footprint."""
    save_footprint(out, coder)
    save_words(out, key, {r.article_id: (r.words, r.anchors) for r in results})
    save_articles(out, key, articles)


def saved_shards(out: str | Path) -> Iterator[tuple[str, list[Article]]]:
    """(shard key, articles) of every shard a run kept, oldest first: an article kept twice ends up as its newest."""
    for path in sorted((Path(out) / ARTICLES_DIR).glob("*.jsonl"), key=lambda p: (p.stat().st_mtime_ns, p.name)):
        articles = []
        with open(path, "rb") as fh:
            for line in fh:
                d = orjson.loads(line)  # the lines save_articles wrote (UTF-8 JSON), read as json.loads reads them
                articles.append(Article(d["id"], d["text"], dt.date.fromisoformat(d["date"]), d.get("title"), d.get("url"), d.get("publisher"), d.get("language", "en")))
        yield path.stem, articles


def _write(out: Path, key: str, articles: Sequence[Article], coder: Coder, results: Sequence[CodingResult],
           kept_events: Mapping[str, pa.Table] | None = None, kept_coverage: Sequence[dict] = (),
           kept_words: Mapping[str, dict[str, str]] | None = None, staged: bool = False) -> int:
    events = [ev for r in results for ev in r.events]
    hashes = {a.id: article_hash(a) for a in articles}  # the ledger: these articles are done with this codebook
    manifest = write_shard(out, key, list(hashes), events, provenance_of(coder.codebook, coder.model), hashes=hashes,
                           carried=kept_events, staged=staged)
    by_id = {a.id: a for a in articles}
    rows = [*kept_coverage, *(row for r in results for row in coverage_rows(by_id[r.article_id], r, key, coder.codebook.hash))]
    write_coverage(out, key, rows)
    save_words(out, key, {r.article_id: (r.words, r.anchors) for r in results}, kept_words)
    save_footprint(out, coder)
    write_engine_errors(results, out.parent if staged else out, key)  # (a Coder that is not strict: `dyad recode`'s)
    return manifest["n_events"]


def code_into(out: str | Path, key: str, articles: list[Article], coder: Coder, *, staged: bool = False) -> int:
    """Code one shard and write its events, coverage rows and words under ``out``. Returns the number of events.
    ``staged``: ``out`` is a recode's private stage (:func:`coding.output.write_shard`)."""
    return _write(Path(out), key, articles, coder, list(coder.code_articles(articles)), staged=staged)


def _full(reason: str) -> Change:
    return Change(everything=True, reasons=[reason])


def _change_for(out: Path, manifest: dict | None, coder: Coder, new: dict, known: dict[str, Change], kept: dict[str, dict]) -> Change:
    """What the shard of ``manifest`` must show to be coded again. ``known``: the changes worked out so far, by old
    codebook hash; ``kept``: footprints already read, by codebook hash."""
    if manifest is None or manifest.get("status") != "done":
        return _full("the shard has no finished manifest")
    meta = manifest.get("metadata", {})
    if meta.get("model") != coder.model or meta.get("pipeline_version") != PIPELINE_VERSION:
        return _full("coded with another model or pipeline version")
    old_hash = meta.get("codebook_hash", "")
    if old_hash not in known:
        known[old_hash] = compare(kept[old_hash] if old_hash in kept else load_footprint(out, old_hash), new)
    return known[old_hash]


def _read_events(out: Path, manifest: dict) -> dict[str, pa.Table]:
    return {f: pq.ParquetFile(out / f).read() for f in manifest.get("files", [])}


def _carried(out: Path, manifest: dict, old: dict[str, pa.Table], drop: set[str], coder: Coder) -> tuple[dict[str, pa.Table], list[dict]]:
    """The rows of a shard's articles that are not coded again (all but ``drop``), relabelled with the new codebook:
    event tables by partition, and coverage rows. ``old``: the shard's event tables by file."""
    n_name, n_hash = coder.codebook.name, coder.codebook.hash
    drop_ids = arrow_column(sorted(drop), pa.string()) if drop else None  # not pa.array: it imports pandas
    tables: dict[str, pa.Table] = {}
    for f, table in old.items():
        if drop_ids is not None:
            table = table.filter(pc.invert(pc.is_in(table["article_id"], value_set=drop_ids)))
        n = table.num_rows
        for name, value in (("codebook", n_name), ("codebook_hash", n_hash)):
            i = table.schema.get_field_index(name)
            table = table.set_column(i, table.schema.field(i), arrow_column([value] * n, pa.string()))
        tables["/".join(Path(f).parts[1:3])] = table
    coverage: list[dict] = []
    path = out / COVERAGE_DIR / f"part-{manifest['shard']}.parquet"
    if path.exists():
        for row in pq.ParquetFile(path).read().to_pylist():
            if row["article_id"] not in drop:
                row["codebook_hash"] = n_hash
                coverage.append(row)
    return tables, coverage


def recode(out: str | Path, coder: Coder, *, full: bool = False) -> dict:
    """Recode the articles kept under ``out`` with ``coder`` and replace the events. Returns counts.

    Only the articles the codebook edit can touch are coded again, unless ``full``.
    """
    out = Path(out)
    if not (out / ARTICLES_DIR).is_dir():
        raise FileNotFoundError(f"{out / ARTICLES_DIR}: no kept articles; run `dyad run --out {out}` first")
    stage = out / f".recode-{uuid.uuid4().hex[:8]}"
    n_articles = n_events = n_shards = n_recoded = 0
    # the new footprint takes over the units of every file the edit left alone from the last one kept
    reuse = _latest_footprint(out)
    new = footprint(coder.codebook, reuse)
    kept = {reuse.get("codebook_hash", ""): reuse} if reuse else {}
    known: dict[str, Change] = {}
    reasons: set[str] = set()
    try:
        for key, articles in saved_shards(out):
            n_articles += len(articles)
            n_shards += 1
            manifest = read_manifest(out / SHARDS_DIR / f"{key}.json")
            change = _full("--full") if full else _change_for(out, manifest, coder, new, known, kept)
            reasons.update(change.reasons)
            if change.everything:
                n_events += code_into(stage, key, articles, coder, staged=True)
                n_recoded += len(articles)
                continue
            entries = read_words(out, key)
            words = {aid: _split(entry) for aid, entry in entries.items()}
            held = set(manifest["article_ids"])  # a finished manifest: _change_for recodes the shard whole otherwise
            old_tables = None  # the shard's event files, read once, when needed
            codes: dict[str, set[str]] = {}
            if change.codes:
                old_tables = _read_events(out, manifest)
                for t in old_tables.values():
                    for aid, code in zip(t["article_id"].to_pylist(), t["action"].to_pylist()):
                        codes.setdefault(aid, set()).add(code)
            todo = [a for a in articles if a.id not in held or change.touches(*words.get(a.id, (None, None)), a.text, codes.get(a.id, ()))]
            keep = {a.id for a in articles} - {a.id for a in todo}
            kept_events, kept_coverage = {}, []
            if keep:
                old_tables = old_tables if old_tables is not None else _read_events(out, manifest)
                kept_events, kept_coverage = _carried(out, manifest, old_tables, {a.id for a in todo}, coder)
            results = list(coder.code_articles(todo)) if todo else []
            n_events += _write(stage, key, articles, coder, results, kept_events, kept_coverage, {a: e for a, e in entries.items() if a in keep}, staged=True)
            n_recoded += len(todo)
        finalize(stage)
        for name in (EVENTS_DIR, SHARDS_DIR, COVERAGE_DIR, WORDS_DIR):
            (stage / name).mkdir(exist_ok=True)
        old = out / f".old-{stage.name[len('.recode-'):]}"
        old.mkdir()
        for name in (EVENTS_DIR, SHARDS_DIR, COVERAGE_DIR, WORDS_DIR):
            if (out / name).exists():
                os.replace(out / name, old / name)
            os.replace(stage / name, out / name)
        for fp in stage.glob(f"{ARTICLES_DIR}/footprint-*.json"):
            os.replace(fp, out / ARTICLES_DIR / fp.name)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return {"n_shards": n_shards, "n_articles": n_articles, "n_recoded": n_recoded, "n_events": n_events,
            "codebook_hash": coder.codebook.hash, "why": sorted(reasons)}
