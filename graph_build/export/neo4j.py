"""CSV for `neo4j-admin database import full`: nodes.csv and relationships.csv with typed headers.

Headers follow Neo4j's import format: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed properties
(`negated:boolean`, `stepIndex:long`, `minValue:double`) and arrays (`synonym:string[]`). Node labels are the
Biolink category without its prefix (`Drug`, `Disease`). The relationship type is the Biolink predicate
(`treats`) only for a claim a reader may take as true; a negated claim is `NOT_treats`, a candidate
(machine-read, not yet trusted) `CANDIDATE_treats`, a hedged one ("may", "sometimes") `HEDGED_` and its
predicate (`HEDGED_applied_to_treat`) — the claims that get no direct triple in RDF — so that
`MATCH (d)-[:treats]->(c)` never returns a denial or a guess. No character of a value is rewritten: fields
are quoted as CSV, line breaks allowed (`--multiline-fields=true`), and the array delimiter is a character
that occurs in no array value (`;` unless a value holds one), written into the command in `import.txt`.
A merged graph (`drugkg merge`) is exported the same way: its imported nodes and DrugMechDB claims are in the
KGX tables (graph_build/export/kgx_merged.py; docs/integration.md).
"""

from __future__ import annotations

import re

from rdflib import Graph

from graph_build.export.kgx import Table, kgx_tables

NEEDS_QUOTES = re.compile('[,"\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]')
NEO4J_TYPES = {"string": "string", "boolean": "boolean", "integer": "long", "decimal": "double"}
#: Array delimiters tried in order: the first that no array value contains is used.
ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u001f")


def relationship_type(row: dict[str, list[str]]) -> str:
    """The relationship type of an edge row: the predicate for a claim a reader may take as true, else marked.

    >>> relationship_type({"predicate": ["biolink:treats"], "negated": ["true"]})
    'NOT_treats'
    """
    name = row["predicate"][0].removeprefix("biolink:")
    if row.get("negated") == ["true"]:
        return f"NOT_{name}"
    if row.get("candidate") == ["true"]:
        return f"CANDIDATE_{name}"
    if row.get("has_confidence_level", ["dkg:Asserted"]) != ["dkg:Asserted"]:
        return f"HEDGED_{name}"
    return name


def array_delimiter(tables: list[Table]) -> str:
    """The first of ARRAY_DELIMITERS that occurs in no value of an array column."""
    values = [v for t in tables for r in t.rows for c in t.multivalued for v in r.get(c, [])]
    for candidate in ARRAY_DELIMITERS:
        if not any(candidate in v for v in values):
            return candidate
    raise ValueError("every array delimiter occurs in a value")  # four distinct characters in the data


def _header(table: Table, column: str) -> str:
    kind = NEO4J_TYPES[table.kinds.get(column, "string")]
    return f"{column}:{kind}[]" if column in table.multivalued else f"{column}:{kind}"


def _cell(table: Table, column: str, values: list[str], delimiter: str) -> str:
    if column in table.multivalued:
        return delimiter.join(values)
    return values[0] if values else ""


def _field(value: str) -> str:
    """A CSV field, quoted when it holds a comma, a quote or any line break (csv's QUOTE_MINIMAL misses CR)."""
    if value and (NEEDS_QUOTES.search(value) or value != value.strip(" ")):
        return '"' + value.replace('"', '""') + '"'
    return value


def _csv(rows: list[list[str]]) -> str:
    return "".join(",".join(_field(v) for v in row) + "\n" for row in rows)


def import_command(delimiter: str) -> str:
    """The neo4j-admin command that loads the two files with this array delimiter."""
    shown = {"\u001f": "$'\\x1f'", "|": "'|'"}.get(delimiter, f"'{delimiter}'")
    return (
        "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "
        f"--array-delimiter={shown} --multiline-fields=true neo4j\n"
    )


def neo4j_files(graph: Graph) -> dict[str, str]:
    """`nodes.csv`, `relationships.csv` and `import.txt` (the neo4j-admin command).

    >>> sorted(neo4j_files(Graph()))
    ['import.txt', 'nodes.csv', 'relationships.csv']
    """
    tables = kgx_tables(graph)
    nodes, edges = tables.nodes, tables.edges
    delimiter = array_delimiter([nodes, edges])
    node_columns = [c for c in nodes.columns if c not in ("id", "category")]
    node_rows = [["id:ID", ":LABEL", *(_header(nodes, c) for c in node_columns)]]
    for row in nodes.rows:
        labels = delimiter.join(c.removeprefix("biolink:") for c in row["category"])
        node_rows.append([row["id"][0], labels, *(_cell(nodes, c, row.get(c, []), delimiter) for c in node_columns)])
    edge_columns = [c for c in edges.columns if c not in ("subject", "object")]
    edge_rows = [[":START_ID", ":END_ID", ":TYPE", *(_header(edges, c) for c in edge_columns)]]
    for row in edges.rows:
        edge_rows.append(
            [
                row["subject"][0],
                row["object"][0],
                relationship_type(row),
                *(_cell(edges, c, row.get(c, []), delimiter) for c in edge_columns),
            ]
        )
    return {
        "nodes.csv": _csv(node_rows),
        "relationships.csv": _csv(edge_rows),
        "import.txt": import_command(delimiter),
    }
