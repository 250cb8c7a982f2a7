"""An experimental learned fallback: a linear classifier over parse features that codes an ordered pair of resolved
actors in a sentence where the hand-written rules emitted no event on that pair.

Pure: ``pair_features`` reads one parsed sentence (a spaCy Doc) and two token indices; ``FallbackModel`` holds the
weights (one sparse row of feature → weight per class) and scores a feature list by a sparse dot product and a
softmax. No scikit-learn at run time: tools/train_fallback.py trains the weights and writes them as JSON.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

NONE = "NONE"
FORMAT = "dyad-fallback/1"
_MAX_BETWEEN = 6  # words between the two mentions that become features
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _chain(tok: Token) -> list[Token]:
    """``tok`` and its ancestors up to the sentence root."""
    out = [tok]
    seen = {tok.i}
    while out[-1].head.i != out[-1].i and out[-1].head.i not in seen:
        out.append(out[-1].head)
        seen.add(out[-1].i)
    return out


def lowest_common_head(a: Token, b: Token) -> tuple[Token | None, list[Token], list[Token]]:
    """The lowest common ancestor of ``a`` and ``b`` and the two paths up to it (each from the mention, LCA left out).
    None when they are in different trees."""
    up_a = _chain(a)
    index = {t.i: k for k, t in enumerate(up_a)}
    for k, t in enumerate(_chain(b)):
        if t.i in index:
            return t, up_a[: index[t.i]], _chain(b)[:k]
    return None, up_a, _chain(b)


def _markers(verb: Token) -> list[str]:
    """Negation, modal and conditional markers on one verb of the path."""
    out = []
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIONS):
            out.append("neg")
        elif c.dep_ == "aux" and c.tag_ == "MD":
            out.append(f"modal={c.lemma_.lower()}")
        elif c.dep_ == "mark" and c.lower_ in _CONDITIONAL:
            out.append("cond")
    return out


def verb_lexicon(codebook) -> dict[str, frozenset[str]]:
    """Anchor word → the CAMEO roots of the codebook's verb patterns it anchors, for words of at most three roots (a
    word of many, "make", "send", says nothing). Lets the model generalise from one event verb to others of its root."""
    roots: dict[str, set[str]] = {}
    for entry in codebook.verbs:
        for pattern in entry.patterns:
            for word in pattern.anchor.options:
                roots.setdefault(word, set()).add(entry.code[:2])
    return {w: frozenset(r) for w, r in roots.items() if len(r) <= 3}


def pair_features(doc: Doc, src: int, tgt: int, *, src_role: str | None = None, tgt_role: str | None = None,
                  same_country: bool = False, lexicon: Mapping[str, frozenset[str]] | None = None) -> list[str]:
    """The features of the ordered pair (source head ``src``, target head ``tgt``) in ``doc``: strings, each worth 1.
    ``lexicon`` (verb_lexicon): adds the codebook's roots of the common head and of the words of the path."""
    a, b = doc[src], doc[tgt]
    lca, path_a, path_b = lowest_common_head(a, b)
    f = ["bias", f"srole={src_role or '-'}", f"trole={tgt_role or '-'}", f"order={'st' if src < tgt else 'ts'}"]
    if same_country:
        f.append("same_country")
    gap = abs(src - tgt)
    f.append(f"gap={'1-3' if gap <= 3 else '4-8' if gap <= 8 else '9-15' if gap <= 15 else '16+'}")
    if lca is None:
        return [*f, "no_lca"]
    lem = lca.lemma_.lower()
    top_a = path_a[-1].dep_ if path_a else "SELF"  # the dependency by which each side hangs on the common head
    top_b = path_b[-1].dep_ if path_b else "SELF"
    f += [f"lca={lem}", f"lcapos={lca.pos_}", f"top={top_a}|{top_b}", f"lca_top={lem}|{top_a}|{top_b}",
          f"sdep={a.dep_}", f"tdep={b.dep_}", f"lca_dep={lca.dep_}", f"lca_tdep={lem}|{b.dep_}", f"lca_sdep={lem}|{a.dep_}",
          f"path={'/'.join(t.dep_ for t in path_a)}^{'/'.join(t.dep_ for t in reversed(path_b))}"]
    inner = [t for t in path_a[1:] + path_b[1:]]  # the words between each mention and the common head
    for t in inner:
        if t.pos_ in ("VERB", "NOUN", "ADP", "PROPN"):
            f.append(f"plem={t.lemma_.lower()}")
        if t.dep_ == "prep" or t.pos_ == "ADP":
            f.append(f"prep={t.lower_}")
            f.append(f"lca_prep={lem}|{t.lower_}")
    for c in lca.children:
        if c.dep_ == "prt":
            f.append(f"prt={lem}|{c.lower_}")
        if c.dep_ == "dobj" and c.i not in (src, tgt):
            f.append(f"lca_obj={lem}|{c.lemma_.lower()}")
    # negation, modal, conditional on the common head, the verbs of the path and the verbs above the common head
    verbs = [t for t in [lca, *inner] if t.pos_ in ("VERB", "AUX")]
    above = _chain(lca)[1:4]
    for v in verbs:
        f.extend(_markers(v))
    for v in above:
        f.extend(f"up_{m}" for m in _markers(v))
        if v.pos_ == "VERB":
            f.append(f"up={v.lemma_.lower()}")
    if lexicon:
        for r in sorted(lexicon.get(lem, ())):
            f += [f"lex_lca={r}", f"lex_lca_top={r}|{top_a}|{top_b}"]
        for t in inner:
            for r in sorted(lexicon.get(t.lemma_.lower(), ())):
                f.append(f"lex_path={r}")
    lo, hi = sorted((src, tgt))
    between = [t for t in doc[lo + 1 : hi] if not t.is_punct and not t.is_stop][:_MAX_BETWEEN]
    f.extend(f"bw={t.lemma_.lower()}" for t in between)
    on_path = {lca.i, *(t.i for t in inner)}
    f.extend(sorted({f"ov={t.lemma_.lower()}" for t in doc if t.pos_ == "VERB" and t.i not in on_path}))
    return f


@dataclass(frozen=True, slots=True)
class FallbackModel:
    """Weights of a multinomial logistic regression: ``weights[feature][class] = w`` (sparse), ``bias[class]``."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, Mapping[int, float]]
    threshold: float
    meta: Mapping[str, object]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        z = list(self.bias)
        for name in features:
            row = self.weights.get(name)
            if row:
                for k, w in row.items():
                    z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class other than NONE and its probability."""
        p = self.probabilities(features)
        best = max((k for k, c in enumerate(self.classes) if c != NONE), key=p.__getitem__)
        return self.classes[best], p[best]

    def to_json(self) -> str:
        rows = {name: {self.classes[k]: round(w, 5) for k, w in sorted(row.items())} for name, row in sorted(self.weights.items())}
        return json.dumps({"format": FORMAT, "classes": list(self.classes), "threshold": self.threshold,
                           "bias": [round(b, 5) for b in self.bias], "meta": dict(self.meta), "weights": rows},
                          indent=0, sort_keys=False)

    @classmethod
    def from_json(cls, text: str) -> FallbackModel:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} file (format {data.get('format')!r})")
        classes = tuple(data["classes"])
        at = {c: k for k, c in enumerate(classes)}
        weights = {name: {at[c]: float(w) for c, w in row.items()} for name, row in data["weights"].items()}
        return cls(classes, tuple(float(b) for b in data["bias"]), weights, float(data["threshold"]), data.get("meta", {}))


def from_arrays(classes: Sequence[str], coef, intercept, names: Sequence[str], threshold: float, meta: Mapping[str, object],
                min_weight: float = 1e-4) -> FallbackModel:
    """A model from a trained classifier's dense arrays (``coef[class][feature]``), keeping the non-negligible weights."""
    weights: dict[str, dict[int, float]] = {}
    for k in range(len(classes)):
        row = coef[k]
        for j, name in enumerate(names):
            w = float(row[j])
            if abs(w) >= min_weight:
                weights.setdefault(name, {})[k] = w
    return FallbackModel(tuple(classes), tuple(float(b) for b in intercept), weights, threshold, meta)
