"""The medicine a text gives with its brand is the text's own medicine (decisions 1051, 1052).

A letter, a chat or a talk's notes name the medicine they are about once or twice, the way a careful lay writer does:
by its proper name with the brand on the box ("the clinic has put him on pegvisomant, sold as Somavert", "a tablet
called mitotane, brand name Lysodren", "they gave him tenecteplase. The nurse said the brand is Metalyse", "It's
called efgartigimod, the name on the bag was Vyvgart"), and then call it "it" or "the injections". The medicines
taken with it, the steroid that replaces what it blocks, the painkiller it may be mixed with, are named more often
(the replacement hydrocortisone, whose dose the text explains at length), and without a title naming a drug the one
named most became the document's drug: every "it" went to it.

`BRAND_AFTER` is what follows a medicine's name when the writer gives its brand: a comma or bracket with "sold as",
"brand (name)", the brand's own name in brackets, "the name on the box", or the next sentence "The box says Y" /
"... the brand is Y". `branded_of` is the one drug of a title-less text given so; None when none or several are
(then the counting of decisions 0622-1032 decides).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (recognise imports unknown_drugs, which imports this module)
    from graph_build.text.recognise import Mention

#: Containers whose printed name is the brand ("the box says Y", "the name on the bag was Y").
CONTAINERS = r"(?:box|boxes|bag|pack|packet|label|carton|pen|bottle|packaging)"
#: After a medicine's name (bold or italic marks allowed): its brand given.
BRAND_AFTER = re.compile(
    r"[*_]*\s*(?:"
    r",?\s*(?:which\s+is\s+|that\s+is\s+)?(?:sold|marketed)\s+(?:as|under)\b"
    # (", which comes as Y", "that comes as Y": the brand, a capital's name, not "comes as a pessary"; the next
    # sentence "Brand name Y." / "Brand: Y": decision 1075)
    r"|,?\s*(?:which|that)\s+comes?\s+as\s+[*_]*[A-Z]"
    r"|[*_]*\.\s+(?:The\s+|Its\s+)?[Bb]rand(?:\s+name)?(?:\s+is|\s*:)?\s+[*_]*[A-Z]"
    r"|\(\s*(?:the\s+)?brand(?:\s+names?)?:?\s+[*_]*[A-Z]"
    # ("X (sold as Y)", "(marketed as Y)": the brand given in a bracket, as unknown_focus reads it; decision 1079)
    r"|\(\s*(?:sold|marketed)\s+(?:as|under)\s+[*_]*[A-Z]"
    # (a bare bracket holds the brand alone, "(Isturisa)", "(Neo-Cytamen®)"; not "(Mair from number 6 offers it)",
    # "(NHS)"; the next sentence may follow "instead" / "now": "put me on B instead. The box says Y")
    r"|\(\s*[*_]*[A-Z][a-z][\w-]*[\u00ae\u2122]?[*_]*\s*\)"
    # (", the brand on the box is Y", "; the brand ...": decision 1096)
    rf"|[,;]\s*(?:the\s+)?(?:brand(?:['\u2019]s|\s+name)?(?:\s+on\s+the\s+{CONTAINERS})?|name\s+on\s+the\s+{CONTAINERS})"
    r"\s+(?:is\s+|was\s+|says\s+)?[*_]*[A-Z]"
    r"|(?:\s+(?:instead|now|too|today|as\s+well))?[*_]*\.\s+(?:[A-Z][\w ,]{0,30}\s)?"
    # ("The brand on the bottle is Y": decision 1096)
    rf"(?:the|The)\s+(?:brand(?:\s+name)?(?:\s+on\s+the\s+{CONTAINERS})?\s+is|{CONTAINERS}\s+says)\s+[*_]*[A-Z]"
    # (the brand named as what the box reads, after a full stop or a comma: "she gave me X. Y on the box.", "X, Y on
    # the pack" - a capital's name, not a pronoun or "Nothing on the box"; decision 1096)
    rf"|[*_]*[.,]\s+[*_]*(?!(?:It|This|That|Nothing|Something|Everything|One|Same)\b)[A-Z][a-z][\w-]*[\u00ae\u2122]?"
    rf"[*_]*\s+on\s+the\s+{CONTAINERS}\b(?=\s*(?:[.,;!]|$))"
    r")"
)

#: Right before a drug: it glosses another medicine named before it ("hydroxocobalamin, a form of vitamin B12 (brand
#: name Y)"): the brand after it is the glossed medicine's.
GLOSS_BEFORE = re.compile(r",\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:form|type|kind|version|sort)\s+of\s+$", re.I)
#: Before a drug in its sentence: a denial of it ("Dad is not on B (Y) yet", "he never took B, sold as Y"): a medicine
#: the text says is not given is not the one it is about.
#: (only the words that carry the denial to the drug: not "a clot and not a bleed, they gave him B")
DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no\s+longer)|n['\u2019]t)\s+(?:(?:be|been|being|on|onto|taking|take|took|taken|given|give"
    r"|get|got|have|had|using|use|used|started|start|put|going|go|prescribed|the|an?|any|yet|him|her|me|them|us|you)"
    r"\s+){0,3}$",
    re.I,
)


#: Between two drugs named as one product's halves ("hydrocodone combined with acetaminophen", "A plus B", "A/B";
#: not a bare "and" or "with", which join two medicines taken apart): a brand after the second names the combination,
#: whose first-named half is the medicine the text is about (decision 1096: "the surgeon prescribed A combined with B.
#: The brand on the bottle is Y" - B, the common painkiller the text goes on to name alone, is not the drug branded).
COMBINED_BETWEEN = re.compile(r"[*_]*\s*(?:(?:combined|mixed)\s+with|plus|\+|/)\s*[*_]*", re.I)


def branded_of(text: str, mentions: list[Mention], drugs: Counter) -> str | None:
    """Of the drugs a title-less text names (`drugs`), the only one it gives with its brand, as the module's doc says.

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "He takes B daily. They started him on A, sold as Zed. B again."
    >>> ms = [M(9, 10, "b", "B", "t"), M(38, 39, "a", "A", "t"), M(55, 56, "b", "B", "t")]
    >>> branded_of(t, ms, Counter(a=1, b=2)), branded_of(t, ms[:1] + ms[2:], Counter(b=2))
    ('a', None)
    """
    given = {
        first_half(text, [p for p in mentions if p.slug in drugs], m)
        for m in mentions
        if m.slug in drugs
        and BRAND_AFTER.match(text, m.end)
        and not DENIED_BEFORE.search(text, max(0, m.start - 40), m.start)
        and not GLOSS_BEFORE.search(text, max(0, m.start - 40), m.start)
    }
    return given.pop() if len(given) == 1 else None


def first_half(text: str, mentions: list[Mention], m: Mention) -> str:
    """The drug a brand after mention `m` (of the drug `mentions`) names: `m`'s own, else - `m` the second half of a
    combination named just before it, "A combined with B" - the first half's (decision 1096).

    >>> from graph_build.text.recognise import Mention as M
    >>> t = "He got A combined with B. Or C and D."
    >>> ms = [M(7, 8, "a", "A", "t"), M(23, 24, "b", "B", "t"), M(29, 30, "c", "C", "t"), M(35, 36, "d", "D", "t")]
    >>> first_half(t, ms, ms[1]), first_half(t, ms, ms[3]), first_half(t, ms, ms[0])
    ('a', 'd', 'a')
    """
    before = [p for p in mentions if p.end <= m.start and p.slug != m.slug]
    if before and COMBINED_BETWEEN.fullmatch(text, before[-1].end, m.start):
        return before[-1].slug
    return m.slug
