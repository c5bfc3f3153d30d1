"""A sentence opening "Nor is it ...", "Nor does it ..." goes on denying of the same thing as the sentence before
(decision 0909): its "it" is what that sentence's "it" stood for, not a drug that sentence named after its "it"
("Don't mistake it for a painkiller: he still takes paracetamol for that. Nor is it used for Y": "it" is still the
drug the first "it" stood for, not paracetamol).
"""

from __future__ import annotations

import re

#: "Nor" opening a sentence, its auxiliary and "it": "Nor is it", "Nor does it", "Nor will it".
NOR_IT = re.compile(
    r"[\W_]*nor\s+(?:is|was|are|does|did|do|will|would|can|could|should|must|has|had|may|might)\s+it\b", re.I
)
#: The pronoun "it" / "its" as a word.
IT_WORD = re.compile(r"\b(?:it|its)\b", re.I)


def it_stood_for(text: str, drug_starts: list[int], focus: str | None) -> str | None:
    """What the "it" of sentence `text` stood for: the drug in focus before the sentence (`focus`), when "it" comes
    before every drug the sentence names (`drug_starts`, offsets in `text`); else None.

    >>> it_stood_for("Don't mistake it for a painkiller: he takes paracetamol.", [40], "x")
    'x'
    >>> it_stood_for("Paracetamol helps, but it is not for this.", [0], "x"), it_stood_for("He rests.", [], "x")
    (None, None)
    """
    found = IT_WORD.search(text)
    if focus is None or found is None or any(start < found.start() for start in drug_starts):
        return None
    return focus


def nor_it(text: str) -> bool:
    """Whether sentence `text` opens "Nor <auxiliary> it".

    >>> nor_it("Nor is it used for gout."), nor_it("Nor does it help."), nor_it("Nor should anyone take it.")
    (True, True, False)
    """
    return NOR_IT.match(text) is not None
