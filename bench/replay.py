"""The time outside spaCy, without spaCy: a bench first run whose parse is replaced by Docs rebuilt beforehand.

    .venv/bin/python bench/replay.py 150 time 4     # CPU seconds of each of 4 passes (the first warms up)
    .venv/bin/python bench/replay.py 150 prof 2     # cProfile of the last pass -> /tmp/dyad-replay.prof ($DYAD_REPLAY_DIR)
    valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        .venv/bin/python bench/replay.py 40 cg 2     # instructions of the second pass only
    .venv/bin/python bench/replay.py 150 recode-time 6   # the bench's no-article recode (figure (b)): CPU of each
    valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        .venv/bin/python bench/replay.py 150 recode-cg 2    # its instructions, the last pass only

Each pass does what ``bench/run.py``'s ``first_run`` does (split, pre-filter, engine, Parquet, coverage, words,
footprint, parse-cache writes) with a new Coder and output folder, after ``settle()``; ``Coder._pipe`` returns
Docs rebuilt from the real pipeline's bytes before the pass (kept in /tmp/dyad-replay-N.pkl after the first use:
delete it after a model or pipeline change; ``DYAD_REPLAY_DIR`` puts it elsewhere, one per tree). docs/performance.md gives the figures it measured.

The recode modes make one replayed first run, then recode a fresh copy of its output folder in each pass as
``bench/run.py`` does for ``recode_speedup``: the README's one-line edit, a new Coder built and ``settle()``d before
the clock (as `dyad recode` does), the new codebook's footprint computed inside it (as in the bench's first recode).
"""

from __future__ import annotations

import functools
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spacy.tokens import Doc

from bench.corpus import ActorWords, corpus
from bench.run import README_EDIT, edited_codebook, first_run
from coding import footprint as footprints
from coding.cache import ParseCache
from coding.clean import forget_splits
from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.heap import settle
from coding.nlp import load_model
from coding.recode import recode


def main(n: int, mode: str, passes: int) -> None:
    nlp = load_model()
    cb = load_codebook(REPO / "codebooks" / "cameo")
    articles = list(corpus(n, ActorWords.from_codebook(cb)))
    store = Path(os.environ.get("DYAD_REPLAY_DIR", tempfile.gettempdir())) / f"dyad-replay-{n}.pkl"
    if store.exists():
        parses = pickle.loads(store.read_bytes())
    else:
        coder = Coder(cb, nlp, ner=False)
        parses: dict[str, bytes] = {}
        inner = coder._pipe

        def keep(texts):
            docs = inner(texts)
            parses.update((doc.text, doc.to_bytes()) for doc in docs)
            return docs

        coder._pipe = keep
        for _ in coder.code_articles(articles):
            pass
        store.write_bytes(pickle.dumps(parses))
    if mode.startswith("recode"):
        return recode_passes(nlp, cb, articles, parses, mode, passes)
    seconds = []
    for p in range(passes):
        coder, out = replay_coder(nlp, cb, parses, "dyad-replay-")
        forget_splits()
        last = p == passes - 1
        if mode == "prof" and last:
            import cProfile

            profile = cProfile.Profile()
            profile.runcall(first_run, articles, coder, out)
            profile.dump_stats(str(Path(os.environ.get("DYAD_REPLAY_DIR", tempfile.gettempdir())) / "dyad-replay.prof"))
        elif mode == "cg" and last:
            functools.reduce(lambda a, b: first_run(articles, coder, out), [0, 0])  # callgrind counts inside reduce
        else:
            t = time.process_time()
            first_run(articles, coder, out)
            seconds.append(time.process_time() - t)
    if seconds:
        print("cpu seconds per pass", " ".join(f"{s:.3f}" for s in seconds))


def _replayed(nlp, parses: dict[str, bytes]):
    ready = {text: Doc(nlp.vocab).from_bytes(data) for text, data in parses.items()}
    return lambda texts: [ready[t.text if isinstance(t, Doc) else t] for t in texts]


def replay_coder(nlp, cb, parses: dict[str, bytes], prefix: str) -> tuple[Coder, Path]:
    """A Coder whose parses are replayed from ``parses`` (deserialized first, outside any clock), and a new temporary
    output directory holding its parse cache: the first run of the bench with spaCy's pipeline taken out."""
    pipe = _replayed(nlp, parses)
    coder = Coder(cb, nlp, ner=False)
    settle()
    out = Path(tempfile.mkdtemp(prefix=prefix))
    coder.cache = ParseCache.for_coder(out, coder)
    coder._pipe = pipe
    return coder, out


def recode_passes(nlp, cb, articles, parses: dict[str, bytes], mode: str, passes: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="dyad-replay-recode-"))
    try:
        coder = Coder(cb, nlp, ner=False)
        settle()
        first = tmp / "first"
        coder.cache = ParseCache.for_coder(first, coder)
        coder._pipe = _replayed(nlp, parses)
        forget_splits()
        first_run(articles, coder, first)
        new_cb = load_codebook(edited_codebook(REPO / "codebooks" / "cameo", tmp / "edited", README_EDIT))
        seconds = []
        for p in range(passes):
            out = tmp / f"out{p}"
            shutil.copytree(first, out)
            recoder = Coder(new_cb, nlp, ner=False)
            settle()
            recoder.cache = ParseCache.for_coder(out, recoder)
            recoder._pipe = _replayed(nlp, parses)
            forget_splits()
            footprints._MEMO.pop(new_cb.hash, None)  # the bench's recode is the first use of the edited codebook
            if mode == "recode-cg" and p == passes - 1:
                summary = functools.reduce(lambda a, b: recode(out, recoder), [0, 0])
            else:
                t, w = time.process_time(), time.perf_counter()
                summary = recode(out, recoder)
                seconds.append((time.process_time() - t, time.perf_counter() - w))
            assert summary["n_recoded"] == 0, summary
        if seconds:
            print("recode cpu/wall seconds per pass", " ".join(f"{c:.3f}/{w:.3f}" for c, w in seconds))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2)
