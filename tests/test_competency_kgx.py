"""The competency questions (tests/test_competency.py), answered from the KGX export's Biolink slots alone.

An integrator who loads drugkg into a Biolink graph must get the same answers the project's SPARQL gives,
wherever Biolink has the slot: entities are found by their Biolink `iri`, `name` or `synonym`; claims by
`predicate`, `negated`, `has_confidence_level`, `knowledge_level` and Biolink qualifiers. The project's own
columns (`original_predicate`, `useStatus`, `stepIndex`, ...) are not read. The questions Biolink 4.4.6 has no
slot for are listed in CANNOT, each with why; a test checks that every question is in exactly one of the two.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from test_competency import QUESTIONS

from graph_build.export import export_graph

Rows = set[tuple[str, ...]]
ENT = "https://w3id.org/drugkg/entity/"
DOC = "doc:"


class Kgx:
    """The KGX JSON Lines export, with small helpers that read Biolink slots only."""

    def __init__(self, folder: Path) -> None:
        read = lambda name: [json.loads(x) for x in (folder / name).read_text(encoding="utf-8").splitlines()]  # noqa: E731
        self.nodes = {n["id"]: n for n in read("nodes.jsonl")}
        self.edges = read("edges.jsonl")
        self.by_slug = {self.slug(i): i for i in self.nodes}

    def slug(self, node_id: str) -> str:
        return self.nodes[node_id]["iri"].removeprefix(ENT)

    def id(self, slug: str) -> str:
        return self.by_slug[slug]

    def category(self, node_id: str) -> set[str]:
        return set(self.nodes[node_id]["category"])

    def facts(self, predicate: str, **slots: object) -> list[dict]:
        """Edges a reader may take as true (not negated, asserted, not a candidate) with these slot values."""
        return [
            e
            for e in self.edges
            if e["predicate"] == predicate
            and not e["negated"]
            and e["has_confidence_level"] == "dkg:Asserted"
            and e["knowledge_level"] != "not_provided"
            and all(e.get(k) == v for k, v in slots.items())
        ]

    def objects(self, predicate: str, subject: str, **slots: object) -> set[str]:
        return {self.slug(e["object"]) for e in self.facts(predicate, subject=self.id(subject), **slots)}

    def subjects(self, predicate: str, obj: str, **slots: object) -> set[str]:
        return {self.slug(e["subject"]) for e in self.facts(predicate, object=self.id(obj), **slots)}


def one(values: set[str]) -> Rows:
    return {(v,) for v in values}


TREATS_HEDGED = ("biolink:applied_to_treat", "biolink:treats_or_applied_or_studied_to_treat")
POSITIVE_MODULATION = {"causal_mechanism_qualifier": "positive_modulation"}


def _hedged_uses(k: Kgx) -> list[dict]:
    return [e for e in k.edges if e["predicate"] in TREATS_HEDGED and e["subject"] == k.id("clonazepam")]


def _mechanism_path(k: Kgx) -> Rows:
    """clonazepam -positive modulation-> (affects increased | causes)+ -causes decreased-> trigeminal neuralgia."""
    steps = {(e["subject"], e["object"]) for e in k.facts("biolink:causes")}
    steps |= {
        (e["subject"], e["object"])
        for e in k.facts("biolink:affects", object_direction_qualifier="increased")
        if "causal_mechanism_qualifier" not in e
    }
    frontier = {e["object"] for e in k.facts("biolink:affects", subject=k.id("clonazepam"), **POSITIVE_MODULATION)}
    seen: set[str] = set()
    while frontier:
        seen |= frontier
        frontier = {o for s, o in steps if s in frontier} - seen
    ends = {
        e["subject"]
        for e in k.edges
        if e in k.facts(e["predicate"], object=k.id("trigeminal-neuralgia"))
        and e.get("qualified_predicate") == "biolink:causes"
        and e.get("object_direction_qualifier") == "decreased"
    }
    return {(str(bool(seen & ends)).lower(),)}


def _prevalence(k: Kgx, condition: str) -> Rows:
    stats = {
        e["object"]
        for e in k.facts("biolink:related_to", subject=k.id(condition))
        if k.category(e["object"]) == {"biolink:Attribute"}
    }
    return {(str(k.nodes[s]["has_percentage"]), str(k.nodes[s]["has_count"])) for s in stats}


ANSWERS: dict[str, Callable[[Kgx], Rows]] = {
    "which drug is sold as Klonopin": lambda k: one(
        {
            k.slug(i)
            for i, n in k.nodes.items()
            if "biolink:Drug" in n["category"] and "Klonopin" in n.get("synonym", [])
        }
    ),
    "what class does each drug belong to": lambda k: {
        (k.slug(e["subject"]), k.slug(e["object"]))
        for e in k.facts("biolink:subclass_of")
        if k.category(e["subject"]) == {"biolink:Drug"} and k.category(e["object"]) == {"biolink:ChemicalEntity"}
    },
    "which drugs are in the comparison table": lambda k: one(
        {k.slug(i) for i, n in k.nodes.items() if n["category"] == ["biolink:Drug"]}
    ),
    "which drugs treat trigeminal neuralgia": lambda k: one(k.subjects("biolink:treats", "trigeminal-neuralgia")),
    "what is clonazepam not appropriate for": lambda k: one(
        {
            k.slug(e["object"])
            for e in k.edges
            if e["predicate"] == "biolink:treats" and e["negated"] and e["subject"] == k.id("clonazepam")
        }
    ),
    "negated uses never appear as direct triples": lambda k: {
        (k.slug(e["object"]),)
        for e in k.edges
        if e["negated"]
        and e["predicate"] == "biolink:treats"
        and k.slug(e["object"]) in k.objects("biolink:treats", k.slug(e["subject"]))
        and e["subject"] == k.id("clonazepam")
    },
    "which uses of clonazepam are only hedged": lambda k: {
        (k.slug(e["object"]), e["has_confidence_level"].removeprefix("dkg:"))
        for e in _hedged_uses(k)
        if k.slug(e["object"]) not in k.objects("biolink:treats", "clonazepam")
    },
    "what certainty do the hedged treatment claims carry": lambda k: {
        (k.slug(e["object"]), e["has_confidence_level"].removeprefix("dkg:")) for e in _hedged_uses(k)
    },
    "which non-drug therapies help with pain": lambda k: one(
        {s for s in k.subjects("biolink:treats", "pain") if k.category(k.id(s)) == {"biolink:Treatment"}}
    ),
    "which receptor does baclofen act on": lambda k: one(
        {
            o
            for o in k.objects("biolink:directly_physically_interacts_with", "baclofen")
            if k.category(k.id(o)) == {"biolink:MacromolecularComplex"}
        }
    ),
    "which receptor does clonazepam modulate": lambda k: one(
        k.objects("biolink:affects", "clonazepam", **POSITIVE_MODULATION)
    ),
    "which effects follow from lower neuronal excitability": lambda k: one(
        {
            o
            for o in k.objects("biolink:causes", "reduced-neuronal-excitability")
            if k.category(k.id(o)) == {"biolink:PhysiologicalProcess"}
        }
    ),
    "is there a path from clonazepam to trigeminal neuralgia through its mechanism": _mechanism_path,
    "what must clonazepam not be combined with": lambda k: one(k.objects("biolink:interacts_with", "clonazepam")),
    "who should not take clonazepam": lambda k: one(k.objects("biolink:contraindicated_in", "clonazepam")),
    "how should clonazepam be stopped": lambda k: one(
        k.subjects("biolink:affects", "withdrawal-syndrome", object_direction_qualifier="decreased")
    ),
    "does clonazepam cause tolerance and dependence": lambda k: one(
        k.objects("biolink:has_adverse_event", "clonazepam")
        & {"drug-tolerance", "physical-dependence", "psychological-dependence"}
    ),
    "which common side effects does the muscle-relaxation article list": lambda k: one(
        {
            k.slug(e["object"])
            for e in k.facts("biolink:has_adverse_event", subject=k.id("clonazepam"), frequency_qualifier="common")
            if DOC + "clonazepam-muscle-relaxation" in e["publications"]
            and k.category(e["object"]) == {"biolink:PhenotypicFeature"}
        }
    ),
    "how many US adults live with chronic pain": lambda k: _prevalence(k, "chronic-pain"),
    "how many US adults live with high-impact chronic pain": lambda k: _prevalence(k, "high-impact-chronic-pain"),
    "which conditions have tremor as a symptom": lambda k: one(
        {s for s in k.subjects("biolink:has_phenotype", "tremor") if k.category(k.id(s)) == {"biolink:Disease"}}
    ),
    "what does the abbreviation BMS stand for": lambda k: one(
        {k.slug(i) for i, n in k.nodes.items() if "BMS" in n.get("synonym", [])}
    ),
}

#: Questions the Biolink slots cannot answer, with why (the project columns of the same files can).
CANNOT = {
    "what are clonazepam's primary uses": "use status: Biolink has no slot (clinical_approval_status is approval)",
    "for which conditions is clonazepam an adjunct": "use status: Biolink has no slot",
    "after which treatments fail is clonazepam used for chronic pain": "use status and the failed treatments: "
    "no Biolink slot",
    "which muscle relaxant is for short-term and which for long-term use": "use status: Biolink has no slot",
    "how is clonazepam given for burning mouth syndrome and how fast does it act": "a formulation is no route of "
    "delivery, and onset_qualifier takes an HP onset class, not a duration",
    "the mechanism chain of clonazepam in order, up to its effects": "step order: Biolink has no slot that orders "
    "edges into a chain",
    "which sources disagree about clonazepam's mechanism": "conflicts between claims: Biolink has no "
    "association-to-association slot",
    "what does the boxed warning say can happen": "boxed warning and interaction outcome: no Biolink slot",
    "what happens when clonazepam is stopped abruptly": "withdrawal effects and adverse effects are both "
    "has_adverse_event in Biolink",
    "how does the dependence risk compare across the three drugs": "risk level: no Biolink slot",
    "what is clonazepam's half-life": "numeric values belong to a QuantityValue in Biolink, not to an edge",
    "what two kinds of pain mark multiple sclerosis": "a disease as phenotype of a disease: has_phenotype's range "
    "is phenotypic feature, so the edge is written as the broader related_to_at_instance_level",
}


@pytest.fixture(scope="module")
def kgx(graph, tmp_path_factory) -> Kgx:
    return Kgx(export_graph(graph, "kgx-jsonl", tmp_path_factory.mktemp("kgx") / "kgx"))


def test_every_question_is_answered_or_said_why_not() -> None:
    assert set(ANSWERS) | set(CANNOT) == set(QUESTIONS)
    assert not set(ANSWERS) & set(CANNOT)


@pytest.mark.parametrize("question", sorted(ANSWERS))
def test_biolink_slots_answer_as_the_graph_does(kgx: Kgx, question: str) -> None:
    assert ANSWERS[question](kgx) == QUESTIONS[question][1]
