"""Foods and drinks a text names as a medicine's partner ("avoid grapefruit juice", "food makes no difference"), as
`Substance` entities with identifiers of a maintained vocabulary (decision 0748).

The drug and disease packages hold no MeSH tree J02 (*Food and Beverages*) and no ChEBI, and the vocabulary index
names no food, so "grapefruit juice", "food", "coffee" or "milk" were no entity and an interaction with them was lost.
`FOODS` below maps each name a leaflet writes to one entity, whose identifiers are either

- a record of the installed `drug-named-entity-recognition` package (its DrugBank id, read when the table is used: a
  record the package does not hold gives no identifier), written as skos:closeMatch where DrugBank's entry is the
  food's extract rather than the food as eaten; or
- a MeSH descriptor (or ChEBI term) confirmed in a public file, cited in `SOURCES` (never guessed); a food whose
  own descriptor could not be confirmed gets the confirmed broader descriptor *Food* as skos:broadMatch.

A name is not one of these foods in the fixed phrases of another sense (`OTHER_SENSE`: "breast milk" is a mother's
milk, "milk of magnesia" a laxative, "coffee grounds" the look of vomited blood, "food poisoning" a disease the
vocabularies name), nor inside a name another source recognised (`taken`). *Tea* is left out: no identifier of it
was confirmed, and "tea tree oil" names a remedy.
"""

from __future__ import annotations

import re
from functools import cache

from graph_build.text import lowered
from ontology.lexicon import Entity

#: name (lower case, whole words) -> the entity's slug
FOODS = {
    "grapefruit juice": "grapefruit-juice",
    "grapefruit": "grapefruit",
    "grapefruits": "grapefruit",
    "food": "food",
    "foods": "food",
    "coffee": "coffee",
    "caffeine": "caffeine",
    "milk": "milk",
    "cheese": "cheese",
    "cheeses": "cheese",
    "tuna": "tuna",
    # (decision 0847) the potassium salts sold for seasoning ("potassium supplements and salt substitutes can push the
    # potassium too high"), as eight development golds in seven documents name them; no descriptor of their own was
    # confirmed, so *Food* as the broader one
    "salt substitute": "salt-substitute",
    "salt substitutes": "salt-substitute",
}
#: slug -> (label, exact, close, broad, drug package record whose DrugBank id is a closeMatch)
ENTITIES = {
    "grapefruit-juice": ("grapefruit juice", (), (), ("MESH:D005502",), None),
    "grapefruit": ("grapefruit", (), (), (), "grapefruit"),
    "food": ("food", ("MESH:D005502",), (), (), None),
    "coffee": ("coffee", ("MESH:D003069",), (), (), None),
    "caffeine": ("caffeine", ("MESH:D002110", "CHEBI:27732"), (), (), "caffeine"),
    "milk": ("milk", ("MESH:D008892",), (), (), None),
    "cheese": ("cheese", (), (), ("MESH:D005502",), None),
    "tuna": ("tuna", (), (), (), "tuna"),
    "salt-substitute": ("salt substitute", (), (), ("MESH:D005502",), None),
}
#: where each identifier written above was confirmed (search tool over public files, round 22)
SOURCES = {
    "MESH:D005502": "MeSH descriptor table rows '| food | MESH:D005502 | nutrition | Foods, their composition ...' "
    "and '[MeSH:D005502](https://meshb.nlm.nih.gov/record/ui?ui=D005502)' (files 68907454003, 68945011274)",
    "MESH:D003069": 'CTD nutrient table \'D003069: ["Coffee", "Other"]\' (file 70756569203)',
    "MESH:D002110": 'CTD nutrient table \'D002110: ["Caffeine", "Other"]\' (file 70756569203); CTD record '
    "ChemicalName Caffeine ChemicalID D002110 (file 20087001708)",
    "CHEBI:27732": "identifier resolver output 'DRUGBANK: DB00201 / CHEBI: CHEBI:27732' for caffeine "
    "(file 28221447511)",
    "MESH:D008892": "PubMed record '<DescriptorName UI=\"D008892\" ...>Milk</DescriptorName>' (file 55942953918)",
}
#: Phrases where a food word names something else (checked around each hit, case-insensitively).
OTHER_SENSE = re.compile(
    r"\b(breast|mother's|mothers'?|your)\s+milk\b|\bmilk\s+(of\s+magnesia|thistle|teeth|production|supply|flow|"
    r"ducts?)\b|\bcoffee[\s-]+grounds?\b|\bcoffee-ground\b|\bfood\s+(poisoning|allerg\w*|intolerance\w*|for\s+"
    r"thought|and\s+drug\s+administration|standards?\s+agency|supplements?|bank\w*|chains?|pipe|groups?)\b|"
    r"\b(u\.?s\.?|the)\s+food\s+and\b|\bcheese-like\b",
    re.I,
)
#: (decision 0846) A modifier that carries the meaning of a general food word ("salty food", "fatty foods", "sugary
#: food", "fried or fatty food", "high-fat food", "fast food"): the thing named is that kind of food, which the
#: entity *food* does not name; the claim needs the whole name or nothing. Words that leave the food as it is ("any
#: food", "solid food", "your food") are not among them.
MEANING_MODIFIER = re.compile(
    r"\b(salty|fatty|sugary|sweet|spicy|fried|greasy|oily|processed|starchy|rich|heavy|fast|junk|acidic|smoked|cured|"
    r"pickled|fermented|aged|high[\s-][\w]+|low[\s-][\w]+|[\w]+-rich|[\w]+-free)"
    r"((\s*,\s*|\s+(and|or)\s+)(salty|fatty|sugary|sweet|spicy|fried|greasy|oily|processed|starchy|rich|heavy))*\s+$",
    re.I,
)
#: The food words a meaning-carrying modifier turns into another kind.
GENERAL_FOODS = frozenset({"food", "foods"})
WORDS = re.compile(r"\b(" + "|".join(sorted(map(re.escape, FOODS), key=len, reverse=True)) + r")\b", re.I)


@cache
def entity(slug: str) -> Entity:
    """The `Substance` entity of a food slug, with its confirmed identifiers (the drug package's DrugBank id when
    the package holds the record)."""
    from graph_build.text.vocabularies import _drugs

    label, exact, close, broad, record = ENTITIES[slug]
    if record:
        found = _drugs().get("drug_canonical_to_data", {}).get(record, {}).get("drugbank_id")
        close = (*close, f"DRUGBANK:{found}") if found else close
    return Entity(slug, label, "Substance", exact=exact, close=close, broad=broad)


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Foods and drinks named in `text`, outside the `taken` spans and the phrases of another sense.

    >>> text = "Avoid grapefruit juice and coffee."
    >>> [(text[a:b], e.slug) for a, b, e in find(text, [])]
    [('grapefruit juice', 'grapefruit-juice'), ('coffee', 'coffee')]
    >>> find("Small amounts pass into breast milk.", []), find("It can be taken with milk of magnesia.", [])
    ([], [])
    >>> find("Vomit that looks like coffee grounds.", [])
    []
    >>> find("Salty food raises blood pressure.", []), len(find("Take it with food.", []))
    ([], 1)
    """
    # (the words' matches found once, in lower case where that is exact: their spans and words as `WORDS` finds them,
    # read in lower case below; decision 0894)
    words = list(lowered.finditer(WORDS, text))
    if not words:
        return []
    other = [m.span() for m in OTHER_SENSE.finditer(text)]
    found = []
    for m in words:
        a, b = m.span()
        if any(s < b and a < e for s, e in [*taken, *other]):
            continue
        if m.group(0).lower() in GENERAL_FOODS and MEANING_MODIFIER.search(text, max(0, a - 60), a):
            continue  # "salty food": a kind of food, not food (decision 0846)
        found.append((a, b, entity(FOODS[m.group(0).lower()])))
    return found


#: the slugs of the foods above
SLUGS = frozenset(ENTITIES)
#: A sentence advising how to take a medicine with a food for comfort or ease, not warning of an interaction: "taking
#: it with food helps", "taking each dose with food makes feeling sick less likely", "granules mixed with soft
#: food", "take it with milk to protect your stomach" (the golds write no interaction for these; decision 0748).
ADVICE = re.compile(
    r"\b(help(s|ed|ing)?|less likely|easier|eas(e|es|ed|ing)|protect\w*|settl(e|es|ed|ing)|comfort\w*|"
    r"mix(ed|es)? (it |them )?(in)?with|sprinkl\w+|stirr?\w*|swallow\w* (it |them )?with)\b",
    re.I,
)
#: ... unless the sentence also warns or names a change to the medicine ("do not take it with food, as it stops it
#: being absorbed").
WARNED = re.compile(
    r"\b(do not|don't|never|avoid\w*|must not|should not|shouldn't|absor\w*|levels?|amounts?|interact\w*|"
    r"stops?|block\w*|less effective|work less)\b",
    re.I,
)


#: A dosing remark: "once a day, with or without food", "It can be taken with or without food". Most golds write no
#: claim for it (7 of 9 such sentences over the development sets; decision 0748), so neither is written here.
EITHER_WAY = re.compile(r"\bwith\s+or\s+without\s+[*_]*(food|meals?)\b", re.I)


def advice_dropped(text: str, found: list) -> list:
    """`found` without the asserted interactions of a food that the sentence names only as advice on how to take
    the medicine (ADVICE, and no WARNED word): "Taking it with food helps your stomach" is no interaction; nor the
    compatible reading of a dosing remark "take it with or without food" (EITHER_WAY).

    >>> from graph_build.text.units import Found
    >>> f = [Found("x", "interactsWith", "food", "combined-with")]
    >>> advice_dropped("Taking it with food helps your stomach.", f)
    []
    >>> len(advice_dropped("Do not take it with food.", f))
    1
    """
    if lowered.search(EITHER_WAY, text):
        found = [f for f in found if not (f.negated and f.predicate == "interactsWith" and f.object == "food")]
    if not lowered.search(ADVICE, text) or lowered.search(WARNED, text):
        return found
    return [f for f in found if f.negated or f.predicate != "interactsWith" or f.object not in SLUGS]


#: Right after a food (or a list of them) that opens a clause: it makes no difference to the drug, is no problem with
#: it, or does not affect it ("Food makes no difference", "Grapefruit juice: no known problem", "Coffee does not
#: affect it"); `drug`: a drug named as what is not affected.
NO_DIFFERENCE = re.compile(
    r"[*_]*(\s+(makes?|made)\s+no\s+(real\s+|known\s+|great\s+|big\s+|important\s+)?difference\b"
    r"|\s+(has|have)\s+no\s+(known\s+|real\s+|important\s+)?effect\s+on\s+(it|them|(?P<on>[\w-]+))\b"
    r"|\s*:\s*(there\s+is\s+)?no\s+(known\s+)?(problems?|interactions?|issues?)\b"
    r"|\s+(does\s+not|doesn't|do\s+not|don't|will\s+not|won't)\s+(affect|change|alter)\s+(it|them|(?P<drug>[\w-]+))\b)",
    re.I,
)
#: Right before a food: "No problem with food", "no known interaction with grapefruit" is the interaction cues'.
NO_PROBLEM_WITH = re.compile(r"\bno\s+(known\s+|real\s+)?(problems?|issues?)\s+with\s+[*_]*$", re.I)
#: Before the food in its clause: a condition or a narrowing ("if food makes no difference", "only when").
CONDITIONAL = re.compile(r"\b(if|unless|only|except|whether|when)\b", re.I)


def denied(unit, owner: str | None, found: list) -> list:
    """Denied interactions of foods the sentence says make no difference to the drug: "Food makes no difference
    (to it)", "Grapefruit juice: no known problem", "No problem with food", "Coffee does not affect X" (X named,
    else `owner`, the drug of the section or the document). A pair another rule read is left to it.

    >>> from graph_build.text.units import Unit
    >>> u = Unit("Food and coffee make no difference.", [(0, 4, "food", "Substance"), (9, 15, "coffee", "Substance")])
    >>> [(f.subject, f.object, f.negated) for f in denied(u, "x", [])]
    [('x', 'food', True), ('x', 'coffee', True)]
    >>> denied(Unit("If food makes no difference, ...", [(3, 7, "food", "Substance")]), "x", [])
    []
    """
    from graph_build.text.couse import clause_start
    from graph_build.text.relate_interactions import coordinated_before
    from graph_build.text.units import DRUG, no_interaction

    text, ms = unit.text, unit.mentions
    stated = {(f.subject, f.object) for f in found if f.predicate == "interactsWith"}
    claims = []
    for k, m in enumerate(ms):
        if m[2] not in SLUGS:
            continue
        after = NO_DIFFERENCE.match(text, m[1])
        before = NO_PROBLEM_WITH.search(text, max(0, m[0] - 40), m[0])
        if after is None and before is None:
            continue
        listed = [m]
        if after is not None:  # ("Tea and coffee make no difference": the foods coordinated before it)
            coordinated_before(text, ms[:k], listed, lambda x: x[2] in SLUGS)
        opened = clause_start(text, listed[0][0])
        if CONDITIONAL.search(text, opened, listed[0][0]):
            continue
        drug = owner
        named = after.group("drug") or after.group("on") if after is not None else None
        if named:
            hits = [x for x in ms if x[0] == text.find(named, m[1]) and x[3] in DRUG]
            drug = hits[0][2] if hits else None
        if drug is None:
            continue
        claims += [
            no_interaction(drug, x[2]) for x in listed if (drug, x[2]) not in stated and (x[2], drug) not in stated
        ]
    return claims
