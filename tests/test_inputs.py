"""Reading articles: every bad record becomes exactly one Reject with its reason and line; good ones come through intact."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coding.inputs import InputError, expand_paths, iter_articles, parse_date, write_rejects
from coding.records import REJECT_REASONS, Article, Reject
from coding.schema import REJECT_SCHEMA

MAX_CHARS = 500
LONG = "Arnor met Gondor. " * 30  # 540 characters, over MAX_CHARS


def good_record(prefix: str, i: int) -> dict:
    """A valid article whose text has what readers tend to mangle: quotes, commas, newlines, non-ASCII."""
    return {
        "id": f"{prefix}-{i}",
        "text": f'Arnor\'s envoy met Gondor, "again", in Minas Tirith — talks #{i}.\nRohan said: ça va, ✓.',
        "date": f"2023-0{1 + i % 9}-1{i % 10}",
        "title": f"Talks {i}",
        "url": None if i % 2 else f"https://example.org/{prefix}/{i}",
        "publisher": "Sample Wire",
    }


def as_article(rec: dict) -> Article:
    return Article(
        id=str(rec["id"]),
        text=rec["text"],
        date=rec["date"] if isinstance(rec["date"], dt.date) else dt.date.fromisoformat(rec["date"]),
        title=rec.get("title") or None,
        url=rec.get("url") or None,
        publisher=rec.get("publisher") or None,
    )


def jline(**fields: object) -> bytes:
    return json.dumps(fields).encode()


OK = {"text": "Arnor met Gondor.", "date": "2023-01-02"}

# (case name, the line's bytes, expected reason)
JSONL_CASES: list[tuple[str, bytes, str]] = [
    ("json_truncated", b'{"id": "j1", "text": "Arnor met Gondor.", "date": "2023-01-02"', "invalid_json"),
    ("json_prose", b"Arnor met Gondor on Tuesday.", "invalid_json"),
    ("json_single_quotes", b"{'id': 'j3', 'text': 'Arnor met Gondor.', 'date': '2023-01-02'}", "invalid_json"),
    ("json_array", b'["j4", "Arnor met Gondor.", "2023-01-02"]', "invalid_json"),
    ("json_trailing_comma", b'{"id": "j5", "text": "Arnor met Gondor.", "date": "2023-01-02",}', "invalid_json"),
    ("missing_date", jline(id="j6", text="Arnor met Gondor."), "missing_field"),
    ("missing_id", jline(**OK), "missing_field"),
    ("missing_text", jline(id="j8", date="2023-01-02"), "missing_field"),
    ("null_date", jline(id="j9", text="Arnor met Gondor.", date=None), "missing_field"),
    ("blank_id", jline(id="   ", **OK), "missing_field"),
    ("null_text", jline(id="j11", text=None, date="2023-01-02"), "missing_field"),
    ("date_month_13", jline(id="j12", text="x", date="2023-13-01"), "bad_date"),
    ("date_feb_30", jline(id="j13", text="x", date="2023-02-30"), "bad_date"),
    ("date_words", jline(id="j14", text="x", date="last Tuesday"), "bad_date"),
    ("date_us_slashes", jline(id="j15", text="x", date="04/26/2023"), "bad_date"),
    ("date_compact_invalid", jline(id="j16", text="x", date="20231301"), "bad_date"),
    ("date_bad_time", jline(id="j17", text="x", date="2023-04-26T25:00:00"), "bad_date"),
    ("text_empty", jline(id="j18", text="", date="2023-01-02"), "empty_text"),
    ("text_whitespace", jline(id="j19", text=" \n\t \u00a0", date="2023-01-02"), "empty_text"),
    ("duplicate_of_first_good", jline(id="jsonl-0", **OK), "duplicate_id"),
    ("text_too_long", jline(id="j21", text=LONG, date="2023-01-02"), "too_long"),
    ("text_number", jline(id="j22", text=42, date="2023-01-02"), "not_text"),
    ("text_list", jline(id="j23", text=["Arnor", "met"], date="2023-01-02"), "not_text"),
    ("text_nul", jline(id="j24", text="Arnor\x00Gondor", date="2023-01-02"), "not_text"),
    ("title_object", jline(id="j25", title={"en": "Talks"}, **OK), "not_text"),
    ("id_boolean", jline(id=True, **OK), "not_text"),
    ("date_number", jline(id="j27", text="x", date=20230426), "not_text"),
    ("latin1_byte", b'{"id": "j28", "text": "Caf\xe9 talks", "date": "2023-01-02"}', "encoding"),
    ("invalid_bytes", b'{"id": "j29", "text": "\xff\xfe", "date": "2023-01-02"}', "encoding"),
    ("truncated_utf8", b'{"id": "j30", "text": "costs 5 \xe2\x82", "date": "2023-01-02"}', "encoding"),
]

# CSV rows under the header id,text,date,title
CSV_CASES: list[tuple[str, bytes, str]] = [
    ("csv_empty_date", b"c1,Arnor met Gondor.,,T", "missing_field"),
    ("csv_empty_id", b",Arnor met Gondor.,2023-01-02,T", "missing_field"),
    ("csv_bad_date", b"c3,Arnor met Gondor.,2023-04-31,T", "bad_date"),
    ("csv_blank_text", b'c4,"   ",2023-01-02,T', "empty_text"),
    ("csv_latin1", b"c5,Caf\xe9 talks,2023-01-02,T", "encoding"),
    ("csv_duplicate_across_files", b"jsonl-1,Arnor met Gondor.,2023-01-02,T", "duplicate_id"),
    ("csv_too_long", b"c7," + LONG.encode() + b",2023-01-02,T", "too_long"),
    ("csv_nul", b'c8,"Arnor\x00Gondor",2023-01-02,T', "not_text"),
    ("csv_unquoted_comma", b"c9,Arnor met Gondor, then left,2023-01-02,T", "bad_row"),
]

# Parquet rows of a file with string columns id, text, date, title
PARQUET_CASES: list[tuple[str, dict, str]] = [
    ("pq_null_date", {"id": "p1", "text": "Arnor met Gondor.", "date": None}, "missing_field"),
    ("pq_null_text", {"id": "p2", "text": None, "date": "2023-01-02"}, "missing_field"),
    ("pq_bad_date", {"id": "p3", "text": "x", "date": "2023-02-30"}, "bad_date"),
    ("pq_empty_text", {"id": "p4", "text": "", "date": "2023-01-02"}, "empty_text"),
    ("pq_duplicate", {"id": "csv-0", "text": "x", "date": "2023-01-02"}, "duplicate_id"),
    ("pq_too_long", {"id": "p6", "text": LONG, "date": "2023-01-02"}, "too_long"),
    ("pq_nul", {"id": "p7", "text": "a\x00b", "date": "2023-01-02"}, "not_text"),
]

# Parquet rows of a file with typed columns: id int64, text binary, date date32
PARQUET_TYPED_CASES: list[tuple[str, dict, str]] = [
    ("pqt_latin1", {"id": 901, "text": b"Caf\xe9 talks", "date": dt.date(2023, 1, 2)}, "encoding"),
    ("pqt_null_date", {"id": 902, "text": b"Arnor met Gondor.", "date": None}, "missing_field"),
]

# .txt files: (case name, file name, bytes, expected reason); read without a default date
TXT_CASES: list[tuple[str, str, bytes, str]] = [
    ("txt_binary", "b-image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not_text"),
    ("txt_latin1", "b-latin1.txt", b"date: 2023-01-02\nCaf\xe9 talks in Arnor.", "encoding"),
    ("txt_blank", "b-blank.txt", b"date: 2023-01-02\n   \n\n", "empty_text"),
    ("txt_bad_date", "b-bad-date.txt", b"date: 2023-99-01\nArnor met Gondor.", "bad_date"),
    ("txt_empty_date_line", "b-empty-date.txt", b"date:\nArnor met Gondor.", "bad_date"),
    ("txt_no_date", "b-no-date.txt", b"Arnor met Gondor.", "missing_field"),
    ("txt_duplicate", "jsonl-2.txt", b"date: 2023-01-02\nArnor met Gondor.", "duplicate_id"),
    ("txt_too_long", "b-long.txt", b"date: 2023-01-02\n" + LONG.encode(), "too_long"),
    ("txt_empty_file", "b-zero.txt", b"", "missing_field"),
]


def test_case_table_is_large_and_uses_known_reasons() -> None:
    cases = JSONL_CASES + CSV_CASES + PARQUET_CASES + PARQUET_TYPED_CASES + [(n, b, r) for n, _, b, r in TXT_CASES]
    assert len({c[0] for c in cases}) == len(cases) >= 30
    assert {c[2] for c in cases} <= set(REJECT_REASONS)
    required = {"invalid_json", "missing_field", "bad_date", "empty_text", "duplicate_id", "too_long", "not_text"}
    assert required | {"encoding"} <= {c[2] for c in cases}


def _write_csv_row(buf: io.BytesIO, rec: dict) -> None:
    text = io.StringIO(newline="")
    csv.writer(text).writerow([rec["id"], rec["text"], rec["date"], rec["title"]])
    buf.write(text.getvalue().encode())


def build_corpus(root: Path) -> tuple[list[Path], dict[tuple[str, int | None], tuple[str, str]], list[Article]]:
    """Write one file per format with good and bad records interleaved.

    Returns the input paths, the expected rejects keyed by (file, line) → (reason, case name), and the good
    articles in the order they must come out.
    """
    expected: dict[tuple[str, int | None], tuple[str, str]] = {}
    good: list[Article] = []

    jsonl = root / "a.jsonl"
    lines: list[bytes] = []
    for i, (name, raw, reason) in enumerate(JSONL_CASES):
        rec = good_record("jsonl", i)
        lines.append(json.dumps(rec, ensure_ascii=i % 2 == 0).encode())
        good.append(as_article(rec))
        lines.append(raw)
        expected[(str(jsonl), len(lines))] = (reason, name)
    jsonl.write_bytes(b"\n".join(lines) + b"\n")

    csv_path = root / "b.csv"
    buf = io.BytesIO()
    buf.write(b"id,text,date,title\r\n")
    for i, (name, raw, reason) in enumerate(CSV_CASES):
        rec = good_record("csv", i)
        _write_csv_row(buf, rec)  # the good text spans two lines, so row and line numbers differ
        good.append(as_article({**rec, "url": None, "publisher": None}))
        line = buf.getvalue().count(b"\n") + 1
        buf.write(raw + b"\r\n")
        expected[(str(csv_path), line)] = (reason, name)
    csv_path.write_bytes(buf.getvalue())

    pq_path = root / "c.parquet"
    rows: list[dict] = []
    for i, (name, row, reason) in enumerate(PARQUET_CASES):
        rec = good_record("pq", i)
        rows.append({k: rec[k] for k in ("id", "text", "date", "title")})
        good.append(as_article({**rec, "url": None, "publisher": None}))
        rows.append({"title": None, **row})
        expected[(str(pq_path), len(rows))] = (reason, name)
    schema = pa.schema([("id", pa.string()), ("text", pa.string()), ("date", pa.string()), ("title", pa.string())])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), pq_path, row_group_size=5)

    typed_path = root / "d.parquet"
    rows = []
    for i, (name, row, reason) in enumerate(PARQUET_TYPED_CASES):
        rec = {"id": 800 + i, "text": f"Arnor met Gondor, row {i}. ✓".encode(), "date": dt.date(2024, 2, 29)}
        rows.append(rec)
        good.append(Article(id=str(800 + i), text=rec["text"].decode(), date=rec["date"]))
        rows.append(row)
        expected[(str(typed_path), len(rows))] = (reason, name)
    schema = pa.schema([("id", pa.int64()), ("text", pa.binary()), ("date", pa.date32())])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), typed_path)

    txt_dir = root / "e-txt"
    txt_dir.mkdir()
    for i, (name, file_name, raw, reason) in enumerate(TXT_CASES):
        stem = f"a-good-{i:02d}"
        (txt_dir / f"{stem}.txt").write_bytes(f"Date: 2025-03-0{1 + i % 9}\nArnor met Gondor, file {i}.\n".encode())
        good.append(Article(id=stem, text=f"Arnor met Gondor, file {i}.\n", date=dt.date(2025, 3, 1 + i % 9)))
        (txt_dir / file_name).write_bytes(raw)
        expected[(str(txt_dir / file_name), None)] = (reason, name)
    # Sorted by name, the good files (a-…) come first, then the bad ones (b-…, jsonl-2.txt).
    good_txt = [a for a in good if a.id.startswith("a-good-")]
    good = [a for a in good if not a.id.startswith("a-good-")] + good_txt

    return [jsonl, csv_path, pq_path, typed_path, txt_dir], expected, good


def test_every_bad_record_gives_its_reason_and_line_and_good_ones_pass_intact(tmp_path: Path) -> None:
    paths, expected, good = build_corpus(tmp_path)
    out = list(iter_articles(paths, max_chars=MAX_CHARS))

    rejects = [r for r in out if isinstance(r, Reject)]
    got = {(r.file, r.line): (r.reason, "") for r in rejects}
    assert len(got) == len(rejects), "two rejects for one record"
    wrong = {
        name: (reason, got.get(key, ("nothing", ""))[0])
        for key, (reason, name) in expected.items()
        if got.get(key, ("", ""))[0] != reason
    }
    assert not wrong, f"case: (expected, got) = {wrong}"
    assert set(got) == set(expected), f"unexpected rejects: {set(got) - set(expected)}"

    assert [a for a in out if isinstance(a, Article)] == good

    for r in rejects:
        assert r.message and "\n" not in r.message and "valid" in r.message, r
        assert len(r.snippet) <= 120 and "\n" not in r.snippet, r


def test_rejects_name_the_article_when_its_id_is_readable(tmp_path: Path) -> None:
    paths, _, _ = build_corpus(tmp_path)
    by_line = {
        (Path(r.file).name, r.line): r for r in iter_articles(paths, max_chars=MAX_CHARS) if isinstance(r, Reject)
    }

    def jsonl(case: str) -> Reject:
        index = [name for name, _, _ in JSONL_CASES].index(case)
        return by_line[("a.jsonl", 2 * index + 2)]  # each bad line follows one good line

    assert jsonl("json_truncated").article_id == "j1"  # the JSON does not parse, but the id is plain to see
    assert jsonl("missing_id").article_id is None
    assert jsonl("latin1_byte").article_id == "j28"  # a bad byte elsewhere in the line
    assert jsonl("duplicate_of_first_good").article_id == "jsonl-0"
    assert by_line[("d.parquet", 2)].article_id == "901"
    assert by_line[("b-latin1.txt", None)].article_id == "b-latin1"


def test_a_parquet_column_of_the_wrong_type_rejects_each_row(tmp_path: Path) -> None:
    path = tmp_path / "numbers.parquet"
    pq.write_table(pa.table({"id": ["n1", "n2"], "text": [1, 2], "date": ["2023-01-01", "2023-01-02"]}), path)
    out = list(iter_articles([path]))
    assert [(r.line, r.reason, r.article_id) for r in out] == [(1, "not_text", "n1"), (2, "not_text", "n2")]


def test_a_file_that_is_not_parquet_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not parquet")
    [r] = list(iter_articles([path]))
    assert r.reason == "not_text" and "Parquet" in r.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-26", dt.date(2023, 4, 26)),
        ("20230426", dt.date(2023, 4, 26)),
        ("2023-04-26T23:30:00", dt.date(2023, 4, 26)),
        ("2023-04-26T23:30:00Z", dt.date(2023, 4, 26)),
        ("2023-04-26T23:30:00-05:00", dt.date(2023, 4, 26)),  # the date as written, not shifted to UTC
        ("2023-04-26 08:15", dt.date(2023, 4, 26)),
        ("2023-04-26T08:15:00.123456+02:00", dt.date(2023, 4, 26)),
        (" 2024-02-29 ", dt.date(2024, 2, 29)),
        ("2023-02-29", None),
        ("2023-4-26", None),
        ("26.04.2023", None),
        ("April 26, 2023", None),
        ("2023-04-26T", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


def test_txt_date_line_wins_over_default_date_and_is_not_text(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_bytes(b"\xef\xbb\xbfdate: 2023-04-26\r\nXi met Putin.")
    (tmp_path / "undated.txt").write_text("Xi met Putin.\nThey talked.", encoding="utf-8")
    out = list(iter_articles([tmp_path], default_date=dt.date(2020, 1, 1)))
    assert out == [
        Article(id="dated", text="Xi met Putin.", date=dt.date(2023, 4, 26)),
        Article(id="undated", text="Xi met Putin.\nThey talked.", date=dt.date(2020, 1, 1)),
    ]


def test_utf8_bom_is_fine_in_jsonl_and_csv(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + jline(id="a", **OK) + b"\n")
    (tmp_path / "b.csv").write_bytes(b"\xef\xbb\xbfid,text,date\r\nb,Arnor met Gondor.,2023-01-02\r\n")
    out = list(iter_articles([tmp_path / "a.jsonl", tmp_path / "b.csv"]))
    assert [(a.id, a.text) for a in out] == [("a", "Arnor met Gondor."), ("b", "Arnor met Gondor.")]


def test_jsonl_ignores_unknown_keys_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(jline(id="a", source="seed", tags=["x"], **OK) + b"\n\n  \n" + jline(id="b", **OK) + b"\n")
    assert [a.id for a in iter_articles([path])] == ["a", "b"]


def test_globs_folders_and_files_expand_in_order_each_once(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    for name in ("1.jsonl", "2.jsonl", "3.csv"):
        (tmp_path / "x" / name).write_text("")
    (tmp_path / "x" / ".hidden.jsonl").write_text("")
    files = expand_paths([tmp_path / "x" / "2.jsonl", str(tmp_path / "x" / "*.jsonl"), tmp_path / "x"])
    assert [f.name for f in files] == ["2.jsonl", "1.jsonl", "3.csv"]
    assert [f.name for f in expand_paths([str(tmp_path / "**" / "*.csv")])] == ["3.csv"]


@pytest.mark.parametrize(
    "given",
    ["nothing-*.jsonl", "missing.jsonl", "empty-folder", "notes.docx"],
)
def test_a_path_that_matches_nothing_raises_input_error_at_call_time(tmp_path: Path, given: str) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "ok.jsonl").write_bytes(jline(id="a", **OK))
    with pytest.raises(InputError) as err:
        iter_articles([tmp_path / "ok.jsonl", tmp_path / given])  # raises before any reading
    assert err.value.path == str(tmp_path / given)
    assert given in str(err.value)


def test_an_unsupported_file_inside_a_folder_is_a_reject(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date: 2023-01-02\nArnor met Gondor.")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    out = list(iter_articles([tmp_path]))
    assert isinstance(out[0], Article)
    assert out[1].reason == "not_text" and out[1].file.endswith("notes.docx")


def test_reading_is_streamed_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "grow.jsonl"
    path.write_bytes(jline(id="a", **OK) + b"\n")
    it = iter_articles([path])
    assert next(it).id == "a"
    with path.open("ab") as fh:  # a reader that had loaded the file already would not see this line
        fh.write(jline(id="b", **OK) + b"\n")
    assert [a.id for a in it] == ["b"]


def test_write_rejects_writes_parquet_and_jsonl_atomically(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    paths, _, _ = build_corpus(tmp_path / "in")
    rejects = [r for r in iter_articles(paths, max_chars=MAX_CHARS) if isinstance(r, Reject)]
    out = write_rejects(iter(rejects), tmp_path / "out", "run-1")
    assert out == tmp_path / "out" / "rejects" / "rejects-run-1.parquet"
    table = pq.read_table(out)
    assert table.schema.equals(REJECT_SCHEMA)
    assert [Reject(**row) for row in table.to_pylist()] == rejects
    lines = (out.parent / "rejects-run-1.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Reject(**json.loads(line)) for line in lines] == rejects
    assert sorted(p.name for p in out.parent.iterdir()) == ["rejects-run-1.jsonl", "rejects-run-1.parquet"]


def test_write_rejects_with_none_still_leaves_a_record(tmp_path: Path) -> None:
    out = write_rejects([], tmp_path, "empty")
    assert pq.read_table(out).num_rows == 0
    assert (out.parent / "rejects-empty.jsonl").read_text() == ""


def test_write_rejects_refuses_an_unsafe_run_id(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="run_id"):
        write_rejects([], tmp_path, "../escape")


# --------------------------------------------------------------------------------------------------------------------
# Property: any valid articles, written out, read back the same.

_text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1, max_size=80)
_optional = st.none() | st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1)
_article = st.builds(
    Article,
    id=st.text(
        st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1, max_size=20
    ).filter(str.strip),
    text=_text.filter(str.strip),
    date=st.dates(min_value=dt.date(1000, 1, 1)),
    title=_optional,
    url=_optional,
    publisher=_optional,
)
_articles = st.lists(_article, max_size=8, unique_by=lambda a: a.id)


def _row(a: Article) -> dict:
    return {
        "id": a.id,
        "text": a.text,
        "date": a.date.isoformat(),
        "title": a.title,
        "url": a.url,
        "publisher": a.publisher,
    }


@settings(max_examples=150, deadline=None)
@given(articles=_articles, ascii_only=st.booleans())
def test_jsonl_round_trip(articles: list[Article], ascii_only: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.jsonl"
        with path.open("w", encoding="utf-8", newline="") as fh:
            for a in articles:
                fh.write(json.dumps({**_row(a), "extra": [1, 2]}, ensure_ascii=ascii_only) + "\n")
        assert list(iter_articles([path], max_chars=10_000)) == articles


@settings(max_examples=100, deadline=None)
@given(articles=_articles)
def test_csv_and_parquet_round_trip(articles: list[Article]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "a.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(_row(Article("x", "x", dt.date(2000, 1, 1)))))
            writer.writeheader()
            writer.writerows(_row(a) for a in articles)
        pq_path = Path(tmp) / "a.parquet"
        schema = pa.schema([(name, pa.string()) for name in ("id", "text", "date", "title", "url", "publisher")])
        pq.write_table(pa.Table.from_pylist([_row(a) for a in articles], schema=schema), pq_path)
        assert list(iter_articles([csv_path], max_chars=10_000)) == articles
        assert list(iter_articles([pq_path], max_chars=10_000)) == articles


# --------------------------------------------------------------------------------------------------------------------
# The bundled examples

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_sample_corpus_reads_clean_and_is_wire_sized() -> None:
    out = list(iter_articles([EXAMPLES / "sample_articles.jsonl"]))
    assert not [r for r in out if isinstance(r, Reject)]
    assert len(out) >= 24
    for article in out:
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", article.text.strip()) if s]
        assert 3 <= len(sentences) <= 8, (article.id, len(sentences))
        assert dt.date(2022, 1, 1) <= article.date <= dt.date(2025, 12, 31), article.id
        assert article.title and article.publisher


def test_sample_gold_matches_the_articles_and_covers_every_cameo_root(shared_dir: Path) -> None:
    articles = {a["id"]: a for a in _jsonl(EXAMPLES / "sample_articles.jsonl")}
    gold = _jsonl(EXAMPLES / "sample_gold.jsonl")
    assert [g["id"] for g in gold] == list(articles)
    with (shared_dir / "reference" / "cameo_codes.tsv").open(encoding="utf-8") as fh:
        cameo = {row["code"] for row in csv.DictReader(fh, delimiter="\t")}
    roots = set()
    for entry in gold:
        assert entry["events"], entry["id"]
        for event in entry["events"]:
            assert set(event) == {"source", "target", "code", "evidence"}, event
            assert event["code"] in cameo, event
            assert event["evidence"] in articles[entry["id"]]["text"], event
            for actor in (event["source"], event["target"]):
                assert re.fullmatch(r"(?:[A-Z]{3})+", actor), event
            roots.add(event["code"][:2])
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_bad_articles_demo_gives_five_articles_and_five_rejects() -> None:
    out = list(iter_articles([EXAMPLES / "bad_articles.jsonl"]))
    assert [a.id for a in out if isinstance(a, Article)] == [f"demo-good-{i}" for i in range(1, 6)]
    assert [(r.line, r.reason) for r in out if isinstance(r, Reject)] == [
        (2, "invalid_json"),
        (4, "missing_field"),
        (6, "bad_date"),
        (8, "empty_text"),
        (10, "duplicate_id"),
    ]
