"""A dose changed for a group is no prohibition (decision 0822).

"The dose is reduced for people with liver disease, and it is not advised in severe liver failure": only the severe
failure is advised against; liver disease is the context of a smaller dose, and the drug is still given there. A
sentence's prohibition cue reached every condition it named, so the dose clause's condition became a
contraindication too; a dose lowered "in people with Y" could also read as the drug lowering Y, or as a denial.

A condition named only inside a clause that changes the dose (`DOSE_CHANGE`: "the dose is lowered / reduced /
adjusted / halved in Y", "people with Y may need a smaller dose", "it is taken less often in Y", "given at longer
intervals") and holding no prohibition of its own (`FORBIDS`) is no object of a contraindication, of a decrease or
of any denied claim: those claims are dropped. A clause that also forbids, permits or sends to another treatment
keeps its reading ("your doctor may choose another treatment or lower the dose", "can take it at a lower dose"). A
condition also named in another clause of the sentence keeps its claims ("... reduced in kidney disease; it must not
be taken in severe kidney disease" keeps the second).
"""

from __future__ import annotations

import re

from graph_build.text.recognise import Mention
from graph_build.text.units import Found

#: A clause that changes the dose for a group (whose words say how much, or how often, it is given).
DOSE_CHANGE = re.compile(
    r"\b(doses?|dosages?)\b(\s+[\w-]+){0,3}?\s+(reduced|lowered|adjusted|halved|decreased|cut|changed|altered)\b|"
    r"\b(lower|smaller|reduced|adjusted|different|modified)\s+(starting\s+|daily\s+)?(doses?|dosages?|strengths?)\b|"
    r"\b(reduce|lower|adjust|halve|cut|decrease|change)\s+(the|their|your|its)\s+(starting\s+|daily\s+)?"
    r"(doses?|dosages?)\b|"
    r"\b(taken|given|used|injected|prescribed)\s+less\s+(often|frequently)\b|"
    r"\b(longer|wider)\s+(gaps|intervals)\s+between\s+doses\b|\bat\s+longer\s+intervals\b",
    re.I,
)
#: What ends a clause inside a sentence: the dose clause and the prohibition are often joined by "and it", "but".
CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(and|but|or|so|while|whereas|although|though)\b|\b(but|whereas)\b|\band\s+(it|they|this|its)\b", re.I
)
#: A clause that forbids, denies or permits on its own keeps its objects ("may need to choose another treatment or
#: lower the dose" forbids it, hedged; "can take it at a lower dose" permits it: a denied contraindication).
FORBIDS = re.compile(
    r"\b(not|never|no|avoid\w*|must|contraindicated|unsuitable|unsafe|dangerous|harmful|stop\w*)\b|n[’']t\b|"
    r"\b(another|a\s+different|an\s+alternative|a\s+safer)\s+([\w-]+\s+)?(treatment|medicine|medication|drug|option)\b|"
    r"\b(can|may)\s+(still\s+|safely\s+|also\s+)?(take|use|have|be\s+(taken|used|given))\b",
    re.I,
)
#: Claims a dose clause's condition must not be the object of (besides any denied claim).
DROPPED = frozenset({"contraindicatedIn", "decreases"})


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of text[start:end] that holds offset `at`."""
    a, b = start, end
    for brk in CLAUSE_BREAK.finditer(text, start, end):
        if brk.end() <= at:
            a = brk.end()
        elif brk.start() >= at:
            b = brk.start()
            break
    return a, b


def in_dose_clause(text: str, span: tuple[int, int], mention: Mention) -> bool:
    """Whether a mention stands in a clause of the sentence that changes the dose and forbids nothing.

    >>> t = "The dose is reduced for people with liver disease, and it is not advised in liver failure."
    >>> in_dose_clause(t, (0, len(t)), Mention(36, 49, "liver-disease", "liver disease"))
    True
    >>> in_dose_clause(t, (0, len(t)), Mention(76, 89, "liver-failure", "liver failure"))
    False
    """
    a, b = _clause(text, span[0], span[1], mention.start)
    return bool(DOSE_CHANGE.search(text, a, b)) and not FORBIDS.search(text, a, b)


def dose_contexts(
    text: str, found: list[tuple[tuple[int, int], Found]], mentions: list[Mention]
) -> list[tuple[tuple[int, int], Found]]:
    """The claims without those whose object the sentence names only in a clause that changes the dose (a
    contraindication, a decrease or any denied claim)."""
    out = []
    for span, f in found:
        if f.predicate in DROPPED or f.negated:
            named = [m for m in mentions if m.slug == f.object and span[0] <= m.start and m.end <= span[1]]
            if named and all(in_dose_clause(text, span, m) for m in named):
                continue
        out.append((span, f))
    return out
