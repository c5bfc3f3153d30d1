"""The JSON-LD context of the project: prefixes plus one term per ontology property.

Terms for string, boolean and integer properties carry no type coercion, so that the JSON-LD export holds
JSON booleans and numbers (`"negated": false`, `"supportCount": 2`) and JSON-LD processors (PyLD, jsonld.js)
compact such values back to the same keys.

`ontology/context.jsonld` is generated from the ontology by `python -m ontology.context` and a test checks
that the file equals what the ontology gives, so the two cannot drift.
"""

from __future__ import annotations

import json

from rdflib import OWL, RDF, RDFS, XSD

from ontology import CONTEXT_JSONLD, prefix_map
from ontology.schema import local_name, ontology_graph
from ontology.vocab import DKG

#: Ranges written as plain JSON values, so a term matches them both ways: strings (xsd:string is the
#: default datatype, so a term typed xsd:string would never match one), booleans and integers (JSON's own
#: true/false and numbers). Other datatypes (xsd:decimal, xsd:nonNegativeInteger, xsd:duration) stay typed
#: strings, as JSON numbers would change their datatype.
NATIVE = {XSD.string, XSD.boolean, XSD.integer}


def build_context() -> dict:
    """The context as a dict: `{"@context": {...}}`."""
    g = ontology_graph()
    terms: dict[str, object] = dict(prefix_map())
    for prop in sorted(set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(g.subjects(RDF.type, OWL.DatatypeProperty))):
        if not str(prop).startswith(str(DKG)):
            continue
        name = local_name(prop)
        if (prop, RDF.type, OWL.ObjectProperty) in g:
            terms[name] = {"@id": f"dkg:{name}", "@type": "@id"}
        else:
            rng = g.value(prop, RDFS.range)
            typed = rng is not None and rng not in NATIVE
            terms[name] = {"@id": f"dkg:{name}"} | ({"@type": g.qname(rng)} if typed else {})
    return {"@context": terms}


def context_text() -> str:
    return json.dumps(build_context(), indent=2, ensure_ascii=False) + "\n"


def load_context() -> dict:
    """The context as stored in ontology/context.jsonld."""
    return json.loads(CONTEXT_JSONLD.read_text(encoding="utf-8"))


if __name__ == "__main__":
    CONTEXT_JSONLD.write_text(context_text(), encoding="utf-8")
    print(f"wrote {CONTEXT_JSONLD}")
