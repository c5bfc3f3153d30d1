"""A use keeps the severity its sentence names (decision 0891): "It is used for severe pain", "a painkiller for
moderate pain", "Some hospitals also use it for severe aplastic anaemia" treat that degree of the condition, as a
contraindication (0832) and a denied use (0793) keep theirs. The severity is a qualifier (`dkg:severity`), in the
source's words ("moderate", "moderate to severe"); the claim's object stays the recognised condition, so a gold that
builds the degree into its name ("moderate-pain") is the same claim in the measure (evaluate.restrictions_named,
decision 0881).
"""

from __future__ import annotations

from graph_build.text.restricted_denials import _severity_kept
from graph_build.text.units import Found, Unit


def use_severity(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` with each asserted use whose condition the sentence names with a degree qualified by it.

    >>> u = Unit("X is used for severe pain.", [(0, 1, "x", "Drug"), (21, 25, "pain", "Symptom")])
    >>> [f.qualifiers for f in use_severity(u, [Found("x", "treats", "pain", "r")])]
    [(('severity', ('severe',)),)]
    >>> u = Unit("X is used for pain.", [(0, 1, "x", "Drug"), (14, 18, "pain", "Symptom")])
    >>> [f.qualifiers for f in use_severity(u, [Found("x", "treats", "pain", "r")])]
    [()]
    """
    return [_severity_kept(unit, f) if f.predicate == "treats" and not f.negated else f for f in found]
