"""The RDF exports other than Turtle, written so that the same graph always gives the same bytes.

N-Triples, N-Quads and TriG are written by the project's own term writer (the one behind `turtle_text`):
every literal keeps its lexical form and any character a string can hold (U+2028, NEL, VT, FF, ...) is
written raw or escaped as the grammar allows, where rdflib's N-Triples writer gives up on some of them.
RDF/XML is written here too, subjects and properties sorted; a character XML 1.0 cannot hold (most C0
controls) is refused with a clear error rather than written as XML no parser accepts. JSON-LD comes from
rdflib's serialiser, fed the triples in sorted order, with arrays sorted afterwards (their order carries no
meaning), so that the output does not depend on hash order.

These writers take an rdflib graph (`export_graph`, `export_text`). `drugkg export` of a graph file writes the
same bytes from pyoxigraph's text instead (graph_build/export/rdf_stream.py, decision 0970).
"""

from __future__ import annotations

import json
import re
from typing import Any
from xml.sax.saxutils import escape

from rdflib import RDF, BNode, Dataset, Graph, Literal, URIRef  # noqa: F401  (URIRef: the doctests)
from rdflib.compare import to_canonical_graph
from rdflib.namespace import XSD

from base.errors import DrugkgError
from graph_build.write import Term, TurtleWriter, _escape, _node_key, check_iri, turtle_blocks
from ontology import prefix_map


def _canonical(graph: Graph) -> Graph:
    """The graph with canonical blank node ids (unchanged when it has no blank nodes)."""
    if any(isinstance(t, BNode) for triple in graph for t in triple):
        return to_canonical_graph(graph)
    return graph


def nt_term(node: Term) -> str:
    """A term as N-Triples writes it: full IRIs, literals escaped as the grammar allows.

    >>> nt_term(Literal("a\\u2028b\\x0bc"))
    '"a\\u2028b\\\\u000Bc"'
    """
    if isinstance(node, Literal):
        text = f'"{_escape(str(node))}"'
        if node.language:
            return f"{text}@{node.language}"
        if node.datatype is not None and node.datatype != XSD.string:
            return f"{text}^^<{check_iri(str(node.datatype))}>"
        return text
    if isinstance(node, BNode):
        return f"_:{node}"
    return f"<{check_iri(str(node))}>"


def ntriples_text(graph: Graph) -> str:
    """The graph as sorted N-Triples lines."""
    lines = {f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in _canonical(graph)}
    return "".join(sorted(lines))


def nquads_text(dataset: Dataset) -> str:
    """The dataset as sorted N-Quads lines (the default graph without a graph name)."""
    lines = set()
    default = dataset.default_graph.identifier
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph_part = "" if name is None or name == default else f" {nt_term(name)}"
        lines.add(f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{graph_part} .\n")
    return "".join(sorted(lines))


def trig_text(dataset: Dataset) -> str:
    """The dataset as TriG: prefixes, the default graph's statements, then each named graph, all sorted."""
    writer = TurtleWriter(prefix_map())
    default = dataset.default_graph
    body = turtle_blocks(writer, default)
    named = sorted(
        (g for g in dataset.graphs() if g.identifier != default.identifier and len(g)),
        key=lambda g: str(g.identifier),
    )
    for graph in named:
        blocks = turtle_blocks(writer, graph)
        inner = "\n".join("    " + line if line else line for b in blocks for line in b.rstrip("\n").split("\n"))
        body.append(f"{writer.term(graph.identifier)} {{\n{inner}\n}}\n")
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(writer.namespaces) if p in writer.used)
    return header + ("\n" if header and body else "") + "\n".join(body)


def sorted_graph(graph: Graph) -> Graph:
    """A copy of the graph whose triples iterate in sorted order, with the same prefixes bound."""
    copy = Graph()
    for prefix, ns in sorted(graph.namespaces()):
        copy.bind(prefix, ns, override=True)
    for triple in sorted(_canonical(graph), key=lambda t: tuple(_node_key(x) for x in t)):
        copy.add(triple)
    return copy


#: Characters XML 1.0 cannot hold, not even as character references.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: A property IRI split into namespace and an XML name, for the element name.
XML_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*$")


def xml_safe(text: str, where: str) -> str:
    """`text` escaped for XML; DrugkgError for a character XML 1.0 cannot hold at all."""
    bad = XML_ILLEGAL.search(text)
    if bad:
        raise DrugkgError(
            f"U+{ord(bad.group()):04X} cannot be written in XML (in {where})",
            fix="export as turtle, ntriples, trig, nquads or jsonld, which hold every character",
        )
    return escape(text, {'"': "&quot;", "\r": "&#13;", "\t": "&#9;", "\n": "&#10;"})


def xml_namespaces() -> tuple[dict[str, str], dict[str, str]]:
    """RDF/XML's namespace -> prefix maps: those bound by the prefix map, and those used so far (rdf)."""
    bound = {str(ns): prefix for prefix, ns in sorted(prefix_map().items())} | {str(RDF): "rdf"}
    return bound, {str(RDF): "rdf"}


def xml_text(graph: Graph) -> str:
    """The graph as RDF/XML: one rdf:Description per subject, subjects and properties sorted.

    >>> e = "https://w3id.org/drugkg/entity/"
    >>> print(xml_text(Graph().add((URIRef(e + "a"), URIRef("http://example.org/p"), Literal("1 < 2")))), end="")
    <?xml version="1.0" encoding="utf-8"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ns1="http://example.org/">
      <rdf:Description rdf:about="https://w3id.org/drugkg/entity/a">
        <ns1:p>1 &lt; 2</ns1:p>
      </rdf:Description>
    </rdf:RDF>
    """
    graph = _canonical(graph)
    bound, used = xml_namespaces()
    by_subject: dict[Term, list[tuple[Term, Term]]] = {}
    for s, p, o in graph:
        by_subject.setdefault(s, []).append((p, o))
    body = []
    for subject in sorted(by_subject, key=_node_key):
        about = (
            f'rdf:nodeID="b{subject}"'
            if isinstance(subject, BNode)
            else f'rdf:about="{xml_safe(str(subject), str(subject))}"'
        )
        body.append(f"  <rdf:Description {about}>")
        for predicate, obj in sorted(by_subject[subject], key=lambda po: (str(po[0]), _node_key(po[1]))):
            found = XML_LOCAL.search(str(predicate))
            if found is None or found.start() == 0:
                raise DrugkgError(f"the property {predicate} has no XML name", fix="export as turtle or ntriples")
            ns, local = str(predicate)[: found.start()], found.group()
            prefix = used.setdefault(ns, bound.get(ns) or f"ns{len(used)}")
            name = f"{prefix}:{local}"
            if isinstance(obj, Literal):
                where = f"{subject} {predicate}"
                attrs = f' xml:lang="{obj.language}"' if obj.language else ""
                if obj.datatype is not None and obj.datatype != XSD.string:
                    attrs += f' rdf:datatype="{xml_safe(str(obj.datatype), where)}"'
                body.append(f"    <{name}{attrs}>{xml_safe(str(obj), where)}</{name}>")
            elif isinstance(obj, BNode):
                body.append(f'    <{name} rdf:nodeID="b{obj}"/>')
            else:
                body.append(f'    <{name} rdf:resource="{xml_safe(str(obj), str(subject))}"/>')
        body.append("  </rdf:Description>")
    spaces = " ".join(f'xmlns:{prefix}="{ns}"' for ns, prefix in sorted(used.items(), key=lambda i: i[1] != "rdf"))
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF {spaces}>\n'
    return head + "".join(line + "\n" for line in body) + "</rdf:RDF>\n"


def _key_order(key: str) -> tuple[bool, bool, str]:
    """Keys sorted, but "@context" and then "@type" first: JSON-LD's streaming document form."""
    return (key != "@context", key != "@type", key)


def _sort_arrays(value: Any, key: str = "", context: bool = False) -> Any:
    """Arrays sorted (but lists), keys in `_key_order` (plainly sorted inside the context)."""
    if isinstance(value, dict):
        context = context or key == "@context"
        return {k: _sort_arrays(value[k], k, context) for k in sorted(value, key=None if context else _key_order)}
    if isinstance(value, list):
        items = [_sort_arrays(v, context=context) for v in value]
        if key == "@list":
            return items  # an RDF list: order is meaning
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_text(graph: Graph, context: dict) -> str:
    """The graph as JSON-LD compacted with `context`, JSON booleans and numbers, arrays in sorted order, keys
    sorted but each object's "@type" first (after "@context"): JSON-LD's streaming document form, which a
    streaming reader (pyoxigraph's STREAMING_JSON_LD) reads without holding the document (decision 0970)."""
    text = sorted_graph(graph).serialize(
        format="json-ld", context=context, sort_keys=True, indent=2, auto_compact=True, use_native_types=True
    )
    return json.dumps(_sort_arrays(json.loads(text)), indent=2, ensure_ascii=False) + "\n"
