"""Recoding a finished run with another codebook, from the parse cache: no sentence is parsed again.

A run keeps what a recode needs beside its output (this module does I/O by design):

```
OUT/_articles/<shard>.jsonl   the articles of each shard, as read and validated (the staged copies are deleted)
OUT/cache/…                   the parse cache (coding.cache)
```

:func:`recode` codes every kept article again into a fresh folder ``OUT/.recode-<id>/`` and then swaps its
``events/`` and ``_shards/`` in for the old ones with two renames, so readers see either the old codebook's rows or
the new one's, never a mix of both in one dataset.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from coding import PIPELINE_VERSION
from coding.engine import Coder
from coding.output import EVENTS_DIR, SHARDS_DIR, article_hash, finalize, write_shard
from coding.records import Article

ARTICLES_DIR = "_articles"


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


def saved_shards(out: str | Path) -> Iterator[tuple[str, list[Article]]]:
    """(shard key, articles) of every shard a run kept, oldest first: an article kept twice ends up as its newest."""
    for path in sorted((Path(out) / ARTICLES_DIR).glob("*.jsonl"), key=lambda p: (p.stat().st_mtime_ns, p.name)):
        articles = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                articles.append(Article(d["id"], d["text"], dt.date.fromisoformat(d["date"]), d.get("title"), d.get("url"), d.get("publisher"), d.get("language", "en")))
        yield path.stem, articles


def code_into(out: str | Path, key: str, articles: list[Article], coder: Coder) -> int:
    """Code one shard and write its events under ``out``. Returns the number of events."""
    events = [ev for result in coder.code_articles(articles) for ev in result.events]
    metadata = {"codebook": coder.codebook.name, "codebook_hash": coder.codebook.hash, "model": coder.model, "pipeline_version": PIPELINE_VERSION}
    hashes = {a.id: article_hash(a) for a in articles}  # the ledger: these articles are done with this codebook
    write_shard(Path(out), key, list(hashes), events, metadata, hashes=hashes)
    return len(events)


def recode(out: str | Path, coder: Coder) -> dict:
    """Recode every article kept under ``out`` with ``coder`` and replace the events. Returns counts."""
    out = Path(out)
    if not (out / ARTICLES_DIR).is_dir():
        raise FileNotFoundError(f"{out / ARTICLES_DIR}: no kept articles; run `dyad run --out {out}` first")
    stage = out / f".recode-{uuid.uuid4().hex[:8]}"
    n_articles = n_events = n_shards = 0
    try:
        for key, articles in saved_shards(out):
            n_events += code_into(stage, key, articles, coder)
            n_articles += len(articles)
            n_shards += 1
        finalize(stage)
        (stage / EVENTS_DIR).mkdir(exist_ok=True)
        (stage / SHARDS_DIR).mkdir(exist_ok=True)
        old = out / f".old-{stage.name[len('.recode-'):]}"
        old.mkdir()
        for name in (EVENTS_DIR, SHARDS_DIR):
            if (out / name).exists():
                os.replace(out / name, old / name)
            os.replace(stage / name, out / name)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return {"n_shards": n_shards, "n_articles": n_articles, "n_events": n_events, "codebook_hash": coder.codebook.hash}
