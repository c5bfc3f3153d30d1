"""RDF terms between rdflib and pyoxigraph, the same lexical forms, datatypes and languages both ways.

One place for the conversion the write side (SHACL-SPARQL, the export check) and the read side (the rdflib
reference engine, reasoning, the view) all need.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.term import BNode, Identifier, Literal, URIRef

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal, *, normalize: bool | None = None) -> Identifier:
    """A pyoxigraph term as an rdflib term; xsd:string literals become plain literals, as rdflib parses them.
    `normalize=False` keeps a literal's lexical form as written ("1.0" stays "1.0"); by default rdflib's own
    setting applies.

    >>> to_rdflib(ox.Literal("a"))
    rdflib.term.Literal('a')
    >>> to_rdflib(ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), normalize=False)
    rdflib.term.Literal('1', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language, normalize=normalize)
    datatype = term.datatype.value
    if datatype == XSD_STRING:
        return Literal(term.value, normalize=normalize)
    return Literal(term.value, datatype=URIRef(datatype), normalize=normalize)


def to_ox(term: Identifier | None) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """An rdflib term as a pyoxigraph term, the literal's lexical form kept as rdflib holds it (plain literals
    become xsd:string); None stays None.

    >>> to_ox(Literal("a"))
    <Literal value=a datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    >>> str(to_ox(Literal("1.0", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"), normalize=False)))
    '"1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")
