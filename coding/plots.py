"""A dyad timeline figure: event counts by quad class over Goldstein sums, for papers and notebooks.

matplotlib (not a browser plotting library) because the figure is meant for a paper draft: a static PNG that renders
the same everywhere, needs no browser or JavaScript, and works headless on a server. The figure is built on a bare
``matplotlib.figure.Figure`` (Agg canvas), never through pyplot, so no GUI backend or global state is involved.

>>> from coding import analysis as an
>>> fig = dyad_timeline(an.one_a_day(an.events(OUT)), "CHN", "UKR", freq="1mo")
>>> [round(v) for v in fig.get_size_inches() * fig.dpi]
[1500, 900]
"""

from __future__ import annotations

import polars as pl
from matplotlib import dates as mdates
from matplotlib.figure import Figure

from coding.analysis import QUAD_NAMES, goldstein_series, quad_counts, select_dyad

# Okabe & Ito's colour-blind-safe palette: blues for cooperation, oranges for conflict
QUAD_COLOURS = {1: "#56B4E9", 2: "#0072B2", 3: "#E69F00", 4: "#D55E00"}
POSITIVE, NEGATIVE = "#009E73", "#D55E00"
FREQ_NAMES = {"1d": "daily", "1w": "weekly", "1mo": "monthly", "1q": "quarterly", "1y": "yearly"}
SIZE_INCHES, DPI = (10.0, 6.0), 150


def dyad_title(source: str, target: str, *, directed: bool) -> str:
    return f"{source} → {target}" if directed else f"{source} ↔ {target}"


def dyad_timeline(events: pl.LazyFrame | pl.DataFrame, source: str, target: str, *, freq: str = "1mo",
                  directed: bool = False, note: str = "") -> Figure:
    """Two panels sharing the time axis: stacked counts by quad class, and the Goldstein sum per period.

    ``directed=False`` pools both directions (``source`` → ``target`` and back); codes match as in
    ``analysis.select_dyad``. ``note`` is appended to the subtitle (e.g. the dedup used). The figure is 1500 × 900 px.
    """
    dyad = select_dyad(events, source, target, directed=directed)
    quads = quad_counts(dyad, freq).pivot("quad_class", index="period", values="n_events").sort("period")
    series = goldstein_series(dyad, None, None, freq)
    if series.height == 0:
        raise ValueError(f"no events for {dyad_title(source, target, directed=directed)}")
    periods = series["period"].to_list()
    ends = series.select(pl.col("period").dt.offset_by(freq))["period"].to_list()
    widths = [0.8 * (end - start).days for start, end in zip(periods, ends, strict=True)]
    lefts = [mdates.date2num(start) + 0.1 * (end - start).days for start, end in zip(periods, ends, strict=True)]

    fig = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]})
    base = [0] * len(periods)
    for quad, name in QUAD_NAMES.items():
        counts = quads[str(quad)].to_list() if str(quad) in quads.columns else [0] * len(periods)
        top.bar(lefts, counts, width=widths, bottom=base, align="edge", color=QUAD_COLOURS[quad], label=name,
                edgecolor="white", linewidth=0.4)
        base = [b + c for b, c in zip(base, counts, strict=True)]
    top.set_ylabel("Events")
    top.legend(ncols=4, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, fontsize=9, borderaxespad=0.2)
    top.yaxis.get_major_locator().set_params(integer=True)

    sums = series["goldstein_sum"].to_list()
    bottom.bar(lefts, sums, width=widths, align="edge", color=[POSITIVE if v >= 0 else NEGATIVE for v in sums])
    bottom.axhline(0, color="#333333", linewidth=0.8)
    bottom.set_ylabel("Goldstein sum")
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for ax in (top, bottom):
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)

    total = int(series["n_events"].sum())
    shown = "%Y" if freq.endswith("y") else "%b %Y" if freq.endswith(("mo", "q")) else "%d %b %Y"
    first, last = f"{periods[0]:{shown}}", f"{periods[-1]:{shown}}"
    subtitle = f"{total} events, {FREQ_NAMES.get(freq, freq)}, " + (first if first == last else f"{first} to {last}")
    fig.suptitle(f"{dyad_title(source, target, directed=directed)}: events by quad class and Goldstein sum",
                 fontsize=13, fontweight="bold")
    top.set_title(subtitle + (f"; {note}" if note else ""), loc="left", fontsize=9, color="#444444", pad=24)
    return fig
