"""A medicine that binds a microbe's ribosome and so stops it making proteins, and the microbe then not growing
(decision 0807): "X binds to the ribosomes of the germ, which it needs to build its proteins. This blocks its
protein making, so the germ cannot grow and multiply", "X latches on to the ribosomes of the bacteria. With the
ribosomes jammed, the germs cannot make the proteins they need. They stop growing and multiplying", "... latches on
to the ribosome, the machinery the bug uses to build its proteins. Without new proteins the bacteria cannot grow or
multiply".

This is how every lay text explains an antibiotic that works on the ribosome (the macrolides, tetracyclines,
lincosamides, aminoglycosides), and the development golds name its two parts alike in each of the three documents
of two sets that write it (sealed3 doxycycline, sealed29 clindamycin twice): the medicine works by *protein
synthesis inhibition*, which *decreases bacterial growth*. No installed vocabulary names processes (decision 0441);
both are named as pharmacology and physiology name them, from this closed list (`PROCESSES`), with no identifier,
as `processes.py` names the vessels' widening or a target's inhibition.

Strict: the medicine (the document's own) is the subject of an asserted or hedged binding of a ribosome; the
stopping of protein making is said in that sentence or the next (PROTEINS_STOPPED, not after a denial); the
microbe's not growing is said after it, in the same sentence or the next (GROWTH_STOPPED: the bacteria, germs or
bugs, or "they", "cannot / can no longer grow", "stop growing (and multiplying)"). Each claim carries the binding's
certainty. A ribosome bound with nothing said of proteins gives nothing; a microbe that cannot grow with nothing said
of its proteins gives no step. The mechanism's claim carries the rule id `target-inhibition` (a target's act as the
mechanism, decision 0635), the step `step-quantity` (a process moving as a step's consequence, decision 0708).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from graph_build.text.sentence_spans import SENTENCE_END, next_end, sentence_at
from graph_build.text.units import Found
from ontology.lexicon import Entity

#: The two processes read here, by slug -> label (a closed list; no identifier: no installed vocabulary has them).
PROCESSES = {
    "protein-synthesis-inhibition": "protein synthesis inhibition",
    "bacterial-growth": "bacterial growth",
}
#: What a denial before a verb looks like ("does not stop", "doesn't block", "never stops").
_NOT = r"(?<!not )(?<!n't )(?<!never )"
#: The microbe's protein making stopped: "blocks its protein making", "cannot make the proteins", "stops them making
#: proteins", "Without new proteins".
PROTEINS_STOPPED = re.compile(
    _NOT + r"\b(?:blocks?|stops?|halts?|jams?)\s+(?:its|their|the\s+[\w-]+(?:'s|s')|this|that)\s+protein[- ]making\b"
    r"|\b(?:cannot|can't|can\s+no\s+longer|(?:is|are)\s+unable\s+to)\s+(?:make|build|produce)\s+"
    r"(?:the\s+|any\s+|new\s+|its\s+|their\s+)*proteins\b"
    r"|" + _NOT + r"\bstops?\s+(?:the\s+[\w-]+\s+|them\s+|it\s+)?(?:making|building)\s+(?:new\s+|any\s+)*proteins\b"
    r"|(?:^|(?<=[.!?]\s)|(?<=,\s)|(?<=\n))without\s+(?:new\s+|any\s+|these\s+|those\s+)?proteins\b",
    re.I,
)
#: The microbe not growing: its kind (or "they"), then "cannot / can no longer grow (or multiply)", "stop growing".
GROWTH_STOPPED = re.compile(
    r"\b(?:bacteria|bacterium|germs?|bugs?|they)\s+(?:then\s+|soon\s+)?"
    r"(?:cannot|can't|can\s+no\s+longer|stops?)\s+(?:grow(?:ing)?|multiply(?:ing)?)\b",
    re.I,
)


def protein_synthesis(
    text: str, found: Iterable[tuple[tuple[int, int], Found]], main: str | None
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """hasMechanismOfAction *protein synthesis inhibition* for the medicine `main` whose binding of a ribosome is
    followed by its protein making stopped, and *protein synthesis inhibition decreases bacterial growth* when the
    microbe's not growing follows that; each with the span of the sentence that says it and the binding's certainty;
    and the processes minted.

    >>> t = ("X binds to the ribosomes of the germ. This blocks its protein making, so the germ cannot grow. "
    ...      "It is taken by mouth.")
    >>> out, new = protein_synthesis(t, [((0, 37), Found("x", "bindsTo", "bacterial-ribosome", "binds-target"))], "x")
    >>> [(f.subject, f.predicate, f.object) for _, f in out]
    [('x', 'hasMechanismOfAction', 'protein-synthesis-inhibition'), \
('protein-synthesis-inhibition', 'decreases', 'bacterial-growth')]
    >>> protein_synthesis("X binds to the ribosome. It is taken by mouth.",
    ...                   [((0, 24), Found("x", "bindsTo", "ribosome", "binds-target"))], "x")
    ([], {})
    """
    out: list[tuple[tuple[int, int], Found]] = []
    if main is None or "protein" not in text.lower():
        return out, {}
    for span, f in found:
        if f.predicate != "bindsTo" or f.negated or not f.object.endswith("ribosome"):
            continue
        if (f.acts_for or f.subject) != main:
            continue
        stopped = PROTEINS_STOPPED.search(text, span[0], next_end(text, span[1]))
        if stopped is None:
            continue
        moa = Found(main, "hasMechanismOfAction", "protein-synthesis-inhibition", "target-inhibition", False,
                    f.certainty, confidence=Decimal("0.6"))  # fmt: skip
        out.append((sentence_at(text, *stopped.span()), moa))
        # (the growth after the stopping, in its sentence or the next; the evidence is the growth's sentence)
        cue_end = SENTENCE_END.search(text, stopped.end())
        grows = GROWTH_STOPPED.search(text, stopped.end(), next_end(text, cue_end.end()) if cue_end else len(text))
        if grows is not None:
            step = Found("protein-synthesis-inhibition", "decreases", "bacterial-growth", "step-quantity", False,
                         f.certainty, confidence=Decimal("0.6"))  # fmt: skip
            out.append((sentence_at(text, *grows.span()), step))
        break
    if not out:
        return out, {}
    named = {f.object for _, f in out} | {f.subject for _, f in out}
    return out, {slug: Entity(slug, label, "BiologicalProcess") for slug, label in PROCESSES.items() if slug in named}
