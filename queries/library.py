"""The query library: one `.rq` file per question in queries/, with a header that names and documents it.

A header is a block of `#` comment lines at the top of the file, ending at the first blank line, in this order:

    # title: Drugs for a condition
    # description: Interventions that treat a condition, with use status, certainty and evidence.
    # param: condition | entity | trigeminal-neuralgia | Condition

then the full PREFIX block and the query. A parameter is `name | type | default | label`; its name is a
variable of the query (`?condition`), and its value is bound to that variable when the query runs, never
pasted into the text. Types are listed in PARAM_TYPES; an empty default makes the parameter required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from base.errors import DrugkgError

LIBRARY_DIR = Path(__file__).resolve().parent
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
_FIELD = re.compile(r"^#\s*(title|description|param):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Param:
    """A declared parameter: the variable it binds, its type, default value (or None) and a label for forms."""

    name: str
    type: str
    default: str | None
    label: str


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
    >>> _ = p.write_text("# title: Demo\\n# description: A demo.\\n# param: x | string | a | X\\n\\nSELECT ?x {}\\n")
    >>> q = parse_query_file(p)
    >>> (q.name, q.title, q.params[0].default, q.problems)
    ('demo', 'Demo', 'a', ())
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
        if not _VAR.match(pname):
            problems.append(f"param {pname!r}: not a SPARQL variable name")
        if ptype not in PARAM_TYPES:
            problems.append(f"param {pname!r}: unknown type {ptype!r} (known: {', '.join(PARAM_TYPES)})")
        if not label:
            problems.append(f"param {pname!r}: empty label")
        params.append(Param(pname, ptype, default or None, label))
    if not _NAME.match(path.stem):
        problems.append("file name must be lower-case words joined by hyphens")
    body = "\n".join(lines[end:]).strip() + "\n"
    return LibraryQuery(path.stem, title, description, tuple(params), body, path, tuple(problems))


def load_library(directory: Path = LIBRARY_DIR) -> dict[str, LibraryQuery]:
    """All queries of a library folder by name, sorted.

    >>> "drugs-for-condition" in load_library()
    True
    """
    return {path.stem: parse_query_file(path) for path in sorted(directory.glob("*.rq"))}


def get_query(name: str, directory: Path = LIBRARY_DIR) -> LibraryQuery:
    """The library query called `name`, or a DrugkgError that lists the names."""
    library = load_library(directory)
    if name not in library:
        close = [n for n in library if name in n or n in name]
        hint = f"did you mean {', '.join(close)}?" if close else "run `drugkg queries` to list them"
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
