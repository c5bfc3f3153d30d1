"""Load the curated claims (corpus/claims/<document>.yaml) and check every one against its sources.

A quote must sit at its offsets in the document, every entity must be in the lexicon, and every predicate
and qualifier must be in the ontology. Each failure names the file and line.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from rdflib import RDFS

from base.datafile import LineDict, line_of, load_yaml
from base.errors import DrugkgError, location
from graph_build.claims import Claim, Evidence, Value
from graph_build.read import Document
from ontology.lexicon import Entity, converter
from ontology.schema import Qualifier, concept_values, fits, label, ontology_graph, predicates, qualifiers
from ontology.vocab import DKG

CLAIMS_DIR = "claims"
CLAIM_FIELDS = {
    "id",
    "subject",
    "predicate",
    "object",
    "negated",
    "certainty",
    "qualifiers",
    "conflicts_with",
    "evidence",
}
CLAIM_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
#: ISO 8601 weeks (P6W), alone as the standard allows; written as days (P42D) for xsd:duration
WEEKS = re.compile(r"^P(\d+)W$")


class _Checker:
    def __init__(self, path: Path, document: Document, lexicon: dict[str, Entity]) -> None:
        self.path, self.document, self.lexicon = path, document, lexicon

    def fail(self, what: str, node: Any, fix: str | None = None) -> None:
        raise DrugkgError(what, where=location(self.path, line_of(node)), fix=fix)

    def entity(self, slug: Any, node: Any, role: str) -> str:
        if not isinstance(slug, str) or slug not in self.lexicon:
            self.fail(
                f"unknown entity {slug!r} as {role}",
                node,
                "use a slug from ontology/lexicon.yaml or add the entity there",
            )
        return slug

    def qualifier_value(self, spec: Qualifier, value: Any, node: Any) -> Value:
        kind = spec.kind
        if kind == "entity":
            return self.entity(value, node, f"qualifier '{spec.name}'")
        if kind == "concept":
            allowed = concept_values(spec.range)
            if value not in allowed:
                self.fail(f"'{value}' is not a value of {spec.name}", node, f"use one of {', '.join(sorted(allowed))}")
            return str(value)
        if kind == "boolean":
            if not isinstance(value, bool):
                self.fail(f"qualifier '{spec.name}' needs true or false, not {value!r}", node)
            return bool(value)
        if kind in ("decimal", "positiveInteger", "integer"):
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                self.fail(f"qualifier '{spec.name}' needs a number, not {value!r}", node)
            try:
                number = Decimal(str(value))
            except InvalidOperation:
                self.fail(f"qualifier '{spec.name}' needs a number, not {value!r}", node)
            if kind == "decimal":
                return number
            if number != number.to_integral_value() or number < 1:
                self.fail(f"qualifier '{spec.name}' needs a positive whole number, not {value!r}", node)
            return int(number)
        if kind == "duration":
            weeks = WEEKS.match(value) if isinstance(value, str) else None
            if weeks:  # ISO 8601's week form, which xsd:duration lacks: the same span in days
                return f"P{7 * int(weeks[1])}D"
            if not isinstance(value, str) or not DURATION.match(value):
                self.fail(
                    f"qualifier '{spec.name}' needs an ISO 8601 duration such as PT10M or P6W, not {value!r}", node
                )
            return value
        if kind == "iri":
            if not isinstance(value, str) or converter().expand(value) is None:
                self.fail(f"qualifier '{spec.name}' needs a CURIE with a known prefix, such as unit:HR", node)
            return value
        if not isinstance(value, str) or not value.strip():
            self.fail(f"qualifier '{spec.name}' needs a text value", node)
        return value

    def qualifiers(self, raw: Any, node: Any) -> tuple[tuple[str, tuple[Value, ...]], ...]:
        if raw is None:
            return ()
        if not isinstance(raw, dict):
            self.fail("'qualifiers' must be a mapping", node)
        known = qualifiers()
        result = []
        for name in sorted(raw):
            if name not in known:
                self.fail(f"unknown qualifier '{name}'", raw, f"use one of {', '.join(sorted(known))}")
            values = raw[name] if isinstance(raw[name], list) else [raw[name]]
            if not values:
                self.fail(f"qualifier '{name}' has no value", raw)
            result.append((name, tuple(self.qualifier_value(known[name], v, raw) for v in values)))
        return tuple(result)

    def evidence(self, raw: Any, node: Any) -> list[Evidence]:
        if not isinstance(raw, list) or not raw:
            self.fail("a claim needs at least one evidence entry", node)
        text = self.document.text
        found = []
        for item in raw:
            if not isinstance(item, dict):
                self.fail("an evidence entry must be a mapping with quote, start and end", node)
            quote, start, end = item.get("quote"), item.get("start"), item.get("end")
            if not isinstance(quote, str) or not quote:
                self.fail("evidence lacks its quote", item)
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
                self.fail("evidence needs whole-number 'start' and 'end' offsets", item)
            if text[start:end] != quote:
                at = text.find(quote)
                hint = (
                    f"the quote is at {at}-{at + len(quote)}"
                    if at >= 0
                    else "the quote does not occur in the document; copy it exactly"
                )
                self.fail(f"quote not found at offsets {start}-{end} of '{self.document.file}'", item, hint)
            confidence = Decimal(str(item.get("confidence", "1.0")))
            if not Decimal(0) <= confidence <= Decimal(1):
                self.fail("confidence must be between 0 and 1", item)
            found.append(Evidence(self.document.id, quote, start, end, "curated", confidence))
        return found

    def claim(self, raw: Any) -> Claim:
        if not isinstance(raw, dict):
            self.fail("a claim must be a mapping", raw)
        unknown = set(raw) - CLAIM_FIELDS
        if unknown:
            self.fail(f"unknown field(s) {', '.join(sorted(unknown))}", raw, f"use {', '.join(sorted(CLAIM_FIELDS))}")
        claim_id = raw.get("id")
        if not isinstance(claim_id, str) or not CLAIM_ID.match(claim_id):
            self.fail(f"bad or missing claim id {claim_id!r}", raw, "use lower-case words joined by '-'")
        predicate = raw.get("predicate")
        if predicate not in predicates() or predicate == "relatedTo":
            self.fail(
                f"unknown predicate {predicate!r}",
                raw,
                f"use one of {', '.join(sorted(set(predicates()) - {'relatedTo'}))}",
            )
        certainty = raw.get("certainty", "Asserted")
        if certainty not in concept_values(DKG.Certainty):
            allowed = ", ".join(sorted(concept_values(DKG.Certainty)))
            self.fail(f"unknown certainty {certainty!r}", raw, f"use one of {allowed}")
        negated = raw.get("negated", False)
        if not isinstance(negated, bool):
            self.fail("'negated' must be true or false", raw)
        conflicts = raw.get("conflicts_with") or []
        if not isinstance(conflicts, list) or not all(isinstance(c, str) and "#" in c for c in conflicts):
            self.fail("'conflicts_with' must list claims as <document-id>#<claim-id>", raw)
        subject = self.entity(raw.get("subject"), raw, "subject")
        obj = self.entity(raw.get("object"), raw, "object")
        prop = predicates()[predicate]
        for slug, end, role in ((subject, RDFS.domain, "subject"), (obj, RDFS.range, "object")):
            cls = self.lexicon[slug].cls
            if not fits(cls, prop, end):
                required = label(ontology_graph().value(prop, end))
                self.fail(
                    f"'{slug}' ({cls}) cannot be the {role} of '{predicate}'",
                    raw,
                    f"'{predicate}' takes a {required} as {role}",
                )
        return Claim(
            subject=subject,
            predicate=predicate,
            object=obj,
            negated=negated,
            certainty=certainty,
            qualifiers=self.qualifiers(raw.get("qualifiers"), raw),
            evidence=self.evidence(raw.get("evidence"), raw),
            refs={f"{self.document.id}#{claim_id}"},
            conflicts_with=set(conflicts),
        )


def load_curated(corpus: str | Path, documents: list[Document], lexicon: dict[str, Entity]) -> list[Claim]:
    """Every curated claim of the corpus, checked; claims of documents without a claims file are none."""
    folder = Path(corpus) / CLAIMS_DIR
    by_id = {d.id: d for d in documents}
    claims: list[Claim] = []
    line_of_ref: dict[str, str] = {}
    if not folder.is_dir():
        return claims
    for path in sorted(folder.glob("*.yaml")):
        document = by_id.get(path.stem)
        if document is None:
            raise DrugkgError(
                f"claims file for unknown document '{path.stem}'",
                where=path,
                fix="name the file after a document id in the manifest",
            )
        data = load_yaml(path)
        if not isinstance(data, LineDict) or not isinstance(data.get("claims"), list):
            raise DrugkgError("a claims file needs a 'claims' list", where=path)
        if data.get("document", document.id) != document.id:
            raise DrugkgError(
                f"'document: {data.get('document')}' does not match the file name", where=location(path, data.line)
            )
        checker = _Checker(path, document, lexicon)
        for raw in data["claims"]:
            claim = checker.claim(raw)
            ref = next(iter(claim.refs))
            if ref in line_of_ref:
                checker.fail(f"claim id '{raw['id']}' is used twice (first at {line_of_ref[ref]})", raw)
            line_of_ref[ref] = location(path, line_of(raw))
            claims.append(claim)
    for claim in claims:
        for ref in sorted(claim.conflicts_with - set(line_of_ref)):
            raise DrugkgError(
                f"conflicts_with names unknown claim '{ref}'",
                where=line_of_ref[next(iter(claim.refs))],
                fix="give <document-id>#<claim-id> of an existing claim",
            )
    return claims
