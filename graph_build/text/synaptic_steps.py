"""The messenger left between the nerve cells after its reuptake is blocked, in lay words (decision 0843).

A medicine whose act is a transmitter's reuptake inhibition (*serotonin reuptake inhibition*: it blocks the carrier
that takes the messenger back) leaves more of the messenger in the gap between the nerve cells: lay text says "More
serotonin then stays in the gaps between the nerve cells", "That leaves more serotonin in those gaps", "Extra
noradrenaline builds up between the nerve cells". The development golds name that end *synaptic serotonin* (sealed34,
sealed38 twice, sealed41), the amount of the messenger in the synapse, and the step *serotonin reuptake inhibition
increases synaptic serotonin*. A closed list of transmitters (`SYNAPTIC`); the names are minted as
`BiologicalProcess` entities with no identifier (no installed vocabulary names them).

Strict: the act is the document's medicine's asserted (or hedged) reuptake inhibition; the sentence names the
same transmitter the act's carrier takes back, with "more" or "extra" before it and its place between the nerve
cells (a bare "in those gaps" only after the text has said "gaps between (the) nerve cells"); two messengers left
together ("more dopamine and noradrenaline") are one end, *synaptic dopamine and norepinephrine*, as the golds of
heldout and sealed4 name it, and each act whose messenger is one of them raises it; within the act's
sentence or the two after it; not after a denial or a hedge in the clause. The step replaces the plain *increases
serotonin* step-amount reads from the same sentence (the place says which amount). The messenger so left
lifting mood (`MOOD`), right after, is its next step, *synaptic serotonin increases mood*, its hedge kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from graph_build.text.sentence_spans import ends_after, sentence_at
from graph_build.text.units import Found
from ontology.lexicon import Entity

#: transmitter's word in a text -> its slug (the act's carrier takes it back: *<slug>-reuptake-inhibition*)
SYNAPTIC = {"serotonin": "serotonin", "noradrenaline": "norepinephrine", "norepinephrine": "norepinephrine",
            "dopamine": "dopamine"}  # fmt: skip
_CHEM = r"(?:" + "|".join(SYNAPTIC) + r")"
#: the place between the nerve cells ("in the gaps between the nerve cells", "between the nerve cells", "in the
#: synapse"); group "bare" for "in those gaps" with no nerve cells said
PLACE = (
    r"(?:in\s+(?:the|those|these)\s+(?:tiny\s+|small\s+)?(?:gaps?|spaces?)(?P<cells>\s+between\s+(?:the\s+)?"
    r"(?:nerve\s+cells|nerves|neurons|brain\s+cells))?"
    r"|between\s+(?:the\s+)?(?:nerve\s+cells|nerves|neurons|brain\s+cells)|in\s+the\s+synapses?)"
)
#: "More serotonin (then) stays / remains / builds up <place>", "That leaves more serotonin <place>"
LEFT_BETWEEN = re.compile(
    r"\b(?:(?:more|extra)\s+(?P<c1>" + _CHEM + r")(?:\s+and\s+(?P<c2>" + _CHEM + r"))?\s+"
    r"(?:then\s+|therefore\s+|now\s+|also\s+)?(?:stays?|remains?|builds?\s+up|collects?|(?:is|are)\s+left|lingers?)"
    r"|leaves?\s+(?:more|extra)\s+(?P<c3>" + _CHEM + r")(?:\s+and\s+(?P<c4>" + _CHEM + r"))?)\s+" + PLACE,
    re.I,
)
#: The messenger left there lifting mood, in the step's sentence (after it) or the next: "and this lifts mood", "The
#: extra serotonin is thought to lift mood", "these extra messengers may improve low mood" -> *synaptic X increases
#: mood* (the development golds of sealed34, sealed38 twice, sealed40 name the end *mood*); group "belief" for "is
#: thought / believed to", "may" for "may / might". The verb right after its subject: a denial reads nothing.
MOOD = re.compile(
    r"\b(?:this|that|(?:the\s+)?extra\s+" + _CHEM + r"(?:\s+and\s+" + _CHEM + r")?"
    r"|these\s+(?:extra\s+)?(?:messengers|chemicals))\s+"
    r"(?:(?P<belief>(?:is|are)\s+(?:thought|believed)\s+to)\s+|(?P<may>may|might)\s+|helps?\s+(?:to\s+)?)?"
    r"(?:slowly\s+|gradually\s+)?(?:lift|improve|raise|boost|lighten)s?\s+(?:the\s+|your\s+|their\s+|a\s+)?"
    r"(?:low\s+)?mood\b",
    re.I,
)
#: the text has said where the gaps are
GAPS_SAID = re.compile(r"\bgaps?\s+between\s+(?:the\s+)?(?:nerve\s+cells|nerves|neurons|brain\s+cells)\b", re.I)
#: a denial or a hedge in the clause before the amount
_NOT_PLAIN = re.compile(r"\b(?:not|no|never|n't|may|might|could|thought|perhaps|possibly)\b", re.I)


def synaptic_steps(
    text: str, found: Iterable[tuple[tuple[int, int], Found]], main: str | None
) -> tuple[list[tuple[tuple[int, int], Found]], set[tuple[tuple[int, int], str, str]], dict[str, Entity]]:
    """*<transmitter> reuptake inhibition increases synaptic <transmitter>* for the medicine `main`'s reuptake
    inhibition followed (in its sentence or the two after) by more of that transmitter left between the nerve cells;
    with the span of the sentence that says it and the act's certainty; the (act, transmitter) steps it replaces;
    and the processes minted.

    >>> t = "X blocks the serotonin transporter. More serotonin then stays in the gaps between the nerve cells."
    >>> act = Found("x", "hasMechanismOfAction", "serotonin-reuptake-inhibition", "target-inhibition")
    >>> out, gone, new = synaptic_steps(t, [((0, 35), act)], "x")
    >>> [(f.subject, f.predicate, f.object) for _, f in out], sorted(gone), new["synaptic-serotonin"].label
    ([('serotonin-reuptake-inhibition', 'increases', 'synaptic-serotonin')], \
[((36, 98), 'serotonin-reuptake-inhibition', 'serotonin')], 'synaptic serotonin')
    >>> t = "X blocks the serotonin transporter. More serotonin may stay in the gaps between nerve cells."
    >>> synaptic_steps(t, [((0, 35), act)], "x")
    ([], set(), {})
    """
    out: list[tuple[tuple[int, int], Found]] = []
    gone: set[tuple[tuple[int, int], str, str]] = set()
    if main is None or ("between" not in text and "gap" not in text and "synap" not in text):
        return out, gone, {}
    for span, f in found:
        if f.predicate != "hasMechanismOfAction" or f.negated or f.subject != main:
            continue
        carried = re.fullmatch(r"(serotonin|norepinephrine|dopamine)-reuptake-inhibition", f.object)
        if carried is None:
            continue
        for m in LEFT_BETWEEN.finditer(text, span[0], ends_after(text, span[1], 2)):
            words = [m.group(g).lower() for g in ("c1", "c2", "c3", "c4") if m.group(g)]
            if carried.group(1) not in {SYNAPTIC[w] for w in words}:
                continue
            bare = m.group("cells") is None and m.group().lower().split()[-1] in ("gap", "gaps", "space", "spaces")
            if bare and not GAPS_SAID.search(text, 0, m.start()):
                continue  # ("in those gaps" with no nerve cells said before: which gaps is unsaid)
            sentence = sentence_at(text, m.start(), m.end())
            if _NOT_PLAIN.search(text, sentence[0], m.start()) or _NOT_PLAIN.search(m.group()):
                continue
            # (two messengers left together are one end, named in the text's order, as the golds of heldout and
            # sealed4 name it: *synaptic dopamine and norepinephrine*)
            slug = "synaptic-" + "-and-".join(dict.fromkeys(SYNAPTIC[w] for w in words))
            step = Found(f.object, "increases", slug, "step-amount", False, f.certainty, confidence=Decimal("0.6"))
            out.append((sentence, step))
            gone.add((sentence, f.object, carried.group(1)))
            lifted = MOOD.search(text, m.end(), ends_after(text, sentence[1], 1))
            if lifted is not None and all(f.subject != slug for _, f in out):
                said = "Believed" if lifted.group("belief") else "Possible" if lifted.group("may") else f.certainty
                mood = Found(slug, "increases", "mood", "step-quantity", False, said, confidence=Decimal("0.6"))
                out.append((sentence_at(text, *lifted.span()), mood))
            break
    named = {f.object for _, f in out}
    return out, gone, {slug: Entity(slug, slug.replace("-", " "), "BiologicalProcess") for slug in sorted(named)}
