"""coding.analysis and coding.plots on a fixture run whose dedup and aggregate counts are known by construction."""

from __future__ import annotations

import datetime as dt
import doctest
from pathlib import Path

import polars as pl
import pytest
from analysis_data import EXPECTED, write_output
from typer.testing import CliRunner

from coding import analysis as an
from coding import plots
from coding.codebook.model import Action, Codebook, Where


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_output(tmp_path_factory.mktemp("run"))


@pytest.fixture(scope="module")
def ev(out: Path) -> pl.LazyFrame:
    return an.events(out)


def test_events_reads_every_partition_with_the_contract_dtypes(out: Path, ev: pl.LazyFrame) -> None:
    df = ev.collect()
    assert len(list(out.glob("events/**/*.parquet"))) == EXPECTED["files"]
    assert df.height == EXPECTED["rows"]
    schema = df.schema
    assert (schema["action"], schema["date"], schema["goldstein"], schema["quad_class"]) == (
        pl.String, pl.Date, pl.Float32, pl.Int8)
    assert (schema["year"], schema["month"]) == (pl.Int16, pl.Int8)
    assert sorted(df["action"].unique()) == ["010", "026", "036", "040", "061", "111", "190"]
    # year/month come from the path and agree with the date
    assert df.filter((pl.col("date").dt.year() != pl.col("year")) | (pl.col("date").dt.month() != pl.col("month"))).height == 0
    assert ev.filter(pl.col("year") == 2022).collect().height == 2


def test_events_of_an_empty_run_is_an_empty_frame_with_the_schema(tmp_path: Path, ev: pl.LazyFrame) -> None:
    empty = an.events(tmp_path).collect()
    assert empty.height == 0
    assert empty.schema == ev.collect_schema()


def test_one_a_story_keeps_the_earliest_sentence_and_counts_mentions(ev: pl.LazyFrame) -> None:
    story = an.one_a_story(ev).collect()
    assert story.height == EXPECTED["one_a_story"]
    assert story.select(an.STORY_KEY).is_duplicated().sum() == 0
    assert story["n_mentions"].sum() == EXPECTED["rows"]
    repeated = {row[:4]: row[4] for row in story.filter(pl.col("n_mentions") > 1).select(*an.STORY_KEY, "n_mentions").rows()}
    assert repeated == EXPECTED["story_mentions"]
    a2 = story.filter(pl.col("article_id") == "a2").row(0, named=True)
    assert a2["sentence_index"] == 1  # the earliest of sentences 1, 4, 5
    assert story.columns == [*ev.collect_schema().names(), "n_mentions"]


def test_one_a_day_pools_articles(ev: pl.LazyFrame) -> None:
    day = an.one_a_day(ev).collect()
    assert day.height == EXPECTED["one_a_day"]
    assert day["n_mentions"].sum() == EXPECTED["rows"]
    pooled = {row[:4]: (row[4], row[5]) for row in
              day.filter(pl.col("n_articles") > 1).select(*an.DAY_KEY, "n_articles", "n_mentions").rows()}
    assert pooled == EXPECTED["day_pooled"]
    russia = day.filter(pl.col("source") == "RUSMIL").row(0, named=True)
    assert russia["article_ids"] == ["a4", "a6"]
    assert russia["urls"] == ["https://example.org/a6"]  # a4 has no url
    # the text-dated event is pooled on its own date, not the article's
    assert day.filter(pl.col("action") == "036")["date"].to_list() == [dt.date(2023, 3, 10)]


def test_one_a_day_after_one_a_story_counts_the_same(ev: pl.LazyFrame) -> None:
    direct = an.one_a_day(ev).collect()
    chained = an.one_a_day(an.one_a_story(ev)).collect()
    assert direct.select(*an.DAY_KEY, "n_articles", "n_mentions").equals(
        chained.select(*an.DAY_KEY, "n_articles", "n_mentions"))


def test_views_keep_the_frame_kind(ev: pl.LazyFrame) -> None:
    df = ev.collect()
    assert isinstance(an.one_a_story(df), pl.DataFrame)
    assert isinstance(an.one_a_day(ev), pl.LazyFrame)
    assert an.one_a_story(df).equals(an.one_a_story(ev).collect())


def test_dyad_counts_by_country_and_by_actor(ev: pl.LazyFrame) -> None:
    by_country = an.dyad_counts(ev, "1y")
    assert by_country["n_events"].sum() == EXPECTED["rows"]
    assert by_country.filter(pl.col("period") == dt.date(2023, 1, 1)).row(0) == (dt.date(2023, 1, 1), "CHN", "UKR", 6, 24.0)
    by_actor = an.dyad_counts(ev, "1mo", by="actor")
    assert by_actor.filter(pl.col("source") == "CHNGOV", pl.col("target") == "UKRGOV")["n_events"].to_list() == [6]
    assert by_actor.filter(pl.col("source") == "CHN")["target"].to_list() == ["UKR"]
    with pytest.raises(ValueError, match="by must be"):
        an.dyad_counts(ev, by="sector")


def test_goldstein_series_fills_quiet_periods(ev: pl.LazyFrame) -> None:
    series = an.goldstein_series(ev, "CHN", "UKR", "1mo")
    assert series["period"].to_list() == [dt.date(2022, 12, 1), dt.date(2023, 1, 1), dt.date(2023, 2, 1),
                                          dt.date(2023, 3, 1), dt.date(2023, 4, 1)]
    assert series["n_events"].to_list() == [1, 0, 0, 0, 6]
    assert series["goldstein_sum"].to_list() == [0.0, 0.0, 0.0, 0.0, 24.0]
    assert series["goldstein_mean"].to_list() == [0.0, None, None, None, 4.0]


def test_goldstein_series_matches_country_or_full_code(ev: pl.LazyFrame) -> None:
    government = an.goldstein_series(ev, "CHNGOV", "UKRGOV", "1mo")  # not the CHN → UKR statement of December
    assert government[["period", "n_events"]].rows() == [(dt.date(2023, 4, 1), 6)]
    both = an.goldstein_series(ev, "CHN", "UKR", "1q", directed=False)
    assert both["n_events"].to_list() == [2, 1, 7]  # 2022Q4, 2023Q1 (the 036 of March), 2023Q2
    assert both["goldstein_sum"].to_list() == pytest.approx([6.4, 4.0, 25.0])
    assert an.goldstein_series(ev, "FRA", "DEU").height == 0


def test_quad_counts_lists_every_period_and_class(ev: pl.LazyFrame) -> None:
    quads = an.quad_counts(ev, "1mo")
    assert quads.height == 6 * 4  # Dec 2022 .. May 2023, four classes
    assert quads["n_events"].sum() == EXPECTED["rows"]
    may = quads.filter(pl.col("period") == dt.date(2023, 5, 1))
    assert may["n_events"].to_list() == [0, 0, 1, 4]
    assert may["quad_name"].to_list() == list(an.QUAD_NAMES.values())


def _codebook(actions: dict[str, tuple[str | None, str | None]]) -> Codebook:
    where = Where("actions.yaml", 1)
    return Codebook(
        name="t", version="0", description="", ontology="CAMEO", path="", hash="h",
        actions={code: Action(code, code, 0.0, 1, event, mode, where) for code, (event, mode) in actions.items()},
        countries=(), organizations=(), people=(), agents=(), verbs=(), filters=(),
    )


def test_plover_joins_the_crosswalk_of_a_given_codebook(ev: pl.LazyFrame) -> None:
    codebook = _codebook({"111": ("ACCUSE", "disapprove"), "190": ("ASSAULT", ""), "026": (None, None)})
    view = an.plover(ev, codebook).collect()
    assert view.height == EXPECTED["rows"]
    assert view.group_by("plover_event").len().sort("plover_event", nulls_last=True).rows() == [
        ("ACCUSE", 1), ("ASSAULT", 4), (None, 10)]
    assert set(view.filter(pl.col("action") == "190")["plover_mode"]) == {None}  # an empty mode reads as null


def test_plover_with_the_default_codebook(ev: pl.LazyFrame) -> None:
    view = an.plover(an.one_a_story(ev)).collect()
    crosswalk = dict(view.select("action", "plover_event").unique().rows())
    assert crosswalk["190"] == "ASSAULT"
    assert crosswalk["040"] == "CONSULT"
    assert crosswalk["061"] == "COOPERATE"
    assert "n_mentions" in view.columns


def test_docstring_examples_run(out: Path) -> None:
    for module in (an, plots):
        result = doctest.testmod(module, extraglobs={"OUT": out}, optionflags=doctest.NORMALIZE_WHITESPACE)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def _plot_app():
    import typer

    from dyad.cmd_analysis import plot

    app = typer.Typer()
    app.callback()(lambda: None)  # keep `plot` a subcommand even when it is the only one
    app.command("plot")(plot)
    return app


def test_plot_command_is_registered() -> None:
    from dyad.cli import app

    assert "plot" in [c.name for c in app.registered_commands]


def test_dyad_plot_writes_a_png_of_the_expected_size(out: Path, tmp_path: Path) -> None:
    from PIL import Image

    png = tmp_path / "chn-ukr.png"
    result = CliRunner().invoke(_plot_app(), ["plot", "--out", str(out), "--dyad", "CHN-UKR", "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert png.stat().st_size > 10_000
    with Image.open(png) as image:
        assert image.size == (1500, 900)
        assert len(image.getcolors(1 << 16) or range(1 << 16)) > 8  # more than a blank canvas


def test_dyad_plot_html_embeds_the_png(out: Path, tmp_path: Path) -> None:
    page = tmp_path / "plot.html"
    result = CliRunner().invoke(_plot_app(), ["plot", "--out", str(out), "--dyad", "RUS-UKR", "--directed",
                                              "--dedup", "story", "--freq", "1w", "--html", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text()
    assert "data:image/png;base64," in text and "RUS → UKR" in text


def test_dyad_plot_errors(out: Path, tmp_path: Path) -> None:
    app, runner = _plot_app(), CliRunner()
    assert runner.invoke(app, ["plot", "--out", str(out), "--dyad", "FRA-DEU", "--png", str(tmp_path / "x.png")]).exit_code == 1
    assert not (tmp_path / "x.png").exists()
    assert runner.invoke(app, ["plot", "--out", str(out), "--dyad", "CHN"]).exit_code == 2
    assert runner.invoke(app, ["plot", "--out", str(out), "--dyad", "CHN-UKR", "--freq", "monthly"]).exit_code == 2
    assert runner.invoke(app, ["plot", "--out", str(tmp_path), "--dyad", "CHN-UKR"]).exit_code == 2
