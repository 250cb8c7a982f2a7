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


def explain_text(text: str, date: str | None, codebook: Path, model: Optional[str] = None) -> dict:
    """Everything coding did with ``text``: sentences, parse, actors, patterns tried, events. As plain data."""
    import datetime as dt

    from coding.clean import split_sentences
    from coding.codebook.loader import load_codebook
    from coding.engine import ArticleState, Coder
    from coding.nlp import load_model
    from coding.records import Article

    coder = Coder(load_codebook(codebook), load_model(model), prefilter=False)
    day = dt.date.fromisoformat(date) if date else dt.date.today()
    article = Article("explain", text, day)
    state = ArticleState()
    split = list(split_sentences(article))
    # the story's country, from every sentence's mentions, as a run decides it (Coder.story_locus)
    state.locus = coder.story_locus(article, [coder.actors.find(coder.nlp.tokenizer(s.text)) for s in split])
    sentences = []
    for sentence in split:
        candidate, _ = coder.is_candidate(sentence)
        doc = coder.nlp(sentence.text)
        a = coder.analyse(article, sentence, doc, state)
        sentences.append(
            {
                "index": sentence.index,
                "text": sentence.text,
                "prefilter": "candidate" if candidate else "skipped by the pre-filter in runs",
                "tokens": [{"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_, "head": t.head.i} for t in doc],
                "mentions": [{"text": m.text, "kind": m.entry.kind, "code": m.entry.code, "role": m.entry.role, "entry": m.entry.rule_id} for m in a.mentions],
                "actors": [{"head": i, "text": act.text, "code": act.code, "kind": act.kind, "entry": act.rule_id} for i, act in sorted(a.actors.items())],
                "unresolved": a.unresolved,
                "attempts": [{"entry": t.entry_id, "pattern": t.pattern, "anchor": t.anchor, "outcome": t.outcome, "reason": t.reason} for t in a.trace.attempts],
                "events": [
                    {"source": e.source, "target": e.target, "action": e.action, "action_name": e.action_name, "rule_id": e.rule_id, "verb_text": e.verb_text, "date": e.date.isoformat(), "date_source": e.date_source, "event_id": e.event_id}
                    for e in a.events
                ],
            }
        )
    return {"date": day.isoformat(), "codebook": str(codebook), "codebook_hash": coder.codebook.hash, "model": coder.model,
            "locus": state.locus, "sentences": sentences}


def explain(
    text: Annotated[Optional[str], typer.Argument(help="the text to explain")] = None,
    date: Annotated[Optional[str], typer.Option(help="article date, YYYY-MM-DD (default today)")] = None,
    codebook: Annotated[Path, typer.Option(help="codebook folder")] = DEFAULT_CODEBOOK,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the explanation as JSON")] = False,
    run: Annotated[Optional[Path], typer.Option("--run", help="an earlier run's output folder")] = None,
    event: Annotated[Optional[str], typer.Option("--event", help="with --run: the event_id to explain")] = None,
) -> None:
    """Show why a text gives the events it gives: parse, actors, every pattern tried, and the events."""
    import json as _json

    from rich.console import Console
    from rich.table import Table

    from dyad.cmd_run import check_codebook

    if run is not None:
        if not event:
            typer.echo("error: --run needs --event EVENT_ID", err=True)
            raise typer.Exit(1)
        import polars as pl

        rows = pl.scan_parquet(str(run / "events" / "**" / "*.parquet"), hive_partitioning=True).filter(pl.col("event_id") == event).collect()
        if rows.is_empty():
            typer.echo(f"error: no event {event!r} under {run / 'events'}", err=True)
            raise typer.Exit(1)
        row = rows.row(0, named=True)
        text, date = row["sentence"], row["date"].isoformat()
        typer.echo(f"event {event}: {row['source']} → {row['target']} {row['action']} ({row['rule_id']}), codebook hash {row['codebook_hash']}")
        # The whole article, when the run kept it: coreference ("he", "the two leaders") needs the sentences before.
        from coding.recode import saved_shards

        try:
            article = next((a for _, arts in saved_shards(run) for a in arts if a.id == row["article_id"]), None)
        except (FileNotFoundError, OSError):
            article = None
        if article is not None:
            text, date = article.text, article.date.isoformat()
            typer.echo(f"article {article.id} ({article.date}); the event is in sentence {row['sentence_index']}")
    if not text:
        typer.echo("error: give a TEXT, or --run OUT --event EVENT_ID", err=True)
        raise typer.Exit(1)
    check_codebook(codebook)
    data = explain_text(text, date, codebook, model)
    if as_json:
        typer.echo(_json.dumps(data, indent=1, ensure_ascii=False))
        return
    console = Console()
    if data["locus"]:
        console.print(f"the story's country (locus): {data['locus']}: bare role nouns with no country of their own take it")
    for s in data["sentences"]:
        console.rule(f"[bold]sentence {s['index']}[/] ({s['prefilter']})")
        console.print(s["text"], markup=False)
        parse = " ".join(f"{t['text']}/{t['lemma']}/{t['dep']}→{t['head']}" for t in s["tokens"])
        console.print(f"[dim]{parse}[/]", markup=True, highlight=False)
        if s["actors"]:
            table = Table("actor", "code", "kind", "entry", title="actors", title_justify="left")
            for a in s["actors"]:
                table.add_row(a["text"], a["code"], a["kind"], a["entry"])
            console.print(table)
        if s["unresolved"]:
            console.print("unresolved names: " + ", ".join(s["unresolved"]), markup=False)
        if s["attempts"]:
            table = Table("anchor", "entry", "pattern", "outcome", "why", title="patterns tried", title_justify="left")
            for t in s["attempts"]:
                colour = "green" if t["outcome"] == "fired" else "yellow"
                table.add_row(t["anchor"], t["entry"], t["pattern"], f"[{colour}]{t['outcome']}[/]", t["reason"])
            console.print(table)
        for e in s["events"]:
            console.print(f"[bold green]event[/] {e['source']} → {e['target']} {e['action']} {e['action_name']} ({e['rule_id']}) {e['date']} [{e['date_source']}]")


def show(
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder of a run")] = Path("output"),
    limit: Annotated[int, typer.Option(help="rows to show")] = 20,
    dyad: Annotated[Optional[str], typer.Option(help="only this dyad, e.g. CHN-UKR (country or full codes)")] = None,
) -> None:
    """Print coded events as a table: who did what to whom, when, and the sentence."""
    import polars as pl
    from rich.console import Console
    from rich.table import Table

    files = list((out / "events").rglob("*.parquet"))
    if not files:
        typer.echo(f"error: no events under {out / 'events'}", err=True)
        raise typer.Exit(1)
    ev = pl.scan_parquet(str(out / "events" / "**" / "*.parquet"), hive_partitioning=True)
    if dyad:
        a, _, b = dyad.partition("-")
        ev = ev.filter(((pl.col("source") == a) | (pl.col("source_country") == a)) & ((pl.col("target") == b) | (pl.col("target_country") == b)))
    rows = ev.sort("date", "article_id", "sentence_index").head(limit).collect()
    table = Table("date", "source", "target", "code", "action", "words", title=f"{rows.height} of {ev.select(pl.len()).collect().item()} events")
    for r in rows.iter_rows(named=True):
        table.add_row(str(r["date"]), r["source"], r["target"], r["action"], r["action_name"][:40], r["verb_text"][:30])
    Console().print(table)
