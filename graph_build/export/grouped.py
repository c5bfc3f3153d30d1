"""TriG and RDF/XML of grouped triples (`read_groups`: subject -> predicate -> object keys), written as the
rdflib path (graph_build/export/rdf.py) writes the same triples, into an `Output` that hands the text to the
checking process as it is written (graph_build/export/rdf_stream.py, decision 0970).
"""

from __future__ import annotations

import re

from base.errors import DrugkgError
from graph_build.export.rdf_stream import Output, Unsupported
from graph_build.export.turtle_stream import Groups, TextTurtleWriter, turtle_from_groups, unique_sorted
from ontology.vocab import DKG

HAS_EVIDENCE, SOURCE_DOCUMENT = str(DKG.hasEvidence), str(DKG.sourceDocument)
CLAIM_PARTS = (str(DKG.subject), str(DKG.predicate), str(DKG.object))
#: Subjects per piece of text handed on.
BATCH = 2000


def _iri(key: tuple) -> str:
    if key[0] != 0:
        raise Unsupported("a literal where the split by document expects an IRI")
    return key[1]


def split_groups(groups: Groups) -> tuple[Groups, dict[str, Groups]]:
    """The default graph and one graph per source document, as `split_by_document` splits an rdflib graph:
    claims and their evidence go to the graphs of their documents, a direct triple to those of the claims
    that give it, everything else to the default graph. Raises Unsupported where that function's choice
    would depend on hash order (a claim with two subjects, predicates or objects) or on a literal document.

    >>> e, d = "https://w3id.org/drugkg/entity/", "https://w3id.org/drugkg/document/x"
    >>> claim = {HAS_EVIDENCE: [(0, e + "ev")], CLAIM_PARTS[0]: [(0, e + "a")], CLAIM_PARTS[1]: [(0, e + "p")],
    ...          CLAIM_PARTS[2]: [(0, e + "b")]}
    >>> default, named = split_groups({e + "c": claim, e + "ev": {SOURCE_DOCUMENT: [(0, d)]},
    ...                                e + "a": {e + "p": [(0, e + "b")], e + "q": [(0, e + "b")]}})
    >>> [(s[len(e):], list(p)) for s, p in default.items()], sorted(s[len(e):] for s in named[d])
    ([('a', ['https://w3id.org/drugkg/entity/q'])], ['a', 'c', 'ev'])
    """
    documents: dict[str, set[str]] = {}

    def documents_of(node: str) -> set[str]:
        found = documents.get(node)
        if found is None:
            predicates = groups.get(node, {})
            if SOURCE_DOCUMENT in predicates:
                found = {_iri(d) for d in predicates[SOURCE_DOCUMENT]}
            else:
                found = {
                    _iri(d)
                    for e in predicates.get(HAS_EVIDENCE, ())
                    if e[0] == 0
                    for d in groups.get(e[1], {}).get(SOURCE_DOCUMENT, ())
                }
            documents[node] = found
        return found

    claims = [s for s, predicates in groups.items() if HAS_EVIDENCE in predicates]
    placed = set(claims) | {e[1] for c in claims for e in groups[c][HAS_EVIDENCE] if e[0] == 0}
    direct_of: dict[str, dict[str, dict[tuple, set[str]]]] = {}  # subject -> predicate -> object -> documents
    for claim in claims:
        parts = []
        for part in CLAIM_PARTS:
            values = set(groups[claim].get(part, ()))
            if len(values) > 1:
                raise Unsupported("a claim with two values of " + part)
            parts.append(next(iter(values)) if values else None)
        subject, predicate, obj = parts
        if subject is None or predicate is None or obj is None or subject[0] != 0 or predicate[0] != 0:
            continue  # rdflib's key would match no triple
        by_object = direct_of.setdefault(subject[1], {}).setdefault(predicate[1], {})
        by_object.setdefault(obj, set()).update(documents_of(claim))
    default: Groups = {}
    named: dict[str, Groups] = {}
    for subject, predicates in groups.items():
        if subject in placed:
            for document in documents_of(subject):
                named.setdefault(document, {})[subject] = predicates
            continue
        direct = direct_of.get(subject)
        if direct is None:  # no claim gives a triple of this subject: all of it is in the default graph
            default[subject] = predicates
            continue
        for predicate, objects in predicates.items():
            by_object = direct.get(predicate)
            if by_object is None:
                default.setdefault(subject, {})[predicate] = objects
                continue
            for obj in objects:
                found = by_object.get(obj)
                targets = [default] if found is None else [named.setdefault(d, {}) for d in found]
                for target in targets:
                    target.setdefault(subject, {}).setdefault(predicate, []).append(obj)
    return default, named


PREFIX_LINE = re.compile(r"@prefix ([^:\n]*): <([^>\n]*)> \.\n")
INDENT_LINE = re.compile(r"^(?=.)", re.M)


def _body(text: str, prefixes: set[tuple[str, str]]) -> str:
    """The statements of `turtle_from_groups`' text; the prefixes its header declares go to `prefixes`."""
    if not text.startswith("@prefix"):
        return text
    end = text.index("\n\n") + 2
    prefixes.update(PREFIX_LINE.findall(text, 0, end))
    return text[end:]


def trig_text(default: Groups, named: dict[str, Groups], out: Output) -> None:
    """TriG of a split graph, as `graph_build.export.rdf.trig_text` writes it: prefixes, the default graph's
    statements, then each named graph (by IRI), all sorted; the blocks are `turtle_from_groups`'.

    The named graphs (claims and evidence: the smaller part) are written first and kept; the header, the
    prefixes of them all, is known when `turtle_from_groups` hands on the default graph's own header, and
    the default graph's statements are handed on as they are written."""
    names = sorted(n for n, groups in named.items() if groups)
    prefixes: set[tuple[str, str]] = set()
    writer = TextTurtleWriter()
    graphs = []
    # One Turtle writer for every document graph (an IRI is written the same in each) and for the graph
    # names: its IRIs are written once, and the prefixes they use are its `used`; no header of their own.
    for number, name in enumerate(names):
        blocks = turtle_from_groups(named[name], writer=writer, header=False).rstrip("\n")
        inner = INDENT_LINE.sub("    ", blocks.replace("\n\n", "\n"))  # a graph's blocks without blank lines
        graphs.append(("\n" if default or number else "") + f"{writer.iri(name)} {{\n{inner}\n}}\n")
    prefixes.update((p, ns) for p, ns in writer.namespaces if p in writer.used)
    started: list[bool] = []

    def sink(piece: str) -> None:
        if started:
            out.write(piece)
            return
        started.append(True)  # the first piece is the default graph's header: the file's header replaces it
        _body(piece + "\n", prefixes)
        header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes))
        out.write(header + ("\n" if header and (default or graphs) else ""))

    if default:
        turtle_from_groups(default, sink)
    else:
        sink("")
    for start in range(0, len(graphs), BATCH):
        out.write("".join(graphs[start : start + BATCH]))


#: Text RDF/XML writes as it is: nothing to escape, nothing XML 1.0 cannot hold.
XML_PLAIN = re.compile('[&<>"\r\t\n\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')


def xml_text(groups: Groups, out: Output) -> None:
    """RDF/XML of grouped triples, as `graph_build.export.rdf.xml_text` writes the same triples."""
    from graph_build.export.rdf import XML_LOCAL, xml_namespaces, xml_safe

    bound, used = xml_namespaces()
    subjects = sorted(groups)
    names: dict[str, str] = {}  # predicate -> element name, namespaces numbered in order of first use
    for subject in subjects:
        new = [p for p in groups[subject] if p not in names]
        for predicate in sorted(new):
            found = XML_LOCAL.search(predicate)
            if found is None or found.start() == 0:
                raise DrugkgError(f"the property {predicate} has no XML name", fix="export as turtle or ntriples")
            ns = predicate[: found.start()]
            names[predicate] = f"{used.setdefault(ns, bound.get(ns) or f'ns{len(used)}')}:{found.group()}"
    spaces = " ".join(f'xmlns:{prefix}="{ns}"' for ns, prefix in sorted(used.items(), key=lambda i: i[1] != "rdf"))
    out.write(f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF {spaces}>\n')
    iris: dict[str, str] = {}

    def iri(text: str, where: str) -> str:
        found = iris.get(text)
        if found is None:
            found = iris[text] = xml_safe(text, where) if XML_PLAIN.search(text) else text
        return found

    def element(subject: str, predicate: str, obj: tuple) -> str:
        name = names[predicate]
        if obj[0] == 0:
            return f'    <{name} rdf:resource="{iri(obj[1], subject)}"/>\n'
        _, lexical, datatype, language = obj
        attrs = f' xml:lang="{language}"' if language else ""
        if datatype:
            attrs += f' rdf:datatype="{iri(datatype, f"{subject} {predicate}")}"'
        if XML_PLAIN.search(lexical):
            lexical = xml_safe(lexical, f"{subject} {predicate}")
        return f"    <{name}{attrs}>{lexical}</{name}>\n"

    # predicate -> object key -> its element: written once (the merged graph has 124k distinct objects for
    # 1.34M triples; decision 0972); properties sorted, then objects, as the sorted (property, object) pairs
    elements: dict[str, dict[tuple, str]] = {}
    body: list[str] = []
    add = body.append
    for number, subject in enumerate(subjects, 1):
        add(f'  <rdf:Description rdf:about="{iri(subject, subject)}">\n')
        predicates = groups[subject]
        for predicate in sorted(predicates) if len(predicates) > 1 else predicates:
            known = elements.get(predicate)
            if known is None:
                known = elements[predicate] = {}
            objects = predicates[predicate]
            for obj in unique_sorted(objects) if len(objects) > 1 else objects:
                text = known.get(obj)
                if text is None:
                    text = known[obj] = element(subject, predicate, obj)
                add(text)
        add("  </rdf:Description>\n")
        if number % BATCH == 0:
            out.write("".join(body))
            body.clear()
    add("</rdf:RDF>\n")
    out.write("".join(body))
