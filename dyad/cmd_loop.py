"""The codebook loop: `dyad evaluate` (and, beside it, explain, diff, recode and report)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

DEFAULT_CODEBOOK = Path(__file__).resolve().parents[1] / "codebooks" / "cameo"


def evaluate_gold(gold_path: Path, codebook: Path, model: Optional[str] = None, prefilter: bool = True):
    """Code a gold set in-process and score it at the exact and the country + root level."""
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.evaluate import code_gold, load_gold, score
    from coding.nlp import load_model

    cb = load_codebook(codebook)
    coder = Coder(cb, load_model(model), prefilter=prefilter)
    gold = load_gold(gold_path)
    predicted = code_gold(gold, lambda arts: ((r.article_id, r.events) for r in coder.code_articles(arts)))

    def plover_of(code: str) -> str | None:
        action = cb.actions.get(code)
        return action.plover_event if action else None

    exact = score(gold, predicted, level="exact", plover_of=plover_of)
    root = score(gold, predicted, level="root", plover_of=plover_of)
    return gold, exact, root


def evaluate(
    gold: Annotated[Path, typer.Argument(help="gold file: seed JSON, PETRARCH-style JSONL, or the PLOVER sentences")],
    codebook: Annotated[Path, typer.Option(help="codebook folder")] = DEFAULT_CODEBOOK,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline")] = None,
    show: Annotated[int, typer.Option(help="misses and false positives to list")] = 20,
    no_prefilter: Annotated[bool, typer.Option("--no-prefilter", help="parse every sentence")] = False,
) -> None:
    """Precision, recall and F1 against a gold set; the last line is F1 at the country + root level."""
    from coding.evaluate import format_report
    from dyad.cmd_run import check_codebook

    if not gold.exists():
        typer.echo(f"error: {gold}: no such file", err=True)
        raise typer.Exit(1)
    check_codebook(codebook)
    gold_set, exact, root = evaluate_gold(gold, codebook, model, prefilter=not no_prefilter)
    typer.echo(format_report(gold_set, exact, root, show=show))
