"""The one Arrow schema of ``OUT/events`` (the public contract) and of ``OUT/rejects``."""

from __future__ import annotations

import pyarrow as pa

EVENT_FIELDS: list[pa.Field] = [
    pa.field("event_id", pa.string(), nullable=False),
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("date", pa.date32(), nullable=False),
    pa.field("date_source", pa.string(), nullable=False),
    pa.field("source", pa.string(), nullable=False),
    pa.field("target", pa.string(), nullable=False),
    pa.field("source_country", pa.string()),
    pa.field("target_country", pa.string()),
    pa.field("source_role", pa.string()),
    pa.field("target_role", pa.string()),
    pa.field("source_text", pa.string(), nullable=False),
    pa.field("target_text", pa.string(), nullable=False),
    pa.field("action", pa.string(), nullable=False),
    pa.field("action_root", pa.string(), nullable=False),
    pa.field("action_name", pa.string(), nullable=False),
    pa.field("quad_class", pa.int8(), nullable=False),
    pa.field("goldstein", pa.float32(), nullable=False),
    pa.field("sentence_index", pa.int32(), nullable=False),
    pa.field("sentence", pa.string(), nullable=False),
    pa.field("verb_text", pa.string(), nullable=False),
    pa.field("rule_id", pa.string(), nullable=False),
    pa.field("url", pa.string()),
    pa.field("publisher", pa.string()),
    pa.field("codebook", pa.string(), nullable=False),
    pa.field("codebook_hash", pa.string(), nullable=False),
    pa.field("model", pa.string(), nullable=False),
    pa.field("pipeline_version", pa.string(), nullable=False),
]
EVENT_SCHEMA = pa.schema(EVENT_FIELDS)
EVENT_COLUMNS = [f.name for f in EVENT_FIELDS]

REJECT_SCHEMA = pa.schema(
    [
        pa.field("file", pa.string(), nullable=False),
        pa.field("line", pa.int64()),
        pa.field("article_id", pa.string()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("snippet", pa.string(), nullable=False),
    ]
)


def event_schema_with_metadata(metadata: dict[str, str]) -> pa.Schema:
    """The events schema carrying run provenance (codebook hash, model, pipeline version) as metadata."""
    return EVENT_SCHEMA.with_metadata({k.encode(): v.encode() for k, v in metadata.items()})
