"""An allergy to this drug, or to a named drug or class, as its own entity (decision 0822).

"It must not be taken by anyone who is allergic to it" forbids the drug to people allergic to THAT drug, not to
everyone with any drug allergy: `contraindicatedIn drug-hypersensitivity` said more than the text. A contraindication
whose object is an allergy the sentence ties to a drug ("allergic to it", "an allergic reaction to fosfomycin", "to
it or to another proton pump inhibitor", "a penicillin allergy") is rewritten here to one object per allergen, an
entity `<allergen>-hypersensitivity` ("Fosfomycin hypersensitivity") that no vocabulary names: it gets no identifier
of its own (none is invented), only a skos:broadMatch to MeSH *Drug Hypersensitivity* (D004342), confirmed in public
files (`SOURCES`). So an export says exactly what the text says, and a query for drug allergies still finds it
through the broader link.

A denied contraindication of an allergy to ANOTHER drug ("It is not a penicillin, so people with a penicillin allergy
can usually take it") is no denial of drug allergy as such (that would be false: people allergic to this drug must
not take it); no claim is kept for it. An allergen the sentence does not name ("or to similar medicines") gives no
object: only the named ones do.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_build.text.grain import ALLERGY_SLUGS
from graph_build.text.recognise import Mention
from graph_build.text.units import Found
from ontology.lexicon import Entity

#: The broader concept of every allergy to a named drug: MeSH's descriptor *Drug Hypersensitivity*.
DRUG_HYPERSENSITIVITY = "MESH:D004342"
#: Where the identifier above was confirmed (public files read in place, ../shared/data).
SOURCES = {
    DRUG_HYPERSENSITIVITY: "BC5CDR PubTator annotations 'allergic reactions Disease D004342' (CDR_TrainingSet, PMID "
    "8682684) and BioRED 'hypersensitivity DiseaseOrPhenotypicFeature D004342' (Train, PMID 18827003): the MeSH "
    "descriptor Drug Hypersensitivity",
}
#: After the allergy's words: "to it", "to this medicine" (the drug the claim is about) ...
TO_PRONOUN = re.compile(r"\s+(to|with)\s+(it|them|this\s+medicine|the\s+medicine|this\s+drug|the\s+drug)\b", re.I)
#: ... or "to (another | any | other | a | the) <drug or class>"
TO_NAMED = re.compile(r"\s+(to|with)\s+((another|any|other|an?|the)\s+)?", re.I)
#: a further allergen coordinated after the first: "or to another PPI", ", or other salicylates"
OR_NAMED = re.compile(r"\s*,?\s*(or|and)\s+(to\s+)?((another|any|other|an?|the)\s+)?", re.I)
#: right before the allergy's word: "a penicillin allergy", "an aspirin allergy"
BEFORE_NAMED = re.compile(r"\s+$")
AGENTS = ("Drug", "DrugClass")
#: After "allergy to" / "allergic to": a word naming a drug or class the recogniser did not know ("an allergy to
#: penicillin", "allergic to sulfa drugs"): an allergen the text names, so "any allergy" would say more (decision 0853).
#: Words of the medicine's own make-up or of anything at all are no such name ("to any of the ingredients").
UNKNOWN_ALLERGEN = re.compile(
    r"\s+(to|with)\s+((another|any|other|an?|the)\s+)?(?!(of|ingredients?|anything|something|its?|them|this|these|"
    r"that|those|medicines?|drugs?|similar|such|one|food|foods|pollen|latex|nuts?|eggs?|insect)\b)[a-z][a-z-]{3,}\b",
    re.I,
)


def allergens(text: str, allergy: Mention, subject: str, mentions: list[Mention], classes: dict[str, str]) -> list:
    """The drugs and classes an allergy mention is to, in order: the claim's subject for "to it", a named drug or
    class after "to" and each one coordinated after it, or a drug named right before ("a penicillin allergy").

    >>> ms = [Mention(0, 1, "x", "X"), Mention(13, 21, "drug-hypersensitivity", "allergic", "allergy"),
    ...       Mention(42, 45, "ppi", "PPI")]
    >>> allergens("X ... anyone allergic to it or to another PPI.", ms[1], "x", ms, {"x": "Drug", "ppi": "DrugClass"})
    ['x', 'ppi']
    """
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    found: list[str] = []
    end = allergy.end
    pronoun = TO_PRONOUN.match(text, end)
    if pronoun:
        found.append(subject)
        end = pronoun.end()
    elif (to := TO_NAMED.match(text, end)) and (named := starts.get(to.end())) and classes.get(named.slug) in AGENTS:
        found.append(named.slug)
        end = named.end
    else:
        before = ends.get(allergy.start - 1) if text[allergy.start - 1 : allergy.start] == " " else None
        if before is not None and classes.get(before.slug) in AGENTS:
            found.append(before.slug)
        return found
    while (more := OR_NAMED.match(text, end)) and (named := starts.get(more.end())):
        if classes.get(named.slug) not in AGENTS:
            break
        found.append(named.slug)
        end = named.end
    return found


def allergy_entity(allergen: str, labels: dict[str, str]) -> Entity:
    """The entity of an allergy to one drug or class: no identifier, broader than MeSH's Drug Hypersensitivity.

    >>> e = allergy_entity("fosfomycin", {"fosfomycin": "fosfomycin"})
    >>> e.slug, e.label, e.cls, e.exact, e.broad
    ('fosfomycin-hypersensitivity', 'fosfomycin hypersensitivity', 'Disease', (), ('MESH:D004342',))
    """
    label = labels.get(allergen, allergen.replace("-", " "))
    return Entity(
        f"{allergen}-hypersensitivity",
        f"{label} hypersensitivity",
        "Disease",
        definition=f"An allergy (hypersensitivity) to {label}.",
        broad=(DRUG_HYPERSENSITIVITY,),
    )


def own_allergies(
    text: str,
    found: list[tuple[tuple[int, int], Found]],
    mentions: list[Mention],
    classes: dict[str, str],
    labels: dict[str, str],
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """Each contraindication of a drug allergy the sentence ties to named drugs, as one claim per allergen (its own
    entity, minted), and the entities minted; a denied one of another drug's allergy is dropped. Others unchanged."""
    out: list[tuple[tuple[int, int], Found]] = []
    minted: dict[str, Entity] = {}
    for span, f in found:
        if f.predicate != "contraindicatedIn" or f.object not in ALLERGY_SLUGS:
            out.append((span, f))
            continue
        named: list[str] = []
        for m in mentions:
            if m.slug == f.object and span[0] <= m.start and m.end <= span[1]:
                named += [a for a in allergens(text, m, f.subject, mentions, classes) if a not in named]
        if not named:
            unknown = any(
                m.slug == f.object and span[0] <= m.start and m.end <= span[1] and UNKNOWN_ALLERGEN.match(text, m.end)
                for m in mentions
            )
            if not f.negated and not unknown:
                out.append((span, f))
            continue
        for allergen in named:
            if f.negated and allergen != f.subject:
                continue  # (people allergic to another drug may take it: no denial of drug allergy as such)
            entity = allergy_entity(allergen, labels)
            if entity.slug not in classes:
                minted.setdefault(entity.slug, entity)
            out.append((span, replace(f, object=entity.slug)))
    return out, minted
