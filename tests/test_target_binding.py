"""Target binding on hand-built parses (no model): which actor in a pattern's phrase is its target."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from coding.patterns import parse_pattern
from coding.verbs import match_pattern


def _doc(words: list[str], lemmas: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos)


AGREE_WITH = parse_pattern("SOURCE agree with TARGET")


def test_the_object_of_the_preposition_is_the_target() -> None:
    doc = _doc(
        ["Arnor", "agreed", "with", "Gondor", "."],
        ["Arnor", "agree", "with", "Gondor", "."],
        [1, 1, 1, 2, 1],
        ["nsubj", "ROOT", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    found = match_pattern(AGREE_WITH, doc[1], {0: doc[0], 3: doc[3]})
    assert found is not None and found[1].text == "Gondor"


def test_a_name_hung_on_a_noun_as_an_adverbial_is_no_target() -> None:
    # "... agreed to lift the embargo, with strings attached, Cuba": the small model hangs the last name of a list on
    # "strings" as a noun-phrase adverbial; it is no party the subject agreed with
    doc = _doc(
        ["Arnor", "agreed", "with", "strings", "attached", ",", "Gondor", "."],
        ["Arnor", "agree", "with", "string", "attach", ",", "Gondor", "."],
        [1, 1, 1, 2, 3, 3, 3, 1],
        ["nsubj", "ROOT", "prep", "pobj", "acl", "punct", "npadvmod", "punct"],
        ["PROPN", "VERB", "ADP", "NOUN", "VERB", "PUNCT", "PROPN", "PUNCT"],
    )
    found = match_pattern(AGREE_WITH, doc[1], {0: doc[0], 6: doc[6]})
    assert found is None or found[1] is None



def test_a_name_listed_with_its_article_is_found_mid_sentence() -> None:
    # "the Emirates" (an alias written with its article) after a preposition: "between the Emirates and Saudi Arabia"
    from pathlib import Path

    import spacy

    from coding.actors import ActorIndex
    from coding.codebook.loader import load_codebook

    world = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "cameo").example_world()
    index = ActorIndex(world, spacy.blank("en").tokenizer)
    found = {m.text: m.entry.code for m in index.find(index._tokenizer("Gondor sent envoys to the Shire and Rohan."))}
    assert "the Shire" in found
    assert not any(m.text == "the shire" for m in index.find(index._tokenizer("Gondor sent envoys to the shire.")))
