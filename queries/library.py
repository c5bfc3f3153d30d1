"""The query library: one `.rq` file per question in queries/, with a header that names and documents it.

A header is a block of `#` comment lines at the top of the file, ending at the first blank line, in this order:

    # title: Drugs for a condition
    # description: Interventions that treat a condition, with use status, certainty and evidence.
    # param: condition | entity:DiseaseOrCondition | (required, e.g. trigeminal-neuralgia) | Condition

then the full PREFIX block and the query. A parameter is `name | type | default | label`; its name is a
variable of the query (`?condition`), and its value is bound to that variable when the query runs, never
pasted into the text. Types are listed in PARAM_TYPES; an `entity` type may name the classes its value
should have (`entity:Intervention`, `entity:Population,DiseaseOrCondition`: dkg classes, subclasses
included), which "did you mean" suggestions are drawn from. A parameter whose absence would change the
question has no default: `(required)`, or `(required, e.g. pregnant-women)` with an example shown in forms
and messages but never used in its place. Every parameter that names what the question is about (entity,
claim, iri and string types: the drug, the condition, the predicate, the text to look for) must be required:
an answer about an example nobody typed answers a question nobody asked. Only thresholds (numbers, booleans)
may have defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from base.errors import DrugkgError

LIBRARY_DIR = Path(__file__).resolve().parent
#: Parameter types that name what a question is about: never defaulted.
SUBJECT_TYPES = ("entity", "claim", "iri", "string")
PARAM_TYPES = {
    "entity": "an entity's label, synonym, slug or IRI",
    "claim": "a claim's label or IRI",
    "iri": "an absolute IRI",
    "string": "a text",
    "integer": "a whole number",
    "decimal": "a decimal number",
    "boolean": "true or false",
}
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_REQUIRED = re.compile(r"^\(required(?:,\s*e\.g\.\s*(.+?))?\)$")
_FIELD = re.compile(r"^#\s*(title|description|param):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Param:
    """A declared parameter: the variable it binds, its type, default value (or None) and a label for forms."""

    name: str
    type: str
    default: str | None
    label: str
    required: bool = False
    example: str | None = None
    classes: tuple[str, ...] = ()

    @property
    def sample(self) -> str | None:
        """A value to show in forms and messages: the default, else the example."""
        return self.default if self.default is not None else self.example


@dataclass(frozen=True)
class LibraryQuery:
    """One query of the library, read from `path`."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path
    problems: tuple[str, ...] = field(default=())

    def example_values(self) -> dict[str, str]:
        """Every parameter's default or example, e.g. to try the query.

        >>> get_query("is-contraindicated").example_values()
        {'drug': 'clonazepam', 'population': 'pregnant-women'}
        """
        return {p.name: p.sample for p in self.params if p.sample is not None}

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        known = ", ".join(p.name for p in self.params) or "none"
        raise DrugkgError(f"query {self.name!r} has no parameter {name!r}", fix=f"its parameters are: {known}")


def parse_query_file(path: Path) -> LibraryQuery:
    """Read a library file; header problems are collected in `problems` (see `lint`), not raised.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "demo.rq"
    >>> _ = p.write_text("# title: Demo\\n# description: A demo.\\n# param: x | integer | 2 | X\\n\\nSELECT ?x {}\\n")
    >>> q = parse_query_file(p)
    >>> (q.name, q.title, q.params[0].default, q.problems)
    ('demo', 'Demo', '2', ())
    """
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    problems: list[str] = []
    fields: list[tuple[str, str]] = []
    end = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            end = number
            break
        match = _FIELD.match(line)
        if match:
            fields.append((match.group(1), match.group(2)))
        elif line.startswith("#"):
            problems.append(f"line {number}: header line is not `# title|description|param: ...`")
        else:
            problems.append(f"line {number}: the header must end with a blank line before the query")
            break
    order = [name for name, _ in fields]
    if order[:2] != ["title", "description"] or any(n != "param" for n in order[2:]):
        problems.append("the header must be `# title:`, `# description:`, then `# param:` lines, in that order")
    title = next((v for n, v in fields if n == "title"), "")
    description = next((v for n, v in fields if n == "description"), "")
    if not title or not description:
        problems.append("title and description must not be empty")
    params: list[Param] = []
    for name, value in fields:
        if name != "param":
            continue
        parts = [p.strip() for p in value.split("|")]
        if len(parts) != 4:
            problems.append(f"param {value!r}: expected `name | type | default | label`")
            continue
        pname, ptype, default, label = parts
        ptype, _, class_list = ptype.partition(":")
        classes = tuple(c.strip() for c in class_list.split(",") if c.strip())
        if not _VAR.match(pname):
            problems.append(f"param {pname!r}: not a SPARQL variable name")
        if ptype not in PARAM_TYPES:
            problems.append(f"param {pname!r}: unknown type {ptype!r} (known: {', '.join(PARAM_TYPES)})")
        if (classes and ptype != "entity") or any(not _CLASS.match(c) for c in classes):
            problems.append(f"param {pname!r}: classes are for entities, as `entity:Drug,DrugClass`")
        if not label:
            problems.append(f"param {pname!r}: empty label")
        required = _REQUIRED.match(default)
        if not default:
            problems.append(f"param {pname!r}: empty default; write `(required)` or a default value")
        params.append(
            Param(
                pname,
                ptype,
                None if required or not default else default,
                label,
                required=bool(required) or not default,
                example=required.group(1) if required else None,
                classes=classes,
            )
        )
    body = "\n".join(lines[end:]).strip() + "\n"
    problems += [
        f"param {p.name!r}: it names what the question is about, so it must be `(required)` (a {p.type})"
        for p in params
        if p.type in SUBJECT_TYPES and not p.required
    ]
    if not _NAME.match(path.stem):
        problems.append("file name must be lower-case words joined by hyphens")
    return LibraryQuery(path.stem, title, description, tuple(params), body, path, tuple(problems))


def load_library(directory: Path = LIBRARY_DIR) -> dict[str, LibraryQuery]:
    """All queries of a library folder by name, sorted.

    >>> "drugs-for-condition" in load_library()
    True
    """
    return {path.stem: parse_query_file(path) for path in sorted(directory.glob("*.rq"))}


def get_query(name: str, directory: Path = LIBRARY_DIR) -> LibraryQuery:
    """The library query called `name`, or a DrugkgError suggesting the closest names.

    >>> get_query("advers-efects")
    Traceback (most recent call last):
    ...
    base.errors.DrugkgError: ...: no library query called 'advers-efects'; did you mean adverse-effects?
    """
    library = load_library(directory)
    if name not in library:
        import difflib

        close = difflib.get_close_matches(name, list(library), n=3, cutoff=0.6)
        close += [n for n in library if (name in n or n in name) and n not in close]
        hint = f"did you mean {' or '.join(close[:3])}?" if close else "run `drugkg queries` to list them"
        raise DrugkgError(f"no library query called {name!r}", where=directory, fix=hint)
    query = library[name]
    if query.problems:
        raise DrugkgError(f"bad header: {query.problems[0]}", where=query.path, fix="see docs/sparql.md")
    return query


_TOKEN = re.compile(
    r"""(?P<skip>\#[^\n]*|<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|[?$](?P<var>[A-Za-z_0-9]+)"""
)


def query_variables(text: str) -> set[str]:
    """The variable names used in a query's text (comments, IRIs and strings skipped).

    >>> sorted(query_variables('SELECT ?a WHERE { ?a <http://x/?q> "?s" } # ?c'))
    ['a']
    """
    return {m.group("var") for m in _TOKEN.finditer(text) if m.group("var")}
