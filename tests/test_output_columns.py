"""coding.output builds its Arrow columns from buffers: the same arrays as pa.array, without importing pandas."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from coding.output import arrow_column, events_table
from coding.records import Event
from coding.schema import EVENT_SCHEMA

REPO = Path(__file__).resolve().parents[1]

CASES = [
    (pa.string(), ["Kyiv", None, "", "Zelenskyy – Київ", "x" * 300, None]),
    (pa.string(), []),
    (pa.string(), [None, None]),
    (pa.int8(), [1, 4, -3, 127]),
    (pa.int8(), [1, None, 2]),
    (pa.int32(), [0, 2**31 - 1, -5]),
    (pa.float32(), [-10.0, 3.4, 0.1, 7]),
    (pa.float32(), [None, 1.5]),
    (pa.date32(), [dt.date(2023, 3, 21), dt.date(1969, 12, 31), dt.date(1970, 1, 1), None]),
    (pa.int64(), [1, None]),  # not a fixed-width type of the events schema: through pa.array
]


@pytest.mark.parametrize("type_, values", CASES, ids=[f"{t}-{len(v)}" for t, v in CASES])
def test_column_equals_pa_array(type_, values):
    got = arrow_column(values, type_)
    got.validate(full=True)
    assert got.type == type_
    assert got.equals(pa.array(values, type=type_))
    assert got.to_pylist() == pa.array(values, type=type_).to_pylist()


def test_int8_out_of_range_is_refused():
    with pytest.raises(OverflowError):
        arrow_column([300], pa.int8())


def _event(k: int) -> Event:
    return Event(
        event_id=f"e{k}", article_id=f"a{k % 3}", date=dt.date(2020 + k % 4, 1 + k % 12, 1 + k % 28), date_source="article",
        source="RUS", target="UKRGOV", source_country="RUS", target_country=None if k % 2 else "UKR",
        source_role=None, target_role="GOV" if k % 3 else None, source_text="Russia", target_text="Kyiv",
        action="0" + str(10 + k % 90), action_root=str(10 + k % 10), action_name="act é", quad_class=1 + k % 4,
        goldstein=-10.0 + k / 7, sentence_index=k, sentence=f"Sentence {k}.", verb_text="met", rule_id="consult.meet",
        url=None if k % 5 else f"https://example.org/{k}", publisher=None, codebook="cameo", codebook_hash="h",
        model="m", pipeline_version="1",
    )


def test_events_table_matches_from_pydict():
    events = [_event(k) for k in range(40)]
    table = events_table(events, {"codebook_hash": "h"})
    columns = {f.name: [getattr(e, f.name) for e in events] for f in EVENT_SCHEMA}
    assert table.equals(pa.Table.from_pydict(columns, schema=EVENT_SCHEMA))
    table.validate(full=True)
    assert table.schema.metadata == {b"codebook_hash": b"h"}
    assert events_table([]).num_rows == 0


def test_writing_a_shard_does_not_import_pandas(tmp_path):
    script = f"""
import sys, datetime as dt
sys.path.insert(0, {str(REPO)!r})
from coding.output import write_shard
from coding.records import Event
ev = Event(event_id="e", article_id="a", date=dt.date(2023, 1, 2), date_source="article", source="RUS", target="UKR",
           source_country="RUS", target_country=None, source_role=None, target_role=None, source_text="Russia",
           target_text="Ukraine", action="190", action_root="19", action_name="fight", quad_class=4, goldstein=-10.0,
           sentence_index=0, sentence="Russia attacked Ukraine.", verb_text="attacked", rule_id="r", url=None,
           publisher=None, codebook="c", codebook_hash="h", model="m", pipeline_version="p")
write_shard({str(tmp_path)!r}, "k", ["a"], [ev], {{"codebook_hash": "h"}})
print("pandas" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_coverage_file_equals_from_pylist(tmp_path):
    import pyarrow.parquet as pq

    from coding.coverage import COVERAGE_SCHEMA, write_coverage

    rows = [{"kind": "unresolved", "text": "Desmond Tutu", "article_id": f"a{k}", "sentence_index": k, "sentence": "Ré.",
             "shard": "s", "codebook_hash": "h"} for k in range(5)]
    written = pq.read_table(write_coverage(tmp_path, "s", rows))
    assert written.equals(pa.Table.from_pylist(rows, schema=COVERAGE_SCHEMA))
    assert pq.read_table(write_coverage(tmp_path, "s", [])).num_rows == 0
