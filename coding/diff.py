"""What a codebook edit changes: code the same articles with two Coders and compare their events.

Both Coders must share one spaCy pipeline. Each sentence is parsed once and the Doc is coded by both, so a diff costs
one parse plus two codings. Pure: no I/O, no Prefect.

Events are compared on (article, sentence, source, target, action). Where the same article, sentence, source and
target carry an action under one codebook and another action under the other, the event *changed*; otherwise it was
*added* (new codebook only) or *removed* (old codebook only).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from coding.engine import Coder
from coding.records import Article, Event

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True, slots=True)
class EventChange:
    """One difference: ``old`` is None for an added event, ``new`` is None for a removed one."""

    kind: str  # added | removed | changed
    article_id: str
    sentence_index: int
    sentence: str
    source: str
    target: str
    old: Event | None
    new: Event | None

    @property
    def rule_id(self) -> str:
        """The rule to blame: the new codebook's for an added event, the old one's for a removed one, and
        ``old → new`` for a changed one whose rule changed too."""
        if self.old is not None and self.new is not None and self.old.rule_id != self.new.rule_id:
            return f"{self.old.rule_id} → {self.new.rule_id}"
        event = self.new if self.new is not None else self.old
        assert event is not None
        return event.rule_id

    def describe(self) -> str:
        def act(e: Event) -> str:
            return f"{e.action} {e.action_name} ({e.rule_id}: {e.verb_text!r})"

        if self.kind == ADDED:
            return f"+ {self.source} → {self.target} {act(self.new)}"  # type: ignore[arg-type]
        if self.kind == REMOVED:
            return f"- {self.source} → {self.target} {act(self.old)}"  # type: ignore[arg-type]
        return f"~ {self.source} → {self.target} {act(self.old)} ⇒ {act(self.new)}"  # type: ignore[arg-type]

    def to_dict(self) -> dict:
        def side(e: Event | None) -> dict | None:
            if e is None:
                return None
            return {"action": e.action, "action_name": e.action_name, "rule_id": e.rule_id, "verb_text": e.verb_text, "event_id": e.event_id}

        return {
            "kind": self.kind, "article_id": self.article_id, "sentence_index": self.sentence_index, "sentence": self.sentence,
            "source": self.source, "target": self.target, "rule_id": self.rule_id, "old": side(self.old), "new": side(self.new),
        }


@dataclass(slots=True)
class CodebookDiff:
    old_codebook: str
    old_hash: str
    new_codebook: str
    new_hash: str
    n_articles: int = 0
    n_parsed: int = 0  # sentences parsed (once, for both codebooks)
    n_old_events: int = 0
    n_new_events: int = 0
    n_unchanged: int = 0
    changes: list[EventChange] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[EventChange]:
        return [c for c in self.changes if c.kind == kind]

    def by_rule(self) -> dict[str, list[EventChange]]:
        """Changes grouped by the rule id to blame, the rules with most changes first."""
        groups: dict[str, list[EventChange]] = defaultdict(list)
        for c in self.changes:
            groups[c.rule_id].append(c)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in (ADDED, REMOVED, CHANGED)}

    def to_dict(self) -> dict:
        return {
            "old": {"codebook": self.old_codebook, "hash": self.old_hash, "events": self.n_old_events},
            "new": {"codebook": self.new_codebook, "hash": self.new_hash, "events": self.n_new_events},
            "n_articles": self.n_articles,
            "n_sentences_parsed": self.n_parsed,
            "n_unchanged": self.n_unchanged,
            **self.counts(),
            "by_rule": {rule: [c.to_dict() for c in changes] for rule, changes in self.by_rule().items()},
        }


def compare_events(old: Iterable[Event], new: Iterable[Event]) -> tuple[list[EventChange], int]:
    """The differences between two event lists of the same articles, and how many events are in both."""
    Key = tuple[str, int, str, str]
    before: dict[Key, dict[str, Event]] = defaultdict(dict)
    after: dict[Key, dict[str, Event]] = defaultdict(dict)
    for side, events in ((before, old), (after, new)):
        for e in events:
            side[(e.article_id, e.sentence_index, e.source, e.target)].setdefault(e.action, e)
    changes: list[EventChange] = []
    unchanged = 0
    for key in sorted(before.keys() | after.keys()):
        o, n = before.get(key, {}), after.get(key, {})
        unchanged += len(o.keys() & n.keys())
        gone = [o[a] for a in sorted(o.keys() - n.keys())]
        came = [n[a] for a in sorted(n.keys() - o.keys())]
        article_id, index, source, target = key
        sentence = (gone or came or [None])[0]
        text = sentence.sentence if sentence is not None else ""
        for g, c in zip(gone, came):
            changes.append(EventChange(CHANGED, article_id, index, text, source, target, g, c))
        for g in gone[len(came):]:
            changes.append(EventChange(REMOVED, article_id, index, text, source, target, g, None))
        for c in came[len(gone):]:
            changes.append(EventChange(ADDED, article_id, index, text, source, target, None, c))
    return changes, unchanged


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def diff_codebooks(old: Coder, new: Coder, articles: Iterable[Article], *, batch_articles: int = 64) -> CodebookDiff:
    """Code ``articles`` with both Coders (one parse per sentence) and compare the events."""
    if old.nlp is not new.nlp:
        raise ValueError("both Coders must share one spaCy pipeline, so that each sentence is parsed once")
    result = CodebookDiff(old.codebook.name, old.codebook.hash, new.codebook.name, new.codebook.hash)
    old_events: list[Event] = []
    new_events: list[Event] = []
    for batch in _batches(articles, batch_articles):
        # _prepare is the Coder's own pre-parse stage (split, story filter, pre-filter): the same as in a run.
        prepared = [(old._prepare(a), new._prepare(a)) for a in batch]
        texts = sorted({s.text for po, pn in prepared for p in (po, pn) for s, ok in zip(p[1], p[2]) if ok})
        docs = dict(zip(texts, old.parse(texts)))
        result.n_parsed += len(texts)
        for (article, sentences, flags_old, mentions_old), (_, _, flags_new, mentions_new) in prepared:
            coded_old = old.code_parsed(article, sentences, [docs[s.text] if ok else None for s, ok in zip(sentences, flags_old)], mentions_old)
            coded_new = new.code_parsed(article, sentences, [docs[s.text] if ok else None for s, ok in zip(sentences, flags_new)], mentions_new)
            old_events.extend(coded_old.events)
            new_events.extend(coded_new.events)
            result.n_articles += 1
    result.n_old_events, result.n_new_events = len(old_events), len(new_events)
    result.changes, result.n_unchanged = compare_events(old_events, new_events)
    return result
