"""Train and measure the learned fallback (coding/fallback.py) on the dev gold sets.

    python tools/train_fallback.py collect            # code every dev set once, write the pair examples (a pickle)
    python tools/train_fallback.py curve              # train without blind11/12, score them off/on at thresholds
    python tools/train_fallback.py loo                # leave one set out: train on the rest, score it off/on
    python tools/train_fallback.py write OUT.json     # train on every set, write the weights

Needs the optional ``train`` extra (scikit-learn) for the last three. An example is an ordered pair of resolved actor
mentions of different codes in a parsed sentence where the rules emitted no event on that pair (either direction);
its label is the gold root of an event of that pair (country level, as the scorer matches) whose evidence is in the
sentence, else NONE. Gold sets without evidence (one sentence an item) count every sentence of the item.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from coding.evaluate import load_gold, score
from coding.fallback import NONE, from_arrays, pair_features, verb_lexicon

DATA = Path("/tmp/learned_fallback_examples.pkl")
# PLOVER gold gives types, not CAMEO roots: the root each type is learned as (the one whose general code maps to it)
PLOVER_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08", "RETREAT": "08",
               "ACCUSE": "11", "REQUEST": "10", "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
               "SANCTION": "16", "COERCE": "17", "ASSAULT": "19"}


def gold_groups() -> dict[str, tuple[Path, list[Path]]]:
    """Set name → (the gold the labels come from, the golds it is scored against)."""
    d = ROOT / "tests" / "data"
    groups = {
        "seed": (SHARED / "examples" / "seed_gold.json", [SHARED / "examples" / "seed_gold.json"]),
        "sample": (ROOT / "examples" / "sample_gold.jsonl", [ROOT / "examples" / "sample_gold.jsonl"]),
        "news": (d / "news_sentences.jsonl", [d / "news_sentences.jsonl"]),
        "PLOVER": (SHARED / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt", [SHARED / "reference" / "plover" / "PLOVER_GSR_CAMEO.txt"]),
        "blind1": (d / "blind_gold.jsonl", [d / "blind_gold.jsonl"]),
        "blind2": (d / "blind2_gold.jsonl", [d / "blind2_gold.jsonl"]),
        "blind3": (d / "blind3_gold.jsonl", [d / "blind3_gold.jsonl"]),
    }
    for n in range(4, 13):
        groups[f"blind{n}"] = (d / f"blind{n}_gold_seed.jsonl", [d / f"blind{n}_gold.jsonl", d / f"blind{n}_gold_seed.jsonl"])
    return groups


def _in_sentence(evidence: str, text: str) -> bool:
    return not evidence or evidence[:60] in text or text in evidence


def collect() -> None:
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.nlp import load_model

    cb = load_codebook(ROOT / "codebooks" / "cameo")
    coder = Coder(cb, load_model())
    lexicon = verb_lexicon(cb)
    captured: list = []
    orig = Coder.analyse

    def analyse(self, article, sentence, doc, state=None, mentions=None, explain=True):
        a = orig(self, article, sentence, doc, state, mentions=mentions, explain=explain)
        captured.append((article.id, a, candidates(a, lexicon)))
        return a

    Coder.analyse = analyse
    out = {"examples": [], "events": {}, "groups": {}}
    for name, (label_path, score_paths) in gold_groups().items():
        t0 = time.time()
        gold = load_gold(label_path)
        plover = gold.kind == "plover"
        by_id = {it.article.id: it for it in gold.items}
        captured.clear()
        events = {r.article_id: list(r.events) for r in coder.code_articles(it.article for it in gold.items)}
        out["events"][name] = events
        out["groups"][name] = (str(label_path), [str(p) for p in score_paths])
        n = pos = 0
        for aid, a, cands in captured:
            item = by_id[aid]
            for (sa, ta, feats) in cands:
                label = NONE
                for g in item.events:
                    if not _in_sentence(g.evidence, a.sentence.text):
                        continue
                    ok = _same_pair(g.source, g.target, sa.code, ta.code) or (g.symmetric and _same_pair(g.source, g.target, ta.code, sa.code))
                    if ok:
                        label = PLOVER_ROOT.get(g.code, "??") if plover else g.code[:2]
                        break
                out["examples"].append({"set": name, "aid": aid, "sent": a.sentence.index, "text": a.sentence.text,
                                        "src": sa.code, "tgt": ta.code, "feats": feats, "label": label,
                                        "rule_event": bool(a.events), "verb": feats_verb(feats)})
                n += 1
                pos += label != NONE
        print(f"{name:8s} {len(gold.items):4d} items, {n:5d} pair examples, {pos:4d} positive ({time.time() - t0:.0f}s)", flush=True)
    Coder.analyse = orig
    DATA.write_bytes(pickle.dumps(out))
    print("wrote", DATA)


def _same_pair(gs: str, gt: str, s: str, t: str) -> bool:
    """A gold pair is the pair of two actors: the same countries, and for a domestic pair also the same roles (one
    code a prefix of the other: TUROPP, TUROPPCHP), so that the other actors of a domestic sentence are not its."""
    if (gs[:3], gt[:3]) != (s[:3], t[:3]):
        return False
    if gs[:3] != gt[:3]:
        return True
    return (gs.startswith(s) or s.startswith(gs)) and (gt.startswith(t) or t.startswith(gt))


def feats_verb(feats: list[str]) -> str:
    return next((f[4:] for f in feats if f.startswith("lca=")), "")


def candidates(a, lexicon=None) -> list:
    """(source actor, target actor, features) of every ordered pair of the analysis's actors of different codes with no
    rule event on the pair; of several mentions of the same two codes, the two nearest."""
    # a pair of countries the rules already coded in this sentence (either way) is theirs: for a domestic pair only the
    # same two codes, for an international one any actors of the two countries
    ruled = {(e.source, e.target) for e in a.events} | {(e.target, e.source) for e in a.events}
    ruled |= {(e.source[:3], e.target[:3]) for e in a.events if e.source[:3] != e.target[:3]}
    ruled |= {(e.target[:3], e.source[:3]) for e in a.events if e.source[:3] != e.target[:3]}
    best: dict[tuple[str, str], tuple[int, object, object]] = {}
    acts = list(a.actors.values())
    for s in acts:
        for t in acts:
            if s.code == t.code or s.head == t.head or (s.code, t.code) in ruled or (s.code[:3], t.code[:3]) in ruled:
                continue
            d = abs(s.head - t.head)
            key = (s.code, t.code)
            if key not in best or d < best[key][0]:
                best[key] = (d, s, t)
    out = []
    for _, s, t in best.values():
        feats = pair_features(a.doc, s.head, t.head, src_role=s.role, tgt_role=t.role, same_country=s.code[:3] == t.code[:3], lexicon=lexicon)
        out.append((s, t, feats))
    return out


# ------------------------------------------------------------------------------------------------ training


def train(examples: list[dict], c: float = 1.0):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in e["feats"]} for e in examples])
    y = [e["label"] for e in examples]
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(X, y)
    return from_arrays(list(clf.classes_), clf.coef_, clf.intercept_, list(vec.get_feature_names_out()), 0.5,
                       {"examples": len(examples), "positives": sum(1 for v in y if v != NONE), "C": c})


def fallback_events(model, examples: list[dict], threshold: float, only_empty: bool = False) -> dict[str, list]:
    """aid → the fallback's events (as the scorer reads them) at ``threshold``."""
    out = collections.defaultdict(list)
    for e in examples:
        if only_empty and e["rule_event"]:
            continue
        root, p = model.predict(e["feats"])
        if p >= threshold:
            out[e["aid"]].append(SimpleNamespace(source=e["src"], target=e["tgt"], action=root + "0", action_root=root,
                                                 rule_id="learned.fallback", sentence=e["text"], p=p))
    return out


_CB = None
_GOLD: dict = {}


def plover_of(code: str):
    global _CB
    if _CB is None:
        from coding.codebook.loader import load_codebook
        _CB = load_codebook(ROOT / "codebooks" / "cameo")
    a = _CB.actions.get(code)
    return a.plover_event if a else None


def score_set(data, name: str, extra: dict[str, list]) -> list[tuple[str, object]]:
    events = data["events"][name]
    pred = {aid: evs + extra.get(aid, []) for aid, evs in events.items()}
    res = []
    for p in data["groups"][name][1]:
        gold = _GOLD.get(p) or _GOLD.setdefault(p, load_gold(p))
        tag = name + ("s" if p.endswith("_seed.jsonl") else "")
        res.append((tag, score(gold, pred, level="root", plover_of=plover_of)))
    return res


THRESHOLDS = (1.01, 0.7, 0.5, 0.4, 0.3, 0.25, 0.2)  # 1.01: the fallback off


def curve(data, test: list[str], train_sets: list[str], c: float, only_empty: bool, thresholds=THRESHOLDS) -> None:
    exs = data["examples"]
    model = train([e for e in exs if e["set"] in train_sets], c)
    test_ex = [e for e in exs if e["set"] in test]
    print(f"train {model.meta}  C={c} only_empty={only_empty}")
    oracle = collections.defaultdict(list)
    for e in test_ex:
        if e["label"] != NONE:
            oracle[e["aid"]].append(SimpleNamespace(source=e["src"], target=e["tgt"], action=e["label"] + "0", action_root=e["label"],
                                                    rule_id="oracle", sentence=e["text"]))
    line = ["oracle"]
    for name in test:
        for tag, r in score_set(data, name, oracle):
            line.append(f"{tag:9s} P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f} tp {r.tp:3d} fp {r.fp:3d}")
    print(" | ".join(line), flush=True)
    for t in thresholds:
        extra = fallback_events(model, test_ex, t, only_empty)
        line = [f"t={t:4.2f}" if t <= 1 else "off   "]
        for name in test:
            for tag, r in score_set(data, name, extra):
                line.append(f"{tag:9s} P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f} tp {r.tp:3d} fp {r.fp:3d}")
        print(" | ".join(line), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["collect", "curve", "loo", "write", "fp"])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--only-empty", action="store_true")
    ap.add_argument("--threshold", type=float, default=0.4, help="fp: list the predictions at this threshold; write: store it")
    ap.add_argument("--thresholds", default=",".join(map(str, THRESHOLDS)), help="curve, loo: comma-separated (1.01 = off)")
    args = ap.parse_args()
    if args.cmd == "collect":
        collect()
        return
    data = pickle.loads(DATA.read_bytes())
    sets = list(data["groups"])
    ths = tuple(float(t) for t in args.thresholds.split(","))
    if args.cmd == "curve":
        curve(data, ["blind11", "blind12"], [s for s in sets if s not in ("blind11", "blind12")], args.C, args.only_empty, ths)
    elif args.cmd == "loo":
        for held in [s for s in sets if s not in ("blind11", "blind12", "seed")]:
            curve(data, [held], [s for s in sets if s != held], args.C, args.only_empty, ths)
    elif args.cmd == "fp":
        model = train([e for e in data["examples"] if e["set"] not in ("blind11", "blind12")], args.C)
        for e in data["examples"]:
            if e["set"] in ("blind11", "blind12"):
                root, p = model.predict(e["feats"])
                if p >= args.threshold:
                    print(f"{'OK ' if root == e['label'] else 'BAD'} {p:.2f} {e['src']}->{e['tgt']} {root} gold={e['label']} lca={e['verb']} :: {e['text'][:150]}")
    elif args.cmd == "write":
        model = train(data["examples"], args.C)
        model = type(model)(model.classes, model.bias, model.weights, args.threshold, {**model.meta, "threshold": args.threshold})
        Path(args.out).write_text(model.to_json() + "\n", encoding="utf-8")
        print("wrote", args.out, len(model.weights), "features")


if __name__ == "__main__":
    main()
