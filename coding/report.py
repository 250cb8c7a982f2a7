"""The coverage report of a run: what was coded, and what the codebook missed. Pure: LazyFrames in, tables out.

- events per CAMEO root code and per dyad;
- the most frequent unresolved actor mentions (names the codebook does not know), with an example sentence;
- the most frequent verbs of sentences with two or more actors but no event (verbs the codebook may lack).

Input frames: the ``OUT/events`` rows, and the ``OUT/coverage`` rows (kind, text, article_id, sentence_index,
sentence, codebook_hash; see coding.coverage). Either may be None.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # polars is imported where a report is built: the processes that code shards never load it
    import polars as pl

UNRESOLVED, NO_EVENT_VERB = "unresolved", "no_event_verb"  # the kinds of coverage rows


@dataclass(frozen=True, slots=True)
class CoverageReport:
    n_events: int
    n_articles: int  # articles with at least one event
    by_root: pl.DataFrame  # root, events, share, codes
    by_dyad: pl.DataFrame  # source, target, events, codes
    unresolved: pl.DataFrame  # mention, count, articles, example_article, example
    no_event_verbs: pl.DataFrame  # verb, sentences, example_article, example
    event_hashes: tuple[str, ...] = ()
    coverage_hashes: tuple[str, ...] = ()
    has_coverage: bool = True
    notes: tuple[str, ...] = field(default=())

    def tables(self) -> list[tuple[str, pl.DataFrame]]:
        return [
            ("Events per root code", self.by_root),
            ("Events per dyad", self.by_dyad),
            ("Unresolved actor mentions", self.unresolved),
            ("Verbs in sentences with two or more actors but no event", self.no_event_verbs),
        ]


def _top_codes(frame: pl.LazyFrame, keys: list[str], n: int = 3) -> pl.LazyFrame:
    """Per group: its most frequent action codes, as text ("190 ×3, 193 ×1")."""
    import polars as pl

    return (
        frame.group_by([*keys, "action"])
        .agg(pl.len().alias("k"))
        .sort([*keys, "k", "action"], descending=[*([False] * len(keys)), True, False])
        .group_by(keys, maintain_order=True)
        .agg((pl.col("action") + " ×" + pl.col("k").cast(pl.String)).head(n).str.join(", ").alias("codes"))
    )


def _examples(rows: pl.LazyFrame, top: int, count: pl.Expr, name: str, count_name: str) -> pl.DataFrame:
    import polars as pl

    firsts = (
        rows.sort("article_id", "sentence_index")
        .group_by("text", maintain_order=True)
        .agg(count.alias(count_name), pl.col("article_id").n_unique().alias("articles"),
             pl.col("article_id").first().alias("example_article"), pl.col("sentence").first().alias("example"))
    )
    return firsts.sort([count_name, "text"], descending=[True, False]).head(top).rename({"text": name}).collect()


def build_report(events: pl.LazyFrame | None, coverage: pl.LazyFrame | None, top: int = 15) -> CoverageReport:
    """Count what a run coded and what it could not, the ``top`` rows of each table."""
    import polars as pl

    if events is None:
        events = pl.LazyFrame(schema={"article_id": pl.String, "source": pl.String, "target": pl.String, "action": pl.String,
                                      "action_root": pl.String, "codebook_hash": pl.String})
    totals = events.select(pl.len().alias("n"), pl.col("article_id").n_unique().alias("a")).collect()
    n_events, n_articles = int(totals["n"][0]), int(totals["a"][0])
    by_root = (
        events.group_by("action_root").agg(pl.len().alias("events"))
        .join(_top_codes(events, ["action_root"]), on="action_root")
        .with_columns((100 * pl.col("events") / max(n_events, 1)).round(1).alias("share %"))
        .sort(["events", "action_root"], descending=[True, False])
        .select(pl.col("action_root").alias("root"), "events", "share %", "codes")
        .collect()
    )
    by_dyad = (
        events.group_by("source", "target").agg(pl.len().alias("events"))
        .join(_top_codes(events, ["source", "target"]), on=["source", "target"])
        .sort(["events", "source", "target"], descending=[True, False, False])
        .head(top)
        .collect()
    )
    event_hashes = tuple(sorted(events.select(pl.col("codebook_hash").unique()).collect()["codebook_hash"].drop_nulls()))
    has_coverage = coverage is not None
    if coverage is None:
        coverage = pl.LazyFrame(schema={"kind": pl.String, "text": pl.String, "article_id": pl.String, "sentence_index": pl.Int32,
                                        "sentence": pl.String, "codebook_hash": pl.String})
    unresolved = _examples(coverage.filter(pl.col("kind") == UNRESOLVED), top, pl.len(), "mention", "count")
    sentence_key = pl.struct("article_id", "sentence_index").n_unique()
    verbs = _examples(coverage.filter(pl.col("kind") == NO_EVENT_VERB), top, sentence_key, "verb", "sentences")
    coverage_hashes = tuple(sorted(coverage.select(pl.col("codebook_hash").unique()).collect()["codebook_hash"].drop_nulls()))
    notes = []
    if not has_coverage:
        notes.append("This run folder has no coverage files (OUT/coverage): it was written before they existed. "
                     "Run `dyad run --full` to write them.")
    elif coverage_hashes and set(coverage_hashes) != set(event_hashes):
        notes.append(f"The coverage rows were written with codebook {', '.join(coverage_hashes)} but the events with "
                     f"{', '.join(event_hashes) or 'none'} (an older dyad recode did not refresh them): run "
                     "`dyad recode --full` to refresh them.")
    return CoverageReport(n_events, n_articles, by_root, by_dyad, unresolved, verbs, event_hashes, coverage_hashes,
                          has_coverage, tuple(notes))


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ") if value is not None else ""


def _clip(value, width: int = 160) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _md_table(frame: pl.DataFrame) -> str:
    if frame.is_empty():
        return "_(none)_"
    head = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * frame.width
    rows = ["| " + " | ".join(_cell(_clip(v)) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join([head, *rows])


def headline(report: CoverageReport) -> str:
    return f"{report.n_events} events in {report.n_articles} articles, codebook {', '.join(report.event_hashes) or '(none)'}"


def to_markdown(report: CoverageReport, title: str = "dyad coverage report") -> str:
    parts = [f"# {title}", headline(report) + "."]
    parts += [f"> {note}" for note in report.notes]
    for name, frame in report.tables():
        parts.append(f"## {name}\n\n{_md_table(frame)}")
    return "\n\n".join(parts) + "\n"


def to_html(report: CoverageReport, title: str = "dyad coverage report") -> str:
    def table(frame: pl.DataFrame) -> str:
        if frame.is_empty():
            return "<p><em>(none)</em></p>"
        head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(_clip(v, 400))}</td>" for v in row) + "</tr>" for row in frame.iter_rows())
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    style = ("body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse;margin-bottom:2em}"
             "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}th{background:#eee}"
             ".note{background:#fff3cd;padding:.5em}")
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>{style}</style></head><body>",
             f"<h1>{html.escape(title)}</h1><p>{html.escape(headline(report))}.</p>"]
    parts += [f"<p class='note'>{html.escape(note)}</p>" for note in report.notes]
    for name, frame in report.tables():
        parts.append(f"<h2>{html.escape(name)}</h2>{table(frame)}")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
