"""The compiled attribute ruler writes what spaCy's writes, token for token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from coding.clean import split_sentences
from coding.inputs import iter_articles
from coding.records import Article
from coding.rules import compile_ruler

ROOT = Path(__file__).resolve().parents[1]
ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


def annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def blank_with_ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def tagged(nlp, words: list[str], tags: list[str], deps: list[str] | None = None, spaces: list[bool] | None = None) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words) if deps else None, spaces=spaces)


PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"}},
    # a later pattern wins over an earlier one on the same token
    {"patterns": [[{"TAG": "VBD", "LOWER": {"IN": ["was", "were"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": {"REGEX": "^colou?r$"}}]], "attrs": {"LEMMA": "colour"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    # two tokens, the second written ("gon na" → "to"); and a negative index
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": -1},
    # writes the tag itself (not one of the fast columns)
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]


@pytest.mark.parametrize(
    "words,tags,deps",
    [
        (["The", "colour", "was", "red"], ["DT", "NN", "VBD", "JJ"], ["det", "nsubj", "ROOT", "acomp"]),
        (["They", "were", "gon", "na", "go"], ["PRP", "VBD", "VBG", "TO", "VB"], ["nsubj", "aux", "ROOT", "aux", "xcomp"]),
        (["There", "is", "a", "color", "\n"], ["EX", "VBZ", "DT", "NN", "NN"], ["expl", "ROOT", "det", "attr", "dep"]),
        (["na", "gon"], ["NN", "NN"], ["ROOT", "dep"]),
    ],
)
def test_compiled_ruler_writes_what_spacy_writes(words, tags, deps):
    nlp, ruler = blank_with_ruler(PATTERNS)
    compiled = compile_ruler(ruler)
    assert compiled is not None
    expected = ruler(tagged(nlp, words, tags, deps))
    got = compiled(tagged(nlp, words, tags, deps))
    assert annotations(got) == annotations(expected)


def test_later_pattern_wins_and_two_token_pattern_writes_its_index():
    nlp, ruler = blank_with_ruler(PATTERNS)
    doc = compile_ruler(ruler)(tagged(nlp, ["They", "were", "gon", "na", "go"], ["PRP", "VBD", "VBG", "TO", "VB"]))
    assert (doc[1].pos_, doc[1].lemma_) == ("AUX", "be")  # pattern 3 over pattern 2
    assert doc[3].lemma_ == "to" and doc[2].lemma_ == ""


def test_a_pattern_shape_it_cannot_compile_leaves_spacys_ruler_in_charge():
    _, ruler = blank_with_ruler([{"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert compile_ruler(ruler) is None
    _, ruler = blank_with_ruler([{"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"POS": "PROPN"}}])
    assert compile_ruler(ruler) is None


def _real_sentences() -> list[str]:
    texts = [s.text for a in iter_articles([ROOT / "examples" / "sample_articles.jsonl"]) if isinstance(a, Article) for s in split_sentences(a)]
    texts += [json.loads(line)["text"] for line in (ROOT / "tests" / "data" / "news_sentences.jsonl").open(encoding="utf-8")]
    # what news copy rarely has but the ruler's patterns are for: contractions, colloquial forms, odd whitespace
    texts += [
        "I'm gonna go, ain't I?  Let's see what they've got.",
        "There is a  problem\n\nhere, and there are two more.",
        "Y'all got ta come on, c'mon! Nothin' doing.",
        "He gets it; she got it; it is what it is, isn't it? I told you and it.",
        "That which we do, we did; whether or not they'd have done so.",
    ]
    return texts


@pytest.mark.model
@pytest.mark.parametrize("ner", [False, True])
def test_coder_pipe_annotates_as_the_stock_pipeline(ner):
    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.nlp import load_model

    nlp = load_model()
    coder = Coder(load_codebook(ROOT / "codebooks" / "cameo"), nlp, ner=ner)
    assert coder._ruler is not None and dict(coder._after_ruler)["lemmatizer"] is not None  # both compile for en_core_web_sm
    texts = _real_sentences()
    stock = list(nlp.pipe(texts, disable=list(coder.disabled)))
    ours = coder._pipe(texts)
    assert len(ours) == len(stock) > 300
    for a, b in zip(stock, ours):
        assert annotations(b) == annotations(a)
        assert (b.to_array(ATTRS) == a.to_array(ATTRS)).all()
        if ner:
            assert [(e.text, e.label_) for e in b.ents] == [(e.text, e.label_) for e in a.ents]
