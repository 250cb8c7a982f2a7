"""Everything the engine decides, as text, to check that a speed change leaves the output byte-identical.

    PYTHONPATH=<tree> .venv/bin/python bench/snapshot.py OUT.txt

Codes examples/sample_articles.jsonl, the seed article, tests/data/news_sentences.jsonl, the development blind sets
named in DEV_SETS and 400 bench articles, with the real model, and writes per article every event field, the
unresolved names, the verbs without events, the engine errors and the footprint words and anchors. Diff two runs'
files. The held-out sets are not in DEV_SETS: the list names the sets it reads, and nothing globs tests/data.
It also prints which files the engine's modules were loaded from (a compiled module is a .so).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import coding.actors
import coding.engine
import coding.verbs
from bench.corpus import ActorWords, corpus
from coding.codebook.loader import load_codebook
from coding.engine import Coder
from coding.evaluate import load_gold
from coding.inputs import iter_articles
from coding.nlp import load_model
from coding.records import Article

# development sets only (blind21/22 were spent in the fourteenth session; blind23/24 are held out and never listed)
DEV_SETS = ["blind"] + [f"blind{k}" for k in range(2, 23)]


def _articles(path: Path) -> list[Article]:
    return [a for a in iter_articles([path]) if isinstance(a, Article)]


def sets(cb):
    data = REPO / "tests" / "data"
    yield "sample", _articles(REPO / "examples" / "sample_articles.jsonl")
    shared = REPO.parent / "shared" if (REPO.parent / "shared").is_dir() else Path("/work/shared")  # a scratch copy
    yield "seed", _articles(shared / "examples" / "seed_article.jsonl")
    yield "news", [item.article for item in load_gold(data / "news_sentences.jsonl").items]
    for name in DEV_SETS:
        yield name, _articles(data / f"{name}_articles.jsonl")
    yield "bench400", list(corpus(400, ActorWords.from_codebook(cb)))


def main(out: str) -> None:
    for module in (coding.engine, coding.verbs, coding.actors):
        print(module.__name__, module.__file__)
    cb = load_codebook(REPO / "codebooks" / "cameo")
    coder = Coder(cb, load_model(None))
    lines: list[str] = []
    n_events = 0
    for name, articles in sets(cb):
        lines.append(f"## {name} {len(articles)}")
        for r in coder.code_articles(articles):
            lines.append(f"A {r.article_id} n={r.n_sentences} unresolved={list(r.unresolved)!r} "
                         f"no_event={list(r.no_event_verbs)!r} errors={list(r.errors)!r}")
            lines.append(f"W {sorted(r.words)!r} {sorted(r.anchors)!r}")
            for ev in r.events:
                lines.append("E " + repr(dataclasses.astuple(ev)))
                n_events += 1
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, len(lines), "lines", n_events, "events")


if __name__ == "__main__":
    main(sys.argv[1])
