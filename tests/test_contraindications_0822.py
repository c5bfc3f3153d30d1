"""Decision 0822 (contraindications that say exactly what the text says). Invented sentences (other drugs, other
conditions, other wording), exact claim sets with polarity and hedging: any extra claim would be a bug.

1. An allergy to THIS drug ("allergic to it", "an allergic reaction to <drug>") or to a named drug or class ("or to
   another <class>") is its own entity, `<allergen>-hypersensitivity`, broader than MeSH's Drug Hypersensitivity:
   never the bare drug-hypersensitivity (any drug allergy), never an identifier of its own.
2. A denied contraindication of an allergy to ANOTHER drug ("people with a <drug> allergy can usually take it") gives
   no claim: its denial of drug allergy as such would be false.
3. Grain: "acutely confused", "an acute state of confusion" is the acute confusional state (UMLS's, broader: MeSH's
   Confusion), never all confusion.
4. A dose changed for a group is no prohibition: a condition named only in a clause that lowers, halves, adjusts the
   dose (or gives it less often) is no contraindication, decrease or denial, even when another clause forbids.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import polarity_claims

from graph_build.read import Document
from graph_build.text.allergies import DRUG_HYPERSENSITIVITY, SOURCES, allergy_entity
from graph_build.text.extract import extract_document
from ontology.lexicon import load_lexicon

ALLERGIES = [
    (
        "Rosuvastatin must not be taken by anyone who is allergic to it.",
        {("rosuvastatin", "contraindicatedIn", "rosuvastatin-hypersensitivity", False, False)},
    ),
    (
        "Do not take sertraline if you have ever had an allergic reaction to sertraline.",
        {("sertraline", "contraindicatedIn", "sertraline-hypersensitivity", False, False)},
    ),
    (
        "Esomeprazole should not be taken by people who are allergic to it or to omeprazole.",
        {
            ("esomeprazole", "contraindicatedIn", "esomeprazole-hypersensitivity", False, False),
            ("esomeprazole", "contraindicatedIn", "omeprazole-hypersensitivity", False, False),
        },
    ),
    # an allergen the sentence does not name ("similar medicines") gives no object of its own
    (
        "Cetirizine must not be taken by anyone who is allergic to it or to similar medicines.",
        {("cetirizine", "contraindicatedIn", "cetirizine-hypersensitivity", False, False)},
    ),
    # a list item under a lead that forbids
    (
        "Who should not take ramipril:\n- anyone who has had an allergic reaction to ramipril\n"
        "- women who are pregnant",
        {
            ("ramipril", "contraindicatedIn", "ramipril-hypersensitivity", False, False),
            ("ramipril", "contraindicatedIn", "pregnant-women", False, False),
        },
    ),
    # another drug's allergy, denied: no claim at all (never a denial of allergy as such)
    ("Cefuroxime is not a sulfa drug, so someone with a sulfonamide allergy can usually use it.", set()),
    ("People with an aspirin allergy can usually take paracetamol.", set()),
]


ACUTE = [
    (
        "Olanzapine must not be given to anyone who is acutely confused.",
        {("olanzapine", "contraindicatedIn", "acute-confusional-state", False, False)},
    ),
    (
        "Do not take promethazine if you are in an acute state of confusion or have epilepsy.",
        {
            ("promethazine", "contraindicatedIn", "acute-confusional-state", False, False),
            ("promethazine", "contraindicatedIn", "seizure-disorder", False, False),
        },
    ),
    # plain confusion stays confusion
    (
        "Trazodone should not be taken by people who are confused.",
        {("trazodone", "contraindicatedIn", "confusion", False, False)},
    ),
]

DOSES = [
    (
        "Baclofen is taken less often by people with kidney failure, and it should not be used in porphyria.",
        {("baclofen", "contraindicatedIn", "porphyrias", False, False)},
    ),
    (
        "Older people may need a lower dose of amitriptyline, and it is not suitable for people with heart block.",
        {("amitriptyline", "contraindicatedIn", "heart-block", False, False)},
    ),
    (
        "Bisoprolol must not be taken by people with heart block; the dose is reduced in people with liver disease.",
        {("bisoprolol", "contraindicatedIn", "heart-block", False, False)},
    ),
    (
        "Pregabalin relieves nerve pain. The dose is halved in people with kidney disease.",
        {("pregabalin", "treats", "neuropathic-pain", False, False)},
    ),
    ("Lisinopril: people with kidney disease may need a smaller dose.", set()),
    # a clause that permits or sends to another treatment keeps its reading
    (
        "People with severe liver disease can take pregabalin at a lower dose.",
        {("pregabalin", "contraindicatedIn", "liver-disease", True, False)},
    ),
    (
        "If you have heart failure, your doctor may need to choose another treatment or lower the dose of sotalol.",
        {("sotalol", "contraindicatedIn", "heart-failure", False, True)},
    ),
]


@pytest.fixture(scope="module")
def lexicon() -> dict:
    return load_lexicon()


@pytest.mark.parametrize(("text", "expected"), ALLERGIES)
def test_allergy_claims(text: str, expected: set, lexicon: dict) -> None:
    assert polarity_claims(text, lexicon) == expected


@pytest.mark.parametrize(("text", "expected"), ACUTE)
def test_acute_confusion_at_its_grain(text: str, expected: set, lexicon: dict) -> None:
    assert polarity_claims(text, lexicon) == expected


def test_acute_confusion_entity_ids() -> None:
    from graph_build.text.acute_states import ENTITY, SOURCES

    assert ENTITY.exact == ("UMLS:C1285577",) and set(ENTITY.broad) == {"HP:0001289", "MESH:D003221"}
    assert set(SOURCES) == {*ENTITY.exact, *ENTITY.broad}


@pytest.mark.parametrize(("text", "expected"), DOSES)
def test_a_dose_changed_is_no_prohibition(text: str, expected: set, lexicon: dict) -> None:
    assert polarity_claims(text, lexicon) == expected


def test_allergy_entity_has_only_a_broader_link(lexicon: dict) -> None:
    """The minted allergy names no identifier of its own: only skos:broadMatch to a confirmed MeSH descriptor."""
    text = "Rosuvastatin must not be taken by anyone who is allergic to it.\n"
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    entity = extract_document(doc, lexicon).entities["rosuvastatin-hypersensitivity"]
    assert entity == allergy_entity("rosuvastatin", {"rosuvastatin": "rosuvastatin"})
    assert (entity.exact, entity.close, entity.broad, entity.cls) == ((), (), (DRUG_HYPERSENSITIVITY,), "Disease")
    assert DRUG_HYPERSENSITIVITY in SOURCES


def test_allergy_entity_exported_with_broad_match(lexicon: dict) -> None:
    """In the RDF export the allergy is a Disease with skos:broadMatch to MeSH D004342 and no skos:exactMatch."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import SKOS

    from graph_build.assemble import add_entity, entity_iri

    graph = Graph()
    add_entity(graph, allergy_entity("ramipril", {"ramipril": "ramipril"}), lexicon)
    node = entity_iri("ramipril-hypersensitivity")
    assert set(graph.objects(node, SKOS.broadMatch)) == {URIRef("http://id.nlm.nih.gov/mesh/D004342")}
    assert not set(graph.objects(node, SKOS.exactMatch)) and not set(graph.objects(node, SKOS.closeMatch))
