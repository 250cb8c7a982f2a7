"""Pydantic models of each codebook file kind, as written in YAML.

They check the shape of one entry (keys, types, allowed values); cross-entry rules (duplicates, codes that must exist,
overlapping roles) live in ``coding.codebook.loader``. The JSON Schemas in ``codebooks/schema/`` are generated from
these models (``python -m coding.codebook.jsonschema``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_date(value: Any) -> Any:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("date_format", "write dates as YYYY-MM-DD", {"value": value})


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _text_or_mapping(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


Text = Annotated[str, Field(strict=True)]
Date = Annotated[
    dt.date | None,
    BeforeValidator(_check_date),
    WithJsonSchema({"anyOf": [{"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}, {"type": "null"}]}),
]
Paths = Annotated[list[Text], BeforeValidator(_one_or_many), WithJsonSchema(
    {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
)]
ActorCode = Annotated[str, Field(strict=True, pattern=r"^(?:[A-Z]{3})+$")]
ActionCode = Annotated[str, Field(strict=True, pattern=r"^\d{2,4}$")]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- codebook.yaml ---------------------------------------------------------------------------------------------------


class Files(_Entry):
    actions: Text
    actors: Paths = []
    agents: Paths = []
    verbs: Paths
    filters: Paths = []
    verdicts: Paths = []
    example_actors: Paths = []


class CodebookFile(_Entry):
    """codebook.yaml: the codebook's identity and the files it loads (globs allowed)."""

    name: Text
    version: Text
    description: Text = ""
    ontology: Text = ""
    files: Files


# --- actions.yaml ----------------------------------------------------------------------------------------------------


class Plover(_Entry):
    event: Text
    mode: Text = ""


class ActionEntry(_Entry):
    """One action of the taxonomy (CAMEO code, name, Goldstein value, quad class)."""

    code: ActionCode
    name: Text
    goldstein: Annotated[float, Field(strict=True, ge=-10, le=10)]
    quad_class: Annotated[int, Field(strict=True, ge=1, le=4)]
    plover: Plover | None = None
    description: Text = ""


# --- actors ----------------------------------------------------------------------------------------------------------


class CountryEntry(_Entry):
    code: Annotated[str, Field(strict=True, pattern=r"^[A-Z]{3}$")]
    name: Text
    aliases: list[Text] = []
    adjectives: list[Text] = []
    demonyms: list[Text] = []
    capitals: list[Text] = []
    cities: list[Text] = []  # other places that stand for the country ("shelled Kharkiv" → UKR), never for its government


class RoleEntry(_Entry):
    code: ActorCode
    since: Date = None
    until: Date = None


class OrganizationEntry(_Entry):
    code: ActorCode
    name: Text
    aliases: list[Text] = []
    country: Annotated[str, Field(strict=True, pattern=r"^[A-Z]{3}$")] | None = None
    role: Annotated[str, Field(strict=True, pattern=r"^[A-Z]{3}$")] | None = None
    kind: Literal["igo", "ngo", "armed", "party", "media", "business", "other"] = "other"
    # dated codes (a party in government, then in opposition): the code in force on the event's day replaces `code`
    roles: list[RoleEntry] = []


class PersonEntry(_Entry):
    name: Text
    aliases: list[Text] = []
    roles: Annotated[list[RoleEntry], Field(min_length=1)]


class ActorsFile(_Entry):
    """The mapping form of an actors file (e.g. actors/fictional.yaml)."""

    countries: list[CountryEntry] = []
    organizations: list[OrganizationEntry] = []
    people: list[PersonEntry] = []


# --- agents.yaml -----------------------------------------------------------------------------------------------------


class AgentEntry(_Entry):
    role: Annotated[str, Field(strict=True, pattern=r"^[A-Z]{3}$")]
    terms: Annotated[list[Text], Field(min_length=1)]


# --- verbs/*.yaml ----------------------------------------------------------------------------------------------------


class ExampleEntry(_Entry):
    text: Text
    events: list[Text] = []
    date: Date = None


class CounterexampleEntry(_Entry):
    text: Text
    date: Date = None


Counterexample = Annotated[
    CounterexampleEntry,
    BeforeValidator(_text_or_mapping),
    WithJsonSchema({"anyOf": [{"type": "string"}, CounterexampleEntry.model_json_schema()]}),
]


class VerbEntry(_Entry):
    """One verb entry: an action code, its patterns, and the examples that test them."""

    id: Annotated[str, Field(strict=True, pattern=r"^[A-Za-z0-9_.\-]+$")]
    code: ActionCode
    patterns: list[Text] = []
    dependency: list[dict[str, Any]] | None = None
    symmetric: bool = False  # a reciprocal act: "Arnor met Gondor" also gives Gondor → Arnor
    examples: list[ExampleEntry] = []
    counterexamples: list[Counterexample] = []


# --- filters.yaml ----------------------------------------------------------------------------------------------------


class FilterEntry(_Entry):
    id: Annotated[str, Field(strict=True, pattern=r"^[A-Za-z0-9_.\-]+$")]
    scope: Literal["sentence", "story"] = "sentence"
    terms: Annotated[list[Text], Field(min_length=1)]
    examples: list[Text] = []
    counterexamples: list[Text] = []


# --- verdicts.yaml ---------------------------------------------------------------------------------------------------


class VerdictEntry(_Entry):
    """Nouns that say a verdict when one actor names another's act or the other actor by them ("called the strike a
    violation", "described his critics as traitors"): the code of the judgement."""

    id: Annotated[str, Field(strict=True, pattern=r"^[A-Za-z0-9_.\-]+$")]
    code: ActionCode
    words: Annotated[list[Annotated[str, Field(strict=True, pattern=r"^[a-z][a-z'\-]*$")]], Field(min_length=1)]
    examples: list[ExampleEntry] = []
    counterexamples: list[Counterexample] = []


# The entry model of each list-shaped file kind.
ENTRY_MODELS: dict[str, type[_Entry]] = {
    "actions": ActionEntry,
    "countries": CountryEntry,
    "organizations": OrganizationEntry,
    "people": PersonEntry,
    "agents": AgentEntry,
    "verbs": VerbEntry,
    "filters": FilterEntry,
    "verdicts": VerdictEntry,
}
