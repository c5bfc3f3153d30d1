"""A page per entity, in plain sections: what a drug is, what it is used for, how it works, what not to combine
it with, side effects, who should not take it, stopping it, and what the sources disagree about (a condition's
page: what treats it, what is not for it, its symptoms, what has it as a side effect, ...).

Each line of a section is one fact (queries/viz_facts.py): the page shows its support count, marks it hedged,
negated ("not for"), machine-read or candidate, and lists its sentences on click. The wording comes from the
ontology's labels and the entities' labels only.
"""

from __future__ import annotations

import re

from queries.viz_facts import Fact
from queries.viz_model import Model

DRUG_CLASSES = {"Drug"}
CONDITION_CLASSES = {"Disease", "DiseaseOrCondition", "Symptom"}
FOR = ("treats", "alleviates")
NOTE_QUALIFIERS = (
    "use status",
    "after failure of",
    "population",
    "context condition",
    "formulation",
    "combined with",
    "interaction outcome",
    "boxed warning",
    "frequency",
    "severity",
    "risk level",
    "dose-dependent",
    "temporal context",
    "onset within",
)

# (section id, title, predicates, the entity's end: "subject", "object" or "either")
DRUG_SECTIONS = [
    ("what", "What it is", ("isA",), "subject"),
    ("uses", "What it is used for", FOR, "subject"),
    ("mechanism", "How it works", (), "mechanism"),
    ("combine", "Do not combine with", ("interactsWith",), "either"),
    ("adverse", "Side effects", ("hasAdverseEffect",), "subject"),
    ("contra", "Who should not take it", ("contraindicatedIn",), "subject"),
    ("stopping", "Stopping it", ("hasWithdrawalEffect",), "subject"),
]
CONDITION_SECTIONS = [
    ("what", "What it is", ("isA",), "subject"),
    ("treated", "What is used for it", FOR, "object"),
    ("symptoms", "Its signs and symptoms", ("hasPhenotype",), "subject"),
    ("symptom-of", "A sign or symptom of", ("hasPhenotype",), "object"),
    ("adverse-of", "A side effect of", ("hasAdverseEffect",), "object"),
    ("withdrawal-of", "Can come with stopping", ("hasWithdrawalEffect",), "object"),
    ("caused-by", "Caused by", ("causes",), "object"),
]
OTHER_SECTIONS = [("what", "What it is", ("isA",), "subject")]


def page_kind(cls: str) -> str:
    """'drug', 'condition' or 'other'.

    >>> page_kind("Symptom"), page_kind("Drug"), page_kind("Population")
    ('condition', 'drug', 'other')
    """
    return "drug" if cls in DRUG_CLASSES else "condition" if cls in CONDITION_CLASSES else "other"


def duration(value: str) -> str:
    """An ISO 8601 duration in words, or the value as it is.

    >>> duration("PT10M"), duration("P2D"), duration("PT1H30M"), duration("often")
    ('10 minutes', '2 days', '1 hour 30 minutes', 'often')
    """
    match = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", value)
    if not match or not any(match.groups()):
        return value
    parts = []
    for number, unit in zip(match.groups(), ("day", "hour", "minute", "second"), strict=True):
        if number:
            parts.append(f"{int(number)} {unit}{'' if int(number) == 1 else 's'}")
    return " ".join(parts)


def notes(fact: Fact) -> list[str]:
    """The qualifiers a reader needs beside the line ("use status: primary use", "boxed warning")."""
    values: dict[str, list[str]] = {}
    for name, value in fact.qualifiers():
        value = duration(value)
        if name in NOTE_QUALIFIERS and value not in values.setdefault(name, []):
            values[name].append(value)
    out = []
    for name in NOTE_QUALIFIERS:  # one note per qualifier, in a fixed order
        if name == "boxed warning":
            if "true" in (v.lower() for v in values.get(name, [])):
                out.append("boxed warning")
        elif values.get(name):
            out.append(f"{'can lead to' if name == 'interaction outcome' else name}: {', '.join(values[name])}")
    return out


def _order(fact: Fact, model: Model, other: str) -> tuple:
    # stated before hedged before negated before candidates; best supported first; then by name
    return (fact.candidate, fact.negated, bool(fact.hedges), -fact.support, model.label(other).casefold())


def _line(model: Model, fact: Fact, entity: str, full: bool = False) -> dict:
    """One line of a page: the whole statement, or (in a section that names the relation) the other end, with
    a denial said in words ("not for acute pain" on a drug's page, "clonazepam: not for this" on the
    condition's)."""
    other = fact.object if fact.subject == entity else fact.subject
    if full or fact.subject == fact.object:
        relation = fact.relation()
        obj = model.label(fact.object)
        if relation.endswith("is a") and obj[:1].lower() in "aeiou":
            relation += "n"  # "is an analgesic"
        text = f"{model.label(fact.subject)} {relation} {obj}"
    elif fact.negated and fact.subject == entity:
        text = f"{fact.relation()} {model.label(other)}"
    elif fact.negated:
        text = f"{model.label(other)}: {fact.relation()} this"
    else:
        text = model.label(other)
    return {"fact": fact.id, "text": text, "other": other, "notes": notes(fact)}


MECHANISM = ("hasMechanismOfAction", "actsOn", "bindsTo", "positivelyModulates", "increases", "decreases", "hasEffect")


def _mechanism(model: Model, facts: list[Fact], entity: str) -> list[dict]:
    """The chain's steps in order (claims with dkg:mechanismOf the drug), then what else the articles say the
    drug does (its mechanism of action, what it acts on, its effects), without a step number."""
    steps = [f for f in facts if any(c.mechanism_of == entity for c in f.claims) and not f.negated]
    steps.sort(key=lambda f: (f.step or 0, model.label(f.subject).casefold(), model.label(f.object).casefold()))
    chain = {f.id for f in steps}
    other = [f for f in facts if f.subject == entity and f.predicate in MECHANISM and f.id not in chain]
    other.sort(key=lambda f: (f.predicate, *_order(f, model, f.object)))
    lines = []
    for f in steps + other:
        line = _line(model, f, entity, full=True)
        line["step"] = f.step if f.id in chain else None
        lines.append(line)
    return lines


def _disagreements(model: Model, facts: list[Fact], entity: str) -> list[dict]:
    """Facts whose claims the graph marks as conflicting, and facts stated both ways (X and not X)."""
    by_triple: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        by_triple.setdefault((f.subject, f.predicate, f.object), []).append(f)
    chosen = [f for f in facts if any(name == "conflicts with" for name, _v in f.qualifiers())]
    chosen += [f for group in by_triple.values() if len({g.negated for g in group}) == 2 for f in group]
    mixed = [f for f in facts if len({c.hedged for c in f.stated}) == 2]  # stated firmly and with a hedge
    lines = []
    for f in sorted({f.id: f for f in chosen + mixed}.values(), key=lambda f: _order(f, model, f.object)):
        line = _line(model, f, entity, full=True)
        if f in mixed and f not in chosen:
            line["notes"] = [*line["notes"], "one source states it firmly, another with a hedge"]
        lines.append(line)
    return lines


def entity_page(model: Model, facts: list[Fact], entity: str) -> dict:
    """The sections of one entity's page: lists of lines, each naming a fact (facts = those touching it)."""
    cls = model.entities[entity].cls
    kind = page_kind(cls)
    plan = {"drug": DRUG_SECTIONS, "condition": CONDITION_SECTIONS}.get(kind, OTHER_SECTIONS)
    used: set[str] = set()
    sections = []
    for sid, title, predicates, end in plan:
        if end == "mechanism":
            lines = _mechanism(model, facts, entity)
        else:
            chosen = [
                f
                for f in facts
                if f.predicate in predicates
                and (
                    (end in ("subject", "either") and f.subject == entity)
                    or (end in ("object", "either") and f.object == entity)
                )
            ]
            chosen.sort(key=lambda f: _order(f, model, f.object if f.subject == entity else f.subject))
            lines = [_line(model, f, entity, full=sid == "what") for f in chosen]
        used.update(line["fact"] for line in lines)
        sections.append({"id": sid, "title": title, "lines": lines})
    sections.append(
        {"id": "disagree", "title": "What sources disagree about", "lines": _disagreements(model, facts, entity)}
    )
    rest = sorted((f for f in facts if f.id not in used), key=lambda f: (f.predicate, *_order(f, model, f.object)))
    title = "Also said in the articles" if kind != "other" else "What the articles say"
    sections.append({"id": "also", "title": title, "lines": [_line(model, f, entity, full=True) for f in rest]})
    return {"entity": entity, "kind": kind, "sections": sections}


def pages(model: Model, facts: dict[str, Fact]) -> dict[str, dict]:
    """Every entity's page (drugs and conditions get their own sections), by entity IRI."""
    touching: dict[str, list[Fact]] = {iri: [] for iri in model.entities}
    for f in facts.values():  # the facts about it, and the steps of its mechanism
        for end in sorted({f.subject, f.object} | {c.mechanism_of for c in f.claims if c.mechanism_of}):
            touching.setdefault(end, []).append(f)
    return {iri: entity_page(model, touching.get(iri, []), iri) for iri in sorted(model.entities)}
