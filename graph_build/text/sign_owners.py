"""Which conditions may own a sign (hasPhenotype's subject).

A general process names no one illness whose signs a text lists: "The marrow slowly scars up ... My signs were:"
lists the signs of the marrow disease, not of a scar; "she may catch infections more easily, so stay off work if you
have flu" names no sign of infection at all; "The inflammation causes tummy pain" is the signs of the illness that
inflames. And where a text's cancer is one the vocabularies do not know ("medullary thyroid cancer"), "cancer" is
the grain left: signs that the text gives its one cancer, the owner carried from the sentences before ("Her signs
were ..."), are no signs of cancer in general. A claim giving such a subject a sign says more than its sentence, so
none is made (decision 1130); the development sets' golds never give these subjects a sign.
"""

from __future__ import annotations

import re

from graph_build.text.units import Found, Unit

#: Subjects that own no sign: a scar or fibrosis (a tissue change, never the illness a text describes), and
#: inflammation and infections named in general (decision 1130).
NO_SIGN_OWNERS = frozenset({"cicatrix", "fibrosis", "inflammation", "infections"})
#: Subjects that own a sign only where the sentence itself names them ("Cancer can cause weight loss"): carried from
#: the sentences before, they are the grain left of one cancer the text names more narrowly (decision 1130).
NAMED_SIGN_OWNERS = frozenset({"cancer", "neoplasms"})
#: In the lead a claim's owner was read from ("What are the signs of cancer?"), the general name itself (decision 1130).
GENERAL_NAME = re.compile(r"\b(?:cancers?|tumou?rs?)\b", re.I)
#: Every subject either list may drop a sign of (a cheap test before the filter).
GENERAL_OWNERS = NO_SIGN_OWNERS | NAMED_SIGN_OWNERS


def general_owners_dropped(unit: Unit, found: list[Found]) -> list[Found]:
    """`found` without the signs (hasPhenotype) it gives a subject of NO_SIGN_OWNERS, or of NAMED_SIGN_OWNERS that
    neither `unit` nor the lead the claim was read from names.

    >>> from decimal import Decimal
    >>> a = Found("cancer", "hasPhenotype", "cough", "symptom-list", False, "Asserted", (), Decimal("0.5"))
    >>> b = Found("asthma", "hasPhenotype", "cough", "symptom-list", False, "Asserted", (), Decimal("0.5"))
    >>> [f.subject for f in general_owners_dropped(Unit("- a cough", [(4, 9, "cough", "Symptom")]), [a, b])]
    ['asthma']
    >>> u = Unit("Cancer can cause a cough.", [(0, 6, "cancer", "Disease"), (19, 24, "cough", "Symptom")])
    >>> [f.subject for f in general_owners_dropped(u, [a, b])]
    ['cancer', 'asthma']
    >>> c = Found("cancer", "hasPhenotype", "cough", "symptom-list", resolved_from="What are the signs of cancer?")
    >>> [f.subject for f in general_owners_dropped(Unit("- a cough", [(4, 9, "cough", "Symptom")]), [c])]
    ['cancer']
    """
    named = {m[2] for m in unit.mentions}
    return [
        f
        for f in found
        if not (
            f.predicate == "hasPhenotype"
            and (
                f.subject in NO_SIGN_OWNERS
                or (
                    f.subject in NAMED_SIGN_OWNERS
                    and f.subject not in named
                    and not GENERAL_NAME.search(f.resolved_from)
                )
            )
        )
    ]
