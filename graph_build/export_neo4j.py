"""CSV for `neo4j-admin database import full`: nodes.csv and relationships.csv with typed headers.

Headers follow Neo4j's import format: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed properties
(`negated:boolean`, `stepIndex:long`, `minValue:double`) and arrays (`synonym:string[]`, separated by `;`,
the import tool's default array delimiter). Node labels are the Biolink category without its prefix
(`Drug`, `Disease`); the relationship type is the Biolink predicate (`treats`). Every relationship keeps
its claim id and evidence. `import.txt` holds the command that loads the two files.
"""

from __future__ import annotations

import csv
import io

from rdflib import Graph

from graph_build.export_kgx import Table, kgx_tables

NEO4J_TYPES = {"string": "string", "boolean": "boolean", "integer": "long", "decimal": "double"}
ARRAY = ";"
COMMAND = (
    "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "
    "--array-delimiter=';' --multiline-fields=true neo4j\n"
)


def _header(table: Table, column: str) -> str:
    kind = NEO4J_TYPES[table.kinds.get(column, "string")]
    return f"{column}:{kind}[]" if column in table.multivalued else f"{column}:{kind}"


def _cell(table: Table, column: str, values: list[str]) -> str:
    if column in table.multivalued:
        return ARRAY.join(v.replace(ARRAY, ",") for v in values)
    return values[0] if values else ""


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def neo4j_files(graph: Graph) -> dict[str, str]:
    """`nodes.csv`, `relationships.csv` and `import.txt` (the neo4j-admin command).

    >>> sorted(neo4j_files(Graph()))
    ['import.txt', 'nodes.csv', 'relationships.csv']
    """
    tables = kgx_tables(graph)
    nodes, edges = tables.nodes, tables.edges
    node_columns = [c for c in nodes.columns if c not in ("id", "category")]
    node_rows = [["id:ID", ":LABEL", *(_header(nodes, c) for c in node_columns)]]
    for row in nodes.rows:
        labels = ARRAY.join(c.removeprefix("biolink:") for c in row["category"])
        node_rows.append([row["id"][0], labels, *(_cell(nodes, c, row.get(c, [])) for c in node_columns)])
    edge_columns = [c for c in edges.columns if c not in ("subject", "object")]
    edge_rows = [[":START_ID", ":END_ID", ":TYPE", *(_header(edges, c) for c in edge_columns)]]
    for row in edges.rows:
        edge_rows.append(
            [
                row["subject"][0],
                row["object"][0],
                row["predicate"][0].removeprefix("biolink:"),
                *(_cell(edges, c, row.get(c, [])) for c in edge_columns),
            ]
        )
    return {"nodes.csv": _csv(node_rows), "relationships.csv": _csv(edge_rows), "import.txt": COMMAND}
