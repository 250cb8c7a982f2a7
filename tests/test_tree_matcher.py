"""verbs._TreeMatcher, the raw dependency patterns matched over a Doc's columns, against spaCy's DependencyMatcher:
the same matches in the same order, for every raw pattern of the default codebook, on hand-built parses."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from coding import verbs
from coding.codebook.loader import load_codebook

CODEBOOK = Path(__file__).parents[1] / "codebooks" / "cameo"


def _doc(vocab, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """rows: (word, lemma, tag, dep, head index)."""
    pos = {"NNP": "PROPN", "NNS": "NOUN", "NN": "NOUN", "VBD": "VERB", "VB": "VERB", "VBP": "VERB", "IN": "ADP", "TO": "PART", ".": "PUNCT"}
    return Doc(
        vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        pos=[pos[r[2]] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


SENTENCES = [
    [("Russia", "Russia", "NNP", "nsubj", 1), ("demanded", "demand", "VBD", "ROOT", 1), ("that", "that", "IN", "mark", 4),
     ("Ukraine", "Ukraine", "NNP", "nsubj", 4), ("withdraw", "withdraw", "VB", "ccomp", 1), (".", ".", ".", "punct", 1)],
    [("Iran", "Iran", "NNP", "nsubj", 1), ("threatened", "threaten", "VBD", "ROOT", 1), ("to", "to", "TO", "aux", 3),
     ("strike", "strike", "VB", "xcomp", 1), ("if", "if", "IN", "mark", 6), ("Israel", "Israel", "NNP", "nsubj", 6),
     ("attacked", "attack", "VBD", "advcl", 1), (".", ".", ".", "punct", 1)],
    # two trees in one Doc: candidates are combined within a tree only
    [("Protesters", "protester", "NNS", "nsubj", 1), ("gathered", "gather", "VBD", "ROOT", 1), (".", ".", ".", "punct", 1),
     ("Troops", "troop", "NNS", "nsubj", 4), ("withdrew", "withdraw", "VBD", "ROOT", 4), ("from", "from", "IN", "prep", 4),
     ("Gaza", "Gaza", "NNP", "pobj", 5), (".", ".", ".", "punct", 4)],
    # two subjects of one verb: every combination, in order
    [("Egypt", "Egypt", "NNP", "nsubj", 2), ("Qatar", "Qatar", "NNP", "nsubj", 2), ("demanded", "demand", "VBD", "ROOT", 2),
     ("that", "that", "IN", "mark", 6), ("Israel", "Israel", "NNP", "nsubj", 6), ("Hamas", "Hamas", "NNP", "nsubj", 6),
     ("leave", "leave", "VBP", "ccomp", 2), (".", ".", ".", "punct", 2)],
]


def test_tree_matcher_agrees_with_dependency_matcher():
    nlp = spacy.blank("en")
    codebook = load_codebook(CODEBOOK)
    raw = [(entry.id, list(entry.dependency)) for entry in codebook.verbs if entry.dependency]
    assert raw, "the default codebook has raw dependency patterns"
    docs = [_doc(nlp.vocab, rows) for rows in SENTENCES]
    compiled = matched = 0
    for key, nodes in raw:
        tree = verbs._TreeMatcher.compile(nlp.vocab.strings, key, nodes)
        if tree is None:
            continue  # run by the DependencyMatcher itself
        compiled += 1
        spacy_matcher = DependencyMatcher(nlp.vocab)
        spacy_matcher.add(key, [nodes])
        for doc in docs:
            expected = [(match_id, list(ids)) for match_id, ids in spacy_matcher(doc)]
            assert tree(doc) == expected, (key, doc.text)
            matched += len(expected)
    assert compiled >= len(raw) - 5
    assert matched >= 6  # the sentences do match: demand.that, threaten.conditional, gather, withdraw


@pytest.mark.parametrize("attrs", [{"LEMMA": {"NOT_IN": ["say"]}}, {"ENT_TYPE": "GPE"}, {"LEMMA": {"IN": ["say"]}, "OP": "?"}])
def test_tree_matcher_leaves_other_forms_to_spacy(attrs):
    nlp = spacy.blank("en")
    assert verbs._TreeMatcher.compile(nlp.vocab.strings, "k", [{"RIGHT_ID": "anchor", "RIGHT_ATTRS": attrs}]) is None
    nodes = [{"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "say"}}, {"LEFT_ID": "anchor", "REL_OP": ".", "RIGHT_ID": "next", "RIGHT_ATTRS": {}}]
    assert verbs._TreeMatcher.compile(nlp.vocab.strings, "k", nodes) is None


def test_lower_words_are_the_tokens_lower_forms():
    nlp = spacy.blank("en")
    for text in ["", "The U.S. and ÜBER-Corp SAID: 'No!'", "Russia's army — and Kyiv's"]:
        doc = nlp(text)
        assert verbs.lower_words(doc) == [t.lower_ for t in doc]
        assert verbs.lower_words(doc) == [t.lower_ for t in doc]  # the second time from the cache


def test_doc_labels_are_the_tokens_dep_pos_and_lower():
    nlp = spacy.blank("en")
    doc = _doc(nlp.vocab, SENTENCES[1])
    assert verbs.doc_labels(doc) == ([t.dep_ for t in doc], [t.pos_ for t in doc], [t.lower_ for t in doc])
    # a repaired parse is read again (forget_parse_views drops the labels with the arrays)
    doc[3].dep_ = "ccomp"
    verbs.forget_parse_views(doc)
    assert verbs.doc_labels(doc)[0][3] == "ccomp"
