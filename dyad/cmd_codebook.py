"""`dyad codebook …`: validate a codebook, count what is in it, start a new one from the default."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

import coding
from coding.codebook.errors import CodebookError
from coding.codebook.loader import load_codebook
from coding.codebook.model import Codebook
from coding.codebook.stats import codebook_stats

codebook_app = typer.Typer(name="codebook", no_args_is_help=True, help="Validate, inspect and create codebooks.")

DEFAULT_CODEBOOK = Path(coding.__file__).resolve().parents[1] / "codebooks" / "cameo"
EXIT_INVALID = 2

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _load_or_exit(folder: Path) -> Codebook:
    try:
        return load_codebook(folder)
    except CodebookError as err:
        for item in err.issues:
            _out.print(f"{escape(str(item))} [dim]({item.code})[/dim]")
        _err.print(f"[red]{len(err.issues)} error(s)[/red] in codebook {escape(str(folder))}")
        raise typer.Exit(EXIT_INVALID) from None


def _repoint_schemas(folder: Path) -> None:
    """Point the copies' `$schema=` comments (relative to the default codebook) at the installed schemas."""
    for path in folder.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        original = DEFAULT_CODEBOOK / path.relative_to(folder)

        def absolute(match: re.Match[str], original: Path = original) -> str:
            target = (original.parent / match.group(2)).resolve()
            return match.group(1) + (target.as_uri() if target.is_file() else match.group(2))

        new_text = _SCHEMA_COMMENT.sub(absolute, text)
        if new_text != text:
            path.write_text(new_text, encoding="utf-8")


_SCHEMA_COMMENT = re.compile(r"^(# yaml-language-server: \$schema=)(\S+)", re.MULTILINE)


@codebook_app.command("validate")
def validate(folder: Annotated[Path, typer.Argument(help="The codebook folder (holding codebook.yaml).")]) -> None:
    """Check every file of a codebook; print each error as file:line:col [path] message. Exit 2 on any error."""
    cb = _load_or_exit(folder)
    st = codebook_stats(cb)
    _out.print(
        f"[green]OK[/green] {escape(cb.name)} {escape(cb.version)} ({cb.hash}): {st['actions']} actions, "
        f"{st['countries']} countries, {st['organizations']} organizations, {st['people']} people, "
        f"{st['agents']} agent terms, {st['verb_entries']} verb entries, {st['patterns']} patterns, "
        f"{st['filters']} filters"
    )


@codebook_app.command("stats")
def stats(
    folder: Annotated[Path, typer.Argument(help="The codebook folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Count actions, actors, agents, verb entries and patterns, and the CAMEO codes the verbs cover."""
    st = codebook_stats(_load_or_exit(folder))
    if as_json:
        typer.echo(json.dumps(st, indent=2))
        return
    for key, value in st.items():
        if isinstance(value, dict):
            value = f"{value['covered']} of {value['defined']}"
        _out.print(f"{key.replace('_', ' '):<18} {escape(str(value))}")


@codebook_app.command("new")
def new(folder: Annotated[Path, typer.Argument(help="Where to create the new codebook (must not exist yet).")]) -> None:
    """Start a codebook: copy the default CAMEO codebook to FOLDER, then edit it."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        _err.print(f"[red]{escape(str(folder))} exists and is not empty: not overwriting it[/red]")
        raise typer.Exit(1)
    if not (DEFAULT_CODEBOOK / "codebook.yaml").is_file():
        _err.print(f"[red]the default codebook is missing at {escape(str(DEFAULT_CODEBOOK))}[/red]")
        raise typer.Exit(1)
    shutil.copytree(DEFAULT_CODEBOOK, folder, dirs_exist_ok=True)
    _repoint_schemas(folder)
    _out.print(
        f"Copied the default codebook to {escape(str(folder))}. "
        f"Edit it, then run: dyad codebook validate {escape(str(folder))}"
    )


@codebook_app.command("test")
def test(
    folder: Annotated[Path, typer.Argument(help="The codebook folder.")] = DEFAULT_CODEBOOK,
    entry: Annotated[str | None, typer.Option(help="Run only this entry's cases (a verb, verdict or filter id).")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List passing cases too.")] = False,
) -> None:
    """Run every entry's examples and counterexamples through the engine; exit 1 when any fails."""
    from coding.examples import cases, example_coder, run_case
    from coding.nlp import load_model

    cb = _load_or_exit(folder)
    todo = list(cases(cb, entry))
    if entry and not todo:
        _err.print(f"[red]no entry {escape(entry)!s} with examples[/red] in {escape(str(folder))}")
        raise typer.Exit(1)
    coder = example_coder(cb, load_model(model))
    failed = 0
    for case in todo:
        result = run_case(coder, case)
        if result.passed:
            if verbose:
                _out.print(f"[green]PASS[/green] {escape(case.id)}")
            continue
        failed += 1
        _out.print(f"[red]FAIL[/red] {escape(case.id)} ({escape(case.where)})\n     {escape(case.text)}\n     {escape(result.message)}")
    colour = "green" if not failed else "red"
    _out.print(f"[{colour}]{len(todo) - failed} passed, {failed} failed[/{colour}]")
    if failed:
        raise typer.Exit(1)


@codebook_app.command("diff")
def diff(
    old: Annotated[Path, typer.Argument(help="The codebook before the edit.")],
    new: Annotated[Path, typer.Argument(help="The codebook after the edit.")],
    sample: Annotated[list[str], typer.Option("--sample", help="Articles to code: any input `dyad run` reads.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the differences as JSON.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Code at most this many articles of the sample.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline")] = None,
) -> None:
    """Code a sample with two codebooks and list the events added, removed and changed, by rule id."""
    import itertools

    from coding.diff import diff_codebooks
    from coding.engine import Coder
    from coding.inputs import InputError, iter_articles
    from coding.nlp import ModelNotFound, load_model
    from coding.records import Article

    before, after = _load_or_exit(old), _load_or_exit(new)
    try:
        items = iter_articles(sample)
    except InputError as err:
        _err.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(1) from None
    rejected = 0

    def articles():
        nonlocal rejected
        for item in items:
            if isinstance(item, Article):
                yield item
            else:
                rejected += 1

    try:
        nlp = load_model(model)
    except ModelNotFound as err:
        _err.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(1) from None
    result = diff_codebooks(Coder(before, nlp), Coder(after, nlp), itertools.islice(articles(), limit))
    if as_json:
        typer.echo(json.dumps({**result.to_dict(), "n_rejected": rejected}, indent=1, ensure_ascii=False))
        return
    counts = result.counts()
    _out.print(
        f"{result.n_articles} articles ({rejected} rejected), {result.n_parsed} sentences parsed once; "
        f"old {escape(result.old_codebook)} {result.old_hash}: {result.n_old_events} events, "
        f"new {escape(result.new_codebook)} {result.new_hash}: {result.n_new_events} events"
    )
    _out.print(
        f"[green]+{counts['added']} added[/green]  [red]-{counts['removed']} removed[/red]  "
        f"[yellow]~{counts['changed']} changed[/yellow]  {result.n_unchanged} unchanged"
    )
    colours = {"added": "green", "removed": "red", "changed": "yellow"}
    for rule, changes in result.by_rule().items():
        _out.rule(f"[bold]{escape(rule)}[/bold] ({len(changes)})", align="left")
        for c in changes:
            _out.print(f"[{colours[c.kind]}]{escape(c.describe())}[/{colours[c.kind]}]")
            _out.print(f"    [dim]{escape(c.article_id)}#{c.sentence_index}:[/dim] {escape(c.sentence)}")
