"""Competency questions: what analysts and learners ask of the three articles, with answers from the texts.

Each question is a SPARQL query over the built graph; rows are compared as sets. Entity IRIs are shown by
their slug, ontology terms by their local name, literals by their lexical form.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from ontology.vocab import DKG, ENT

PREFIXES = """PREFIX dkg: <https://w3id.org/drugkg/ontology#>
PREFIX ent: <https://w3id.org/drugkg/entity/>
PREFIX doc: <https://w3id.org/drugkg/document/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def short(term: object) -> str:
    if isinstance(term, URIRef):
        text = str(term)
        for ns in (str(ENT), str(DKG)):
            if text.startswith(ns):
                return text[len(ns) :]
        return text
    if isinstance(term, Literal):
        return str(term)
    return "" if term is None else str(term)


def ask(graph, query: str) -> set[tuple[str, ...]]:
    result = graph.query(PREFIXES + query)
    if result.type == "ASK":
        return {(str(bool(result.askAnswer)).lower(),)}
    return {tuple(short(v) for v in row) for row in result}


def one(*values: str) -> set[tuple[str, ...]]:
    return {(v,) for v in values}


QUESTIONS: dict[str, tuple[str, set[tuple[str, ...]]]] = {
    # -- what it is ----------------------------------------------------------------------------------------
    "which drug is sold as Klonopin": (
        "SELECT ?d WHERE { ?d a dkg:Drug ; dkg:brandName 'Klonopin' }",
        one("clonazepam"),
    ),
    "what class does each drug belong to": (
        "SELECT ?d ?c WHERE { ?d a dkg:Drug ; dkg:isA ?c . ?c a dkg:DrugClass }",
        {
            ("clonazepam", "benzodiazepine"),
            ("clonazepam", "cns-depressant"),
            ("cyclobenzaprine", "skeletal-muscle-relaxant"),
            ("baclofen", "gaba-mimetic-muscle-relaxant"),
        },
    ),
    "which drugs are in the comparison table": (
        "SELECT DISTINCT ?d WHERE { ?d a dkg:Drug }",
        one("clonazepam", "cyclobenzaprine", "baclofen"),
    ),
    # -- uses ----------------------------------------------------------------------------------------------
    "which drugs treat trigeminal neuralgia": (
        "SELECT ?d WHERE { ?d dkg:treats ent:trigeminal-neuralgia }",
        one("clonazepam"),
    ),
    "what are clonazepam's primary uses": (
        """SELECT DISTINCT ?c WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ?c ; dkg:useStatus dkg:PrimaryUse ; dkg:negated false }""",
        one("seizure", "seizure-disorder", "panic-attack", "tremor"),
    ),
    "for which conditions is clonazepam an adjunct": (
        """SELECT DISTINCT ?c WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ?c ; dkg:useStatus dkg:AdjunctUse }""",
        one("chronic-pain", "spasticity"),
    ),
    "after which treatments fail is clonazepam used for chronic pain": (
        """SELECT ?t WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ent:chronic-pain ; dkg:useStatus dkg:ReservedAfterFailure ; dkg:afterFailureOf ?t }""",
        one("tricyclic-antidepressant", "antiepileptic-drug"),
    ),
    "what is clonazepam not appropriate for": (
        """SELECT ?c WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ?c ; dkg:negated true }""",
        one("acute-pain", "postoperative-pain", "minor-injury"),
    ),
    "negated uses never appear as direct triples": (
        """SELECT ?c WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ; dkg:object ?c ;
           dkg:negated true . ent:clonazepam dkg:treats ?c }""",
        set(),
    ),
    "which muscle relaxant is for short-term and which for long-term use": (
        """SELECT ?d ?status WHERE { ?claim dkg:subject ?d ; dkg:predicate dkg:treats ; dkg:useStatus ?status .
           VALUES ?d { ent:cyclobenzaprine ent:baclofen } VALUES ?status { dkg:ShortTermUse dkg:LongTermUse } }""",
        {("cyclobenzaprine", "ShortTermUse"), ("baclofen", "LongTermUse")},
    ),
    "how is clonazepam given for burning mouth syndrome and how fast does it act": (
        """SELECT ?f ?onset WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ent:burning-mouth-syndrome ; dkg:formulation ?f ; dkg:onsetWithin ?onset }""",
        {("topical-formulation", "PT10M"), ("dissolving-tablet", "PT10M"), ("oral-rinse", "PT10M")},
    ),
    "which uses of clonazepam are only hedged": (
        """SELECT DISTINCT ?c ?certainty WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ?c ; dkg:certainty ?certainty . FILTER (?certainty != dkg:Asserted)
           FILTER NOT EXISTS { ent:clonazepam dkg:treats ?c } }""",
        set(),
    ),
    "what certainty do the hedged treatment claims carry": (
        """SELECT DISTINCT ?c ?certainty WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:treats ;
           dkg:object ?c ; dkg:certainty ?certainty . FILTER (?certainty != dkg:Asserted) }""",
        {
            ("burning-mouth-syndrome", "Occasional"),
            ("tremor", "Occasional"),
            ("pain", "Occasional"),
            ("back-pain", "Reported"),
            ("spasticity", "Possible"),
        },
    ),
    "which non-drug therapies help with pain": (
        "SELECT ?t WHERE { ?t a dkg:NonDrugTherapy ; dkg:treats ent:pain }",
        one("physiotherapy", "stretching-exercise", "movement-exercise"),
    ),
    # -- mechanism -----------------------------------------------------------------------------------------
    "which receptor does baclofen act on": (
        "SELECT ?r WHERE { ent:baclofen dkg:bindsTo ?r . ?r a dkg:MolecularTarget }",
        one("gaba-b-receptor"),
    ),
    "which receptor does clonazepam modulate": (
        "SELECT ?r WHERE { ent:clonazepam dkg:positivelyModulates ?r }",
        one("gaba-a-receptor"),
    ),
    "the mechanism chain of clonazepam in order, up to its effects": (
        """SELECT ?step ?s ?o WHERE { ?claim dkg:mechanismOf ent:clonazepam ; dkg:stepIndex ?step ;
           dkg:subject ?s ; dkg:object ?o . FILTER (?step <= 5) }""",
        {
            ("1", "clonazepam", "gaba-a-receptor"),
            ("2", "gaba-a-receptor", "chloride-channel-opening"),
            ("3", "chloride-channel-opening", "chloride-influx"),
            ("4", "chloride-influx", "hyperpolarization"),
            ("5", "hyperpolarization", "reduced-neuronal-excitability"),
        },
    ),
    "which effects follow from lower neuronal excitability": (
        "SELECT ?e WHERE { ent:reduced-neuronal-excitability dkg:causes ?e . ?e a dkg:PharmacologicalEffect }",
        one("anticonvulsant-effect", "anxiolytic-effect", "muscle-relaxant-effect", "nerve-stabilisation"),
    ),
    "is there a path from clonazepam to trigeminal neuralgia through its mechanism": (
        """ASK { ent:clonazepam dkg:positivelyModulates/(dkg:increases|dkg:causes)+/dkg:alleviates
                ent:trigeminal-neuralgia }""",
        {("true",)},
    ),
    "which sources disagree about clonazepam's mechanism": (
        """SELECT DISTINCT ?doc WHERE { ?a dkg:conflictsWith ?b . ?a dkg:subject ent:clonazepam ;
           dkg:predicate dkg:hasMechanismOfAction ; dkg:hasEvidence/dkg:sourceDocument ?doc }""",
        {
            ("https://w3id.org/drugkg/document/klonopin-pain",),
            ("https://w3id.org/drugkg/document/clonazepam-pain-management",),
            ("https://w3id.org/drugkg/document/clonazepam-muscle-relaxation",),
        },
    ),
    # -- risks ---------------------------------------------------------------------------------------------
    "what must clonazepam not be combined with": (
        "SELECT ?x WHERE { ent:clonazepam dkg:interactsWith ?x }",
        one(
            "alcohol",
            "opioid",
            "sedative",
            "cns-depressant",
            "antihistamine",
            "analgesic",
            "skeletal-muscle-relaxant",
            "hypnotic",
        ),
    ),
    "what does the boxed warning say can happen": (
        """SELECT ?outcome WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:interactsWith ;
           dkg:boxedWarning true ; dkg:interactionOutcome ?outcome }""",
        one("sedation", "respiratory-depression", "coma", "death"),
    ),
    "who should not take clonazepam": (
        "SELECT ?p WHERE { ent:clonazepam dkg:contraindicatedIn ?p }",
        one("breastfeeding-mothers", "pregnant-women", "liver-disease", "respiratory-disorder"),
    ),
    "what happens when clonazepam is stopped abruptly": (
        "SELECT ?x WHERE { ent:clonazepam dkg:hasWithdrawalEffect ?x }",
        one("withdrawal-syndrome", "anxiety", "irritability", "tremor", "insomnia", "seizure"),
    ),
    "how should clonazepam be stopped": (
        "SELECT ?t WHERE { ?t dkg:decreases ent:withdrawal-syndrome }",
        one("supervised-taper"),
    ),
    "does clonazepam cause tolerance and dependence": (
        """SELECT ?x WHERE { ent:clonazepam dkg:hasAdverseEffect ?x
           VALUES ?x { ent:drug-tolerance ent:physical-dependence ent:psychological-dependence } }""",
        one("drug-tolerance", "physical-dependence", "psychological-dependence"),
    ),
    "which common side effects does the muscle-relaxation article list": (
        """SELECT DISTINCT ?x WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:hasAdverseEffect ;
           dkg:object ?x ; dkg:frequency 'common' ;
           dkg:hasEvidence/dkg:sourceDocument doc:clonazepam-muscle-relaxation . ?x a dkg:Symptom }""",
        one(
            "somnolence",
            "fatigue",
            "lethargy",
            "dizziness",
            "ataxia",
            "memory-impairment",
            "impaired-concentration",
            "cognitive-impairment",
            "mood-change",
            "sedation",
        ),
    ),
    "how does the dependence risk compare across the three drugs": (
        """SELECT ?d ?risk WHERE { ?claim dkg:subject ?d ; dkg:predicate dkg:hasAdverseEffect ;
           dkg:object ent:physical-dependence ; dkg:riskLevel ?risk }""",
        {("clonazepam", "high"), ("cyclobenzaprine", "low"), ("baclofen", "possible")},
    ),
    # -- numbers and conditions ----------------------------------------------------------------------------
    "what is clonazepam's half-life": (
        """SELECT ?lo ?hi ?unit WHERE { ?claim dkg:subject ent:clonazepam ; dkg:predicate dkg:hasPharmacokineticValue ;
           dkg:object ent:elimination-half-life ; dkg:minValue ?lo ; dkg:maxValue ?hi ; dkg:unit ?unit }""",
        {("19.0", "60.0", "http://qudt.org/vocab/unit/HR")},
    ),
    "how many US adults live with chronic pain": (
        """SELECT ?pct ?n WHERE { ent:chronic-pain dkg:hasPrevalence ?s . ?s dkg:percentage ?pct ; dkg:count ?n ;
           dkg:statisticPopulation ent:us-adults }""",
        {("20.4", "50000000")},
    ),
    "how many US adults live with high-impact chronic pain": (
        """SELECT ?pct ?n WHERE { ent:high-impact-chronic-pain dkg:hasPrevalence ?s . ?s dkg:percentage ?pct ;
           dkg:count ?n }""",
        {("8.0", "19000000")},
    ),
    "what two kinds of pain mark multiple sclerosis": (
        """SELECT ?p WHERE { ent:multiple-sclerosis dkg:hasPhenotype ?p . ?p dkg:isA ent:pain }""",
        one("neuropathic-pain", "nociceptive-pain"),
    ),
    "which conditions have tremor as a symptom": (
        "SELECT ?c WHERE { ?c a dkg:Disease ; dkg:hasPhenotype ent:tremor }",
        one("parkinsons-disease", "multiple-sclerosis", "neurological-disorder", "withdrawal-syndrome"),
    ),
    "what does the abbreviation BMS stand for": (
        "SELECT ?e WHERE { ?e dkg:abbreviation 'BMS' }",
        one("burning-mouth-syndrome"),
    ),
}


@pytest.mark.parametrize("question", sorted(QUESTIONS))
def test_competency_question(graph, question: str) -> None:
    query, expected = QUESTIONS[question]
    assert ask(graph, query) == expected


def test_there_are_enough_questions() -> None:
    assert len(QUESTIONS) >= 25


def test_every_claim_quote_names_its_document(graph) -> None:
    """The evidence sentence for any claim is one hop away and sits in a known document."""
    rows = ask(
        graph,
        """SELECT ?claim WHERE { ?claim a dkg:Claim
        FILTER NOT EXISTS { ?claim dkg:hasEvidence ?e . ?e dkg:quote ?q ; dkg:sourceDocument ?d .
                            ?d a dkg:SourceDocument } }""",
    )
    assert rows == set()
