"""Python names for the ontology's terms (ontology/drugkg.ttl); tests/test_vocab.py proves the two equal.

A typo is an error: `DKG.Drgu` raises AttributeError because the namespace is closed (`_fail = True`).
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ENT = Namespace("https://w3id.org/drugkg/entity/")
CLAIM = Namespace("https://w3id.org/drugkg/claim/")
EVIDENCE = Namespace("https://w3id.org/drugkg/evidence/")
DOC = Namespace("https://w3id.org/drugkg/document/")
BIOLINK = Namespace("https://w3id.org/biolink/vocab/")
UNIT = Namespace("http://qudt.org/vocab/unit/")


class DKG(DefinedNamespace):
    """The drugkg ontology namespace."""

    _fail = True
    _NS = Namespace("https://w3id.org/drugkg/ontology#")

    # classes
    AnatomicalSite: URIRef
    BiologicalProcess: URIRef
    Certainty: URIRef
    Claim: URIRef
    Disease: URIRef
    DiseaseOrCondition: URIRef
    Drug: URIRef
    DrugClass: URIRef
    EndogenousChemical: URIRef
    Entity: URIRef
    Evidence: URIRef
    Formulation: URIRef
    Intervention: URIRef
    Ion: URIRef
    MolecularTarget: URIRef
    NonDrugTherapy: URIRef
    PharmacokineticParameter: URIRef
    PharmacologicalEffect: URIRef
    Population: URIRef
    SourceDocument: URIRef
    Statistic: URIRef
    Substance: URIRef
    Symptom: URIRef
    UseStatus: URIRef

    # properties
    abbreviation: URIRef
    actsOn: URIRef
    afterFailureOf: URIRef
    agentType: URIRef
    alleviates: URIRef
    bindsTo: URIRef
    boxedWarning: URIRef
    brandName: URIRef
    causes: URIRef
    candidate: URIRef
    certainty: URIRef
    combinedWith: URIRef
    confidence: URIRef
    conflictsWith: URIRef
    contextCondition: URIRef
    contraindicatedIn: URIRef
    count: URIRef
    decreases: URIRef
    doseDependent: URIRef
    endOffset: URIRef
    fileName: URIRef
    formulation: URIRef
    frequency: URIRef
    hasAdverseEffect: URIRef
    hasEffect: URIRef
    hasEvidence: URIRef
    hasFormulation: URIRef
    hasMechanismOfAction: URIRef
    hasPharmacokineticValue: URIRef
    hasPhenotype: URIRef
    hasPrevalence: URIRef
    hasWithdrawalEffect: URIRef
    increases: URIRef
    interactionOutcome: URIRef
    interactsWith: URIRef
    isA: URIRef
    isEstimate: URIRef
    knowledgeLevel: URIRef
    maxValue: URIRef
    mechanismOf: URIRef
    method: URIRef
    minValue: URIRef
    negated: URIRef
    object: URIRef
    onsetWithin: URIRef
    ownerUnsure: URIRef
    percentage: URIRef
    population: URIRef
    positivelyModulates: URIRef
    predicate: URIRef
    quote: URIRef
    relatedTo: URIRef
    resolvedFrom: URIRef
    riskLevel: URIRef
    severity: URIRef
    sha256: URIRef
    sourceDocument: URIRef
    startOffset: URIRef
    statisticPopulation: URIRef
    stepIndex: URIRef
    subject: URIRef
    supportCount: URIRef
    temporalContext: URIRef
    treats: URIRef
    unit: URIRef
    useStatus: URIRef

    # concept schemes and their values
    AdjunctUse: URIRef
    Asserted: URIRef
    Believed: URIRef
    CertaintyScheme: URIRef
    LongTermUse: URIRef
    NotAppropriate: URIRef
    NotFirstLine: URIRef
    Occasional: URIRef
    OccasionalUse: URIRef
    Possible: URIRef
    PrimaryUse: URIRef
    Reported: URIRef
    ReservedAfterFailure: URIRef
    SecondaryUse: URIRef
    ShortTermUse: URIRef
    UseStatusScheme: URIRef
