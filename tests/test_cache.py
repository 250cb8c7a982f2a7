"""The parse cache (coding/cache.py), the Coder's cache hook, and recoding a run from the cache (coding/recode.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pyarrow.parquet as pq
import pytest
import spacy
from _mini import mini_codebook
from spacy.tokens import Doc

from coding.cache import CACHE_DIR, ParseCache, cache_size, config_key, prune, text_key
from coding.engine import Coder
from coding.recode import ARTICLES_DIR, code_into, recode, save_articles, saved_shards
from coding.records import Article


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def hand_doc(nlp, text: str) -> Doc:
    """'Arnor criticized Gondor.' parsed by hand: words, heads, labels, tags and lemmas, no model."""
    assert text == "Arnor criticized Gondor."
    return Doc(
        nlp.vocab,
        words=["Arnor", "criticized", "Gondor", "."],
        spaces=[True, True, False, False],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dobj", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "."],
        lemmas=["Arnor", "criticize", "Gondor", "."],
    )


def test_round_trip_keeps_the_parse(tmp_path, blank):
    text = "Arnor criticized Gondor."
    cache = ParseCache(tmp_path, "model-1|parser", blank.vocab)
    cache.store([text], [hand_doc(blank, text)])
    cache.flush()
    again = ParseCache(tmp_path, "model-1|parser", blank.vocab)  # a new process: only what is on disk
    (doc,) = again.lookup([text])
    assert doc is not None and doc.text == text
    assert [(t.dep_, t.head.i, t.pos_, t.tag_, t.lemma_) for t in doc] == [
        ("nsubj", 1, "PROPN", "NNP", "Arnor"), ("ROOT", 1, "VERB", "VBD", "criticize"),
        ("dobj", 1, "PROPN", "NNP", "Gondor"), ("punct", 1, "PUNCT", ".", "."),
    ]
    assert (again.hits, again.misses) == (1, 0)
    assert again.lookup(["Gondor criticized Arnor."]) == [None]


def test_a_doc_read_alone_equals_what_docbin_gives(tmp_path, blank):
    """The cache builds only the Docs asked for; each must be the Doc that DocBin.get_docs would give."""
    from spacy.tokens import DocBin

    texts = ["Arnor criticized Gondor.", "It rained  all day in Minas Tirith .", "Rohan's king, Théoden, met them."]
    docs = [hand_doc(blank, texts[0]), blank(texts[1]), blank(texts[2])]
    docs[2][0].is_sent_start = True
    docs[2][3].is_sent_start = True
    cache = ParseCache(tmp_path, "model-1|parser", blank.vocab)
    cache.store(texts, docs)
    cache.flush()
    (path,) = cache.root.glob("parse-*.spacy")
    expected = list(DocBin().from_bytes(path.read_bytes()).get_docs(blank.vocab))
    again = ParseCache(tmp_path, "model-1|parser", blank.vocab)
    for text, want in zip(reversed(texts), reversed(expected)):  # out of order: each Doc is built on its own
        (got,) = again.lookup([text])
        assert got.to_json() == want.to_json() and [t.whitespace_ for t in got] == [t.whitespace_ for t in want]
        assert [t.is_sent_start for t in got] == [t.is_sent_start for t in want]


def test_another_parse_configuration_never_hits(tmp_path, blank):
    text = "Arnor criticized Gondor."
    cache = ParseCache(tmp_path, "model-1|parser,ner", blank.vocab)
    cache.store([text], [hand_doc(blank, text)])
    cache.flush()
    assert ParseCache(tmp_path, "model-1|parser", blank.vocab).lookup([text]) == [None]
    assert ParseCache(tmp_path, "model-2|parser,ner", blank.vocab).lookup([text]) == [None]
    assert config_key("model-1|parser,ner") != config_key("model-1|parser")


def test_a_key_that_names_another_text_is_a_miss(tmp_path, blank):
    text = "Arnor criticized Gondor."
    cache = ParseCache(tmp_path, "m|p", blank.vocab)
    cache.store([text], [hand_doc(blank, text)])
    cache.flush()
    cache.index["forged"] = cache.index[text_key(text)]  # as if two texts had one hash
    cache.index[text_key("Other text.")] = cache.index[text_key(text)]
    assert cache.lookup(["Other text."]) == [None]


def test_incomplete_files_are_ignored_and_pruned(tmp_path, blank):
    text = "Arnor criticized Gondor."
    cache = ParseCache(tmp_path, "m|p", blank.vocab)
    cache.store([text], [hand_doc(blank, text)])
    cache.flush()
    folder = tmp_path / CACHE_DIR / config_key("m|p")
    (keys,) = folder.glob("*.keys")
    keys.unlink()  # killed between the DocBin and its keys
    assert ParseCache(tmp_path, "m|p", blank.vocab).lookup([text]) == [None]
    removed = prune(tmp_path, max_bytes=10**9)
    assert [p.suffix for p in removed] == [".spacy"]
    assert cache_size(tmp_path) == 0


def test_prune_deletes_the_oldest_files_first(tmp_path, blank):
    texts = [f"Sentence number {k}." for k in range(3)]
    cache = ParseCache(tmp_path, "m|p", blank.vocab)
    for k, text in enumerate(texts):
        cache.store([text], [blank(text)])
        cache.flush()
    folder = tmp_path / CACHE_DIR / config_key("m|p")
    pairs = sorted(folder.glob("*.spacy"))
    for age, data in enumerate(pairs):  # oldest first, whatever the clock did
        for path in (data, data.with_suffix(".keys")):
            os.utime(path, (1_000_000 + age, 1_000_000 + age))
    one_pair = pairs[-1].stat().st_size + pairs[-1].with_suffix(".keys").stat().st_size
    prune(tmp_path, max_bytes=one_pair)
    left = ParseCache(tmp_path, "m|p", blank.vocab)
    assert [d is not None for d in left.lookup(texts)] == [False, False, True]
    prune(tmp_path, max_bytes=0)
    assert not (tmp_path / CACHE_DIR).exists() or not any((tmp_path / CACHE_DIR).iterdir())


class RecordingCache:
    """A DocCache in memory that records what the Coder asked for."""

    def __init__(self, docs: dict[str, Doc]) -> None:
        self.docs = docs
        self.stored: list[str] = []
        self.flushes = 0

    def lookup(self, texts):
        return [self.docs.get(t) for t in texts]

    def store(self, texts, docs):
        self.stored.extend(texts)
        self.docs.update(zip(texts, docs))

    def flush(self):
        self.flushes += 1


def test_coder_parses_only_what_the_cache_lacks(blank):
    text = "Arnor criticized Gondor."
    cache = RecordingCache({text: hand_doc(blank, text)})
    coder = Coder(mini_codebook(), blank, cache=cache)
    parsed: list[list[str]] = []
    inner = coder._pipe
    coder._pipe = lambda texts: parsed.append([getattr(t, "text", t) for t in texts]) or inner(texts)  # texts or tokenized Docs
    article = Article("a1", "Arnor criticized Gondor. Gondor and Rohan met Mordor.", dt.date(2020, 1, 1))
    (result,) = coder.code_articles([article])
    assert parsed == [["Gondor and Rohan met Mordor."]]
    assert cache.stored == ["Gondor and Rohan met Mordor."] and cache.flushes == 1
    assert [(e.source, e.target, e.action) for e in result.events] == [("ARN", "GON", "111")]


def test_parse_config_names_model_and_components(blank):
    assert Coder(mini_codebook(), blank).parse_config.endswith("|")  # a blank pipeline runs no component
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert Coder(mini_codebook(), nlp).parse_config.endswith("|sentencizer")


def test_kept_articles_round_trip(tmp_path):
    arts = [Article("x1", "Arnor criticized Gondor.", dt.date(2021, 3, 4), "t", "http://u", "pub")]
    save_articles(tmp_path, "k1", arts)
    assert list(saved_shards(tmp_path)) == [("k1", arts)]


@pytest.mark.model
def test_recode_from_the_cache_parses_nothing_and_swaps_the_output(tmp_path):
    from coding.nlp import load_model

    nlp = load_model()
    first = Coder(mini_codebook(), nlp)
    first.cache = ParseCache.for_coder(tmp_path, first)
    articles = [
        Article("r1", "Arnor criticized Gondor. It rained all day.", dt.date(2021, 5, 1)),
        Article("r2", "Arnor and Gondor signed a treaty. Rohan attacked Mordor.", dt.date(2021, 6, 2)),
    ]
    code_into(tmp_path, "shard1", articles, first)
    save_articles(tmp_path, "shard1", articles)
    assert (tmp_path / ARTICLES_DIR / "shard1.jsonl").exists()

    mini = mini_codebook()
    edited = dataclasses.replace(mini, hash="mini-edited", verbs=tuple(v for v in mini.verbs if v.code != "190"))
    second = Coder(edited, nlp)
    second.cache = ParseCache.for_coder(tmp_path, second)
    pipe_calls: list[int] = []
    second._pipe = lambda texts: pipe_calls.append(len(texts)) or []
    summary = recode(tmp_path, second)
    # incremental: the edit removed the 190 entries, so only r2 (which has "attacked") is coded again, from the cache
    assert pipe_calls == [] and second.cache.misses == 0 and second.cache.hits == 2
    assert summary["n_recoded"] == 1
    table = pq.ParquetDataset(tmp_path / "events").read()
    rows = sorted(zip(table["source"].to_pylist(), table["target"].to_pylist(), table["action"].to_pylist()))
    assert rows == [("ARN", "GON", "057"), ("ARN", "GON", "111"), ("GON", "ARN", "057")]
    assert set(table["codebook_hash"].to_pylist()) == {"mini-edited"}
    assert summary["n_events"] == 3 and summary["n_articles"] == 2
    assert not list(tmp_path.glob(".recode-*")) and not list(tmp_path.glob(".old-*"))


def test_cli_cache_prune_and_recode_without_a_run(tmp_path, blank):
    from typer.testing import CliRunner

    from dyad.cli import app

    cache = ParseCache(tmp_path, "m|p", blank.vocab)
    cache.store(["Arnor criticized Gondor."], [hand_doc(blank, "Arnor criticized Gondor.")])
    cache.flush()
    assert cache_size(tmp_path) > 0
    result = CliRunner().invoke(app, ["cache", "prune", "--out", str(tmp_path), "--max-mb", "0"])
    assert result.exit_code == 0, result.output
    assert "removed 2 file(s)" in result.output and cache_size(tmp_path) == 0
    result = CliRunner().invoke(app, ["recode", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 1


def test_a_file_pruned_under_a_reader_is_a_miss(tmp_path, blank):
    text = "Arnor criticized Gondor."
    writer = ParseCache(tmp_path, "m|p", blank.vocab)
    writer.store([text], [hand_doc(blank, text)])
    writer.flush()
    reader = ParseCache(tmp_path, "m|p", blank.vocab)
    prune(tmp_path, max_bytes=0)
    assert reader.lookup([text]) == [None] and len(reader) == 0
