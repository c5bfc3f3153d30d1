"""Decision 1108: a use of a broad illness read from a narrower one.

A use whose object is a broad head the recogniser gave a named kind ("C. diff infection", "bladder infections",
"the progressive kind of MS", "plaque psoriasis" -> infections, multiple sclerosis, psoriasis) says more than the text
and goes; the bare word ("treats infections", "not a treatment for infections") stays. A positive use of "the cancer"
(the one the text is about) goes too. Each case asserts the whole set of claims the short text gives: (subject,
predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.qualified_uses import broad_uses_dropped
from graph_build.text.units import Found, Unit

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named kind of infection: no use for every infection
        ("Maribavir for CMV\n\nMaribavir is used to treat CMV infection after a transplant.", set()),
        (
            "Nitrofurantoin\n\nNitrofurantoin is an antibiotic used for bladder infections.",
            {("nitrofurantoin", "isA", "antibiotic", False, "Asserted")},
        ),
        # denied for a named kind: no denial for every infection
        ("Mesna\n\nMesna is not a treatment for a kidney infection.", set()),
        # the bare word stays, asserted and denied
        (
            "Cefalexin\n\nCefalexin is an antibiotic that treats infections.",
            {
                ("antibiotic", "treats", "infections", False, "Asserted"),
                ("cephalexin", "isA", "antibiotic", False, "Asserted"),
            },
        ),
        ("Mesna\n\nMesna is not a treatment for infections.", {("mesna", "treats", "infections", True, "Asserted")}),
        # a kind before "kind of" and a kind word before the head
        ("Siponimod for MS\n\nSiponimod is a treatment for the active progressive kind of MS.", set()),
        ("Tildrakizumab\n\nTildrakizumab treats moderate to severe plaque psoriasis.", set()),
        # "the cancer" the text is about, in a positive use
        ("Olaparib for ovarian cancer\n\nOlaparib works on the cancer cells that are left after chemotherapy.", set()),
        # hedged: the named kind goes, the bare word stays with its hedge
        ("Maribavir for CMV\n\nMaribavir may help with CMV infection after a transplant.", set()),
        (
            "Fidaxomicin\n\nFidaxomicin may help with infections.",
            {("fidaxomicin", "treats", "infections", False, "Possible")},
        ),
        # another drug's use of a named kind: none of the document's drug, none of every infection
        ("Fidaxomicin for C. diff\n\nVancomycin is also used for C. diff infection.", set()),
        # a heading naming the kind: no use
        (
            "Fidaxomicin\n\n## Treating a C. diff infection\n\nFidaxomicin is a tablet.",
            {("fidaxomicin", "hasFormulation", "tablet", False, "Asserted")},
        ),
        # a question names no use
        ("Cefalexin\n\nDoes cefalexin treat a chest infection?", set()),
    ],
)
def test_broad_use_precision(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_definite_head_kept_when_denied():
    u = Unit("It does not treat the infection itself.", [(22, 31, "infections", "Disease")])
    f = [Found("x", "treats", "infections", "treats-cue", True)]
    assert broad_uses_dropped(u, f) == f
    assert broad_uses_dropped(u, [Found("x", "treats", "infections", "treats-cue")]) == []
