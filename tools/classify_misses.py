"""Sort the misses of development gold sets by what the coder saw in the evidence sentence.

For each gold event the coder missed (country + root level, as ``tools/score_dev.py`` scores), the sentence holding
its evidence falls in one class:

- ``A0 sentence not parsed``: the pre-filter dropped it (no analysis of it exists);
- ``A0/A1/A2 silent sentence``: parsed, no event, with 0, 1 or 2 of the gold's countries among its actors;
- ``B``: an event with the right pair of countries but another root;
- ``C``: an event with the right root but another pair;
- ``D``: other events only.

Run: ``.venv/bin/python tools/classify_misses.py blind15s,blind16s [--rows rows.json]``. The set names are those of
``tools/score_dev.py`` (held-out sets are refused unless ``--held-out`` is given). ``--rows`` writes every miss, by
class, as JSON.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coding.codebook.loader import load_codebook  # noqa: E402
from coding.engine import Coder  # noqa: E402
from coding.evaluate import code_gold, load_gold, score  # noqa: E402
from coding.nlp import load_model  # noqa: E402
from tools.score_dev import HELD_OUT, dev_sets  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", help="comma-separated set names (as tools/score_dev.py names them)")
    parser.add_argument("--rows", type=Path, help="write the misses of each class to this JSON file")
    parser.add_argument("--held-out", action="store_true", help="allow the sets in HELD_OUT")
    args = parser.parse_args()
    names = [s for s in args.sets.split(",") if s]
    if not args.held_out and (held := HELD_OUT.intersection(names)):
        parser.error(f"held-out sets are not classified while the engine is tuned: {', '.join(sorted(held))}")

    coder = Coder(load_codebook(REPO / "codebooks" / "cameo"), load_model(None))
    seen: dict[tuple[str, str], set[str]] = {}  # (article id, sentence text) -> countries of its actors
    analyse = coder.analyse

    def recording(article, sentence, doc, state=None, mentions=None, **kw):
        result = analyse(article, sentence, doc, state, mentions=mentions, **kw)
        seen[(article.id, sentence.text)] = {(a.country or a.code)[:3] for a in result.actors.values()}
        return result

    coder.analyse = recording  # type: ignore[method-assign]
    classes: collections.Counter[str] = collections.Counter()
    rows: dict[str, list[str]] = collections.defaultdict(list)
    sets = dev_sets()
    for name in names:
        gold = load_gold(sets[name])
        predicted = code_gold(gold, lambda arts: ((r.article_id, r.events) for r in coder.code_articles(arts)))
        result = score(gold, predicted, level="root")
        for article_id, event, evidence in result.misses:
            source, target, code = event.split()[:3]
            pair, root = (source[:3], target[:3]), code[:2]
            keys = [k for k in seen if k[0] == article_id and (evidence[:40] in k[1] or k[1] in evidence)]
            found = [e for e in predicted.get(article_id, []) if evidence[:40] in e.sentence or e.sentence in evidence]
            if not keys:
                label = "A0 sentence not parsed (pre-filter)"
            elif found:
                pairs = {((e.source_country or e.source)[:3], (e.target_country or e.target)[:3]) for e in found}
                label = "B right pair, wrong root" if pair in pairs else "C right root, wrong pair" if root in {e.action_root for e in found} else "D other events in the sentence"
            else:
                countries = set().union(*(seen[k] for k in keys))
                have = (pair[0] in countries) + (pair[1] in countries)
                label = f"A{have} silent sentence, {have} of 2 gold countries among its actors"
            classes[label] += 1
            rows[label].append(f"{article_id} | {event} | {evidence}")
        print(f"{name}: tp {result.tp} fp {result.fp} fn {result.fn}")
    total = sum(classes.values()) or 1
    for label, n in sorted(classes.items()):
        print(f"{n:5d} {n / total:.2f} {label}")
    if args.rows:
        args.rows.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
