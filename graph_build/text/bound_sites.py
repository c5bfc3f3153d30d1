"""Where the medicine's own binding places its receptor, when the sentence says no act on it (decision 0880).

"Nabilone attaches itself to the CB1 receptors in the brain.", "Meptazinol binds to opioid receptors in the brain and
spinal cord": the binding places the drug's receptor or channel in an organ, so the drug acts there. Decision 0751
read that place (`sites.PROSE_PLACE`) only in the sentence of the medicine's own act in prose
(`processes.prose_act`: a binding that also says what it does to the receptor, "and blocks them"); a binding that
leaves its act to a later sentence, or says it in words the act's patterns lack, placed nothing. Here the place is
read in the first sentence in which the document's medicine binds a receptor or a channel, when that sentence opens
with the medicine binding it (`OPENS`), the medicine named there (not "It": both ends in the clause itself; "It
binds to T receptors in the spinal cord" of the older sets' golds is no place they write), asserts it, binds that one
target only and is no numbered step (a numbered first step's place is `sites.first_step_sites`'); only when the prose
act placed none. The act
itself is not read here: no mechanism is minted, only the site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from graph_build.text.binding_verbs import LAY_ACTING, LAY_BINDING, alternation
from graph_build.text.processes import GATED, PROSE_NOT_SUBJECT, STEP, first_step_binding, line_start
from graph_build.text.sites import PROSE_PLACE, placed_sites
from graph_build.text.units import Found
from ontology.lexicon import Entity

#: first-step-site's own confidence before the table's (as `sites.first_step_sites` gives it)
CONFIDENCE = Decimal("0.6")
#: The sentence opens with its subject (at most three words) and a verb of binding or of an act on the target:
#: "Nabilone attaches itself to", "It latches onto", "The medicine binds to", "X blocks".
OPENS = re.compile(
    r"[ \t>*#-]*\**(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\**\s+(?:directly\s+)?"
    r"(?:blocks|antagoni[sz]es|activates|stimulates|opens|(?:binds|attaches)\s+(?:itself\s+)?(?:on\s*)?to"
    # (the lay verbs of binding and of an act, "latches onto", "switches off": rules.yaml words; decision 1046)
    r"|" + alternation(LAY_BINDING, spaced=True) + "|" + alternation(LAY_ACTING, spaced=True) + r")\s",
    re.I,
)


def bound_sites(
    text: str, found: Iterable[tuple[tuple[int, int], Found]], classes: dict[str, str], main: str, mentions: list
) -> tuple[list[tuple[tuple[int, int], Found]], dict[str, Entity]]:
    """actsOn <site> for `main` from the place its first binding of a receptor or channel names (see the module),
    with the binding's certainty and first-step-site's rule and confidence; and the sites as new entities.
    `mentions` have start and slug.

    >>> from collections import namedtuple
    >>> M, c = namedtuple("M", "start slug"), {"cannabinoid-receptor": "MolecularTarget"}
    >>> t = "Nabilone attaches itself to the CB1 receptors in the brain."
    >>> f = [((0, len(t)), Found("nabilone", "bindsTo", "cannabinoid-receptor", "target-verb"))]
    >>> out, new = bound_sites(t, f, c, "nabilone", [M(0, "nabilone")])
    >>> [(x.subject, x.predicate, x.object) for _, x in out], new["brain"].cls
    ([('nabilone', 'actsOn', 'brain')], 'AnatomicalSite')
    >>> bound_sites("It attaches to the CB1 receptors in the brain.", f, c, "nabilone", [])
    ([], {})
    >>> t = "Unlike X, nabilone also attaches to CB1 receptors in the brain."
    >>> bound_sites(t, [((0, len(t)), f[0][1])], c, "nabilone", [M(10, "nabilone")])
    ([], {})
    """
    found = sorted(found, key=lambda x: x[0])
    if any(first_step_binding(text, span, f, classes) for span, f in found):
        return [], {}
    bound = [
        (span, f)
        for span, f in found
        if f.predicate == "bindsTo"
        and f.subject == main
        and not f.negated
        and classes.get(f.object) == "MolecularTarget"
        and GATED.search(f.object)
    ]
    if not bound:
        return [], {}
    span, f = bound[0]
    if f.certainty != "Asserted" or len({g.object for s, g in found if s == span and g.predicate == "bindsTo"}) != 1:
        return [], {}
    opening = OPENS.match(text, span[0], span[1])
    if opening is None or PROSE_NOT_SUBJECT.search(opening.group("subject")):
        return [], {}
    if STEP.match(text, line_start(text, span)):
        return [], {}
    if not any(x.start == opening.start("subject") and x.slug in (main, f.subject) for x in mentions):
        return [], {}  # (the medicine named, not "It" or "The medicine")
    m = PROSE_PLACE.search(text, *span)
    if m is None or m.start() > opening.end():
        return [], {}
    return placed_sites(m, span, f.acts_for or main, f.certainty, CONFIDENCE)
