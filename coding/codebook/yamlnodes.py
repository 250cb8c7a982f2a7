"""Read a YAML file into plain Python values while keeping its node tree, for line and column numbers.

The node tree comes from libyaml (PyYAML's C composer) when it is installed, else from ruamel.yaml's pure-Python
composer. Both give the same node classes' shape (``tag``, ``value``, ``start_mark``, ``style``). libyaml composes the
default codebook about ten times faster than ruamel.yaml's round-trip loader, which is what keeps
``load_codebook`` under a second.

Scalars are resolved here, by the YAML 1.2 core schema (as ruamel.yaml does), not by the composer's resolver:
``NO`` stays the string "NO", ``010`` is the number 10 (and the validator asks to quote it), and an unquoted
``2024-05-01`` is a date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

try:  # pragma: no cover - which branch runs depends on the installation
    import yaml as _pyyaml

    if getattr(_pyyaml, "__with_libyaml__", False):

        from yaml.cyaml import CParser

        class _CLoader(CParser):  # type: ignore[misc]
            """libyaml's composer without PyYAML's (YAML 1.1) tag resolver: ``scalar`` resolves by YAML 1.2."""

            def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
                return ""

            def descend_resolver(self, parent: Any, index: Any) -> None:
                pass

            def ascend_resolver(self) -> None:
                pass

    else:
        _CLoader = None
except ImportError:  # pragma: no cover
    _pyyaml = None
    _CLoader = None

_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(inf|Inf|INF)$")
_NAN = {".nan", ".NaN", ".NAN"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MAYBE_NOT_TEXT = frozenset("0123456789+-.~nNtTfF")  # the first characters of every non-string plain scalar


class YamlSyntaxError(ValueError):
    """The file is not valid YAML. ``line`` and ``col`` are 1-based."""

    def __init__(self, problem: str, line: int, col: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.col = col


class DuplicateKey(ValueError):
    def __init__(self, key: str, line: int, col: int) -> None:
        super().__init__(key)
        self.key, self.line, self.col = key, line, col


@dataclass(slots=True)
class YamlDoc:
    data: Any
    node: Any  # the root node; None for an empty file
    duplicate_keys: list[DuplicateKey]


def _compose(text: str) -> Any:
    if _CLoader is not None:
        try:
            return _pyyaml.compose(text, Loader=_CLoader)
        except _pyyaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            raise YamlSyntaxError(_problem(err), mark.line + 1 if mark else 1, mark.column + 1 if mark else 1) from None
        except _pyyaml.YAMLError as err:
            raise YamlSyntaxError(str(err), 1, 1) from None
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        return YAML(typ="rt", pure=True).compose(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise YamlSyntaxError(_problem(err), mark.line + 1 if mark else 1, mark.column + 1 if mark else 1) from None
    except YAMLError as err:
        raise YamlSyntaxError(str(err), 1, 1) from None


def _problem(err: Any) -> str:
    parts = [p for p in (getattr(err, "context", None), getattr(err, "problem", None)) if p]
    return "; ".join(parts) or str(err).splitlines()[0]


def _tag(node: Any) -> str:
    tag = node.tag
    return str(getattr(tag, "value", tag) or "")


def scalar(node: Any) -> Any:
    """The value of a scalar node under the YAML 1.2 core schema (plus dates)."""
    text = node.value
    if node.style or (text and text[0] not in _MAYBE_NOT_TEXT):  # quoted, block, or plainly a word
        return text
    if _tag(node).startswith("!"):  # a local tag (!foo): keep the text
        return text
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        return int(text, 10)
    if _OCT.match(text):
        return int(text, 8)
    if _HEX.match(text):
        return int(text, 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if text in _NAN:
        return math.nan
    if _DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text


def construct(node: Any, duplicates: list[DuplicateKey]) -> Any:
    kind = node.__class__.__name__
    if kind == "ScalarNode":
        return scalar(node)
    if kind == "SequenceNode":
        return [construct(child, duplicates) for child in node.value]
    if kind == "MappingNode":
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = construct(key_node, duplicates)
            if isinstance(key, (list, dict)):
                key = str(key)
            if key in out:
                duplicates.append(DuplicateKey(str(key), key_node.start_mark.line + 1, key_node.start_mark.column + 1))
            out[key] = construct(value_node, duplicates)
        return out
    return None  # pragma: no cover - the composers make no other node kinds


def read_yaml(text: str) -> YamlDoc:
    """Parse ``text``; raise :class:`YamlSyntaxError` with a line and column if it is not YAML."""
    node = _compose(text)
    if node is None:
        return YamlDoc(None, None, [])
    duplicates: list[DuplicateKey] = []
    return YamlDoc(construct(node, duplicates), node, duplicates)


def locate(root: Any, loc: tuple[Any, ...], *, key: bool = False) -> tuple[int, int]:
    """The 1-based (line, col) of the value at ``loc`` (or of its key, with ``key=True``).

    Walks as far as ``loc`` goes through the node tree and returns the deepest position found.
    """
    if root is None:
        return 1, 1
    node = root
    pos = node.start_mark
    for i, part in enumerate(loc):
        kind = node.__class__.__name__
        last = i == len(loc) - 1
        if kind == "MappingNode":
            for key_node, value_node in node.value:
                if key_node.value == part or (not isinstance(part, str) and str(part) == key_node.value):
                    if last and key:
                        return key_node.start_mark.line + 1, key_node.start_mark.column + 1
                    node = value_node
                    break
            else:
                break
        elif kind == "SequenceNode" and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            break
        pos = node.start_mark
    return pos.line + 1, pos.column + 1


def node_at(root: Any, loc: tuple[Any, ...]) -> Any:
    """The node at ``loc``, or None."""
    node = root
    for part in loc:
        kind = node.__class__.__name__ if node is not None else ""
        if kind == "MappingNode":
            node = next((v for k, v in node.value if k.value == part), None)
        elif kind == "SequenceNode" and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            return None
    return node
