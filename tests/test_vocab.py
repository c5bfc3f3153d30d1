"""The Python vocabulary module holds exactly the ontology's terms, and a typo is an error."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from ontology.schema import ontology_graph
from ontology.vocab import DKG


def ontology_terms() -> set[str]:
    ns = str(DKG)
    return {
        str(s)[len(ns) :]
        for s in ontology_graph().subjects()
        if isinstance(s, URIRef) and str(s).startswith(ns) and len(str(s)) > len(ns)
    }


def vocab_terms() -> set[str]:
    return set(DKG.__annotations__)


def test_vocab_equals_ontology() -> None:
    assert vocab_terms() == ontology_terms()


def test_typo_is_an_error() -> None:
    with pytest.raises(AttributeError):
        _ = DKG.Drgu
