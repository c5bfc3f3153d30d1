"""GraphML for networkx and Gephi: entities as nodes, claims as edges, from the KGX tables.

A MultiDiGraph, because two claims can join the same pair. Every node has `label` (the entity's name, what
Gephi shows) and `category`; every edge has `label`, `predicate`, `negated`, `knowledge_level`,
`has_confidence_level` and the evidence. By default the file holds only the edges a path may walk as true:
negated claims ("not for acute pain") and candidates (machine-read, not yet trusted) are left out, so that
`nx.shortest_path` or centrality never walks a denial; `all_claims=True` adds them, marked `negated` /
`candidate`. GraphML attributes are scalars, so several values are joined by " | ". Booleans and numbers keep
their type; a column with mixed values is written as text.
A merged graph (`drugkg merge`) is exported the same way: its imported nodes and DrugMechDB claims are in the
KGX tables (graph_build/export/kgx_merged.py; docs/integration.md).
"""

from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph

from graph_build.export.kgx import Table, kgx_tables
from graph_build.export.rdf import xml_safe

SEPARATOR = " | "


def _typed(table: Table, column: str, values: list[str]) -> object:
    kind = table.kinds.get(column, "string")
    if len(values) == 1 and column not in table.multivalued:
        value = values[0]
        if kind == "boolean":
            return value in ("true", "1")
        if kind == "integer":
            return int(value)
        if kind == "decimal":
            return float(value)
        return value
    return SEPARATOR.join(values)


def walkable(row: dict[str, list[str]]) -> bool:
    """Whether an edge row states something true a path may walk: not negated, not a candidate."""
    return row.get("negated") != ["true"] and row.get("candidate") != ["true"]


def to_networkx(graph: Graph, *, all_claims: bool = False) -> nx.MultiDiGraph:
    """The graph as a networkx MultiDiGraph (node keys: KGX ids; edge keys: claim CURIEs).

    >>> to_networkx(Graph()).number_of_nodes()
    0
    """
    tables = kgx_tables(graph)
    net = nx.MultiDiGraph(name="drugkg", all_claims=all_claims)
    for row in tables.nodes.rows:
        attrs = {c: _typed(tables.nodes, c, v) for c, v in row.items() if c != "id" and v}
        attrs["label"] = attrs.get("name", row["id"][0])
        net.add_node(row["id"][0], **attrs)
    for row in tables.edges.rows:
        if not (all_claims or walkable(row)):
            continue
        attrs = {c: _typed(tables.edges, c, v) for c, v in row.items() if c not in ("subject", "object") and v}
        attrs["negated"] = row.get("negated") == ["true"]
        attrs["label"] = ("not " if attrs["negated"] else "") + row["predicate"][0].removeprefix("biolink:")
        net.add_edge(row["subject"][0], row["object"][0], key=row["id"][0], **attrs)
    return net


def _check_xml(net: nx.MultiDiGraph) -> None:
    """DrugkgError naming the first value XML 1.0 cannot hold (GraphML is XML)."""
    items = [(n, d) for n, d in net.nodes(data=True)] + [(k, d) for _, _, k, d in net.edges(keys=True, data=True)]
    for name, data in items:
        for key, value in data.items():
            if isinstance(value, str):
                xml_safe(value, f"{name} {key}")


def graphml_files(graph: Graph, *, all_claims: bool = False) -> dict[str, str]:
    """`drugkg.graphml`: the graph as GraphML text (deterministic: rows are sorted).

    A carriage return in a value is written as `&#13;` (an XML parser turns a raw one into a line feed); a
    character XML 1.0 cannot hold at all is refused with one line naming it.
    """
    net = to_networkx(graph, all_claims=all_claims)
    _check_xml(net)
    out = io.BytesIO()  # not generate_graphml: it splits lines with str.splitlines, which breaks at U+2028 too
    nx.write_graphml(net, out, encoding="utf-8", prettyprint=True, named_key_ids=True)
    text = out.getvalue().decode("utf-8")
    return {"drugkg.graphml": text.replace("\r", "&#13;") + ("" if text.endswith("\n") else "\n")}
