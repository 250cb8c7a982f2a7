"""Analysis views over a run's output folder: load, dedup, count, and the PLOVER view.

Everything here is polars. Row-level functions (``one_a_story``, ``one_a_day``, ``plover``, ``select_dyad``) take a
``LazyFrame`` or a ``DataFrame`` and return the same kind. Aggregates (``dyad_counts``, ``goldstein_series``,
``quad_counts``) return a small, collected ``DataFrame`` with a ``period`` column (a Date: the first day of the period).

Dedup keys (the documented ones):

- one-a-story: ``(article_id, source, target, action)``: an event repeated within one article counts once;
- one-a-day: ``(date, source, target, action)``: the same event reported by several articles on one day counts once.

``freq`` is a polars duration string: ``"1d"``, ``"1w"`` (weeks start on Monday), ``"1mo"``, ``"1q"``, ``"1y"``.

The examples run as tests (tests/test_analysis.py) with ``OUT`` a small fixture run of 15 event mentions; in a
notebook, ``OUT`` is your output folder, e.g. ``"output"``.

>>> from coding import analysis as an
>>> ev = an.events(OUT)
>>> [ev.collect().height, an.one_a_story(ev).collect().height, an.one_a_day(ev).collect().height]
[15, 11, 9]
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import polars as pl

import coding
from coding.schema import EVENT_SCHEMA

if TYPE_CHECKING:
    from coding.codebook.model import Action, Codebook

Frame = TypeVar("Frame", pl.LazyFrame, pl.DataFrame)

DEFAULT_CODEBOOK = Path(coding.__file__).resolve().parents[1] / "codebooks" / "cameo"
STORY_KEY = ("article_id", "source", "target", "action")
DAY_KEY = ("date", "source", "target", "action")
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
# year and month come from the hive path; kept (small ints) so that filters on them prune whole folders
PARTITION_SCHEMA = {"year": pl.Int16, "month": pl.Int8}
# the dtypes analysts rely on, enforced even if a writer drifted (e.g. goldstein written as float64)
_DTYPES = {"action": pl.String, "action_root": pl.String, "date": pl.Date, "goldstein": pl.Float32,
           "quad_class": pl.Int8, "sentence_index": pl.Int32}


def events(out: str | Path) -> pl.LazyFrame:
    """All event mentions of the run in ``out``: ``out/events/**/*.parquet``, read with hive partitioning.

    The columns are those of ``coding.schema.EVENT_SCHEMA`` plus ``year`` (Int16) and ``month`` (Int8) from the
    partition path. Keep them to prune: ``events(out).filter(pl.col("year") == 2023)`` reads only that year's folders.
    Codes stay strings (``"010"``), ``date`` is a Date, ``goldstein`` Float32, ``quad_class`` Int8.
    A run with no events yet gives an empty frame with the same schema.

    >>> events(OUT).filter(pl.col("year") == 2023, pl.col("month") == 5).select("action").collect()["action"].to_list()
    ['190', '190', '190', '111', '190']
    """
    folder = Path(out) / "events"
    if not any(folder.glob("**/*.parquet")):
        empty = pl.DataFrame(schema=dict(pl.from_arrow(EVENT_SCHEMA.empty_table()).schema) | PARTITION_SCHEMA)
        return empty.lazy()
    lazy = pl.scan_parquet(folder / "**" / "*.parquet", hive_partitioning=True, hive_schema=PARTITION_SCHEMA)
    return lazy.with_columns(pl.col(name).cast(dtype) for name, dtype in _DTYPES.items())


def _lazy(frame: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame:
    return frame.lazy() if isinstance(frame, pl.DataFrame) else frame


def _like(result: pl.LazyFrame, frame: Frame) -> Frame:
    return result.collect() if isinstance(frame, pl.DataFrame) else result


def one_a_story(events: Frame) -> Frame:
    """One row per ``(article_id, source, target, action)``: the earliest sentence's row, plus ``n_mentions``.

    >>> df = one_a_story(events(OUT)).filter(pl.col("n_mentions") > 1).collect()
    >>> df.select(*STORY_KEY, "n_mentions").rows()
    [('a1', 'CHNGOV', 'UKRGOV', '026', 2), ('a2', 'CHNGOV', 'UKRGOV', '026', 3), ('a4', 'RUSMIL', 'UKR', '190', 2)]
    """
    result = (
        _lazy(events)
        .sort("sentence_index", "event_id")
        .group_by(STORY_KEY, maintain_order=True)
        .agg(pl.all().first(), pl.len().cast(pl.Int32).alias("n_mentions"))
        .select(*events.collect_schema().names(), "n_mentions")
        .sort("date", "article_id", "sentence_index")
    )
    return _like(result, events)


def one_a_day(events: Frame) -> Frame:
    """One row per ``(date, source, target, action)`` across articles.

    Adds ``article_ids`` and ``urls`` (sorted lists, null urls left out), ``n_articles`` and ``n_mentions``. Given
    ``one_a_story`` output, ``n_mentions`` sums its ``n_mentions``, so ``one_a_day(one_a_story(ev))`` counts the same
    as ``one_a_day(ev)``. The other columns describe the event (``source_country``, ``action_name``, ``goldstein``, …)
    and are taken from the earliest mention; sentence-level provenance is dropped: join back on ``article_ids`` for it.

    >>> day = one_a_day(events(OUT)).filter(pl.col("n_articles") > 1).collect()
    >>> day.select("date", "source", "target", "action", "article_ids", "n_mentions").rows()[0]
    (datetime.date(2023, 4, 26), 'CHNGOV', 'UKRGOV', '026', ['a1', 'a2'], 5)
    """
    lazy = _lazy(events)
    names = lazy.collect_schema().names()
    mentions = pl.col("n_mentions").sum() if "n_mentions" in names else pl.len()
    describe = [c for c in ("source_country", "target_country", "source_role", "target_role", "action_root",
                            "action_name", "quad_class", "goldstein", "codebook", "codebook_hash") if c in names]
    result = (
        lazy.sort("article_id", "sentence_index")
        .group_by(DAY_KEY, maintain_order=True)
        .agg(
            *(pl.col(c).first() for c in describe),
            pl.col("article_id").unique().sort().alias("article_ids"),
            pl.col("url").drop_nulls().unique().sort().alias("urls"),
            pl.col("article_id").n_unique().cast(pl.Int32).alias("n_articles"),
            mentions.cast(pl.Int32).alias("n_mentions"),
        )
        .sort(*DAY_KEY)
    )
    return _like(result, events)


def _country(side: str) -> pl.Expr:
    """The country column of ``side``; an actor with none counts under its own code."""
    return pl.coalesce(pl.col(f"{side}_country"), pl.col(side))


def _is(side: str, code: str | None) -> pl.Expr:
    if code is None:
        return pl.lit(True)
    return (pl.col(f"{side}_country") == code).fill_null(False) | (pl.col(side) == code)


def select_dyad(events: Frame, source: str | None, target: str | None, *, directed: bool = True) -> Frame:
    """The events from ``source`` to ``target`` (and back, unless ``directed``).

    A code matches the country column or the full actor code: ``"CHN"`` matches every Chinese actor (``CHN``,
    ``CHNGOV``, ``CHNMIL``, …), ``"CHNGOV"`` only the government, ``"IGOUNO"`` the UN. ``None`` matches any actor.

    >>> ev = events(OUT)
    >>> [select_dyad(ev, "CHN", "UKR").collect().height, select_dyad(ev, "CHNGOV", "UKRGOV").collect().height,
    ...  select_dyad(ev, "CHN", "UKR", directed=False).collect().height]
    [7, 6, 10]
    """
    keep = _is("source", source) & _is("target", target)
    if not directed:
        keep = keep | (_is("source", target) & _is("target", source))
    return events.filter(keep)


def _periods(frame: pl.LazyFrame, freq: str) -> pl.LazyFrame:
    return frame.with_columns(pl.col("date").dt.truncate(freq).alias("period"))


def _all_periods(found: pl.DataFrame, freq: str) -> pl.DataFrame:
    """Every period from the first to the last one found, so that a quiet period shows as zero, not as a gap."""
    if found.height == 0:
        return pl.DataFrame(schema={"period": pl.Date})
    span = pl.date_range(found["period"].min(), found["period"].max(), interval=freq, eager=True)
    return span.alias("period").to_frame()


def dyad_counts(events: pl.LazyFrame | pl.DataFrame, freq: str = "1mo", *, by: str = "country") -> pl.DataFrame:
    """Directed dyad counts per period: ``period, source, target, n_events, goldstein_sum``.

    Sorted by period, the most frequent dyad first within a period (ties by code).

    ``by="country"`` counts country dyads (``source_country``, or the code where an actor has no country);
    ``by="actor"`` counts full actor codes (``CHNGOV``). Only the dyad-periods that occur are listed.

    >>> dyad_counts(one_a_story(events(OUT)), "1y").filter(pl.col("period").dt.year() == 2023).head(2).rows()
    [(datetime.date(2023, 1, 1), 'CHN', 'UKR', 3, 12.0), (datetime.date(2023, 1, 1), 'RUS', 'UKR', 2, -20.0)]
    """
    if by not in ("country", "actor"):
        raise ValueError(f"by must be 'country' or 'actor', not {by!r}")
    pick = _country if by == "country" else pl.col
    return (
        _periods(_lazy(events), freq)
        .group_by("period", pick("source").alias("source"), pick("target").alias("target"))
        .agg(pl.len().cast(pl.Int32).alias("n_events"), pl.col("goldstein").cast(pl.Float64).sum().alias("goldstein_sum"))
        .sort("period", "n_events", "source", "target", descending=[False, True, False, False])
        .collect()
    )


def goldstein_series(events: pl.LazyFrame | pl.DataFrame, source: str | None, target: str | None,
                     freq: str = "1mo", *, directed: bool = True) -> pl.DataFrame:
    """Goldstein sum, mean and event count per period for one dyad, every period from first to last listed.

    ``source``/``target`` match on the country column or the full code (see ``select_dyad``). A period with no
    event has ``n_events`` 0, ``goldstein_sum`` 0.0 and a null ``goldstein_mean``.

    >>> s = goldstein_series(one_a_day(events(OUT)), "CHN", "UKR", "1mo")
    >>> s.select("period", "n_events", "goldstein_sum").rows()[-2:]
    [(datetime.date(2023, 3, 1), 0, 0.0), (datetime.date(2023, 4, 1), 2, 8.0)]
    """
    found = (
        _periods(select_dyad(_lazy(events), source, target, directed=directed), freq)
        .group_by("period")
        .agg(
            pl.len().cast(pl.Int32).alias("n_events"),
            pl.col("goldstein").cast(pl.Float64).sum().alias("goldstein_sum"),
            pl.col("goldstein").cast(pl.Float64).mean().alias("goldstein_mean"),
        )
        .collect()
    )
    return (
        _all_periods(found, freq)
        .join(found, on="period", how="left")
        .with_columns(pl.col("n_events").fill_null(0), pl.col("goldstein_sum").fill_null(0.0))
        .sort("period")
    )


def quad_counts(events: pl.LazyFrame | pl.DataFrame, freq: str = "1mo") -> pl.DataFrame:
    """Event counts per period and quad class, in long form: ``period, quad_class, quad_name, n_events``.

    Every period from first to last and all four classes are listed (zeros included), so the frame plots and
    pivots as is: ``quad_counts(ev).pivot("quad_name", index="period", values="n_events")``.

    >>> quad_counts(select_dyad(events(OUT), "RUS", "UKR", directed=False)).filter(pl.col("n_events") > 0).rows()
    [(datetime.date(2023, 5, 1), 4, 'Material conflict', 4)]
    """
    found = (
        _periods(_lazy(events), freq)
        .group_by("period", "quad_class")
        .agg(pl.len().cast(pl.Int32).alias("n_events"))
        .collect()
    )
    quads = pl.DataFrame(
        {"quad_class": list(QUAD_NAMES), "quad_name": list(QUAD_NAMES.values())},
        schema={"quad_class": pl.Int8, "quad_name": pl.String},
    )
    return (
        _all_periods(found, freq)
        .join(quads, how="cross")
        .join(found, on=["period", "quad_class"], how="left")
        .with_columns(pl.col("n_events").fill_null(0))
        .sort("period", "quad_class")
    )


def _crosswalk(actions: Mapping[str, Action]) -> pl.DataFrame:
    rows = [(code, a.plover_event or None, a.plover_mode or None) for code, a in actions.items()]
    return pl.DataFrame(rows, schema={"action": pl.String, "plover_event": pl.String, "plover_mode": pl.String},
                        orient="row")


def _actions_of(codebook: Codebook | str | Path | None) -> Mapping[str, Action]:
    if codebook is None or isinstance(codebook, (str, Path)):
        from coding.codebook.loader import load_codebook

        return load_codebook(codebook if codebook is not None else DEFAULT_CODEBOOK).actions
    return codebook.actions


def plover(events: Frame, codebook: Codebook | str | Path | None = None) -> Frame:
    """Add ``plover_event`` and ``plover_mode`` from the codebook's CAMEO → PLOVER crosswalk.

    ``codebook`` is a loaded ``Codebook``, a codebook folder, or None for the default ``codebooks/cameo``. A code the
    crosswalk does not map (CAMEO roots 01 and 02 have no PLOVER line) gets nulls; an empty mode is null too.

    >>> pv = plover(events(OUT)).filter(pl.col("action").is_in(["111", "190"])).collect()
    >>> sorted(set(pv.select("action", "plover_event", "plover_mode").rows()))
    [('111', 'ACCUSE', 'disapprove'), ('190', 'ASSAULT', None)]
    """
    table = _crosswalk(_actions_of(codebook))
    result = _lazy(events).join(table.lazy(), on="action", how="left", maintain_order="left")
    return _like(result, events)
