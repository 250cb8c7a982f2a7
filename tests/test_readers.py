"""Every installed reader reads OUT/events as is: same rows, codes as strings, date as a date, goldstein as a float."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest
from analysis_data import EXPECTED, write_output


@pytest.fixture(scope="module")
def events_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_output(tmp_path_factory.mktemp("run")) / "events"


def _check(rows: int, actions: list[str], dates: list, goldstein: list) -> None:
    assert rows == EXPECTED["rows"]
    assert sorted(set(actions)) == ["010", "026", "036", "040", "061", "111", "190"]
    assert all(type(d) is dt.date for d in dates)
    assert min(goldstein) == -10.0 and max(goldstein) == pytest.approx(6.4)


def test_polars(events_dir: Path) -> None:
    import polars as pl

    df = pl.scan_parquet(events_dir / "**" / "*.parquet", hive_partitioning=True).collect()
    assert (df.schema["action"], df.schema["date"], df.schema["goldstein"]) == (pl.String, pl.Date, pl.Float32)
    assert df.schema["year"].is_integer() and df.schema["month"].is_integer()
    _check(df.height, df["action"].to_list(), df["date"].to_list(), df["goldstein"].to_list())


def test_duckdb(events_dir: Path) -> None:
    import duckdb

    con = duckdb.connect()
    rel = con.sql(f"select * from read_parquet('{events_dir}/**/*.parquet', hive_partitioning = true)")
    types = dict(zip(rel.columns, (str(t) for t in rel.types), strict=True))
    assert (types["action"], types["date"], types["goldstein"]) == ("VARCHAR", "DATE", "FLOAT")
    # duckdb leaves a zero-padded partition value ("month=04") a string unless told its type
    assert (types["year"], types["month"]) == ("BIGINT", "VARCHAR")
    typed = con.sql(f"""select distinct year, month from read_parquet('{events_dir}/**/*.parquet',
                        hive_partitioning = true, hive_types = {{'year': INTEGER, 'month': INTEGER}}) order by all""")
    assert [str(t) for t in typed.types] == ["INTEGER", "INTEGER"]
    assert typed.fetchall() == [(2022, 12), (2023, 3), (2023, 4), (2023, 5)]
    rows = rel.fetchall()
    at = {name: i for i, name in enumerate(rel.columns)}
    _check(len(rows), [r[at["action"]] for r in rows], [r[at["date"]] for r in rows], [r[at["goldstein"]] for r in rows])
    top = con.execute(f"""select source_country, target_country, count(*) as n
                      from read_parquet('{events_dir}/**/*.parquet', hive_partitioning = true)
                      group by all order by n desc, source_country limit 1""").fetchone()
    assert top == ("CHN", "UKR", 7)


def test_pandas_with_the_pyarrow_backend(events_dir: Path) -> None:
    import pandas as pd

    df = pd.read_parquet(events_dir, engine="pyarrow", dtype_backend="pyarrow")
    assert df["action"].dtype.pyarrow_dtype in (pa.string(), pa.large_string())
    assert df["date"].dtype.pyarrow_dtype == pa.date32()
    assert df["goldstein"].dtype.pyarrow_dtype == pa.float32()
    _check(len(df), df["action"].tolist(), df["date"].tolist(), df["goldstein"].tolist())


def test_pyarrow_dataset(events_dir: Path) -> None:
    import pyarrow.dataset as ds

    table = ds.dataset(events_dir, format="parquet", partitioning="hive").to_table()
    assert table.schema.field("action").type == pa.string()
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("goldstein").type == pa.float32()
    assert pa.types.is_integer(table.schema.field("year").type)
    _check(table.num_rows, table["action"].to_pylist(), table["date"].to_pylist(), table["goldstein"].to_pylist())
