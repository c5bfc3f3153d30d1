"""Recognise the body sites a drug is said to act in: "Furosemide works in the kidneys", "It acts mainly in the
brainstem", "The drug collects inside lysosomes" (decision 0644).

No installed package names anatomy (UBERON is not on PyPI), and the curated sets' `actsOn` objects are organs,
tissues and cell compartments named in plain words. A site is read only where such a verb places the drug in it:
a verb of acting or gathering, perhaps a degree word, a preposition of place, perhaps a determiner, then a word of
`SITES`. Elsewhere ("kidney problems", "the liver breaks it down") the word stays unrecognised. A site becomes an
`AnatomicalSite` entity labelled with its singular name; no identifier is attached (none is looked up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from graph_build.text import lowered
from graph_build.text.binding_verbs import LAY_ACTING, LAY_BINDING, alternation
from graph_build.text.units import Found
from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity

#: organs, tissues and compartments by the words health texts use -> the site's name
SITES = {
    "kidney": "kidney",
    "kidneys": "kidney",
    "liver": "liver",
    "brain": "brain",
    "brainstem": "brainstem",
    "brain stem": "brainstem",
    "spinal cord": "spinal cord",
    "bone": "bone",
    "bones": "bone",
    # (the tissue inside the bones where blood cells are made, not the bone: "acts on the bone marrow", 0896)
    "bone marrow": "bone marrow",
    "stomach": "stomach",
    "intestine": "intestines",
    "intestines": "intestines",
    "bowel": "intestines",
    "small intestine": "small intestine",
    # ("works mainly on the immune system": decision 0880; not "gut", which the golds name the gut or the
    # gastrointestinal tract by turns)
    "immune system": "immune system",
    "blood vessels": "blood vessels",
    # cells and muscles a first step places a receptor on ("H2 receptors on the parietal cells", decision 0685)
    "parietal cells": "parietal cells",
    "detrusor muscle": "detrusor muscle",
    "lung": "lung",
    "lungs": "lung",
    "heart": "heart",
    "skin": "skin",
    "bladder": "urinary bladder",
    "prostate": "prostate",
    "prostate gland": "prostate",
    "thyroid gland": "thyroid gland",
    # (a receptor "on the cells of the pituitary gland": decision 0790)
    "pituitary gland": "pituitary gland",
    "pituitary": "pituitary gland",
    "thyroid": "thyroid gland",
    "pancreas": "pancreas",
    "womb": "uterus",
    "uterus": "uterus",
    "eye": "eye",
    "eyes": "eye",
    "inner ear": "inner ear",
    "lysosome": "lysosome",
    "lysosomes": "lysosome",
    # the cells of the blood and the nerves' endings, where a target sits (decision 0807)
    "platelets": "blood platelets",
    "blood platelets": "blood platelets",
    "red blood cells": "erythrocytes",
    "white blood cells": "leukocytes",
    "nerve endings": "nerve endings",
}
#: cells a medicine's target sits in, by the words health texts use -> the cells' name (decision 0807): "blocks an
#: enzyme inside the red blood cells", "the enzyme in these white cells", "a protein inside these nerve cells called
#: T", "T, a pump in nerve endings". Read only in the sentence of the medicine's own asserted binding (`cell_sites`):
#: "nerve cells" elsewhere ("receptors on nerve cells in the brain") are how, not where, the curated sets place it.
CELL_SITES = {
    **{word: name for word, name in SITES.items() if name in ("blood platelets", "erythrocytes", "leukocytes")},
    "red cells": "erythrocytes",
    "white cells": "leukocytes",
    "nerve cells": "neurons",
    "nerve endings": "nerve endings",
}
#: kinds of organism a drug kills or works against, by MeSH's heading (*Bacteria*, *Viruses*, *Fungi*, *Mites*,
#: *Parasites*): where an anti-infective acts (decision 0685). Not "worms" (a text's worms are one species as often as
#: the helminths), nor "germs".
ORGANISMS = {
    "bacteria": "bacteria",
    "viruses": "viruses",
    "virus": "viruses",
    "fungi": "fungi",
    "fungus": "fungi",
    "mites": "mites",
    "parasites": "parasites",
}
#: a verb of killing or working against, then a kind of organism
ORGANISM_PLACE = re.compile(
    r"\b(?:kills?|killing|works? against|active against|effective against)\s+(?:(?:the|any)\s+)?("
    + "|".join(sorted(ORGANISMS, key=len, reverse=True))
    + r")\b",
    re.I,
)
#: the sites' names, longest first, as one alternation
_SITE_WORDS = "|".join(sorted(map(re.escape, SITES), key=len, reverse=True))
#: a verb that places the drug in a site ("works in", "acts mainly on", "collects inside"), its degree word, the
#: preposition and a determiner
#: After a placing verb's site word, what makes the word no place of the drug's (decision 0880): a part of the site
#: the site words lack ("works inside the skin cells", "works on the lung blood vessels": the cells or vessels, which
#: the site alone says less than), or the site's own substance ("works on the brain's own calming messenger": the
#: messenger, not the brain; "acts on the brain's NMDA receptors" still places it in the brain).
_NO_PLACE = (
    # (nor the first word of a compound, nor a site's muscle: "acts on the bone-building cells" names the cells, "works
    # on the heart muscle" the muscle, which the site alone says less than; decision 0896)
    r"(?!-)"
    r"(?!\s+(?:[\w-]+\s+)?(?:cells|blood\s+vessels|vessels|arteries|muscles?)\b)"
    r"(?!['\u2019]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:messengers?|chemicals?|signals?|hormones?)\b)"
)
PLACING = re.compile(
    r"\b(?:acts?|acting|works?|working|collects?|collecting|accumulates?|accumulating|concentrates?|concentrating)"
    r"\s+(?:(?:mainly|mostly|only|chiefly|largely|directly|locally|primarily)\s+)?(?:in|on|at|inside|within)\s+"
    r"(?:(?:the|its|your|their)\s+)?("
    + _SITE_WORDS
    + r")\b"
    + _NO_PLACE
    +
    # ("works on the brain and spinal cord": a second site coordinated with the first, the phrase ending there;
    # decision 0880)
    r"(?:\s+and\s+(?:(?:in|on|inside|within)\s+)?(?:(?:the|its|your|their)\s+)?("
    + _SITE_WORDS
    + r")\b"
    + _NO_PLACE
    + r"(?=\s*(?:[.,;:!?)]|$|\s(?:and|but|so|which|where|to|too|as|rather)\b)))?",
    re.I,
)
#: The degree words of TARGET_PLACE (a text holding none holds no match of it).
TARGET_DEGREES = ("mainly", "mostly", "chiefly", "largely", "primarily", "especially")
#: where a drug acts on a target: "blocks the enzyme T, mainly in the kidneys" (a target verb earlier in the sentence,
#: then a comma, a degree word and a preposition of place; decision 0671)
TARGET_PLACE = re.compile(
    r"\b(?:block|inhibit|bind|attach|activat|stimulat|antagoni[sz])\w*\b[^.;:!?]{1,80}?,\s+"
    r"(?:" + "|".join(TARGET_DEGREES) + r")\s+(?:in|inside|within)\s+"
    r"(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b",
    re.I,
)

#: where the first step of a mechanism written as numbered steps places the drug's target: "1. X blocks H3 receptors
#: in the brain and inner ear", "Step 1: X attaches to I1 receptors in the brainstem", "1. X attaches to the
#: receptor on nerve cells in the brain" (decision 0685). Only the first step's line: later steps name where their
#: effects happen ("2. ... stimulates receptors in the eye" is a later act, which the sets do not write as actsOn).
#: Between a target and its site: the site's cells or muscle, "on the (prolactin-making) cells of the pituitary gland",
#: "on the muscle in the prostate" (decision 0790): the cells or the muscle of the site are where the target sits,
#: so the site is where the drug acts, as "receptors on the parietal cells in the stomach" (0685) place it.
CELLS_OF = r"|(?:on|in)\s+(?:(?:the|its|your|their)\s+)?(?:[\w-]+\s+)?(?:cells|muscles?)\s+(?:of|in)"
FIRST_STEP_PLACE = re.compile(
    r"^[ \t]*(?:step\s+)?1\s*[.):]\s+[^\n]{0,60}?\b(?:block|inhibit|bind|attach|activat|stimulat|antagoni[sz])\w*\b"
    r"[^\n.;:!?]{1,80}?\b(?:receptors?|channels?)[*_]*"
    r"(?:\s+on\s+(?:(?:the|its|your|their)\s+)?(?:[\w-]+\s+)?cells)?\s+(?:in|on|inside|within" + CELLS_OF + r")\s+"
    r"(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b"
    r"(?:\s+and\s+(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b)?",
    re.I | re.M,
)

#: After a site word of PROSE_PLACE: the site's wall, lining or tissue at most, then the phrase ends ("in the bladder
#: wall." is the bladder; "in the bladder neck" names a part the site words lack, no site; decision 0751); or its
#: (muscle) cells ("sodium channels in the heart muscle cells" place the drug in the heart; decision 0790).
_SITE_ENDS = (
    r"(?:\s+(?:walls?|lining|tissue|(?:muscle\s+)?cells))?"
    r"(?=\s*(?:[.,;:!?)*]|$|\s(?:and|or|to|of|so|but|which|that|where|when|while|as|too)\b))"
)
#: where a prose sentence's act places the drug's receptor or channel: "Oxybutynin blocks muscarinic receptors in the
#: bladder wall", "It binds to oestrogen receptors in bone and switches them on" (decision 0751). Read only in the
#: sentence of the medicine's own act in prose (`processes.prose_act`: the first act, asserted, opening the sentence,
#: on one receptor or channel), and the site is minted there only (`find` does not: "attaches to a serotonin receptor
#: in the brain" elsewhere names no site). "in", not "on": a receptor "on blood vessels and nerves" names the cells
#: that carry it, which the curated sets do not write as where the drug acts.
PROSE_PLACE = re.compile(
    r"\b(?:block|inhibit|bind|attach|activat|stimulat|antagoni[sz]|open"
    # (the lay verbs of binding and of an act: rules.yaml words, one list with the other modules; decision 1046)
    r"|" + alternation(LAY_BINDING, spaced=True) + "|" + alternation(LAY_ACTING, spaced=True) + r")\w*\b"
    r"[^\n.;:!?]{1,80}?\b(?:receptors?|channels?)[*_]*"
    # ("the receptors that aldosterone normally uses, in the kidneys and in the heart": the target named by its
    # chemical, targets.BY_LIGAND, then its place after a comma; decision 0790)
    r"(?:\s+(?:that|which)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:(?:normally|usually)\s+)?(?:uses?|works?\s+through),)?"
    r"(?:\s+on\s+(?:(?:the|its|your|their)\s+)?(?:[\w-]+\s+)?cells)?\s+(?:in|inside|within" + CELLS_OF + r")\s+"
    r"(?:(?:the|its|your|their)\s+)?("
    + _SITE_WORDS
    + r")\b"
    + _SITE_ENDS
    + r"(?:\s+and\s+(?:in\s+)?(?:(?:the|its|your|their)\s+)?("
    + _SITE_WORDS
    + r")\b"
    + _SITE_ENDS
    + ")?",
    re.I,
)

#: a placing verb's site and, contrasted with it, where the drug does not act: "works in the brain rather than
#: directly on the heart or blood vessels", "works inside the gut rather than on the pancreas" (decision 0685)
RATHER = re.compile(
    r"\b(?:acts?|acting|works?|working)\s+(?:(?:mainly|mostly|only|chiefly|largely|directly|locally|primarily)\s+)?"
    r"(?:in|on|at|inside|within)\s+[^.;:!?,]{1,40}?\s+rather than\s+(?:(?:directly|mainly)\s+)?(?:in|on|at|inside)\s+"
    r"(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b"
    r"(?:\s+(?:or|and)\s+(?:(?:the|its|your|their)\s+)?(" + _SITE_WORDS + r")\b)?",
    re.I,
)


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Sites a placing verb names in `text`, outside the `taken` spans: (start, end, entity).

    >>> [(e.slug, e.cls) for _, _, e in find("Furosemide works in the kidneys.", [])]
    [('kidney', 'AnatomicalSite')]
    >>> find("It works in the same way.", []), find("The liver breaks it down.", [])
    ([], [])
    >>> [e.slug for _, _, e in find("It blocks the enzyme T, mainly in the kidneys.", [])]
    ['kidney']
    >>> find("It can cause pain, mainly in the stomach.", [])
    []
    >>> [e.slug for _, _, e in find("1) It blocks H3 receptors in the brain and inner ear.", [])]
    ['brain', 'inner-ear']
    >>> find("2. It stimulates FP receptors in the eye.", [])
    []
    """
    found = []
    ascii, low = lowered.scanned(text)
    # (TARGET_PLACE needs one of its degree words: an ASCII text holding none is not scanned at each verb)
    placed = not ascii or any(word in low for word in TARGET_DEGREES)
    places = [*lowered.finditer(PLACING, text), *(lowered.finditer(TARGET_PLACE, text) if placed else ())]
    spans = [m.span(g) for m in places for g in (1, 2) if g <= (m.re.groups or 1) and m.start(g) >= 0]
    if "1" in text:
        spans += [m.span(g) for m in FIRST_STEP_PLACE.finditer(text) for g in (1, 2) if m.start(g) >= 0]
    if "rather than" in text:
        spans += [m.span(g) for m in RATHER.finditer(text) for g in (1, 2) if m.start(g) >= 0]
    spans += [m.span(1) for m in lowered.finditer(ORGANISM_PLACE, text)]
    for a, b in spans:
        if any(s < b and a < e for s, e in taken) or any(a == x for x, _, _ in found):
            continue
        name = SITES.get(text[a:b].lower()) or ORGANISMS[text[a:b].lower()]
        found.append((a, b, Entity(slugify(name), name, "AnatomicalSite")))
    return found


def first_step_sites(
    text: str, found: Iterable[tuple[tuple[int, int], Found]], mentions: list
) -> list[tuple[tuple[int, int], Found]]:
    """actsOn <site> for the drug of an asserted bindsTo claim on the line of a mechanism's first numbered step that
    places its target in the site (FIRST_STEP_PLACE: "1) It blocks H3 receptors in the brain and inner ear"), with
    the binding's sentence span, certainty and a low confidence (a rule not yet measured; decision 0685). `mentions`
    have start, end and slug.

    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end slug")
    >>> t = "How:\\n1) X blocks H3 receptors in the brain."
    >>> f = [((5, 43), Found("x", "bindsTo", "h3", "target-verb"))]
    >>> [(x.subject, x.predicate, x.object) for _, x in first_step_sites(t, f, [M(37, 42, "brain")])]
    [('x', 'actsOn', 'brain')]
    """
    if "1" not in text:
        return []
    out, seen = [], set()
    bound = [(span, f) for span, f in found if f.predicate == "bindsTo" and not f.negated]
    for m in FIRST_STEP_PLACE.finditer(text):
        binding = [(span, f) for span, f in bound if span[0] <= m.start(1) < span[1]]
        if not binding:
            continue
        span, f = binding[0]
        for g in (1, 2):
            site = [x for x in mentions if m.start(g) >= 0 and (x.start, x.end) == m.span(g)]
            key = (f.acts_for or f.subject, site[0].slug) if site else None
            if key is None or key in seen:
                continue
            seen.add(key)
            placed = Found(key[0], "actsOn", key[1], "first-step-site", False, f.certainty, (), Decimal("0.6"))
            out.append((span, placed))
    return out


def prose_act_sites(
    text: str, prose: tuple[int, int] | None, found: Iterable[tuple[tuple[int, int], Found]]
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """actsOn <site> for the medicine whose own act in prose (`prose`: the sentence span `processes.prose_act`
    gives) places its receptor or channel in the site (PROSE_PLACE: "It blocks M3 receptors in the bladder wall"),
    the sentence's first such place, with the binding's certainty and first-step-site's confidence, as a numbered
    first step's place is read (`first_step_sites`; decision 0751); and the sites as new entities.

    >>> t = "X blocks M3 receptors in the bladder wall."
    >>> f = [((0, 42), Found("x", "bindsTo", "m3", "target-verb"))]
    >>> out, new = prose_act_sites(t, (0, 42), f)
    >>> [(x.subject, x.predicate, x.object) for _, x in out], new["urinary-bladder"].cls
    ([('x', 'actsOn', 'urinary-bladder')], 'AnatomicalSite')
    >>> prose_act_sites(t, None, f), prose_act_sites("X blocks M3 receptors on blood vessels.", (0, 39), f)
    (([], {}), ([], {}))
    """
    if prose is None:
        return [], {}
    binding = [f for span, f in found if span == prose and f.predicate == "bindsTo" and not f.negated]
    m = PROSE_PLACE.search(text, *prose)
    if not binding or m is None:
        return [], {}
    subject = binding[0].acts_for or binding[0].subject
    return placed_sites(m, prose, subject, binding[0].certainty, Decimal("0.6"))


def placed_sites(m: re.Match, span: tuple, subject: str, certainty: str, confidence: Decimal) -> tuple[list, dict]:
    """The sites a `PROSE_PLACE` match names (one or two groups), each an `actsOn` of `subject` by the rule
    first-step-site, with the new site entities by slug: shared by the binding's prose (`prose_act_sites`) and a named
    binding's place (`bound_sites`, decision 0880)."""
    out, new = [], {}
    for g in (1, 2):
        if m.start(g) < 0:
            continue
        name = SITES[m.group(g).lower()]
        site = Entity(slugify(name), name, "AnatomicalSite")
        if site.slug in new:
            continue
        new[site.slug] = site
        placed = Found(subject, "actsOn", site.slug, "first-step-site", False, certainty, (), confidence)
        out.append((span, placed))
    return out, new


#: a binding verb, then in its sentence the cells its target sits in: "in / inside / within" (a determiner or "these"),
#: the cells' words, and the phrase ends there ("inside the red blood cells.", "in nerve endings that ...")
CELL_PLACE = re.compile(
    r"\b(?:block|inhibit|bind|attach|latch|activat|stimulat|antagoni[sz]|switch)\w*\b[^\n.;:!?]{1,80}?\s"
    r"(?:in|inside|within)\s+(?:(?:the|these|those|its|their)\s+)?("
    + "|".join(sorted(map(re.escape, CELL_SITES), key=len, reverse=True))
    + r")\b(?!\s+(?:of|in|on)\b)",
    re.I,
)


def cell_sites(
    text: str, found: Iterable[tuple[tuple[int, int], Found]], main: str | None
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """actsOn <cells> for the medicine (`main`) whose asserted binding of a target places it in the cells of the blood
    or of the nerves in the binding's sentence (CELL_PLACE: "X blocks an enzyme called T inside the red blood cells",
    "X binds to T, a pump in nerve endings"), the sentence's first such place, with the binding's certainty and
    first-step-site's confidence (decision 0807); and the sites as new entities. Cells "of" or "in" an organ are the
    organ's (`PROSE_PLACE`, `FIRST_STEP_PLACE`), not read here.

    >>> t = "X blocks an enzyme called T inside the red blood cells."
    >>> out, new = cell_sites(t, [((0, 55), Found("x", "bindsTo", "t", "target-verb"))], "x")
    >>> [(x.subject, x.predicate, x.object) for _, x in out], new["erythrocytes"].cls
    ([('x', 'actsOn', 'erythrocytes')], 'AnatomicalSite')
    >>> b = [((0, 40), Found("x", "bindsTo", "t", "target-verb"))]
    >>> cell_sites("X blocks T in nerve cells in the brain.", b, "x"), cell_sites("X blocks T on nerve cells.", b, "x")
    (([], {}), ([], {}))
    >>> cell_sites(t, [((0, 55), Found("x", "bindsTo", "t", "target-verb", True))], "x")
    ([], {})
    """
    out, new, seen = [], {}, set()
    if main is None:
        return out, new
    for span, f in found:
        if f.predicate != "bindsTo" or f.negated or (f.acts_for or f.subject) != main or span in seen:
            continue
        seen.add(span)
        m = CELL_PLACE.search(text, *span)
        if m is None:
            continue
        name = CELL_SITES[m.group(1).lower()]
        site = Entity(slugify(name), name, "AnatomicalSite")
        new[site.slug] = site
        out.append((span, Found(main, "actsOn", site.slug, "first-step-site", False, f.certainty, (), Decimal("0.6"))))
    return out, new


def contrasted_sites(
    text: str, found: Iterable[tuple[tuple[int, int], Found]], mentions: list, classes: dict[str, str]
) -> list[tuple[tuple[int, int], Found]]:
    """Negated actsOn <site> for the sites RATHER contrasts with where a drug works ("it works in the brain rather
    than on the heart": not the heart), the drug being the subject of an asserted actsOn claim of the sentence, else
    the one drug named in the sentence before the verb; decision 0685. `mentions` have start, end and slug."""
    if "rather than" not in text:
        return []
    out = []
    placed = [(span, f) for span, f in found if f.predicate == "actsOn" and not f.negated]
    for m in RATHER.finditer(text):
        here = [(span, f) for span, f in placed if span[0] <= m.start() < span[1]]
        if here:
            span, subject, certainty = here[0][0], here[0][1].subject, here[0][1].certainty
        else:
            spans = {span for span, _ in found if span[0] <= m.start() < span[1]}
            if not spans:
                continue
            span, certainty = spans.pop(), "Asserted"
            drugs = {x.slug for x in mentions if span[0] <= x.start < m.start() and classes.get(x.slug) == "Drug"}
            if len(drugs) != 1:
                continue
            subject = drugs.pop()
        for g in (1, 2):
            site = [x for x in mentions if m.start(g) >= 0 and (x.start, x.end) == m.span(g)]
            if site:
                out.append(
                    (
                        span,
                        Found(subject, "actsOn", site[0].slug, "contrasted-site", True, certainty, (), Decimal("0.6")),
                    )
                )
    return out
