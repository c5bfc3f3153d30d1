"""Prefixes the endpoint and `drugkg query` know without a PREFIX line, as on Wikidata's query service.

The project's prefix map (ontology/prefixes.yaml: dkg, ent, claim, evidence, doc, biolink, CHEBI, MESH, ...)
and the standard vocabularies (rdf, rdfs, owl, xsd, skos, dcterms, prov, ...). A query that uses `dkg:`
without declaring it runs; a PREFIX it declares always wins. pyoxigraph takes them as its `prefixes`
argument (error positions stay those of the text); for other engines `add_prefixes` writes the PREFIX lines
the query uses and does not declare, on the first line, so that line numbers do not move.
"""

from __future__ import annotations

import re
from functools import cache

from queries.lexer import tokens

STANDARD = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": "http://rdfs.org/ns/void#",
    "sh": "http://www.w3.org/ns/shacl#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "http://schema.org/",
    "biolink": "https://w3id.org/biolink/vocab/",
}


@cache
def known_prefixes() -> dict[str, str]:
    """Every prefix a query may use undeclared: the project's map first, then the standard ones.

    >>> known_prefixes()["dkg"], known_prefixes()["owl"]
    ('https://w3id.org/drugkg/ontology#', 'http://www.w3.org/2002/07/owl#')
    """
    from ontology import prefix_map

    found = dict(prefix_map())
    for name, namespace in STANDARD.items():
        found.setdefault(name, namespace)
    return found


_DECLARED = re.compile(r"(?i)^prefix$")


def declared_prefixes(text: str) -> dict[str, str]:
    """The PREFIX declarations of a query's text (comments, strings and IRIs skipped).

    >>> declared_prefixes("PREFIX ex: <http://x/> # PREFIX no: <http://n/>\\nSELECT * {}")
    {'ex': 'http://x/'}
    """
    found: dict[str, str] = {}
    items = [t for t in tokens(text) if t.kind not in ("comment", "space")]
    for index, token in enumerate(items[:-2]):
        if token.kind == "word" and _DECLARED.match(token.text):
            name, iri = items[index + 1], items[index + 2]
            if name.kind == "word" and name.text.endswith(":") and iri.kind == "iri":
                found[name.text[:-1]] = iri.text[1:-1]
    return found


def used_prefixes(text: str) -> list[str]:
    """Prefixes of the prefixed names a query uses, in order of first use (declarations not counted).

    >>> used_prefixes("SELECT * { ?d dkg:treats ent:pain . ?d a <http://x/y> }")
    ['dkg', 'ent']
    """
    found: list[str] = []
    items = [t for t in tokens(text) if t.kind not in ("comment", "space")]
    for index, token in enumerate(items):
        if token.kind != "word" or ":" not in token.text:
            continue
        if index and items[index - 1].kind == "word" and _DECLARED.match(items[index - 1].text):
            continue  # the name being declared
        prefix = token.text.split(":", 1)[0]
        if prefix not in found and not prefix.startswith("_"):
            found.append(prefix)
    return found


def missing_prefixes(text: str) -> dict[str, str]:
    """The known prefixes a query uses without declaring them, with their namespaces.

    >>> missing_prefixes("PREFIX dkg: <http://mine/> SELECT * { ?d dkg:treats ent:pain }")
    {'ent': 'https://w3id.org/drugkg/entity/'}
    """
    declared = declared_prefixes(text)
    known = known_prefixes()
    return {p: known[p] for p in used_prefixes(text) if p not in declared and p in known}


def unknown_prefixes(text: str) -> list[str]:
    """Prefixes a query uses that it does not declare and that are not known.

    >>> unknown_prefixes("SELECT * { ?d foo:bar dkg:x }")
    ['foo']
    """
    declared = declared_prefixes(text)
    known = known_prefixes()
    return [p for p in used_prefixes(text) if p not in declared and p not in known]


def add_prefixes(text: str) -> str:
    """`text` with PREFIX declarations for the known prefixes it uses and does not declare, all on its first
    line (so line numbers in error messages stay those of the text).

    >>> add_prefixes("SELECT * { ?d dkg:treats ?c }")
    'PREFIX dkg: <https://w3id.org/drugkg/ontology#> SELECT * { ?d dkg:treats ?c }'
    >>> add_prefixes("ASK {}")
    'ASK {}'
    """
    missing = missing_prefixes(text)
    head = "".join(f"PREFIX {p}: <{ns}> " for p, ns in missing.items())
    return head + text


SH = "http://www.w3.org/ns/shacl#"


def declaration_triples(subject: str, endpoint: str) -> list:
    """The known prefixes as SHACL prefix declarations (`sh:declare [ sh:prefix; sh:namespace ]`) of `subject`,
    the form SPARQL editors read (SIB's sparql-editor); each declaration is named `<endpoint#prefix-NAME>`.

    >>> t = declaration_triples("http://x/sparql#service", "http://x/sparql")
    >>> sorted({str(x.predicate.value).rsplit("#", 1)[1] for x in t})
    ['declare', 'namespace', 'prefix']
    """
    import pyoxigraph as ox

    owner = ox.NamedNode(subject)
    any_uri = ox.NamedNode("http://www.w3.org/2001/XMLSchema#anyURI")
    triples = []
    for name, namespace in known_prefixes().items():
        node = ox.NamedNode(f"{endpoint}#prefix-{name}")
        triples += [
            ox.Triple(owner, ox.NamedNode(SH + "declare"), node),
            ox.Triple(node, ox.NamedNode(SH + "prefix"), ox.Literal(name)),
            ox.Triple(node, ox.NamedNode(SH + "namespace"), ox.Literal(namespace, datatype=any_uri)),
        ]
    return triples
