"""One medicine, one name: a drug a text names once by its ester's full name and then by its first word alone (issue
12, decision 1112).

An ester's International Nonproprietary Name has two words, the acid's stem and the ester's ("telotristat ethyl",
"icosapent ethyl", "azilsartan medoxomil", "mycophenolate mofetil"), and a vocabulary may hold a record for each
("telotristat ethyl" DRUGBANK:DB12095, the medicine given; "telotristat" DB14218, the acid it becomes). A health text
names the medicine in full once ("the team added telotristat ethyl, brand name Xermelo") and then by its first word
("Telotristat blocks that enzyme"): the writer means the same medicine, and its claims were split over two subjects,
the brand's falling to the acid's record. In a document that writes exactly one ester's full name, every mention of
its first word's drug (and of that drug's brand) takes the full name: the name that says which medicine was given, and
the one the gold sets write (telotristat-ethyl and icosapent-ethyl, never the bare stem, where the text writes the
ester's word).

A salt is the other way round (decision 0851, unknown_drugs.py): its counter-ion ("lanthanum carbonate", "ulipristal
acetate", "hyoscine hydrobromide") names no medicine of its own, and the drug keeps the base's name, as the gold sets
do (lanthanum, ulipristal, hyoscine, alverine, clobetasone, glatiramer, cyproterone). A document that never writes the
ester's word ("tablets called telotristat") keeps the text's word: nothing in it says which record is meant.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from graph_build.text.unknown_drugs import ESTER_WORDS
from graph_build.text.vocabularies import slugify

if TYPE_CHECKING:
    from graph_build.text.recognise import Mention

#: The second word of an ester's INN: the ethyl esters named as medicines in their own right ("icosapent ethyl",
#: "telotristat ethyl") and the prodrug esters of decision 0936 (unknown_drugs.ESTER_WORDS: medoxomil, mofetil ...).
ESTER_NAME_WORDS = ("ethyl", *ESTER_WORDS)
#: A mention's whole text that is an ester's full name: the stem (group 1), a space or hyphen, the ester's word.
ESTER_NAME = re.compile(rf"([A-Za-z]{{4,}})[\s-]+(?:{'|'.join(ESTER_NAME_WORDS)})", re.I)
#: Any ester's word in a text: the pre-check before its mentions are read (most texts write none).
ESTER_CUE = re.compile(rf"\b(?:{'|'.join(ESTER_NAME_WORDS)})\b", re.I)


def one_ester_name(mentions: list[Mention], class_of: Callable[[str], str]) -> list[Mention]:
    """`mentions` with every mention of the drug the text names by an ester's first word alone given the ester's
    full name, when the text writes that full name as a drug and no other ester of the same stem.

    >>> from graph_build.text.recognise import Mention as Mn
    >>> ms = [Mn(0, 17, "telotristat-ethyl", "telotristat ethyl"), Mn(20, 27, "telotristat", "Xermelo"),
    ...       Mn(40, 51, "telotristat", "Telotristat"), Mn(60, 69, "diarrhoea", "diarrhoea")]
    >>> [m.slug for m in one_ester_name(ms, lambda s: "Disease" if s == "diarrhoea" else "Drug")]
    ['telotristat-ethyl', 'telotristat-ethyl', 'telotristat-ethyl', 'diarrhoea']
    >>> two = [Mn(0, 20, "tenofovir-disoproxil", "tenofovir disoproxil"),
    ...        Mn(30, 51, "tenofovir-alafenamide", "tenofovir alafenamide"), Mn(60, 69, "tenofovir", "tenofovir")]
    >>> [m.slug for m in one_ester_name(two, lambda s: "Drug")]
    ['tenofovir-disoproxil', 'tenofovir-alafenamide', 'tenofovir']
    """
    full: dict[str, set[str]] = {}
    for m in mentions:
        named = ESTER_NAME.fullmatch(m.text)
        if named and class_of(m.slug) == "Drug":
            full.setdefault(named.group(1).lower(), set()).add(m.slug)
    renamed = {stem: next(iter(names)) for stem, names in full.items() if len(names) == 1}
    if not renamed:
        return mentions
    # (the first word written alone, whatever record it keys - "icosapent" keys eicosapentaenoic acid -, and the
    # bare word's own record under another name, its brand: "Xermelo" keys telotristat)
    own = {slugify(stem): name for stem, name in renamed.items()}
    return [
        dataclasses.replace(m, slug=to)
        if (to := renamed.get(m.text.lower()) or own.get(m.slug)) and to != m.slug and class_of(m.slug) == "Drug"
        else m
        for m in mentions
    ]
