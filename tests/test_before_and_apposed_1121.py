"""Decision 1121: run 21's owners, post-run. A drug named as the medicine that came before the one a text is about
("first put me on B", "The first tablet I had was B", "used after B has stopped working", "B didn't work") is named
in passing and no longer outnumbers the drug the text is about; a denied partner glossed by its kind and then named
with "the" ("with my blood pressure tablet, the ramipril") is the drug, not its class. The texts are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.document_drugs import document_drug, in_passing
from graph_build.text.extract import _glue_names, _tables_of
from graph_build.text.normalise import normalise
from graph_build.text.recognise import recognise

LETTER = "Dear neighbours,\n\n"
APIXABAN = LETTER + "Apixaban is my new tablet. "


def focus_of(text: str, lexicon: dict) -> str | None:
    norm = normalise(text, _glue_names(lexicon)).text
    mentions, new = recognise(norm, lexicon)
    classes = {**_tables_of(lexicon)[0], **{slug: e.cls for slug, e in new.items()}}
    return document_drug(norm, mentions, classes).focus


FOCUS = [
    # the drug named as the one given first, then replaced: the text's drug is the one taken now
    (LETTER + "My doctor first put me on metformin, but metformin didn't work. I now take gliclazide.\n", "gliclazide"),
    (
        LETTER
        + "The first tablet I had was omeprazole, but omeprazole didn't work. Lansoprazole is what I take now.\n",
        "lansoprazole",
    ),
    (
        LETTER
        + "I take lansoprazole now. It is used after omeprazole has stopped working. Omeprazole did too little.\n",
        "lansoprazole",
    ),
    # must not change: a drug named as taken now, more often, stays the text's drug
    (LETTER + "I take omeprazole. Omeprazole works well. I also take lansoprazole.\n", "omeprazole"),
    (LETTER + "I take omeprazole. Omeprazole works well. After omeprazole I take lansoprazole.\n", "omeprazole"),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS)
def test_document_drug(text, expected, lexicon):
    assert focus_of(text, lexicon) == expected


def test_in_passing_before():
    t = "It is used after B has stopped working. B didn't work. B works. I moved from B. I take B."
    starts = [t.index("B"), t.index("B didn"), t.index("B works"), t.index("B. I take"), t.rindex("B")]
    assert [in_passing(t, n, n + 1) for n in starts] == [True, True, False, True, False]


# (decision 1124: apixaban named once, no title - not sure, so each denial by "It" is interaction-denied-referred; the
# partners are what these cases test)
DENIED = "rule:interaction-denied-referred"

APPOSED = [
    # the partner glossed by its kind, then named with "the": the drug only
    (
        APIXABAN + "It doesn't interact with my blood pressure tablet, the ramipril, or with my omeprazole.\n",
        {
            ("apixaban", "interactsWith", "ramipril", True, "Asserted", DENIED),
            ("apixaban", "interactsWith", "omeprazole", True, "Asserted", DENIED),
        },
    ),
    # must not change: named without "the" (decision 0992)
    (
        APIXABAN + "It doesn't interact with my blood pressure tablet, ramipril.\n",
        {("apixaban", "interactsWith", "ramipril", True, "Asserted", DENIED)},
    ),
    # the gloss followed by no drug: the class stays the partner
    (
        APIXABAN + "It doesn't interact with my blood pressure tablet, the white one.\n",
        {("apixaban", "interactsWith", "antihypertensive-agent", True, "Asserted", DENIED)},
    ),
    # a question denies nothing
    (APIXABAN + "Does it interact with my blood pressure tablet, the ramipril?\n", set()),
    # a hedged interaction is no denial: left to the rules of possible interactions
    (
        APIXABAN + "It may interact with my blood pressure tablet, the ramipril.\n",
        {
            ("apixaban", "interactsWith", "antihypertensive-agent", False, "Possible", "rule:combined-with"),
            ("apixaban", "interactsWith", "ramipril", False, "Possible", "rule:combined-with"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_apposed_partner(text, expected, lexicon):
    assert rule_claims(text, lexicon) == expected
