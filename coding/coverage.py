"""What a run could not code, kept for the coverage report (this module does I/O by design, like coding.output).

```
OUT/coverage/part-<shard>.parquet   one file per shard: unresolved actor mentions, and the verbs of sentences with
                                    two or more actors but no event
```

A shard's file is replaced whenever the shard is written again (same key, same file). An article recoded by a later
shard keeps stale rows in the older shard's file; :func:`scan_coverage` drops them by reading which shard owns which
article from the shard manifests (OUT/_shards), which :func:`coding.output.finalize` keeps current.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from coding.clean import split_sentences
from coding.output import SHARDS_DIR, arrow_column, read_manifest
from coding.records import Article, CodingResult
from coding.report import NO_EVENT_VERB, UNRESOLVED, CoverageReport, build_report

if TYPE_CHECKING:
    import polars as pl

COVERAGE_DIR = "coverage"

COVERAGE_SCHEMA = pa.schema(
    [
        pa.field("kind", pa.string(), nullable=False),  # unresolved | no_event_verb
        pa.field("text", pa.string(), nullable=False),  # the name as written, or the verb's lemma
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("shard", pa.string(), nullable=False),
        pa.field("codebook_hash", pa.string(), nullable=False),
    ]
)


def coverage_rows(article: Article, result: CodingResult, shard: str, codebook_hash: str) -> list[dict]:
    """The coverage rows of one coded article."""
    if not result.unresolved and not result.no_event_verbs:
        return []
    texts = {s.index: s.text for s in split_sentences(article)}
    rows = []
    for kind, items in ((UNRESOLVED, result.unresolved), (NO_EVENT_VERB, result.no_event_verbs)):
        for text, index in items:
            rows.append({"kind": kind, "text": text, "article_id": article.id, "sentence_index": index,
                         "sentence": texts.get(index, ""), "shard": shard, "codebook_hash": codebook_hash})
    return rows


def write_coverage(out: str | Path, shard: str, rows: Iterable[dict]) -> Path:
    """Write (or replace) one shard's coverage file, atomically. A shard with no rows gets an empty file."""
    path = Path(out) / COVERAGE_DIR / f"part-{shard}.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = list(rows)
    # arrow_column, not pa.Table.from_pylist: that imports pandas (half a second) on the first shard of a run
    table = pa.Table.from_arrays([arrow_column([r.get(f.name) for r in rows], f.type) for f in COVERAGE_SCHEMA], schema=COVERAGE_SCHEMA)
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def shard_owners(out: str | Path) -> pl.DataFrame:
    """(shard, article_id) for every article a finished shard holds now."""
    import polars as pl  # here, not at the top: a worker process that codes shards never loads it

    shards, ids = [], []
    for path in sorted((Path(out) / SHARDS_DIR).glob("*.json")):
        m = read_manifest(path)
        if m and m.get("status") == "done":
            shards.extend([m["shard"]] * len(m["article_ids"]))
            ids.extend(m["article_ids"])
    return pl.DataFrame({"shard": shards, "article_id": ids}, schema={"shard": pl.String, "article_id": pl.String})


def scan_coverage(out: str | Path) -> pl.LazyFrame | None:
    """The coverage rows of a run folder, without those of articles a later shard recoded; None if it has none."""
    import polars as pl

    folder = Path(out) / COVERAGE_DIR
    if not any(folder.glob("part-*.parquet")):
        return None
    rows = pl.scan_parquet(str(folder / "part-*.parquet"), schema=pl.Schema(COVERAGE_SCHEMA))
    return rows.join(shard_owners(out).lazy(), on=["shard", "article_id"], how="semi")


def scan_events(out: str | Path) -> pl.LazyFrame | None:
    """The events of a run folder; None if it has none."""
    import polars as pl

    folder = Path(out) / "events"
    if not any(folder.rglob("*.parquet")):
        return None
    return pl.scan_parquet(str(folder / "**" / "*.parquet"), hive_partitioning=True)


def load_report(out: str | Path, top: int = 15) -> CoverageReport:
    """The coverage report of a run folder."""
    return build_report(scan_events(out), scan_coverage(out), top=top)
