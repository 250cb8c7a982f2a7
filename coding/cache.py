"""The parse cache: parsed sentences kept on disk as spaCy DocBins, so that a recode never parses again.

This module does I/O by design; the engine only sees the :class:`coding.engine.DocCache` protocol. Layout:

```
OUT/cache/<config>/parse-<stamp>.spacy   a DocBin: the Docs that one ``Coder.code_articles`` call (one shard) parsed
OUT/cache/<config>/parse-<stamp>.keys    their sentence-text hashes, one a line, in the same order
```

``<config>`` is a hash of the parse configuration (model name and version, the components that ran: NER on or off),
so Docs of another model or configuration are never returned. Within it, a Doc is found by the hash of its sentence
text. The ``.keys`` file is written after its ``.spacy`` file, both atomically: a file pair without keys is
incomplete, and is ignored and pruned.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import (
    DEP,
    ENT_ID,
    ENT_KB_ID,
    ENT_TYPE,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

if TYPE_CHECKING:
    from coding.engine import Coder

CACHE_DIR = "cache"
_ATTRS = ("ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "MORPH", "POS", "SENT_START")


def text_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def config_key(parse_config: str) -> str:
    return hashlib.blake2b(parse_config.encode("utf-8"), digest_size=6).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


class _Bin(DocBin):
    """A DocBin that reads each added Doc with one ``to_array`` call and works out its strings when it is written,
    from the id columns of all its Docs at once (``DocBin.add`` reads nine string attributes of every Token: about
    100 µs per sentence). The same strings and the same bytes; no user data, spans or cats (the cache keeps none)."""

    def add(self, doc: Doc) -> None:
        if self.store_user_data or doc.spans or doc.cats:
            super().add(doc)
            return
        k = len(self.attrs)
        columns = self.__dict__.get("_columns")
        if columns is None:  # what to read, and which of it are string ids: worked out once per bin
            columns = self._columns = (
                [*self.attrs, SPACY, ENT_KB_ID, ENT_ID],
                numpy.array([*(self.attrs.index(a) for a in (ORTH, TAG, LEMMA, NORM, DEP, ENT_TYPE, MORPH)), k + 1, k + 2], dtype=numpy.intp),
            )
        full = doc.to_array(columns[0])
        self.tokens.append(full[:, :k].copy())
        self.spaces.append(numpy.asarray(full[:, k : k + 1], dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        self.cats.append({})
        self.span_groups.append(doc.spans.to_bytes())
        self._ids = getattr(self, "_ids", [])
        self._ids.append(full[:, columns[1]])
        self._vocab = doc.vocab

    def _collect(self) -> None:
        """Add the strings of the Docs added since the last call: those DocBin.add would have added one by one."""
        ids = getattr(self, "_ids", None)
        if not ids:
            return
        strings = self._vocab.strings
        morphs = numpy.concatenate([a[:, 6] for a in ids])
        words = numpy.concatenate([numpy.delete(a, 6, axis=1).ravel() for a in ids])
        self.strings.update(strings[i] for i in numpy.unique(words).tolist())
        for m in numpy.unique(morphs).tolist():
            text = strings[m] if m else ""
            self.strings.add("" if text == "_" else text)  # str(Token.morph) of an empty analysis is ""
        self._ids = []

    def to_bytes(self) -> bytes:
        self._collect()
        return super().to_bytes()

    def get_docs(self, vocab: Vocab):
        self._collect()
        return super().get_docs(vocab)

    def merge(self, other: DocBin) -> None:
        self._collect()
        if isinstance(other, _Bin):
            other._collect()
        super().merge(other)


class _LazyBin:
    """One DocBin file, read whole but turned into Docs one at a time, when asked: a recode that codes a few
    articles again needs a few of a file's Docs, not all of them."""

    def __init__(self, path: Path, vocab: Vocab) -> None:
        keys = path.with_suffix(".keys").read_text().split()
        self.bin = DocBin(attrs=_ATTRS).from_bytes(path.read_bytes())
        for string in self.bin.strings:
            vocab.strings.add(string)
        self.vocab = vocab
        self.position = {key: i for i, key in enumerate(keys)}
        self.orth = self.bin.attrs.index(ORTH)
        self.built: dict[int, Doc] = {}

    def get(self, key: str) -> Doc | None:
        i = self.position.get(key)
        if i is None:
            return None
        doc = self.built.get(i)
        if doc is None:  # what DocBin.get_docs does for one Doc (no cats, spans or user data are stored)
            tokens = self.bin.tokens[i]
            spaces = None if self.bin.flags[i].get("has_unknown_spaces") else self.bin.spaces[i]
            doc = Doc(self.vocab, words=tokens[:, self.orth], spaces=spaces).from_array(self.bin.attrs, tokens)
            self.built[i] = doc
        return doc


class ParseCache:
    """Parsed Docs by sentence text, for one parse configuration (:attr:`coding.engine.Coder.parse_config`).

    Lookups load a DocBin file when one of its Docs is asked for, and keep the last few files in memory: a recode
    reads the articles in their original order, so each file is loaded about once.
    """

    def __init__(self, out: str | Path, parse_config: str, vocab: Vocab, *, flush_every: int = 5000, keep_files: int = 4) -> None:
        self.root = Path(out) / CACHE_DIR / config_key(parse_config)
        self.parse_config = parse_config
        self.vocab = vocab
        self.flush_every = flush_every
        self.keep_files = keep_files
        self.index: dict[str, Path] = {}
        self._loaded: OrderedDict[Path, _LazyBin] = OrderedDict()
        self._pending = _Bin(attrs=_ATTRS)
        self._pending_keys: list[str] = []
        self._pending_docs: dict[str, Doc] = {}
        self.hits = 0
        self.misses = 0
        self._scan()

    @classmethod
    def for_coder(cls, out: str | Path, coder: Coder) -> ParseCache:
        return cls(out, coder.parse_config, coder.nlp.vocab)

    def _scan(self) -> None:
        if not self.root.is_dir():
            return
        for keys in sorted(self.root.glob("parse-*.keys")):
            data = keys.with_suffix(".spacy")
            if not data.exists():
                continue
            for line in keys.read_text().split():
                self.index[line] = data

    def __len__(self) -> int:
        return len(self.index)

    def _docs_of(self, path: Path) -> _LazyBin:
        docs = self._loaded.get(path)
        if docs is None:
            docs = _LazyBin(path, self.vocab)
            self._loaded[path] = docs
            while len(self._loaded) > self.keep_files:
                self._loaded.popitem(last=False)
        else:
            self._loaded.move_to_end(path)
        return docs

    def lookup(self, texts: Sequence[str]) -> list[Doc | None]:
        out: list[Doc | None] = []
        for text in texts:
            key = text_key(text)
            path = self.index.get(key)
            try:
                doc = self._docs_of(path).get(key) if path is not None else self._pending_docs.get(key)
            except OSError:  # pruned since the index was read: parse again
                self.index = {k: p for k, p in self.index.items() if p != path}
                doc = None
            if doc is None or doc.text != text:  # a hash collision must never hand back another sentence
                doc = None
                self.misses += 1
            else:
                self.hits += 1
            out.append(doc)
        return out

    def store(self, texts: Sequence[str], docs: Sequence[Doc]) -> None:
        for text, doc in zip(texts, docs):
            key = text_key(text)
            if key in self.index or key in self._pending_docs:
                continue
            self._pending.add(doc)
            self._pending_keys.append(key)
            self._pending_docs[key] = doc
        if len(self._pending_keys) >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Write the Docs stored since the last flush as one DocBin file."""
        if not self._pending_keys:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        stem = f"parse-{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"
        data = self.root / f"{stem}.spacy"
        _atomic_write(data, self._pending.to_bytes())
        _atomic_write(self.root / f"{stem}.keys", ("\n".join(self._pending_keys) + "\n").encode())
        for key in self._pending_keys:
            self.index[key] = data
        self._pending = _Bin(attrs=_ATTRS)
        self._pending_keys = []
        self._pending_docs = {}


def cache_size(out: str | Path) -> int:
    root = Path(out) / CACHE_DIR
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.is_dir() else 0


def prune(out: str | Path, max_bytes: int) -> list[Path]:
    """Delete the oldest cache files until the cache holds at most ``max_bytes``. Returns the files deleted.

    Incomplete pairs (a ``.spacy`` without its ``.keys``) and temporary files go first, whatever their age.
    """
    root = Path(out) / CACHE_DIR
    if not root.is_dir():
        return []
    removed: list[Path] = []
    for tmp in root.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    pairs = []
    for data in root.rglob("parse-*.spacy"):
        keys = data.with_suffix(".keys")
        if not keys.exists():
            data.unlink(missing_ok=True)
            removed.append(data)
            continue
        pairs.append((data.stat().st_mtime, data, keys, data.stat().st_size + keys.stat().st_size))
    for orphan in root.rglob("parse-*.keys"):
        if not orphan.with_suffix(".spacy").exists():
            orphan.unlink(missing_ok=True)
            removed.append(orphan)
    total = sum(size for *_, size in pairs)
    for _, data, keys, size in sorted(pairs, key=lambda t: (t[0], t[1].name)):
        if total <= max_bytes:
            break
        keys.unlink(missing_ok=True)  # keys first: a pair without keys is already invisible to readers
        data.unlink(missing_ok=True)
        removed += [keys, data]
        total -= size
    for folder in root.iterdir():
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return removed
