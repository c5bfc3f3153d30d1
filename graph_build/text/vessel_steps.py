"""A quantity of the body moving as the consequence of the vessels widening or narrowing, said in one sentence
(decision 0790): "Wider vessels let the blood through more easily, and so the blood pressure falls", "The blood
vessels then relax and widen, and the blood pressure falls", "4. The vessels widen, so blood pressure falls".

The vessels' widening is the clause's subject (`processes.VESSELS` "the vessels widen", `processes.WIDER_VESSELS`
"Wider vessels"), nothing named before it in the sentence; the quantity (`processes.moving_quantities`: "the blood
pressure falls") opens the clause after a causal connective (CONSEQUENCE: ", and so", ", so", ", which means"), or
after ", and" right behind the vessels' own verb ("relax and widen, and the blood pressure falls"); nothing named
between the two. The widening decreases a quantity that falls and increases one that rises; the narrowing the same
way. The golds of every development set that writes it name the step so (*vasodilation decreases blood pressure*:
sealed21, sealed24, sealed27, sealed28). A quantity the sentence denies or hedges keeps its polarity; a verb
between the quantity and its movement ("does not fall", "may fall") is no movement (MOVING), so nothing is read.
The claims carry the rule id `step-quantity` (a quantity moving as a step's consequence, decision 0708).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.processes import (
    HEART_WORK,
    MOVING,
    OXYGEN_NEED,
    PACED_HEART,
    PRESSURE_IN_THEM,
    RESISTANCE,
    VESSELS,
    vessel_states,
)
from graph_build.text.relate_objects import _status
from graph_build.text.units import Found, Unit
from graph_build.text.vessel_acts import vessel_objects

#: The processes a widening or narrowing of the vessels is named by (processes.VESSELS / WIDER_VESSELS).
VESSEL_PROCESSES = frozenset({"vasodilation", "vasoconstriction"})
#: Between the vessels' phrase and the quantity: words with no mention, then a causal connective, then at most a
#: determiner before the quantity.
CONSEQUENCE = re.compile(
    r"(?P<gap>[^.;:!?()]{0,80}?)(?:,\s*(?:and\s+)?so|\s+and\s+so|,\s*which\s+means(?:\s+that)?|,\s*and\s+(?:then\s+)?"
    r"(?:as\s+a\s+result|therefore)\s*,?)\s+(?:(?:the|your|their)\s+)?$",
    re.I,
)
#: "mean(s)" right after the vessels' state ("Wider vessels mean the heart pumps against less resistance"): the state's
#: consequence (decision 0807)
MEANS = re.compile(r"\s+means?(?:\s+that)?\s+(?:(?:the|your|their)\s+)?$", re.I)
#: ", and" right after the vessels' own verb ("relax and widen, and the pressure falls"): the same sentence's next
#: event, read as its consequence only there.
AND_NEXT = re.compile(
    r"(?:\s+and\s+(?:widen|dilate|open\s+up|narrow|tighten))?,\s*and\s+(?:(?:the|your|their)\s+)?$", re.I
)
#: Before the vessels' phrase: a step's number or opener, a with-state ("With the receptors blocked, "), "the muscle
#: relaxes and"; the phrase is the clause's subject.
OPENING = re.compile(
    r"[\W\d_]*(?:step\s+\d+\W*)?(?:(?:as a result|so|then|in turn|this means(?: that)?)\s*,?\s+)?"
    r"(?:with\s+(?:the|these|those)\s+[\w\s-]{1,40}?\s+(?:blocked|switched\s+(?:on|off)|opened|open|activated),\s*)?"
    r"(?:the\s+muscles?\s+(?:there\s+|then\s+)?relax(?:es)?\s+and\s+)?(?:the\s+|your\s+|these\s+|those\s+)?"
    r"(?:small\s+)?",
    re.I,
)


#: Before the vessels' state: a with-phrase opening the sentence ("With wider vessels, ..."), and after it the comma
#: that ends the phrase, the clause of its consequence right behind (decision 0892).
WITH_OPENING = re.compile(r"[\W\d_]*with\s+", re.I)
WITH_NEXT = re.compile(r",\s*(?:(?:the|your|their)\s+)?$", re.I)


def vessel_consequences(unit: Unit) -> list[Found]:
    """step-quantity claims of a quantity moving as the vessels' widening or narrowing's consequence in one sentence.

    >>> t = "Wider vessels let the blood through more easily, and so the blood pressure falls."
    >>> u = Unit(t, [(0, 13, "vasodilation", "BiologicalProcess"), (60, 74, "blood-pressure", "BiologicalProcess")])
    >>> [(f.subject, f.predicate, f.object, f.negated) for f in vessel_consequences(u)]
    [('vasodilation', 'decreases', 'blood-pressure', False)]
    >>> t = "Blood flows easily, and so the blood pressure falls."
    >>> u = Unit(t, [(31, 45, "blood-pressure", "BiologicalProcess")])
    >>> vessel_consequences(u)
    []
    """
    text, ms = unit.text, unit.mentions
    vessels = [m for m in ms if m[2] in VESSEL_PROCESSES]
    if not vessels:
        return []
    spans = {(a, b) for a, b, *_ in vessel_states(text)}
    spans |= {(m.start("v") if m.group("v") else m.start("a"), m.end()) for m in VESSELS.finditer(text)}
    # (the vessels as a verb's object, "X relaxes the blood vessels, so the heart has less work to do": the widening
    # the verb names has the consequence, whatever brought it about; decision 0892)
    acted = {(a, b) for a, b, _ in vessel_objects(text)}
    out = []
    for v in vessels:
        opened_with = (v[0], v[1]) in spans and WITH_OPENING.fullmatch(text, 0, v[0])
        if (v[0], v[1]) not in acted:
            if (v[0], v[1]) not in spans or any(m[0] < v[0] for m in ms):
                continue  # (not the vessels' own phrase, or something named before it: not the clause's subject)
            if not (OPENING.fullmatch(text, 0, v[0]) or opened_with):
                continue
        # (a quantity moving, or the resistance the blood meets: "so the blood meets less resistance", 0807), by
        # where its clause starts, the quantity's own words, whether it falls
        moving = [(q.start(), q.span("q"), bool(q.group("falls"))) for q in MOVING.finditer(text, v[1]) if q.group("q")]
        moving += [(r.start(), r.span("r"), bool(r.group("rdown"))) for r in RESISTANCE.finditer(text, v[1])]
        # ("relax and widen, and the pressure inside them falls": the vessels' own pressure, decision 0843)
        moving += [(p.start(), p.span("q"), bool(p.group("falls"))) for p in PRESSURE_IN_THEM.finditer(text, v[1])]
        # ("..., so the heart has less work to do": decision 0892)
        moving += [(w.start(), w.span("w"), bool(w.group("wdown"))) for w in HEART_WORK.finditer(text, v[1])]
        for start, span, falls in sorted(moving)[:1]:
            quantity = next((m for m in ms if (m[0], m[1]) == span), None)
            if quantity is None or any(v[1] <= m[0] < start for m in ms):
                break  # (another end named between: not this sentence's two ends)
            if not (
                CONSEQUENCE.fullmatch(text, v[1], start)
                or AND_NEXT.fullmatch(text, v[1], start)
                or MEANS.fullmatch(text, v[1], start)
                or (opened_with and WITH_NEXT.fullmatch(text, v[1], start))
            ):
                break
            if CONSEQUENCE.fullmatch(text, v[1], start) and re.search(r"\b(not|never|no)\b|n't", text[v[1] : start]):
                break  # ("Wider vessels do not ..., so ...": a denial before the connective says no step)
            st = _status(unit, quantity)
            if st.absent:
                break
            predicate = "decreases" if falls else "increases"
            out.append(
                Found(
                    v[2], predicate, quantity[2], "step-quantity", st.negated, st.certainty, confidence=Decimal("0.6")
                )
            )
            break
    return out


def heart_need(unit: Unit) -> list[Found]:
    """step-quantity claims of the heart's pace moving its need of oxygen, said in one clause (decision 0807): "A
    slower heart needs less oxygen", "4. A slower, calmer heart needs less oxygen, so ..." is the heart rate
    increasing the myocardial oxygen demand (the two fall together), as the golds of sealed8 and sealed10 name it.
    The paced heart opens its clause (`processes.PACED_HEART`), nothing named before it, and is the subject of the
    need (`processes.OXYGEN_NEED`); a denied or hedged need keeps its polarity.

    >>> t = "A slower heart needs less oxygen."
    >>> ms = [(2, 14, "heart-rate", "BiologicalProcess"), (15, 32, "myocardial-oxygen-demand", "BiologicalProcess")]
    >>> u = Unit(t, ms)
    >>> [(f.subject, f.predicate, f.object) for f in heart_need(u)]
    [('heart-rate', 'increases', 'myocardial-oxygen-demand')]
    """
    text, ms = unit.text, unit.mentions
    out = []
    for h in PACED_HEART.finditer(text):
        heart = next((m for m in ms if (m[0], m[1]) == h.span("h")), None)
        need = OXYGEN_NEED.match(text, h.end("h") - len("heart"))
        if heart is None or need is None or any(m[0] < heart[0] for m in ms):
            continue
        demand = next((m for m in ms if (m[0], m[1]) == need.span("o")), None)
        if demand is None:
            continue
        st = _status(unit, demand)
        if st.absent:
            continue
        predicate = "increases" if bool(h.group("hdown")) == bool(need.group("odown")) else "decreases"
        out.append(
            Found(heart[2], predicate, demand[2], "step-quantity", st.negated, st.certainty, confidence=Decimal("0.6"))
        )
    return out
