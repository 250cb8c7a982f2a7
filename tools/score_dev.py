"""Score every development gold set in one process, at the country + root level that `dyad evaluate` prints last.

The sets: the seed article, the sample articles, the news sentences, the PLOVER sentences (through the crosswalk), and
the blind sets of tests/data (strict gold as ``blindN``, seed-convention gold as ``blindNs``). The codebook and the
model load once, so all of them take about a minute, against several for one `dyad evaluate` per set.

A held-out set written for an honest estimate must not be scored while the engine is tuned: it is listed in
``HELD_OUT`` and skipped unless ``--held-out`` is given (and ``--skip`` keeps any other set unscored).

Run: ``.venv/bin/python tools/score_dev.py [--only a,b] [--skip a,b] [--held-out] [--misses] [--no-prefilter]``.
With ``--misses`` every miss (``MISS | item | gold | evidence``) and false positive (``FP | item | event (rule) |
sentence``) is listed above its set's line. The last line sums the sets.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.evaluate import code_gold, load_gold, score
from coding.nlp import load_model

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

# the held-out sets of the current session: never scored while the engine is tuned (move a set out once it is spent)
HELD_OUT: set[str] = set()  # blind23 and blind24 were the fifteenth session's, spent at its end (blind21/22 the fourteenth's)


def dev_sets() -> dict[str, Path]:
    """Every gold set, by a short name, in a fixed order."""
    sets = {
        "seed": REPO.parent / "shared" / "examples" / "seed_gold.json",
        "sample": REPO / "examples" / "sample_gold.jsonl",
        "news": DATA / "news_sentences.jsonl",
        "plover": REPO.parent / "shared" / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt",
        "blind1": DATA / "blind_gold.jsonl",
    }
    numbers = sorted(int(m.group(1)) for p in DATA.glob("blind*_gold.jsonl") if (m := re.fullmatch(r"blind(\d+)_gold\.jsonl", p.name)))
    for n in numbers:
        sets[f"blind{n}"] = DATA / f"blind{n}_gold.jsonl"
        if (seed := DATA / f"blind{n}_gold_seed.jsonl").exists():
            sets[f"blind{n}s"] = seed
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated set names to score")
    parser.add_argument("--skip", default="", help="comma-separated set names never to score (held-out sets)")
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    parser.add_argument("--held-out", action="store_true", help="also score the sets in HELD_OUT")
    parser.add_argument("--no-prefilter", action="store_true", help="parse every sentence")
    args = parser.parse_args()
    only = {s for s in args.only.split(",") if s}
    skip = {s for s in args.skip.split(",") if s} | (set() if args.held_out else HELD_OUT)

    codebook = load_codebook(REPO / "codebooks" / "cameo")
    coder = Coder(codebook, load_model(None), prefilter=not args.no_prefilter)

    def plover_of(code: str) -> str | None:
        action = codebook.actions.get(code)
        return action.plover_event if action else None

    tp = fp = fn = 0
    start = time.perf_counter()
    for name, path in dev_sets().items():
        if name in skip or (only and name not in only) or not path.exists():
            continue
        gold = load_gold(path)
        predicted = code_gold(gold, lambda arts: ((r.article_id, r.events) for r in coder.code_articles(arts)))
        s = score(gold, predicted, level="root", plover_of=plover_of)
        tp, fp, fn = tp + s.tp, fp + s.fp, fn + s.fn
        if args.misses:
            for row in s.misses:
                print("  MISS", *row, sep=" | ")
            for row in s.false_positives:
                print("  FP  ", *row, sep=" | ")
        print(f"{name:9s} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  tp {s.tp} fp {s.fp} fn {s.fn}", flush=True)
    print(f"TOTAL tp {tp} fp {fp} fn {fn}  ({time.perf_counter() - start:.0f}s)")


if __name__ == "__main__":
    main()
