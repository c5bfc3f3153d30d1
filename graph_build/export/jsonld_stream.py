"""JSON-LD of grouped triples (graph_build/export/rdf_stream.py), the document the rdflib path writes.

The rdflib path (`graph_build.export.rdf.jsonld_text`) runs rdflib's JSON-LD serialiser with the project's
context, native types and auto-compaction, then sorts every array and writes the JSON with sorted keys and an
indent of 2. This writer makes the same document from the triples' text without an rdflib graph: which key a
predicate takes and how a value is written (a compact IRI, `{"@id": ...}`, a JSON boolean or number, a bare
lexical form under a typed term, `{"@type": ..., "@value": ...}`) is decided by rdflib's own `Context`, the
way its serialiser decides it, once per predicate and kind of value (not once per triple); the JSON text is
written here, node by node, in the layout of `json.dumps(..., indent=2, sort_keys=True)`. Contexts or graphs
this does not cover (language maps, lists, containers, a literal rdf:type, fewer than two nodes) raise
`Unsupported` and are written by the rdflib path. Decision 0970.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from json.encoder import encode_basestring

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.plugins.shared.jsonld.context import UNDEF, Context
from rdflib.plugins.shared.jsonld.keys import ID, VOCAB

from graph_build.export.rdf_stream import Output, Unsupported
from graph_build.export.turtle_stream import Groups

RDF_TYPE, RDF_NIL = str(RDF.type), str(RDF.nil)
BOOLEAN, INTEGER, DOUBLE = str(XSD.boolean), str(XSD.integer), str(XSD.double)
#: Datatypes rdflib writes as JSON values (xsd:string never reaches here: pyoxigraph reads it as a plain string).
NATIVE = {BOOLEAN, INTEGER, DOUBLE}
DIGITS = re.compile(r"[+-]?[0-9]+\Z")

#: A value: its JSON text (a string, number, boolean or compact IRI), or an object as its (key JSON,
#: value JSON) pairs sorted by key.
Value = str | tuple[tuple[str, str], ...]


def _native(lexical: str, datatype: str) -> str:
    """The JSON text of a boolean, integer or double literal as rdflib writes its Python value."""
    if datatype == BOOLEAN and lexical in ("true", "false"):
        return lexical
    if datatype == INTEGER and DIGITS.match(lexical):
        return str(int(lexical))
    value = Literal(lexical, datatype=URIRef(datatype)).toPython()  # rdflib's reading, whatever the form
    return json.dumps(str(value) if isinstance(value, Literal) else value)


def _compact(value: Value) -> str:
    """The value as `json.dumps(value, sort_keys=True)` writes it: the key arrays are sorted by."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    return "{" + ", ".join(f"{k}: {v}" for k, v in value) + "}"


def _pretty(value: Value, indent: str) -> str:
    """The value as `json.dumps(..., indent=2)` writes it at `indent`."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    inner = indent + "  "
    return "{\n" + ",\n".join(f"{inner}{k}: {v}" for k, v in value) + "\n" + indent + "}"


class JsonLdWriter:
    """Writes nodes with a context as rdflib's JSON-LD serialiser compacts them (auto_compact, native types)."""

    def __init__(self, context: dict) -> None:
        self.context = Context(context)
        ctx = self.context
        if ctx.vocab or ctx.language or ctx._base:
            raise Unsupported("a context with @vocab, @language or @base")
        if any(t.container or t.language or t.reverse for t in ctx.terms.values()):
            raise Unsupported("a context with containers, language or reverse terms")
        self.id_key, self.type_key = encode_basestring(ctx.id_key), encode_basestring(ctx.type_key)
        self.value_key, self.lang_key = encode_basestring(ctx.value_key), encode_basestring(ctx.lang_key)
        self.iri_rules: dict[str, tuple[str, str]] = {}
        self.literal_rules: dict[tuple, tuple[str, str, str]] = {}
        self.shrunk: dict[str, str] = {}
        self.keys_text: dict[str, str] = {}
        self.symbols: dict[str, str] = {}
        #: predicate -> object key -> its `texts`
        self.cache: dict[str, dict[tuple, tuple[str, str, str, str]]] = {}

    def shrink(self, iri: str) -> str:
        found = self.shrunk.get(iri)
        if found is None:
            found = self.shrunk[iri] = encode_basestring(self.context.shrink_iri(iri))
        return found

    def symbol(self, iri: str) -> str:
        found = self.symbols.get(iri)
        if found is None:
            found = self.symbols[iri] = encode_basestring(self.context.to_symbol(iri))
        return found

    def _key_without_term(self, predicate: str) -> str:
        key = self.context.to_symbol(predicate)
        term = self.context.terms.get(key)
        return predicate if term and (term.type or term.container) else key

    def iri_rule(self, predicate: str) -> tuple[str, str]:
        """(key, how an IRI object is written: "id" compact IRI, "vocab" symbol, "raw" {"@id": ...})."""
        rule = self.iri_rules.get(predicate)
        if rule is None:
            term = None
            for coercion in (ID, VOCAB, UNDEF):
                term = self.context.find_term(predicate, coercion, None)
                if term:
                    break
            if term:
                how = "id" if term.type == ID else "vocab" if term.type == VOCAB else "raw"
                rule = (term.name, how)
            elif predicate == RDF_TYPE:
                rule = (self.context.type_key, "vocab")
            else:
                rule = (self._key_without_term(predicate), "raw")
            self.iri_rules[predicate] = rule
        return rule

    def literal_rule(self, predicate: str, datatype: str, language: str) -> tuple[str, str, str]:
        """(key, how a literal is written: "lexical", "native", "typed" or "lang", the datatype's symbol)."""
        signature = (predicate, datatype, language)
        rule = self.literal_rules.get(signature)
        if rule is None:
            term = self.context.find_term(predicate, datatype or None, language=language or None)
            how = ""
            if term:
                key = term.name
                if term.type and (term.type == ID or term.type == (datatype or "None")):
                    how = "lexical"  # rdflib's type_coerce gives the literal itself: its lexical form
            elif predicate == RDF_TYPE:
                raise Unsupported("a literal rdf:type")
            else:
                key = self._key_without_term(predicate)
            if not how:
                how = "native" if datatype in NATIVE else "typed" if datatype else "lang" if language else "lexical"
            rule = self.literal_rules[signature] = (key, how, self.symbol(datatype) if how == "typed" else "")
        return rule

    def value(self, predicate: str, obj: tuple) -> tuple[str, Value]:
        """The key and the value of one object of a node."""
        if obj[0] == 0:
            if obj[1] == RDF_NIL:
                raise Unsupported("rdf:nil, an empty list")
            key, how = self.iri_rules.get(predicate) or self.iri_rule(predicate)
            if how == "vocab":
                return key, self.symbol(obj[1])
            shrunk = self.shrunk.get(obj[1]) or self.shrink(obj[1])
            return key, shrunk if how == "id" else ((self.id_key, shrunk),)
        _, lexical, datatype, language = obj
        key, how, symbol = self.literal_rules.get((predicate, datatype, language)) or self.literal_rule(
            predicate, datatype, language
        )
        if how == "lexical":
            return key, encode_basestring(lexical)
        if how == "native":
            return key, _native(lexical, datatype)
        if how == "typed":
            return key, ((self.type_key, symbol), (self.value_key, encode_basestring(lexical)))
        return key, ((self.lang_key, encode_basestring(language)), (self.value_key, encode_basestring(lexical)))

    def texts(self, predicate: str, obj: tuple) -> tuple[str, str, str, str]:
        """(key, the value's compact JSON (arrays sort by it), its text as a key's only value, its text as an
        item of a key's array) of one object of a node."""
        key, value = self.value(predicate, obj)
        return key, _compact(value), _pretty(value, "      "), "        " + _pretty(value, "        ")

    def node(self, subject: str, predicates: dict[str, list]) -> str:
        """The node's JSON text inside "@graph". The texts of an object under a predicate are made once
        (`texts`) and kept: the merged graph's 1.34M triples have 124k distinct objects (decision 0972)."""
        entries: dict[str, list[tuple[str, str, str, str]]] = {}
        cache = self.cache
        for predicate, objects in predicates.items():
            known = cache.get(predicate)
            if known is None:
                known = cache[predicate] = {}
            for obj in set(objects) if len(objects) > 1 else objects:
                found = known.get(obj)
                if found is None:
                    found = known[obj] = self.texts(predicate, obj)
                values = entries.get(found[0])
                if values is None:
                    entries[found[0]] = [found]
                else:
                    values.append(found)
        keys = sorted(entries)
        if keys[0] <= self.context.id_key:
            raise Unsupported(f"the key {keys[0]} sorts before @id: nodes would not sort by their ids")
        head = [f"      {self.id_key}: {self.shrunk.get(subject) or self.shrink(subject)}"]
        lines = []
        type_key, keys_text = self.context.type_key, self.keys_text
        for key in keys:
            values = entries[key]
            key_text = keys_text.get(key) or keys_text.setdefault(key, encode_basestring(key))
            if len(values) == 1:
                line = f"      {key_text}: {values[0][2]}"
            else:
                values.sort(key=COMPACT)  # stable, as `sorted(..., key=_compact)` was
                line = f"      {key_text}: [\n" + ",\n".join([v[3] for v in values]) + "\n      ]"
            if key == type_key:  # "@type" first, then "@id": JSON-LD's streaming document form (decision 0970)
                head.insert(0, line)
            else:
                lines.append(line)
        return "    {\n" + ",\n".join(head + lines) + "\n    }"


COMPACT = operator.itemgetter(1)


def jsonld_from_groups(groups: Groups, out: Output, context: dict | None = None) -> None:
    """The JSON-LD document of grouped triples compacted with `context` (the project's by default), the
    text `graph_build.export.rdf.jsonld_text` writes for the same triples. Nodes are sorted by their JSON
    text, which (every node starting with its unique "@id") is the order of their ids' JSON strings.

    >>> ex = "https://w3id.org/drugkg/entity/"
    >>> dkg = "https://w3id.org/drugkg/ontology#"
    >>> out = Output()
    >>> jsonld_from_groups({ex + "b": {RDF_TYPE: [(0, dkg + "Drug")]},
    ...                     ex + "a": {dkg + "negated": [(2, "false", BOOLEAN, "")]}}, out)
    >>> text = out.data().decode()
    >>> print(text[text.index('"@graph"'):], end="")
    "@graph": [
        {
          "@id": "ent:a",
          "negated": false
        },
        {
          "@type": "dkg:Drug",
          "@id": "ent:b"
        }
      ]
    }
    """
    if context is None:
        from ontology.context import load_context

        context = load_context()["@context"]
    if len(groups) < 2:
        raise Unsupported("fewer than two nodes: rdflib writes them without @graph")
    writer = JsonLdWriter(context)
    order = sorted((writer.shrink(subject), subject) for subject in groups)
    if any(a[0] == b[0] for a, b in itertools.pairwise(order)):
        raise Unsupported("two subjects with one compact IRI")
    head = json.dumps({"@context": context, "@graph": [0]}, indent=2, sort_keys=True, ensure_ascii=False)
    before, after = head.rsplit("    0", 1)
    batch = [before]
    for number, (_, subject) in enumerate(order):
        batch.append((",\n" if number else "") + writer.node(subject, groups[subject]))
        if len(batch) == BATCH:
            out.write("".join(batch))
            batch.clear()
    batch.append(after + "\n")
    out.write("".join(batch))


#: Nodes per piece of text handed on.
BATCH = 2000
