"""Where the time outside spaCy goes, by stage: a replayed bench first run (bench/replay.py) with a CPU clock around
each stage's entry points.

    .venv/bin/python bench/breakdown.py 150 5      # 5 passes; prints each stage's median CPU seconds of passes 2-5

The clocks are exclusive: a stage's figure leaves out the time of the stages it calls (the tokenizer called by the
pre-filter is "pre-filter: tokenizer", the one called by the splitter is "split: tokenizer"). Few calls are wrapped
(thousands a pass, not the rules' inner helpers), so the clocks cost about 1% of a pass.
"""

from __future__ import annotations

import os
import pickle
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


import coding.recode as recode_mod
from bench.corpus import ActorWords, corpus
from bench.replay import replay_coder
from bench.run import first_run
from coding import clean, engine
from coding.clean import forget_splits
from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.nlp import load_model


class Clocks:
    """Exclusive CPU seconds by label: a stack of running clocks, each call's time taken off its caller's."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.stack: list[list] = []  # [label, start, time of the calls below it]

    def wrap(self, label: str, fn, by_caller: bool = False, generator: bool = False):
        """``generator``: ``fn`` returns an iterator; the clock runs while it is drained (into a list)."""
        def timed(*args, **kwargs):
            name = f"{self.stack[-1][0].split(':')[0]}: {label}" if by_caller and self.stack else label
            frame = [name, time.process_time(), 0.0]
            self.stack.append(frame)
            try:
                return list(fn(*args, **kwargs)) if generator else fn(*args, **kwargs)
            finally:
                spent = time.process_time() - frame[1]
                self.stack.pop()
                self.seconds[name] = self.seconds.get(name, 0.0) + spent - frame[2]
                if self.stack:
                    self.stack[-1][2] += spent
        return timed


def instrument(clocks: Clocks, coder: Coder) -> None:
    w = clocks.wrap
    coder._prepare = w("prepare (locus, story rules)", coder._prepare)
    coder._screen = w("pre-filter", coder._screen)
    coder._without_dateline = w("split", coder._without_dateline)
    coder.analyse = w("rules", coder.analyse)
    coder.code_parsed = w("code_parsed (own)", coder.code_parsed)
    coder.actors.find = w("actors.find", coder.actors.find, by_caller=True)
    coder.nlp.tokenizer = w("tokenizer", coder.nlp.tokenizer, by_caller=True)
    cache = coder.cache
    cache.lookup = w("parse cache", cache.lookup)
    cache.store = w("parse cache", cache.store)
    cache.flush = w("parse cache", cache.flush)


def patch_modules(clocks: Clocks) -> None:
    w = clocks.wrap
    clean._sentences = w("split", clean._sentences, generator=True)
    engine.doc_words = w("footprint words (doc_words)", engine.doc_words)
    engine.match_sentence = w("rules: matcher", engine.match_sentence, generator=True)
    tok = clean._splitter()[0]
    real_splitter = clean._splitter
    clean._splitter = lambda: (w("tokenizer", tok, by_caller=True), real_splitter()[1])
    for name, label in (("write_shard", "writers: events Parquet"), ("write_coverage", "writers: coverage"),
                        ("save_words", "writers: words"), ("save_footprint", "writers: footprint"),
                        ("write_engine_errors", "writers: errors"), ("coverage_rows", "writers: coverage rows")):
        setattr(recode_mod, name, w(label, getattr(recode_mod, name)))
    from bench import run
    run.save_articles = w("writers: articles", run.save_articles)
    run.code_into = w("other", run.code_into)


def main(n: int, passes: int) -> None:
    nlp = load_model()
    cb = load_codebook(REPO / "codebooks" / "cameo")
    articles = list(corpus(n, ActorWords.from_codebook(cb)))
    store = Path(os.environ.get("DYAD_REPLAY_DIR", tempfile.gettempdir())) / f"dyad-replay-{n}.pkl"
    if not store.exists():
        raise SystemExit(f"{store}: run bench/replay.py {n} time 2 first")
    parses = pickle.loads(store.read_bytes())
    clocks = Clocks()
    patch_modules(clocks)
    tokenizer = nlp.tokenizer
    per_pass: list[dict[str, float]] = []
    totals = []
    for _ in range(passes):
        nlp.tokenizer = tokenizer
        coder, out = replay_coder(nlp, cb, parses, "dyad-breakdown-")
        instrument(clocks, coder)
        forget_splits()
        clocks.seconds = {}
        t = time.process_time()
        first_run(articles, coder, out)
        totals.append(time.process_time() - t)
        per_pass.append(dict(clocks.seconds))
    nlp.tokenizer = tokenizer
    kept = per_pass[1:] or per_pass
    total = statistics.median(totals[1:] or totals)
    labels = sorted({k for p in kept for k in p}, key=lambda k: -statistics.median(p.get(k, 0.0) for p in kept))
    import coding.actors
    import coding.verbs
    print("compiled:", " ".join(m.__name__ for m in (engine, coding.verbs, coding.actors) if not m.__file__.endswith(".py")) or "none")
    print(f"{'stage':42s} {'cpu s':>7s} {'share':>6s}")
    for label in labels:
        s = statistics.median(p.get(label, 0.0) for p in kept)
        print(f"{label:42s} {s:7.3f} {s / total:6.1%}")
    print(f"{'pass (median)':42s} {total:7.3f}   passes: {' '.join(f'{x:.3f}' for x in totals)}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5)
