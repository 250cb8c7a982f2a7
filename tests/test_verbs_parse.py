"""Verb-level rules on hand-built parses (no model): the parser's slips the engine must survive."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from coding.verbs import subject_of


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_participle_on_a_root_noun_is_the_main_verb() -> None:
    # "The G7 called on Gondor": the small model reads "called" as a participle on the noun "G7" (acl)
    doc = _doc(
        ["The", "G7", "called", "on", "Gondor", "."],
        [1, 1, 1, 2, 3, 1],
        ["det", "ROOT", "acl", "prep", "pobj", "punct"],
        ["DT", "NNP", "VBD", "IN", "NNP", "."],
        ["DET", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    assert subject_of(doc[2]).text == "G7"


def test_a_participle_on_an_object_noun_has_no_subject() -> None:
    # "Arnor met the man called Beregond": a real participle, and the noun is no subject of it
    doc = _doc(
        ["Arnor", "met", "the", "man", "called", "Beregond", "."],
        [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "acl", "oprd", "punct"],
        ["NNP", "VBD", "DT", "NN", "VBN", "NNP", "."],
        ["PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
    )
    assert subject_of(doc[4]) is None


def test_a_raw_pattern_s_own_subject_node() -> None:
    # the node a raw pattern's variant for inherited subjects leaves out (VerbIndex): the anchor's own subject, nothing more
    from coding.verbs import _own_subject_node

    assert _own_subject_node({"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}})
    assert _own_subject_node({"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}}})
    assert not _own_subject_node({"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "poss"}})
    assert not _own_subject_node({"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": "police"}})
    assert not _own_subject_node({"LEFT_ID": "clause", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}})
    assert not _own_subject_node({"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "target", "RIGHT_ATTRS": {"DEP": "nsubj"}})
