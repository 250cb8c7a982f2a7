"""Measure dyad on the PETRARCH-1 validation suite and sort every miss by its cause.

Builds the PETR world codebook (tools/petrarch_world.py) into a temporary folder, codes the valid records the way
`dyad evaluate` does, and prints P/R/F1 at the exact and the root level for all records and for the records whose
expected codes all exist in the codebook's actions (the CAMEO subset). Each root-level miss gets one cause:

- ``a-non-cameo``: the expected code is not a CAMEO action (an old WEIS or test code);
- ``c-actor-unrepresentable``: an expected actor has no code dyad could give (``---``, ``###``, a quoted new actor,
  a code of a skipped PETR entry, the 2nd/3rd part of ``FRO/BIL/SAM``);
- ``c-actor-not-found``: no dictionary phrase of the world matches the words that name an expected actor;
- ``d-actor-resolution``: the actor's phrase is found but the engine resolves it to another or to no actor;
- ``ab-other-code``: dyad codes the expected dyad, with another root. The suite's codes are labels of its own verb
  dictionary (RESTORE TIES → 064, WELCOME → 041, SAID → 023), so this is mostly a test code, sometimes our vocabulary;
- ``d-engine``: an entry of the expected root fires between other actors, or an entry (any root) is tried on the
  sentence and blocked by the engine (negation, modality, non-realised complement …);
- ``b-verb-vocabulary``: no entry fires: none is tried, or those tried lack the words ("words or target not found").

Run: ``.venv/bin/python tools/petrarch_suite.py [--codebook DIR] [--show N] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tools.petrarch_world import NULL_CODES, REFERENCE, build_world

GOLD = REFERENCE / "petr1_validation_gold.jsonl"
ENGINE_REASONS = ("negated", "modal", "hypothetical", "non-realised", "source and target are the same")


@dataclass
class Miss:
    item: str
    gold: str
    cause: str
    detail: str
    text: str


@dataclass
class SuiteResult:
    scores: dict[str, dict[str, float]]  # "all/exact", "all/root", "cameo/exact", "cameo/root" → p, r, f1, tp, fp, fn
    cameo_items: int
    items: int
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    non_cameo_codes: Counter = field(default_factory=Counter)

    def causes(self) -> Counter:
        return Counter(m.cause for m in self.misses)


def _figures(score) -> dict[str, float]:
    return {"p": score.precision, "r": score.recall, "f1": score.f1, "tp": score.tp, "fp": score.fp, "fn": score.fn}


def dyad_figures(gold, predicted) -> dict[str, float]:
    """Source and target country only, any action: does dyad find the right pair, whatever it calls the act?"""
    tp = fp = fn = 0
    for item in gold.items:
        preds = [(e.source[:3], e.target[:3]) for e in predicted.get(item.article.id, ())]
        matched: set[tuple[str, str]] = set()
        for g in item.events:
            key = (g.source[:3], g.target[:3])
            if key in preds:
                preds.remove(key)
                matched.add(key)
                tp += 1
            else:
                fn += 1
        fp += len({k for k in preds if k not in matched})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def run_suite(codebook_dir: Path, gold_path: Path = GOLD, model: str | None = None, classify: bool = True) -> SuiteResult:
    from coding.clean import split_sentences
    from coding.codebook.loader import load_codebook
    from coding.engine import ArticleState, Coder
    from coding.evaluate import GoldSet, code_gold, load_gold, score
    from coding.nlp import load_model

    cb = load_codebook(codebook_dir)
    coder = Coder(cb, load_model(model), prefilter=True)
    gold = load_gold(gold_path)
    predicted = code_gold(gold, lambda arts: ((r.article_id, r.events) for r in coder.code_articles(arts)))
    cameo = GoldSet(gold.name + " (CAMEO subset)", gold.kind, tuple(i for i in gold.items if all(e.code in cb.actions for e in i.events)))
    scores = {}
    for name, subset in (("all", gold), ("cameo", cameo)):
        for level in ("exact", "root"):
            scores[f"{name}/{level}"] = _figures(score(subset, predicted, level=level))
        scores[f"{name}/dyad"] = dyad_figures(subset, predicted)
    root = score(gold, predicted, level="root")
    result = SuiteResult(scores, len(cameo.items), len(gold.items), false_positives=root.false_positives)
    result.non_cameo_codes = Counter(e.code for i in gold.items for e in i.events if e.code not in cb.actions)
    if not classify:
        return result

    # What the world can code at all (country = first three letters of a code).
    producible = {c.code for c in cb.countries} | {o.code[:3] for o in cb.organizations} | {r.code[:3] for p in cb.people for r in p.roles}
    by_id = {i.article.id: i for i in gold.items}
    for item_id, gold_text, _ in root.misses:
        item = by_id[item_id]
        source, target, code = re.match(r'^(".*?"|\S+) (".*?"|\S+) (\S+)$', gold_text).groups()
        article = item.article
        if code not in cb.actions:
            result.misses.append(Miss(item_id, gold_text, "a-non-cameo", f"{code} is not in actions.yaml", article.text))
            continue
        bad = [a for a in (source, target) if a[:3] in NULL_CODES or a.startswith('"') or a[:3] not in producible]
        if bad:
            result.misses.append(Miss(item_id, gold_text, "c-actor-unrepresentable", f"{bad[0]} cannot be coded from the converted world", article.text))
            continue
        state = ArticleState()
        mention_codes: set[str] = set()
        actor_codes: set[str] = set()
        attempts = []
        events = []
        for sentence in split_sentences(article):
            doc = coder.nlp(sentence.text)
            a = coder.analyse(article, sentence, doc, state)
            for m in a.mentions:
                if m.entry.code:
                    mention_codes.add(m.entry.code[:3])
                elif m.entry.person is not None:
                    role = m.entry.person.role_on(article.date)
                    if role:
                        mention_codes.add(role.code[:3])
            actor_codes |= {act.code[:3] for act in a.actors.values() if act.code}
            attempts.extend(a.trace.attempts)
            events.extend(a.events)
        missing = [x for x in (source, target) if x[:3] not in mention_codes]
        if missing:
            result.misses.append(Miss(item_id, gold_text, "c-actor-not-found", f"no phrase of the world names {missing[0]}", article.text))
            continue
        unresolved = [x for x in (source, target) if x[:3] not in actor_codes]
        if unresolved:
            result.misses.append(Miss(item_id, gold_text, "d-actor-resolution", f"{unresolved[0]} found as a phrase but not resolved as an actor", article.text))
            continue
        entry_code = {v.id: v.code for v in cb.verbs}
        same_root = [t for t in attempts if entry_code.get(t.entry_id, "")[:2] == code[:2]]
        same_root_events = [e for e in events if e.action_root == code[:2]]
        dyad_events = [e for e in events if (e.source[:3], e.target[:3]) == (source[:3], target[:3])]
        engine_blocks = [t for t in attempts if t.outcome == "blocked" and t.reason.startswith(ENGINE_REASONS)]
        if same_root_events:
            e = same_root_events[0]
            result.misses.append(Miss(item_id, gold_text, "d-engine", f"{e.rule_id} fired as {e.source} → {e.target}: wrong actors", article.text))
        elif dyad_events:
            e = dyad_events[0]
            result.misses.append(Miss(item_id, gold_text, "ab-other-code", f"coded {e.action} ({cb.actions[e.action].name}) by {e.rule_id}", article.text))
        elif engine_blocks:
            t = next((t for t in engine_blocks if entry_code.get(t.entry_id, "")[:2] == code[:2]), engine_blocks[0])
            result.misses.append(Miss(item_id, gold_text, "d-engine", f"{t.entry_id} on '{t.anchor}' blocked: {t.reason}", article.text))
        elif same_root:
            t = same_root[0]
            result.misses.append(Miss(item_id, gold_text, "b-verb-vocabulary", f"{t.entry_id} on '{t.anchor}': {t.reason}", article.text))
        else:
            tried = sorted({t.anchor for t in attempts})
            result.misses.append(Miss(item_id, gold_text, "b-verb-vocabulary", f"no entry fires; anchors tried: {', '.join(tried) or 'none'}", article.text))
    return result


def report(result: SuiteResult, show: int = 10) -> str:
    lines = [f"records: {result.items} valid, {result.cameo_items} whose expected codes are all CAMEO"]
    for key, f in result.scores.items():
        lines.append(f"  {key:<12} P={f['p']:.3f} R={f['r']:.3f} F1={f['f1']:.3f}  (tp={f['tp']} fp={f['fp']} fn={f['fn']})")
    lines.append("non-CAMEO expected codes: " + ", ".join(f"{c}×{n}" for c, n in sorted(result.non_cameo_codes.items())))
    causes = result.causes()
    lines.append(f"root-level misses by cause ({len(result.misses)}):")
    grouped: dict[str, list[Miss]] = defaultdict(list)
    for m in result.misses:
        grouped[m.cause].append(m)
    for cause, n in sorted(causes.items()):
        lines.append(f"  {cause}: {n}")
        for m in grouped[cause][:show]:
            lines.append(f"    {m.item}: {m.gold} — {m.detail} — {m.text[:110]}")
        if cause == "d-engine":
            reasons = Counter(m.detail.split(": ", 1)[-1].split(" (")[0] for m in grouped[cause])
            lines.append("    reasons: " + "; ".join(f"{r} ×{k}" for r, k in reasons.most_common()))
    lines.append(f"false positives ({len(result.false_positives)}):")
    lines.extend(f"  {i}: {g} — {t[:110]}" for i, g, t in result.false_positives[:show])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codebook", type=Path, help="an already built PETR world (default: build one in a temp folder)")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--model", default=None)
    parser.add_argument("--show", type=int, default=10, help="examples to list per cause")
    parser.add_argument("--json", type=Path, help="write the misses and figures as JSON here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        codebook = args.codebook
        if codebook is None:
            codebook = Path(tmp) / "petr_world"
            build_world(codebook)
        result = run_suite(codebook, args.gold, args.model)
    print(report(result, args.show))
    if args.json:
        args.json.write_text(json.dumps({"scores": result.scores, "misses": [m.__dict__ for m in result.misses], "false_positives": result.false_positives}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
