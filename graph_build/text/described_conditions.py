"""A condition described with its features in its own sentence (decision 0862): "Y, a reaction with A and B", "Y, a
condition of late pregnancy with A and B". Health texts gloss a condition by the kind of thing it is and what comes
with it; the features are the condition's signs (hasPhenotype), as "Y, with A and B" is read already
(relate_sentence_rules' disease-with, whose rule id these readings keep). Strict: the condition (class Disease, no
drug's own reaction: `DRUGS_REACTION`) stands right before the gloss; the kind word is one of a condition (not "an
infection with", which names the germ); the features are the list of conditions right after "with", denied only by
a denial inside the gloss ("a reaction with no fever"), never by one of the sentence around it ("It is ruled out for
anyone who has had Y, a reaction with A": the ruling out is the drug's, Y's signs stand).
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.passive import subjects_after
from graph_build.text.units import COND, DISEASE, Found, Unit

#: "Y, a (rare, serious) reaction / condition / syndrome / illness / disorder (of late pregnancy) with": the gloss
#: between the condition and "with" (at most four words of what or when after "of / in / that"); not "an infection
#: with X", whose X is its germ.
GLOSS_WITH = re.compile(
    r"[*_]*\s*,\s+(?:an?|the)\s+(?:(?:rare|serious|severe|dangerous|life-threatening|sudden|short-lived|brief|"
    r"long-lasting|lasting|allergic|skin|mild|rare but serious|but|uncommon|very)[\s,]+)*"
    r"(?:reaction|condition|syndrome|illness|disorder|state)"
    r"(?:\s+(?:of|in|during)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s+with\s+",
    re.I,
)
#: "Y is / means a (lifelong) tendency to have / get A": an illness defined by the sign it keeps bringing
#: (decision 0862).
TENDENCY = re.compile(
    r"[*_]*\s+(?:is|means)\s+an?\s+(?:(?:lifelong|long-term|life-long|inherited|natural)\s+)?tendency\s+to\s+"
    r"(?:have|get|develop|suffer)\s+",
    re.I,
)
#: A denial inside the gloss, between "with" and the feature ("a reaction with no fever"): the gloss's own; a denial of
#: the sentence around it ("It is ruled out for anyone who has had Y, a reaction with A") is no denial of Y's signs.
GLOSS_DENIAL = re.compile(r"\b(?:no|not|never|without)\b", re.I)
#: Conditions that are a drug's reaction, no disease of their own: "withdrawal symptoms: A, B" lists what stopping
#: the drug causes (the withdrawal rule reads them as its withdrawal effects), not the features of a disease; and the
#: dependence "X is not addictive" names (decision 0757: "X is not addictive: it can cause A" lists no features of it).
#: One table for this module and relate_sentence_rules.
DRUGS_REACTION = frozenset({"withdrawal-syndrome", "substance-related-disorders"})
#: An allergic reaction, glossed with its signs where a text warns of it as a side effect ("Rarely, it may cause an
#: allergic reaction, with a rash or swelling of the face"): the development golds write the reaction as the drug's
#: effect and no phenotype of it (12 sentences of 13, sealed8-82; only a list after a colon, "an allergic reaction: a
#: rash, hives", is written as its signs), so "Y, with A" gives an allergic reaction no signs (decision 0889).
ALLERGIC_REACTIONS = frozenset(
    {"hypersensitivity", "drug-hypersensitivity", "allergic-reaction", "hypersensitivity-reaction", "anaphylaxis"}
)


def allergic_reaction(slug: str) -> bool:
    """Whether a condition is an allergic reaction (any allergen's: "penicillin-hypersensitivity" too).

    >>> allergic_reaction("hypersensitivity"), allergic_reaction("x-hypersensitivity"), allergic_reaction("lupus")
    (True, True, False)
    """
    return slug in ALLERGIC_REACTIONS or slug.endswith("-hypersensitivity")


def described_signs(unit: Unit) -> list[Found]:
    """disease-with (decision 0862): the signs of a condition glossed as a kind of condition with them.

    >>> u = Unit("Avoid it after sepsis, a reaction with fever and chills.", [(15, 21, "sepsis", "Disease"),
    ...          (39, 44, "fever", "Symptom"), (49, 55, "chills", "Symptom")])
    >>> [(f.subject, f.object) for f in described_signs(u)]
    [('sepsis', 'fever'), ('sepsis', 'chills')]
    >>> u = Unit("Gout is a tendency to get swollen joints.", [(0, 4, "gout", "Disease"),
    ...          (26, 40, "joint-swelling", "Symptom")])
    >>> [(f.subject, f.object, f.rule) for f in described_signs(u)]
    [('gout', 'joint-swelling', 'disease-is-sign')]
    >>> u = Unit("Cellulitis, an infection with fever.", [(0, 10, "cellulitis", "Disease"),
    ...          (30, 35, "fever", "Symptom")])
    >>> described_signs(u)
    []
    """
    out: list[Found] = []
    for owner in unit.mentions:
        if owner[3] not in DISEASE or owner[2] in DRUGS_REACTION:
            continue
        tendency = TENDENCY.match(unit.text, owner[1])
        if tendency is not None:  # ("Epilepsy is a tendency to have repeated seizures": disease-is-sign, 0862)
            out += [
                Found(owner[2], "hasPhenotype", m[2], "disease-is-sign", confidence=Decimal("0.5"))
                for m in subjects_after(unit, tendency.end(), COND)
                if m[2] != owner[2]
            ]
            continue
        cue = GLOSS_WITH.match(unit.text, owner[1])
        if cue is None:
            continue
        for m in subjects_after(unit, cue.end(), COND):
            if m[2] == owner[2]:
                continue
            negated = bool(GLOSS_DENIAL.search(unit.text, cue.end(), m[0]))
            claim = Found(owner[2], "hasPhenotype", m[2], "disease-with", negated, confidence=Decimal("0.7"))
            if claim not in out:
                out.append(claim)
    return out
