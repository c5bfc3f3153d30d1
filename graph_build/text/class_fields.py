"""The drug's class in a labelled field (decision 0742): "**Class:** antifibrinolytic agent", "Type of medicine: a
long-acting muscarinic antagonist (LAMA), a kind of bronchodilator", "What kind of medicine: a dopamine agonist" -
lines of a monograph, a fact card or a patient passport that name no drug: the classes named are the document's drug's
(its title's, `owners.titled`), as forms-field reads "Forms: tablets" (decision 0642). A line naming another drug, or
a negation ("Type: not a stimulant"), gives none.
"""

from __future__ import annotations

import re
from decimal import Decimal

from graph_build.text.denial_words import denial_words
from graph_build.text.owners import titled
from graph_build.text.units import AGENT, Discourse, Found, Unit

#: A label that says what kind of medicine the drug is, then a colon (markup around either).
CLASS_LABEL = re.compile(
    r"^[\W_]*(?:drug |medicine |pharmacological )?(?:class|type|group|family|category|type of (?:medicine|drug)|"
    r"(?:what )?kind of (?:medicine|drug)|what (?:it|type of medicine) is)[*_]*\s*:",
    re.I,
)
NEGATED = re.compile(denial_words("non"), re.I)


def class_field(unit: Unit, ctx: Discourse) -> list[Found]:
    """class-field: the classes of a labelled class line, of the document's drug.

    >>> u = Unit("CLASS: Beta blocker.", [(7, 19, "beta-blocker", "DrugClass")])
    >>> [(f.subject, f.object) for f in class_field(u, Discourse(main="x", title="X leaflet"))]
    [('x', 'beta-blocker')]
    """
    label = CLASS_LABEL.match(unit.text)
    owner = titled(ctx) if label else None
    if owner is None or NEGATED.search(unit.text, label.end()):
        return []
    if any(m[3] in AGENT and m[3] != "DrugClass" and m[2] != owner for m in unit.mentions):
        return []
    return [
        Found(owner, "isA", m[2], "class-field", confidence=Decimal("0.5"), resolved_from=label.group())
        for m in unit.mentions
        if m[3] == "DrugClass" and m[0] >= label.end()
    ]
