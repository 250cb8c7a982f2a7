"""JSON Schemas of the codebook file kinds, generated from the pydantic models in ``schema_models``.

Regenerate the committed copies with ``python -m coding.codebook.jsonschema`` (writes ``codebooks/schema/``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from coding.codebook import schema_models as s

REGENERATE = "python -m coding.codebook.jsonschema"
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "codebooks" / "schema"

# file kind -> (title, the type of the whole file)
_KINDS: dict[str, tuple[str, Any]] = {
    "codebook": ("dyad codebook.yaml", s.CodebookFile),
    "actions": ("dyad actions.yaml", list[s.ActionEntry]),
    "countries": ("dyad actors/countries.yaml", list[s.CountryEntry]),
    "organizations": ("dyad actors/organizations.yaml", list[s.OrganizationEntry]),
    "people": ("dyad actors/people.yaml", list[s.PersonEntry]),
    "actors": ("dyad actors file (mapping form)", s.ActorsFile),
    "agents": ("dyad agents.yaml", list[s.AgentEntry]),
    "verbs": ("dyad verbs/NN_<root>.yaml", list[s.VerbEntry]),
    "filters": ("dyad filters.yaml", list[s.FilterEntry]),
    "verdicts": ("dyad verdicts.yaml", list[s.VerdictEntry]),
}


def generate_schemas() -> dict[str, str]:
    """``{file name: JSON text}`` for every file kind, e.g. ``verbs.schema.json``."""
    out = {}
    for kind, (title, tp) in _KINDS.items():
        schema = TypeAdapter(tp).json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **schema}
        out[f"{kind}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return out


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generate_schemas().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_DIR):
        print(path)
