"""`dyad recode` (code a finished run again with another codebook, from the parse cache) and `dyad cache prune`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from dyad.cmd_run import DEFAULT_CODEBOOK, check_codebook, console, fail

cache_app = typer.Typer(no_args_is_help=True, help="The parse cache under OUT/cache.")


@cache_app.command("prune")
def prune(
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder of the runs")] = Path("output"),
    max_mb: Annotated[float, typer.Option("--max-mb", min=0, help="keep at most this many MB, newest first")] = 1024.0,
) -> None:
    """Delete the oldest parse-cache files until the cache holds at most --max-mb."""
    from coding.cache import cache_size
    from coding.cache import prune as prune_cache

    before = cache_size(out)
    removed = prune_cache(out, int(max_mb * 1_000_000))
    after = cache_size(out)
    typer.echo(f"removed {len(removed)} file(s); cache {before / 1e6:.1f} MB → {after / 1e6:.1f} MB (bound {max_mb:g} MB)")


def recode(
    out: Annotated[Path, typer.Option("--out", "-o", help="output folder of an earlier `dyad run`")] = Path("output"),
    codebook: Annotated[Path, typer.Option(help="codebook folder to code with")] = DEFAULT_CODEBOOK,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline (the run's, so that the cache applies)")] = None,
    ner: Annotated[bool, typer.Option(help="parse with NER (must match the run's setting for cache hits)")] = False,
    full: Annotated[bool, typer.Option("--full", help="code every article again, not only those the edit can touch")] = False,
) -> None:
    """Recode a finished run's articles with a codebook, from the parse cache; replace OUT/events in one swap.

    Only the articles the codebook edit can touch are coded again (an edited verb pattern: articles with its verb;
    an edited name: articles that contain it); the others keep their rows, relabelled with the new codebook hash.
    The result is the same as with --full.
    """
    started = time.perf_counter()
    check_codebook(codebook)
    from coding.cache import ParseCache
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.heap import settle
    from coding.nlp import ModelNotFound, load_model
    from coding.output import write_json
    from coding.recode import ARTICLES_DIR
    from coding.recode import recode as recode_run

    if not (out / ARTICLES_DIR).is_dir():
        fail(f"{out / ARTICLES_DIR} does not exist: nothing to recode (run `dyad run --out {out}` first)")
    try:
        nlp = load_model(model)
    except ModelNotFound as err:
        fail(str(err))
    from coding.lock import LockHeld, OutputLock

    coder = Coder(load_codebook(codebook), nlp, ner=ner)
    coder.strict = False  # as a run's: an engine error loses its sentence only (rejects/engine-errors-<shard>)
    settle()  # as a run's worker does: the model, codebook and coder out of the garbage collector's walks
    cache = ParseCache.for_coder(out, coder)
    coder.cache = cache
    lock = OutputLock(out)  # never recode while a run writes the same folder
    try:
        lock.acquire()
    except LockHeld as err:
        fail(str(err))
    try:
        summary = recode_run(out, coder, full=full)
    finally:
        lock.release()
    elapsed = time.perf_counter() - started
    summary.update(codebook=str(codebook), model=coder.model, cache_hits=cache.hits, parsed=cache.misses, elapsed_s=round(elapsed, 2))
    write_json(out / "runs" / f"recode-{time.strftime('%Y%m%dT%H%M%S')}.json", summary)
    typer.echo(
        f"recoded {summary['n_articles']} articles in {summary['n_shards']} shard(s), {summary['n_recoded']} of them "
        f"coded again ({'; '.join(summary['why']) or 'the codebook edit touches none of them'}): {summary['n_events']} events, "
        f"codebook {coder.codebook.name} {coder.codebook.hash}; {cache.hits} sentences from the cache, "
        f"{cache.misses} parsed; {elapsed:.1f} s"
    )
    if cache.misses and not cache.hits:
        console.print("[yellow]warning:[/] no sentence came from the cache: was the run made with another model or --ner?")


def register(app: typer.Typer) -> None:
    app.add_typer(cache_app, name="cache")
    app.command("recode")(recode)
