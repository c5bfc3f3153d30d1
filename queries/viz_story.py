"""What the page needs beyond the drawn view: every fact, every entity's page and the topic views.

The page opens on a start screen (topics and the drug and condition pages) unless it was asked for a focus,
a query result or an explanation; the whole graph is one click away. All of it travels as JSON data.
"""

from __future__ import annotations

from queries.viz_facts import Fact, facts_of
from queries.viz_model import Entity, Model
from queries.viz_pages import page_kind, pages
from queries.viz_tables import Tables
from queries.viz_topics import topics


def entity_json(entity: Entity) -> dict:
    """An entity as the page shows it (names, definition, identifiers); text as written, never markup."""
    return {
        "label": entity.label,
        "cls": entity.cls,
        "definition": entity.definition,
        "synonyms": entity.synonyms,
        "brands": entity.brand_names,
        "abbreviations": entity.abbreviations,
        "identifiers": [list(i) for i in entity.identifiers],
        "facts": [list(f) for f in entity.facts],
        "names": sorted(set(entity.names())),
        "kind": page_kind(entity.cls),
    }


def library(
    model: Model, tables: Tables | None, facts: dict[str, Fact] | None = None, facts_json: dict | None = None
) -> dict:
    """Facts, entities, pages and topics of the whole graph (the same whatever part of it is drawn); `facts` (of
    every claim) and their `facts_json` when already made."""
    from queries.viz_html import fact_json

    if facts is None:
        facts = facts_of(model, list(model.claims), tables)
    return {
        "facts": facts_json if facts_json is not None else {k: fact_json(f) for k, f in facts.items()},
        "entities": {iri: entity_json(e) for iri, e in sorted(model.entities.items())},
        "pages": pages(model, facts),
        "topics": topics(model, facts),
        "documents": {iri: {"id": d.ident, "title": d.title} for iri, d in sorted(model.documents.items())},
        "tablesMissing": sorted(tables.missing) if tables is not None else sorted(model.documents),
    }
