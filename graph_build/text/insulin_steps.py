"""The insulin the pancreas releases bringing the blood sugar down, in lay words (decision 0843).

A medicine that makes the pancreas release more insulin (a sulfonylurea, a DPP-4 inhibitor, a GLP-1 agonist) has
its chain end in the blood sugar: "That makes the cells pour out more insulin. More insulin pushes the blood sugar
down", "With those channels shut, the cells release more insulin into the blood. The extra insulin moves sugar out
of the blood ..., so the blood sugar level falls". The development golds name that step *insulin secretion decreases
blood glucose* (sealed15, sealed35, sealed36 twice): the amount of insulin the text says was released is the
secretion (MeSH's heading Insulin Secretion), the blood sugar MeSH's Blood Glucose. A closed pair of names, minted as
`BiologicalProcess` entities with no identifier (no installed vocabulary holds either heading).

Strict: the sentence opens with "More insulin", "The extra insulin" or "Extra insulin" (the amount is its subject),
the sentence before (or the same sentence, before it) says the body's cells or pancreas release, pour out, make or
secrete insulin (so the amount is the one released, not a dose injected), and in its own clause the blood sugar
comes down ("brings / pushes / takes the blood sugar down", "lowers the blood sugar", ", so the blood sugar (level)
falls / drops / comes down"). A denial ("not", "never") before the lowering reads nothing; a hedge ("may", "can
help") keeps its hedge. Only in a document whose medicine is known (`main`). Rule id `step-quantity`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.sentence_spans import SENTENCE_END
from graph_build.text.units import Found
from ontology.lexicon import Entity

#: The two ends, by slug -> label (a closed list; no identifier).
PROCESSES = {"insulin-secretion": "insulin secretion", "blood-glucose": "blood glucose"}
#: The body releasing insulin: "release(s) (more) insulin", "pour(s) out more insulin", "make(s) more insulin".
RELEASED = re.compile(
    r"\b(?:releas(?:e|es|ed|ing)|pour(?:s|ed|ing)?\s+out|secret(?:e|es|ed|ing)|mak(?:e|es|ing)|produc(?:e|es|ed|ing))"
    r"\s+(?:(?:far|much|a\s+lot)\s+)?(?:more\s+|extra\s+)?insulin\b",
    re.I,
)
#: The amount opening its sentence, then the blood sugar brought down in the same clause or after ", so".
LOWERED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:so|then|and\s+so),?\s+)?(?:more|the\s+extra|extra)\s+insulin\b"
    r"(?P<gap>[^.;!?]{0,100}?)"
    r"(?:\b(?P<hedge>may|might|can\s+help\s+to|can\s+help|helps?\s+to|helps?)\s+)?"
    r"(?:(?:brings?|pushes|push|takes?|gets?)\s+(?:the\s+|your\s+)?blood\s+(?:sugar|glucose)(?:\s+levels?)?\s+down"
    r"|lowers?\s+(?:the\s+|your\s+)?blood\s+(?:sugar|glucose)"
    r"|,\s*(?:and\s+)?so\s+(?:the\s+|your\s+)?blood\s+(?:sugar|glucose)(?:\s+levels?)?\s+(?:falls|drops|comes\s+down))\b",
    re.I | re.M,
)
_NOT = re.compile(r"\b(?:not|never|no\s+longer)\b|n't", re.I)


def insulin_steps(text: str, main: str | None) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """*insulin secretion decreases blood glucose* for each sentence that says more of the insulin released brings
    the blood sugar down, with the sentence's span; and the two ends minted.

    >>> t = "It makes the pancreas release more insulin. More insulin pushes the blood sugar down."
    >>> out, new = insulin_steps(t, "x")
    >>> [(f.subject, f.predicate, f.object, f.certainty) for _, f in out], sorted(new)
    ([('insulin-secretion', 'decreases', 'blood-glucose', 'Asserted')], ['blood-glucose', 'insulin-secretion'])
    >>> insulin_steps("Inject your dose. More insulin pushes the blood sugar down.", "x")
    ([], {})
    """
    out: list[tuple[tuple[int, int], Found]] = []
    if main is None or "insulin" not in text:
        return out, {}
    for m in LOWERED.finditer(text):
        if _NOT.search(m.group("gap")):
            continue
        ends = [e.end() for e in SENTENCE_END.finditer(text, 0, m.start())]
        before = ends[-2] if len(ends) >= 2 else 0  # (the sentence before this one)
        if RELEASED.search(text, before, m.start()) is None:
            continue
        end = SENTENCE_END.search(text, m.end())
        said = "Possible" if m.group("hedge") and m.group("hedge").lower() in ("may", "might") else "Asserted"
        step = Found("insulin-secretion", "decreases", "blood-glucose", "step-quantity", False, said,
                     confidence=Decimal("0.6"))  # fmt: skip
        out.append(((m.start(), end.end() if end else len(text)), step))
    if not out:
        return out, {}
    return out, {slug: Entity(slug, label, "BiologicalProcess") for slug, label in PROCESSES.items()}
