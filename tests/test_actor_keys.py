"""ActorIndex builds its trie keys without the tokenizer for letters-only phrases: the keys must be the tokenizer's."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from coding.actors import ActorIndex, agent_forms, fold
from coding.codebook.loader import load_codebook

CODEBOOK = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "cameo")
INDEX = ActorIndex(CODEBOOK.example_world(), spacy.blank("en").tokenizer)


def _tokenizer_keys(phrase: str) -> list[str]:
    return [fold(t.text) for t in INDEX._tokenizer(phrase) if t.text not in {"-", "‐", "–"}]


def test_every_phrase_of_the_default_codebook_gets_the_tokenizer_keys():
    cb = CODEBOOK
    phrases = [p for c in cb.countries for p in (c.name, *c.aliases, *c.adjectives, *c.demonyms, *c.capitals, *c.cities)]
    phrases += [p for o in cb.organizations for p in (o.name, *o.aliases)]
    phrases += [p for person in cb.people for p in (person.name, *person.aliases)]
    phrases += [p for a in cb.agents for p in agent_forms(a.term)]
    assert len(phrases) > 3000
    for phrase in phrases:
        assert INDEX._keys(phrase.strip()) == _tokenizer_keys(phrase.strip()), phrase


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.characters(categories=("Lu", "Ll")), min_size=1, max_size=12), min_size=1, max_size=4))
def test_letters_only_phrases_get_the_tokenizer_keys(words):
    phrase = " ".join(words)
    assert INDEX._keys(phrase) == _tokenizer_keys(phrase)


def test_special_cases_still_go_through_the_tokenizer():
    assert INDEX._keys("cannot") == ["can", "not"]


@pytest.mark.model
def test_a_name_written_with_a_lower_case_particle_matches():
    # "al-Shabaab", "al-Qaeda": the particle is written in lower case mid-sentence; the name after it is capitalised
    from coding.nlp import load_model

    nlp = load_model()
    index = ActorIndex(CODEBOOK, nlp.tokenizer)
    found = [m.text for m in index.find(nlp.tokenizer("Fighters of al-Shabaab attacked a base, and Egypt condemned al-Qaeda."))]
    assert "al-Shabaab" in found and "al-Qaeda" in found
    assert not index.find(nlp.tokenizer("the al shabaab of it, in lower case"))  # a name still has a capital
