"""Scoring coded events against gold sets: the seed format, PETRARCH-style JSONL and the PLOVER sentences.

The same scoring serves `dyad evaluate` and the tests. Two levels:

- ``exact``: full source and target codes and the full action code;
- ``root``: source and target *country* (first three letters) and the two-digit root. For PLOVER gold the root is
  replaced by the PLOVER event type through the codebook's crosswalk.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coding.records import Article, Event

# PLOVER 0.5 type names used by the gold sentences → the 2021 names of the crosswalk.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}  # 2021: investigate is a mode of ACCUSE
# Country codes that gold sets write where dyad writes the ISO 3166 one: the PLOVER gold's JAP, ITL and VTN (the same
# reference's Phoenix dictionaries write JPN, ITA, VNM) and Phoenix's KSV for Kosovo (dyad writes XKX, the code the EU
# and IMF use). Gold codes are read as dyad's, in every gold format, or every event of these countries would count as
# a miss and a false positive.
GOLD_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "KSV": "XKX"}


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str
    code: str  # CAMEO code, or a PLOVER type when ``plover`` is true
    accept: tuple[str, ...] = ()
    level: str = "core"  # core | optional
    symmetric: bool = False
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class GoldItem:
    article: Article
    events: tuple[GoldEvent, ...]
    negatives: tuple[GoldEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldSet:
    name: str
    kind: str  # seed | petrarch | plover
    items: tuple[GoldItem, ...]


@dataclass(slots=True)
class Score:
    level: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    negatives_hit: int = 0
    per_root: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (item id, gold, evidence/sentence)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ----------------------------------------------------------------------------------------------- reading gold sets


def _parse_date(value: str | None, default: dt.date) -> dt.date:
    if not value:
        return default
    value = str(value)
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(value[:10] if "-" in value else value[:8], fmt).date()
        except ValueError:
            continue
    return default


def load_gold(path: str | Path) -> GoldSet:
    """Read a gold file in any of the three formats, recognised by content."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        return _load_plover(path, text)
    if stripped.startswith("{") and "\n{" not in stripped.strip():
        data = json.loads(text)
        if "events" in data and "text" not in data:  # one sentence with its text is the sentences format
            return _load_seed(path, data)
    first = json.loads(stripped.splitlines()[0]) if stripped else {}
    if "events" in first and "text" not in first:
        # seed format, one article a line; the articles are in a .jsonl file beside it
        items = []
        for line in text.splitlines():
            if line.strip():
                items.extend(_load_seed(path, json.loads(line)).items)
        return GoldSet(path.name, "seed", tuple(items))
    if "text" in first and isinstance(first.get("events"), list) and all(isinstance(e, str) for e in first["events"]):
        return _load_sentences(path, text)
    return _load_petrarch(path, text)


def _load_sentences(path: Path, text: str) -> GoldSet:
    """One sentence a line: ``{"text", "date", "events": ["SRC TGT CODE", …]}`` (tests/data/news_sentences.jsonl).

    ``CODE`` may list accepted alternatives (``190|193``); a trailing ``sym`` marks a symmetric event (talks, a joint
    deal) that counts in either direction.
    """
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        events = []
        for spec in rec["events"]:
            parts = spec.split()
            symmetric = len(parts) == 4 and parts[3] == "sym"
            if len(parts) not in (3, 4) or (len(parts) == 4 and not symmetric):
                raise ValueError(f"{path}:{n}: an event is 'SOURCE TARGET CODE[|CODE…] [sym]', got {spec!r}")
            first, *others = parts[2].split("|")
            events.append(GoldEvent(_gold_code(parts[0]), _gold_code(parts[1]), first, tuple(others), symmetric=symmetric))
        article = Article(rec.get("id") or f"news-{n:03d}", rec["text"], _parse_date(rec.get("date"), dt.date(2000, 1, 1)))
        items.append(GoldItem(article, tuple(events)))
    return GoldSet(path.name, "sentences", tuple(items))


def _load_seed(path: Path, data: dict) -> GoldSet:
    article = None
    for candidate in sorted(p for p in path.parent.glob("*.jsonl") if p != path):
        with open(candidate, encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if rec.get("id") == data["id"]:
                    article = Article(rec["id"], rec["text"], _parse_date(rec.get("date"), dt.date.today()), rec.get("title"), rec.get("url"), rec.get("publisher"))
                    break
        if article:
            break
    if article is None:
        raise FileNotFoundError(f"{path}: no article with id {data['id']!r} in a .jsonl file beside it")
    events = tuple(
        GoldEvent(_gold_code(e["source"]), _gold_code(e["target"]), e["code"], tuple(e.get("accept", ())), e.get("level", "core"), bool(e.get("symmetric")), e.get("evidence", ""))
        for e in data["events"]
    )
    negatives = tuple(GoldEvent(_gold_code(e["source"]), _gold_code(e["target"]), e["code"], evidence=e.get("evidence", "")) for e in data.get("negatives", ()))
    return GoldSet(path.name, "seed", (GoldItem(article, events, negatives),))


def _load_petrarch(path: Path, text: str) -> GoldSet:
    items = []
    for line in text.splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("valid") is False:
            continue
        article = Article(rec["id"], rec["text"], _parse_date(rec.get("date"), dt.date(2000, 1, 1)))
        events = tuple(GoldEvent(_gold_code(e["source"]), _gold_code(e["target"]), str(e["code"])) for e in rec.get("expected", ()))
        items.append(GoldItem(article, events))
    return GoldSet(path.name, "petrarch", tuple(items))


def _gold_code(code: str) -> str:
    """``code`` with its country part read as dyad writes it (GOLD_COUNTRY_CODES)."""
    return GOLD_COUNTRY_CODES.get(code[:3], code[:3]) + code[3:]


def _load_plover(path: Path, text: str) -> GoldSet:
    cleaned = re.sub(r",(\s*[\]}])", r"\1", text)
    data = json.loads(cleaned)
    items = []
    seen: Counter = Counter()
    for rec in data:
        if "text" not in rec or not rec.get("event") or rec.get("event") == "DOCUMENT":
            continue
        # The reference file gives two different sentences one id (COERCE-0004): predictions are keyed by article id,
        # so the second is told apart, or each sentence would be scored against the other's events
        seen[rec["id"]] += 1
        item_id = rec["id"] if seen[rec["id"]] == 1 else f"{rec['id']}#{seen[rec['id']]}"
        article = Article(item_id, rec["text"], _parse_date(rec.get("date"), dt.date(2000, 1, 1)))
        event = PLOVER_RENAMES.get(rec["event"], rec["event"])
        sources = [_gold_code(a["code"]) for a in rec.get("source") or [] if isinstance(a, dict) and a.get("code")]
        targets = [_gold_code(a["code"]) for a in rec.get("target") or [] if isinstance(a, dict) and a.get("code")]
        info = rec.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        symmetric = "SRC/TAR" in markup
        events = []
        if symmetric and len(sources) >= 2 and not targets:
            for s in sources:
                for t in sources:
                    if s != t:
                        events.append(GoldEvent(s, t, event, symmetric=True))
        elif sources and targets:
            for s in sources:
                for t in targets:
                    events.append(GoldEvent(s, t, event, symmetric=symmetric))
        else:
            continue  # a one-sided record (no target actor): no dyad to score; counted as skipped
        items.append(GoldItem(article, tuple(events)))
    return GoldSet(path.name, "plover", tuple(items))


# ----------------------------------------------------------------------------------------------- scoring


def _key(source: str, target: str, code: str, level: str) -> tuple[str, str, str]:
    if level == "exact":
        return source, target, code
    return source[:3], target[:3], code[:2]


def _match(golds: Sequence[GoldEvent], preds: Sequence[Event], gold_keys: Callable, pred_key: Callable) -> dict[int, int]:
    """The largest one-to-one pairing of gold and predicted events of one item (gold index → prediction index).

    A maximum bipartite matching (augmenting paths), so a prediction that fits two gold events goes where it leaves
    the most events matched. Core events are placed first, and an augmenting path never unmatches a placed one, so an
    optional event listed earlier cannot take the prediction a core event needs. Each gold event tries the
    predictions with its exact code (or an accepted one) before those that agree only at the scoring level.
    """
    pkeys = [pred_key(ev) for ev in preds]
    options: list[list[int]] = []
    for g in golds:
        keys = gold_keys(g)
        exact = (g.code, *g.accept)
        fits = [k for k in range(len(preds)) if pkeys[k] in keys]
        options.append(sorted(fits, key=lambda k: 0 if preds[k].action in exact else 1))
    owner: dict[int, int] = {}  # prediction index → gold index

    def place(i: int, seen: set[int]) -> bool:
        for k in options[i]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or place(owner[k], seen):
                owner[k] = i
                return True
        return False

    order = sorted(range(len(golds)), key=lambda i: (golds[i].level != "core", not any(preds[k].action in (golds[i].code, *golds[i].accept) for k in options[i])))
    for i in order:
        place(i, set())
    return {i: k for k, i in owner.items()}

def score(gold: GoldSet, predicted: dict[str, Sequence[Event]], *, level: str = "root", plover_of: Callable[[str], str | None] | None = None) -> Score:
    """Match predicted events to gold, item by item. Optional gold events count when found, never when missed."""
    result = Score(level)
    for item in gold.items:
        preds = list(predicted.get(item.article.id, ()))

        def pred_key(ev: Event) -> tuple[str, str, str]:
            if gold.kind == "plover":
                plover = (plover_of(ev.action) if plover_of else None) or "?"
                return (ev.source[:3], ev.target[:3], plover) if level == "root" else (ev.source, ev.target, plover)
            return _key(ev.source, ev.target, ev.action, level)

        def gold_keys(g: GoldEvent) -> set[tuple[str, str, str]]:
            codes = [g.code, *g.accept] if gold.kind != "plover" else [g.code]
            keys = set()
            for code in codes:
                if gold.kind == "plover":
                    k = (g.source[:3], g.target[:3], code) if level == "root" else (g.source, g.target, code)
                else:
                    k = _key(g.source, g.target, code, level)
                keys.add(k)
                if g.symmetric:
                    keys.add((k[1], k[0], k[2]))
            return keys

        def root_of(code: str) -> str:
            return code if gold.kind == "plover" else code[:2]

        match = _match(item.events, preds, gold_keys, pred_key)
        used: set[int] = set(match.values())
        for i, g in enumerate(item.events):
            hit = match.get(i)
            if hit is not None:
                keys = gold_keys(g)
                listed_both_ways = any(
                    o is not g and o.source[:3] == g.target[:3] and o.target[:3] == g.source[:3] and root_of(o.code) == root_of(g.code)
                    for o in item.events
                )
                if g.symmetric and not listed_both_ways:  # the other direction of a symmetric event is the same event
                    twin = next((k for k, ev in enumerate(preds) if k not in used and pred_key(ev) in keys), None)
                    if twin is not None:
                        used.add(twin)
                result.tp += 1
                result.per_root[root_of(g.code)]["tp"] += 1
            elif g.level == "core":
                result.fn += 1
                result.per_root[root_of(g.code)]["fn"] += 1
                result.misses.append((item.article.id, f"{g.source} {g.target} {g.code}", g.evidence or item.article.text[:160]))
        for k, ev in enumerate(preds):
            if k in used:
                continue
            # A second mention of an already matched gold event is not a false positive.
            if any(pred_key(ev) == pred_key(preds[u]) for u in used):
                continue
            result.fp += 1
            result.per_root[pred_key(ev)[2] if gold.kind == "plover" else ev.action_root]["fp"] += 1
            result.false_positives.append((item.article.id, f"{ev.source} {ev.target} {ev.action} ({ev.rule_id})", ev.sentence))
        for neg in item.negatives:
            prefix = neg.code
            for ev in preds:
                if ev.source[:3] == neg.source[:3] and ev.target[:3] == neg.target[:3] and ev.action.startswith(prefix):
                    result.negatives_hit += 1
    return result


def code_gold(gold: GoldSet, code: Callable[[Iterable[Article]], Iterable[tuple[str, Sequence[Event]]]]) -> dict[str, list[Event]]:
    """Run a coder over the gold set's articles: ``code`` yields (article id, events)."""
    return {aid: list(evs) for aid, evs in code(item.article for item in gold.items)}


def format_report(gold: GoldSet, exact: Score, root: Score, *, show: int = 20) -> str:
    lines = [f"gold set: {gold.name} ({gold.kind}, {len(gold.items)} items)"]
    for s in (exact, root):
        lines.append(f"{s.level:>5}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}  (tp={s.tp} fp={s.fp} fn={s.fn})")
    if root.negatives_hit:
        lines.append(f"negatives emitted: {root.negatives_hit}")
    lines.append("per root/type (root level):  tp  fp  fn")
    for r in sorted(root.per_root):
        c = root.per_root[r]
        lines.append(f"  {r:<12} {c['tp']:>4} {c['fp']:>3} {c['fn']:>3}")
    if root.misses:
        lines.append(f"misses ({len(root.misses)}):")
        lines.extend(f"  {i}: {g} — {t[:140]}" for i, g, t in root.misses[:show])
    if root.false_positives:
        lines.append(f"false positives ({len(root.false_positives)}):")
        lines.extend(f"  {i}: {g} — {t[:140]}" for i, g, t in root.false_positives[:show])
    lines.append(f"F1={root.f1:.3f}")
    return "\n".join(lines)
