"""Reading articles: JSONL, CSV, Parquet and folders of .txt files, streamed, with a Reject for every bad record.

``iter_articles`` yields ``Article`` or ``Reject`` records in input order and never raises on a bad record: only a
path that matches nothing (or a file of an unsupported kind named explicitly) raises ``InputError``, and it does so
when ``iter_articles`` is called, before anything is read.

Record rules, the same for every format:

- required: ``id`` (a string; an integer is accepted and turned into its decimal string), ``text`` (a string),
  ``date`` (``YYYY-MM-DD``, ``YYYYMMDD`` or an ISO datetime, whose date part is taken as written; Parquet
  date/timestamp columns also work);
- optional: ``title``, ``url``, ``publisher``, ``language`` (strings or null; an empty string counts as null);
- any other key or column is ignored.

Checks run in this order and the first failure is the reason: ``encoding``, ``invalid_json``, ``bad_row``,
``missing_field`` (absent, null, or an empty id/date), ``not_text`` (a field of the wrong type, a NUL character, a
binary file), ``bad_date``, ``empty_text`` (empty or whitespace only), ``too_long``, ``duplicate_id`` (the id of an
article already accepted in this run; the first one wins).

Line numbers are 1-based: the physical line in JSONL, the line a row starts on in CSV (the header is line 1, so this
is the spreadsheet row number), the row number in a Parquet file, and None for a .txt file.
"""

from __future__ import annotations

import csv
import datetime as dt
import glob
import gzip
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from coding.records import Article, CodingResult, Reject

REQUIRED_FIELDS = ("id", "text", "date")
OPTIONAL_FIELDS = ("title", "url", "publisher", "language")
SNIPPET_CHARS = 120

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_CSV_SUFFIXES = (".csv", ".csv.gz")
_PARQUET_SUFFIXES = (".parquet", ".pq")
_TXT_SUFFIXES = (".txt",)
SUPPORTED_SUFFIXES = _JSONL_SUFFIXES + _CSV_SUFFIXES + _PARQUET_SUFFIXES + _TXT_SUFFIXES

_VALID_DATES = "valid: YYYY-MM-DD, YYYYMMDD or an ISO datetime such as 2023-04-26T10:00:00Z"
_DATE_DASHED = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_COMPACT = re.compile(r"\d{8}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?")
_TXT_DATE_LINE = re.compile(r"\s*date\s*:\s*(.*?)\s*", re.IGNORECASE)
_BOM = "\ufeff"
_GLOB_CHARS = re.compile(r"[*?\[]")
_PARQUET_BATCH_ROWS = 2048


class InputError(Exception):
    """An input path that cannot be read at all (it matches nothing, or is of an unsupported kind)."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message


# --------------------------------------------------------------------------------------------------------------------
# Paths


def _kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (
        ("jsonl", _JSONL_SUFFIXES),
        ("csv", _CSV_SUFFIXES),
        ("parquet", _PARQUET_SUFFIXES),
        ("txt", _TXT_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def _folder_files(folder: Path) -> list[Path]:
    """Visible files directly in ``folder``, sorted by name; sub-folders are not descended into."""
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files named by ``paths`` (files, folders, glob patterns), in order, each once.

    Raises InputError for a path or pattern that matches nothing, an empty folder, or a file named explicitly whose
    kind is unsupported. Files of an unsupported kind found in a folder or by a glob are kept: they become rejects.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)

    for given in paths:
        text = str(given)
        if _GLOB_CHARS.search(text) and not Path(text).exists():
            matches = sorted(glob.glob(os.path.expanduser(text), recursive=True))
            files: list[Path] = []
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    files.extend(_folder_files(mp))
                elif mp.is_file() and not mp.name.startswith("."):
                    files.append(mp)
            if not files:
                raise InputError(text, "the pattern matches no file")
            for f in files:
                add(f)
            continue
        p = Path(os.path.expanduser(text))
        if p.is_dir():
            files = _folder_files(p)
            if not files:
                raise InputError(text, "the folder holds no file")
            for f in files:
                add(f)
        elif p.is_file():
            if _kind_of(p) is None:
                raise InputError(
                    text, f"unsupported input file type (valid: {', '.join(SUPPORTED_SUFFIXES)}, or a folder)"
                )
            add(p)
        else:
            raise InputError(text, "no such file or folder")
    return out


# --------------------------------------------------------------------------------------------------------------------
# Values


def snippet(text: str | bytes) -> str:
    """A one-line excerpt of at most SNIPPET_CHARS characters, control characters shown as spaces."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    head = text[: SNIPPET_CHARS * 2]
    one_line = "".join(ch if ch.isprintable() else " " for ch in head).strip()
    return one_line[:SNIPPET_CHARS]


def parse_date(value: str) -> dt.date | None:
    """The date in an ISO date, a compact YYYYMMDD date, or an ISO datetime (its date part); None if invalid."""
    s = value.strip()
    try:
        if _DATE_DASHED.fullmatch(s):
            return dt.date.fromisoformat(s)
        if _DATE_COMPACT.fullmatch(s):
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if _DATETIME.fullmatch(s):
            return dt.datetime.fromisoformat(s).date()
    except ValueError:
        return None
    return None


def _type_name(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
        bytes: "bytes",
        str: "a string",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Bad(Exception):
    """A record that fails a check: its reason code and message."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def _record_id(record: dict[str, Any]) -> str | None:
    """The id as a string if it has a usable type, for the Reject; None otherwise."""
    value = record.get("id")
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _check_record(record: dict[str, Any], default_date: dt.date | None, max_chars: int) -> Article:
    """Validate one record (already decoded to Python values) into an Article, or raise _Bad."""
    missing = []
    for name in REQUIRED_FIELDS:
        value = record.get(name)
        if name == "text" and isinstance(value, str):
            continue  # a text that is there but blank is empty_text, checked below
        if name == "date" and default_date is not None:
            continue
        if _is_missing(value):
            missing.append(name)
    if missing:
        what = ", ".join(repr(f) for f in missing)
        raise _Bad("missing_field", f"missing or null field {what} (valid: every record has id, text and date)")

    raw_id = record["id"]
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    elif isinstance(raw_id, str):
        article_id = raw_id
    else:
        raise _Bad("not_text", f"id is {_type_name(raw_id)} (valid: a string or an integer)")

    text = record["text"]
    if not isinstance(text, str):
        raise _Bad("not_text", f"text is {_type_name(text)} (valid: a string)")
    if "\x00" in text:
        raise _Bad("not_text", "text holds a NUL character: binary data, not text (valid: plain UTF-8 text)")

    optional: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _Bad("not_text", f"{name} is {_type_name(value)} (valid: a string or null)")
        optional[name] = value or None

    raw_date = record.get("date")
    date: dt.date | None
    if _is_missing(raw_date):
        date = default_date
    elif isinstance(raw_date, dt.datetime):
        date = raw_date.date()
    elif isinstance(raw_date, dt.date):
        date = raw_date
    elif isinstance(raw_date, str):
        date = parse_date(raw_date)
        if date is None:
            raise _Bad("bad_date", f"date {snippet(raw_date)[:40]!r} is not a date ({_VALID_DATES})")
    else:
        raise _Bad("not_text", f"date is {_type_name(raw_date)} (valid: a string, {_VALID_DATES})")
    assert date is not None

    if not text.strip():
        raise _Bad("empty_text", "text is empty or only whitespace (valid: a non-blank string)")
    if len(text) > max_chars:
        raise _Bad("too_long", f"text has {len(text):,} characters (valid: at most max_chars={max_chars:,})")

    return Article(
        id=article_id,
        text=text,
        date=date,
        title=optional["title"],
        url=optional["url"],
        publisher=optional["publisher"],
        language=optional["language"] or "en",
    )


def _encoding_message(raw: bytes, err: UnicodeDecodeError) -> str:
    bad = raw[err.start : err.start + 1].hex()
    return f"byte 0x{bad} at offset {err.start} is not UTF-8 (valid: UTF-8 text; re-save the file as UTF-8)"


# --------------------------------------------------------------------------------------------------------------------
# Formats. Each yields (line, record dict) or a Reject; the shared checks run in iter_articles.

_Item = tuple[int | None, dict[str, Any], str] | Reject  # (line, record, raw text for the snippet)


def _open_bytes(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _read_jsonl(path: Path) -> Iterator[_Item]:
    file = str(path)
    with _open_bytes(path) as fh:
        for line_no, raw in enumerate(fh, start=1):
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as err:
                yield Reject(file, line_no, _sniff_id(raw), "encoding", _encoding_message(raw, err), snippet(raw))
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                msg = f"not valid JSON: {err.msg} at column {err.colno} (valid: one JSON object per line)"
                yield Reject(file, line_no, _sniff_id(raw), "invalid_json", msg, snippet(line))
                continue
            if not isinstance(record, dict):
                msg = f"the line is {_type_name(record)}, not a JSON object (valid: one JSON object per line)"
                yield Reject(file, line_no, None, "invalid_json", msg, snippet(line))
                continue
            yield (line_no, record, line)


_ID_SNIFF = re.compile(rb'"id"\s*:\s*"([^"\\]{1,200})"')


def _sniff_id(raw: bytes) -> str | None:
    """The id of a line that does not parse, when it can be seen plainly, so the Reject can name the article."""
    m = _ID_SNIFF.search(raw)
    if not m:
        return None
    try:
        return m.group(1).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _csv_lines(fh: IO[bytes]) -> Iterator[str]:
    """Decoded lines for csv.reader. Bad bytes become lone surrogates, so the row holding them is rejected alone."""
    for line_no, raw in enumerate(fh, start=1):
        if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield raw.decode("utf-8", errors="surrogateescape")


_SURROGATE = re.compile("[\udc80-\udcff]")


def _read_csv(path: Path) -> Iterator[_Item]:
    file = str(path)
    # csv's default field limit (128 KiB) is below max_chars; our own too_long check must be the one that decides.
    if csv.field_size_limit() < 2**31 - 1:
        csv.field_size_limit(2**31 - 1)
    with _open_bytes(path) as fh:
        reader = csv.reader(_csv_lines(fh), strict=False)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Reject(
                file, 1, None, "bad_row", f"unreadable CSV header: {err} (valid: a header row of column names)"
            )
            return
        header = [h.strip() for h in header]
        next_start = reader.line_num + 1
        while True:
            start = next_start
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                next_start = reader.line_num + 1
                yield Reject(file, start, None, "bad_row", f"unreadable CSV row: {err} (valid: RFC 4180 quoting)")
                continue
            next_start = reader.line_num + 1
            if not row:
                continue
            raw = ",".join(row)
            bad_bytes = _SURROGATE.search(raw)
            if bad_bytes:
                raw_bytes = raw.encode("utf-8", errors="surrogateescape")
                ch = bad_bytes.group(0)
                msg = f"byte 0x{ord(ch) - 0xDC00:02x} is not UTF-8 (valid: UTF-8 text; re-save the file as UTF-8)"
                ident = _csv_id(header, row)
                if ident is not None and _SURROGATE.search(ident):
                    ident = None
                yield Reject(file, start, ident, "encoding", msg, snippet(raw_bytes))
                continue
            if len(row) > len(header):
                msg = (
                    f"the row has {len(row)} fields but the header has {len(header)} "
                    "(valid: one field per column; quote fields that hold commas)"
                )
                yield Reject(file, start, _csv_id(header, row), "bad_row", msg, snippet(raw))
                continue
            record = {name: (row[i] if i < len(row) else None) for i, name in enumerate(header)}
            yield (start, record, raw)


def _csv_id(header: list[str], row: list[str]) -> str | None:
    """The row's id for a Reject, when the header has an id column and the row a non-blank value in it."""
    if "id" not in header:
        return None
    i = header.index("id")
    return row[i] if i < len(row) and row[i].strip() else None


def _read_parquet(path: Path) -> Iterator[_Item]:
    import pyarrow.parquet as pq

    file = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as err:  # noqa: BLE001 - pyarrow raises several types for a broken file
        msg = f"not a readable Parquet file: {snippet(str(err))[:80]} (valid: a Parquet file with id, text, date)"
        yield Reject(file, None, None, "not_text", msg, "")
        return
    names = pf.schema_arrow.names
    wanted = [n for n in REQUIRED_FIELDS + OPTIONAL_FIELDS if n in names]
    row_no = 0
    batches = pf.iter_batches(batch_size=_PARQUET_BATCH_ROWS, columns=wanted)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except Exception as err:  # noqa: BLE001 - a corrupt page: report it, keep the rows already read
            msg = (
                f"unreadable Parquet data after row {row_no}: {snippet(str(err))[:80]} (valid: an intact Parquet file)"
            )
            yield Reject(file, row_no + 1, None, "not_text", msg, "")
            return
        columns = {name: batch.column(name).to_pylist() for name in wanted}
        for i in range(batch.num_rows):
            row_no += 1
            record = {name: columns[name][i] for name in wanted}
            bad = _decode_binary_fields(record)
            if bad is not None:
                field, err, raw = bad
                msg = f"{field}: {_encoding_message(raw, err)}"
                yield Reject(file, row_no, _record_id(record), "encoding", msg, snippet(raw))
                continue
            yield (row_no, record, _record_snippet(record))


def _decode_binary_fields(record: dict[str, Any]) -> tuple[str, UnicodeDecodeError, bytes] | None:
    """Decode binary Parquet values in place; the first field that is not UTF-8, if any."""
    for name, value in record.items():
        if isinstance(value, bytes):
            try:
                record[name] = value.decode("utf-8")
            except UnicodeDecodeError as err:
                return name, err, value
    return None


def _record_snippet(record: dict[str, Any]) -> str:
    text = record.get("text")
    return text if isinstance(text, str) else json.dumps(record, default=str, ensure_ascii=False)


def _read_txt(path: Path, max_chars: int, default_date: dt.date | None) -> Iterator[_Item]:
    file = str(path)
    limit = max_chars * 4 + 1024  # a UTF-8 character is at most 4 bytes, plus room for a date line
    with path.open("rb") as fh:
        raw = fh.read(limit + 1)
    ident = path.stem
    if b"\x00" in raw[:8192]:
        yield Reject(file, None, ident, "not_text", "a binary file, not text (valid: a plain UTF-8 .txt file)", "")
        return
    if len(raw) > limit:
        msg = f"the file is larger than {limit:,} bytes (valid: text of at most max_chars={max_chars:,})"
        yield Reject(file, None, ident, "too_long", msg, snippet(raw))
        return
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        msg = f"line {line}: {_encoding_message(raw, err)}"
        yield Reject(file, None, ident, "encoding", msg, snippet(raw[max(0, err.start - 40) : err.start + 40]))
        return
    first, _sep, rest = content.partition("\n")
    record: dict[str, Any] = {"id": ident, "text": content}
    m = _TXT_DATE_LINE.fullmatch(first.rstrip("\r"))
    if m:
        record["date"] = m.group(1)
        record["text"] = rest
        if not m.group(1):
            msg = f"the first line 'date:' has no date ({_VALID_DATES})"
            yield Reject(file, None, ident, "bad_date", msg, snippet(first))
            return
    elif default_date is None:
        msg = "no date (valid: a first line 'date: YYYY-MM-DD', or a default date for the run)"
        yield Reject(file, None, ident, "missing_field", msg, snippet(first))
        return
    yield (None, record, content)


# --------------------------------------------------------------------------------------------------------------------
# The reader


def iter_articles(
    paths: Sequence[str | Path],
    *,
    default_date: dt.date | None = None,
    max_chars: int = 200_000,
) -> Iterator[Article | Reject]:
    """Stream the articles in ``paths`` (files, folders, globs), with a Reject in place of each bad record.

    ``default_date`` is used where a record has no date (a .txt file without a ``date:`` line, an empty date cell).
    Raises InputError now, before reading, if a path matches nothing.
    """
    files = expand_paths(paths)
    return _iter_files(files, default_date, max_chars)


def _iter_files(files: list[Path], default_date: dt.date | None, max_chars: int) -> Iterator[Article | Reject]:
    accepted_ids: set[str] = set()
    for path in files:
        file = str(path)
        kind = _kind_of(path)
        items: Iterator[_Item]
        if kind == "jsonl":
            items = _read_jsonl(path)
        elif kind == "csv":
            items = _read_csv(path)
        elif kind == "parquet":
            items = _read_parquet(path)
        elif kind == "txt":
            items = _read_txt(path, max_chars, default_date)
        else:
            msg = f"unsupported file type (valid: {', '.join(SUPPORTED_SUFFIXES)})"
            yield Reject(file, None, None, "not_text", msg, "")
            continue
        try:
            for item in items:
                if isinstance(item, Reject):
                    yield item
                    continue
                line, record, raw = item
                try:
                    article = _check_record(record, default_date, max_chars)
                except _Bad as bad:
                    yield Reject(file, line, _record_id(record), bad.reason, bad.message, snippet(raw))
                    continue
                if article.id in accepted_ids:
                    msg = f"id {snippet(article.id)[:60]!r} was already read in this run (valid: ids unique across the inputs; the first one is kept)"
                    yield Reject(file, line, article.id, "duplicate_id", msg, snippet(raw))
                    continue
                accepted_ids.add(article.id)
                yield article
        except OSError as err:
            # A file that vanishes or cannot be read mid-run is one reject, not the end of the run.
            yield Reject(
                file,
                None,
                None,
                "not_text",
                f"cannot read the file: {err.strerror or err} (valid: a readable file)",
                "",
            )


# --------------------------------------------------------------------------------------------------------------------
# Writing rejects (the one function here with file-system effects)

_RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_REJECT_BATCH_ROWS = 1024


def engine_rejects(results: Iterable[CodingResult], where: str) -> list[Reject]:
    """One reject for each sentence the engine failed on (a Coder that is not strict), ``where`` naming the shard."""
    return [
        Reject(
            where, None, r.article_id, "engine_error",
            f"sentence {index} of the article: {error} (an error in the engine: this sentence yields no events; the"
            " article's other sentences are coded. Please report it with the sentence.)",
            snippet(text),
        )
        for r in results for index, error, text in r.errors
    ]


def write_engine_errors(results: Iterable[CodingResult], out_dir: Path, key: str) -> int:
    """Write the sentences the engine failed on in shard ``key`` to ``out_dir/rejects/engine-errors-<key>.parquet``
    (and ``.jsonl``), when there are any; return how many."""
    failed = engine_rejects(results, f"shard {key}")
    if failed:
        write_rejects(failed, out_dir, key, stem="engine-errors")
    return len(failed)


def write_rejects(rejects: Iterable[Reject], out_dir: Path, run_id: str, stem: str = "rejects") -> Path:
    """Write ``out_dir/rejects/<stem>-<run_id>.parquet`` and a ``.jsonl`` twin; return the Parquet path.

    Both files appear atomically (written under a temporary name, then renamed), so a reader never sees half a file.
    They are written even when there are no rejects, so a run always leaves its record.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from coding.schema import REJECT_SCHEMA

    if not _RUN_ID.fullmatch(run_id):
        raise ValueError(f"run_id {run_id!r} is not a safe file name part (valid: letters, digits, '.', '_', '-')")
    folder = Path(out_dir) / "rejects"
    folder.mkdir(parents=True, exist_ok=True)
    parquet_path = folder / f"{stem}-{run_id}.parquet"
    jsonl_path = folder / f"{stem}-{run_id}.jsonl"
    tmp_parquet = folder / f".{stem}-{run_id}.parquet.{os.getpid()}.tmp"
    tmp_jsonl = folder / f".{stem}-{run_id}.jsonl.{os.getpid()}.tmp"
    names = REJECT_SCHEMA.names

    def flush(rows: list[Reject], writer: pq.ParquetWriter) -> None:
        columns = {name: [getattr(r, name) for r in rows] for name in names}
        writer.write_table(pa.Table.from_pydict(columns, schema=REJECT_SCHEMA))

    try:
        with pq.ParquetWriter(tmp_parquet, REJECT_SCHEMA) as writer, tmp_jsonl.open("w", encoding="utf-8") as jf:
            batch: list[Reject] = []
            for reject in rejects:
                jf.write(json.dumps({name: getattr(reject, name) for name in names}, ensure_ascii=False) + "\n")
                batch.append(reject)
                if len(batch) >= _REJECT_BATCH_ROWS:
                    flush(batch, writer)
                    batch = []
            if batch:
                flush(batch, writer)
        os.replace(tmp_jsonl, jsonl_path)
        os.replace(tmp_parquet, parquet_path)
    finally:
        for tmp in (tmp_parquet, tmp_jsonl):
            tmp.unlink(missing_ok=True)
    return parquet_path


__all__ = [
    "SUPPORTED_SUFFIXES",
    "InputError",
    "engine_rejects",
    "expand_paths",
    "iter_articles",
    "parse_date",
    "snippet",
    "write_engine_errors",
    "write_rejects",
]
