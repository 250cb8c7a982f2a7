"""`dyad report`: the coverage report of a run folder, in the terminal, as Markdown and as HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder of a run")] = Path("output"),
    md: Annotated[Path | None, typer.Option("--md", help="also write the report as Markdown to this file")] = None,
    html_file: Annotated[Path | None, typer.Option("--html", help="also write the report as HTML to this file")] = None,
    top: Annotated[int, typer.Option(min=1, help="rows per table")] = 15,
) -> None:
    """Events per root code and dyad; the most frequent unresolved actors; verbs of sentences with actors but no event."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from coding.coverage import load_report
    from coding.report import headline, to_html, to_markdown

    if not out.is_dir() or not (out / "events").is_dir():
        Console(stderr=True).print(f"[bold red]error:[/] {escape(str(out))} is not a run folder (no events/): run `dyad run --out {escape(str(out))}` first")
        raise typer.Exit(1)
    result = load_report(out, top=top)
    console = Console(highlight=False)
    console.print(f"[bold]{escape(str(out))}[/]: {escape(headline(result))}")
    for note in result.notes:
        console.print(f"[yellow]note:[/] {escape(note)}")
    for name, frame in result.tables():
        table = Table(*frame.columns, title=name, title_justify="left")
        for row in frame.iter_rows():
            table.add_row(*(escape(str(v)) for v in row))
        if frame.is_empty():
            table.add_row("(none)", *([""] * (frame.width - 1)))
        console.print(table)
    for path, text in ((md, to_markdown(result)), (html_file, to_html(result))):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            console.print(f"wrote {escape(str(path))}")
