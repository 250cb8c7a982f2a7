"""Codebook validation errors: every code and message template in one place.

Tests assert on the code (``E101``), never on the wording. ``codebooks/README.md`` (section "Validation") lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

# code -> message template (str.format fields are filled by ``issue``)
MESSAGES: dict[str, str] = {
    # files and YAML syntax
    "E001": "YAML syntax error: {detail}",
    "E002": "a tab in the indentation: YAML indents with spaces only",
    "E003": "file not found: {name} (listed in codebook.yaml under files.{kind})",
    "E004": "{detail}",
    # the shape of an entry
    "E101": "unknown key {key!r}; allowed keys: {allowed}",
    "E102": "missing required field {key!r}",
    "E103": "{field} {detail}",
    "E104": "{field} is written as a YAML number ({raw}); codes are text: quote it, {field}: \"{raw}\"",
    "E105": "{field} is {value!r}; allowed values: {allowed}",
    "E106": "goldstein must be a number between -10 and 10, got {value!r}",
    "E107": "quad_class must be 1, 2, 3 or 4, got {value!r}",
    "E108": "{field} is {value!r}: write dates as YYYY-MM-DD",
    # uniqueness and code formats
    "E201": "duplicate action code {code!r} (first defined at line {first})",
    "E202": "duplicate verb id {id!r} (first defined at {first})",
    "E203": "duplicate filter id {id!r} (first defined at {first})",
    "E204": "duplicate country code {code!r} (first defined at {first})",
    "E205": "action code {code!r} is malformed: write 2 to 4 digits, e.g. \"01\", \"026\", \"0211\"",
    "E206": "agent term {term!r} is listed under two roles: {role} here and {other} at {first}",
    "E207": "duplicate verdict id {id!r} (first defined at {first})",
    "E208": "verdict word {word!r} is listed twice: here and in {other!r} at {first}",
    # actors
    "E301": "actor code {code!r} is malformed: {why}",
    "E302": "role {code} starts ({since}) after it ends ({until})",
    "E303": "roles overlap: {code} ({span}) and {other} ({other_span}); a person holds one role at a time",
    # verbs and examples
    "E401": "action code {code!r} is not in {actions}",
    "E402": "pattern syntax error: {detail}",
    "E403": "verb entry {id!r} has no example: add at least one under examples",
    "E404": "verb entry {id!r} has neither patterns nor dependency",
    "E405": "example event {event!r} is malformed: write \"SOURCE TARGET CODE\", e.g. \"ARN GON 026\"",
    "E406": "example actor {code!r} is not in the example world: {why}",
    "E407": "example event code {code!r} is not in {actions}",
    "E408": "dependency pattern: {detail}",
}


@dataclass(frozen=True, slots=True)
class CodebookIssue:
    """One problem in a codebook, located in its file."""

    file: str  # relative to the codebook folder
    line: int  # 1-based
    col: int  # 1-based
    path: str  # where in the file's data: "[3].patterns[1]"; "" for the whole file
    message: str
    code: str  # E101 …

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}"
        return f"{where} [{self.path}] {self.message}" if self.path else f"{where} {self.message}"


def issue(code: str, file: str, line: int, col: int, path: str = "", /, **fields: object) -> CodebookIssue:
    """Build an issue from its code and the fields its template names."""
    return CodebookIssue(file=file, line=line, col=col, path=path, message=MESSAGES[code].format(**fields), code=code)


class CodebookError(Exception):
    """A codebook that did not validate. ``issues`` lists every problem found, in file and line order."""

    def __init__(self, path: str, issues: list[CodebookIssue]) -> None:
        self.path = path
        self.issues = sorted(issues, key=lambda i: (i.file, i.line, i.col, i.code))
        super().__init__(f"{len(self.issues)} error(s) in codebook {path}")

    def __str__(self) -> str:
        head = f"{len(self.issues)} error(s) in codebook {self.path}"
        return "\n".join([head, *(f"  {i}" for i in self.issues)])

    @property
    def codes(self) -> list[str]:
        return [i.code for i in self.issues]
