"""A small output folder built by construction, with known duplicates, for the analysis, reader and notebook tests.

The rows below are chosen so that every dedup and aggregate count is known in advance (see ``EXPECTED``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from coding.schema import EVENT_SCHEMA, event_schema_with_metadata

# code -> (name, quad_class, goldstein): CAMEO 1.1b3 facts
ACTIONS = {
    "010": ("Make statement, not specified below", 1, 0.0),
    "026": ("Appeal to others to meet or negotiate", 1, 4.0),
    "036": ("Express intent to meet or negotiate", 1, 4.0),
    "040": ("Consult, not specified below", 1, 1.0),
    "061": ("Cooperate economically", 2, 6.4),
    "111": ("Criticize or denounce", 3, -2.0),
    "190": ("Use conventional military force, not specified below", 4, -10.0),
}
# actor code -> (country, role)
ACTORS = {
    "CHN": ("CHN", None),
    "CHNGOV": ("CHN", "GOV"),
    "UKR": ("UKR", None),
    "UKRGOV": ("UKR", "GOV"),
    "RUSMIL": ("RUS", "MIL"),
    "IGOUNO": ("IGO", None),
}
# article id -> (article date, url)
ARTICLES = {
    "a1": (dt.date(2023, 4, 26), "https://example.org/a1"),
    "a2": (dt.date(2023, 4, 26), "https://example.org/a2"),
    "a3": (dt.date(2023, 4, 27), "https://example.org/a3"),
    "a4": (dt.date(2023, 5, 2), None),
    "a5": (dt.date(2022, 12, 30), "https://example.org/a5"),
    "a6": (dt.date(2023, 5, 2), "https://example.org/a6"),
}
# (article, sentence index, source, target, action, event date if the text dates it, shard)
MENTIONS = [
    ("a1", 0, "CHNGOV", "UKRGOV", "026", None, 0),
    ("a1", 2, "CHNGOV", "UKRGOV", "026", None, 0),  # same story again
    ("a1", 3, "UKRGOV", "CHNGOV", "040", None, 0),
    ("a2", 1, "CHNGOV", "UKRGOV", "026", None, 1),  # same day, another article
    ("a2", 4, "CHNGOV", "UKRGOV", "026", None, 1),
    ("a2", 5, "CHNGOV", "UKRGOV", "026", None, 1),
    ("a3", 0, "CHNGOV", "UKRGOV", "026", None, 0),  # next day
    ("a3", 1, "UKRGOV", "CHNGOV", "036", dt.date(2023, 3, 10), 0),  # "In March, Kyiv offered talks"
    ("a4", 0, "RUSMIL", "UKR", "190", None, 0),
    ("a4", 1, "RUSMIL", "UKR", "190", None, 0),
    ("a4", 2, "UKR", "RUSMIL", "190", None, 0),
    ("a4", 3, "IGOUNO", "RUSMIL", "111", None, 0),
    ("a5", 0, "CHN", "UKR", "010", None, 0),
    ("a5", 1, "UKRGOV", "CHNGOV", "061", None, 0),
    ("a6", 0, "RUSMIL", "UKR", "190", None, 1),  # same day as a4, another article
]

EXPECTED = {
    "rows": 15,
    "one_a_story": 11,
    "one_a_day": 9,
    "files": 6,
    # (article, source, target, action) -> n_mentions, for the keys seen more than once
    "story_mentions": {("a1", "CHNGOV", "UKRGOV", "026"): 2, ("a2", "CHNGOV", "UKRGOV", "026"): 3,
                       ("a4", "RUSMIL", "UKR", "190"): 2},
    # (date, source, target, action) -> (n_articles, n_mentions), for the keys pooled across articles
    "day_pooled": {(dt.date(2023, 4, 26), "CHNGOV", "UKRGOV", "026"): (2, 5),
                   (dt.date(2023, 5, 2), "RUSMIL", "UKR", "190"): (2, 3)},
}


def _row(article: str, index: int, source: str, target: str, action: str, when: dt.date | None) -> dict:
    day, url = ARTICLES[article]
    name, quad, goldstein = ACTIONS[action]
    rule = f"test.{action}"
    key = "|".join([article, str(index), source, target, action, rule])
    return {
        "event_id": hashlib.sha1(key.encode()).hexdigest()[:16],
        "article_id": article,
        "date": when or day,
        "date_source": "text" if when else "article",
        "source": source,
        "target": target,
        "source_country": ACTORS[source][0],
        "target_country": ACTORS[target][0],
        "source_role": ACTORS[source][1],
        "target_role": ACTORS[target][1],
        "source_text": source.title(),
        "target_text": target.title(),
        "action": action,
        "action_root": action[:2],
        "action_name": name,
        "quad_class": quad,
        "goldstein": goldstein,
        "sentence_index": index,
        "sentence": f"Sentence {index} of {article}.",
        "verb_text": "verb",
        "rule_id": rule,
        "url": url,
        "publisher": "Example News",
        "codebook": "cameo",
        "codebook_hash": "0" * 16,
        "model": "en_core_web_sm",
        "pipeline_version": "0.1.0",
    }


def write_output(out: Path) -> Path:
    """Write ``out/events/year=YYYY/month=MM/part-<shard>.parquet`` as the pipeline does; return ``out``."""
    parts: dict[tuple[int, int, int], list[dict]] = {}
    for article, index, source, target, action, when, shard in MENTIONS:
        row = _row(article, index, source, target, action, when)
        parts.setdefault((row["date"].year, row["date"].month, shard), []).append(row)
    schema = event_schema_with_metadata({"codebook_hash": "0" * 16, "model": "en_core_web_sm"})
    for (year, month, shard), rows in sorted(parts.items()):
        folder = out / "events" / f"year={year:04d}" / f"month={month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows, schema=schema)
        assert table.schema.equals(EVENT_SCHEMA)
        pq.write_table(table, folder / f"part-{shard:04d}.parquet")
    return out
