"""`dyad plot`: a dyad timeline from a run's output folder, as a PNG for a paper or a self-contained HTML page."""

from __future__ import annotations

import base64
import html
import io
import re
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

FREQ = re.compile(r"^[1-9][0-9]*(d|w|mo|q|y)$")
CODE = re.compile(r"^([A-Z]{3})+$")


class Dedup(str, Enum):
    none = "none"
    story = "story"
    day = "day"


DEDUP_NOTES = {Dedup.none: "every mention", Dedup.story: "one-a-story", Dedup.day: "one-a-day"}


def _parse_dyad(value: str) -> tuple[str, str]:
    parts = value.upper().split("-")
    if len(parts) != 2 or not all(CODE.match(p) for p in parts):
        raise typer.BadParameter(f"{value!r}: write SOURCE-TARGET with actor codes, e.g. CHN-UKR or CHNGOV-UKRGOV")
    return parts[0], parts[1]


def plot(
    dyad: Annotated[str, typer.Option(help="SOURCE-TARGET actor codes, e.g. CHN-UKR. A code matches the country "
                                           "column or the full actor code (CHN: every Chinese actor).")],
    out: Annotated[Path, typer.Option(help="Output folder of a run (holds events/).")] = Path("output"),
    freq: Annotated[str, typer.Option(help="Period: 1d, 1w, 1mo, 1q, 1y (any N before the unit).")] = "1mo",
    directed: Annotated[bool, typer.Option("--directed/--both", help="Only SOURCE → TARGET, or both directions "
                                                                      "pooled (the default).")] = False,
    dedup: Annotated[Dedup, typer.Option(help="Count every mention, one a story, or one a day (the default).")]
    = Dedup.day,
    png: Annotated[Path | None, typer.Option(help="Write the figure as PNG (1500 × 900 px).")] = None,
    html_file: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML page with the "
                                                                   "figure embedded.")] = None,
) -> None:
    """Plot a dyad's timeline: event counts by quad class (stacked bars) over the Goldstein sum per period.

    Drawn with matplotlib: a static PNG for a paper draft, with no browser or JavaScript, that renders headless.

    CHN-UKR pools CHN → UKR and UKR → CHN; add --directed for CHN → UKR alone.

    Without --png or --html it writes dyad-SOURCE-TARGET.png in the current folder.
    """
    from coding import analysis
    from coding.plots import dyad_timeline

    source, target = _parse_dyad(dyad)
    if not FREQ.match(freq):
        raise typer.BadParameter(f"{freq!r}: use 1d, 1w, 1mo, 1q or 1y (any whole number before the unit)",
                                 param_hint="--freq")
    if not (out / "events").is_dir():
        typer.echo(f"error: {out / 'events'} does not exist: is {out} the output folder of a run?", err=True)
        raise typer.Exit(2)
    events = analysis.events(out)
    if dedup is Dedup.story:
        events = analysis.one_a_story(events)
    elif dedup is Dedup.day:
        events = analysis.one_a_day(events)
    try:
        fig = dyad_timeline(events, source, target, freq=freq, directed=directed, note=DEDUP_NOTES[dedup])
    except ValueError as err:
        typer.echo(f"error: {err} in {out}", err=True)
        raise typer.Exit(1) from err
    if png is None and html_file is None:
        png = Path(f"dyad-{source}-{target}.png")
    if png is not None:
        png.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(png)
        typer.echo(f"wrote {png}")
    if html_file is not None:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        title = html.escape(fig.get_suptitle())
        encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
        html_file.parent.mkdir(parents=True, exist_ok=True)
        html_file.write_text(
            f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f'<body style="font-family: sans-serif; max-width: 1500px; margin: 1em auto">\n'
            f'<img alt="{title}" style="width: 100%" src="data:image/png;base64,{encoded}">\n'
            f"<p>Source: {html.escape(str(out))}, {DEDUP_NOTES[dedup]}, periods of {html.escape(freq)}.</p>\n"
            f"</body></html>\n",
            encoding="utf-8",
        )
        typer.echo(f"wrote {html_file}")
