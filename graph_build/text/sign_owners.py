"""Which conditions may own a sign (hasPhenotype's subject).

A general process or a whole family of illnesses names no one illness whose signs a text lists: "The marrow slowly
scars up ... My signs were:" lists the signs of the myelofibrosis the sentence before named, not of a scar; "she may
catch infections more easily, so stay off work if you have flu" names no sign of infection at all; and where a
text's cancer is one the vocabularies do not know ("medullary thyroid cancer"), "cancer" is the grain left, and a
sign of that one cancer is no sign of cancer in general. A claim giving such a subject a sign says more than its
sentence, so none is made (decision 1130). The development sets' golds never give these subjects a sign.
"""

from __future__ import annotations

from graph_build.text.units import Found

#: Subjects that own no sign: a scar or fibrosis (a tissue change, never the illness a text describes), inflammation
#: and infections named in general, and cancer or tumours named in general (decision 1130).
NO_SIGN_OWNERS = frozenset({"cicatrix", "fibrosis", "inflammation", "infections", "cancer", "neoplasms"})


def general_owners_dropped(found: list[Found]) -> list[Found]:
    """`found` without the signs (hasPhenotype) it gives a subject of NO_SIGN_OWNERS.

    >>> from decimal import Decimal
    >>> a = Found("cancer", "hasPhenotype", "cough", "symptom-list", False, "Asserted", (), Decimal("0.5"))
    >>> b = Found("asthma", "hasPhenotype", "cough", "symptom-list", False, "Asserted", (), Decimal("0.5"))
    >>> [f.subject for f in general_owners_dropped([a, b])]
    ['asthma']
    """
    return [f for f in found if not (f.predicate == "hasPhenotype" and f.subject in NO_SIGN_OWNERS)]
