"""Decision 1010: the document's drug of a title-less text. One drug named by two names side by side is counted once;
of drugs named freely equally often (at least twice each), the one that opens two sentences more, else the only one a
heading names, else the one the first sentence naming any of them names alone, else 0949's opening. The sentences and
documents are invented."""

from collections import Counter

import pytest
from extracting import rule_claims

from graph_build.text.document_drugs import document_drug
from graph_build.text.recognise import Mention

claims = rule_claims


def focus(text: str, *names: str) -> str | None:
    """The document's drug of `text`, its drugs the one-letter capitals `names` (each mention a Drug)."""
    ms = [Mention(n, n + 1, text[n].lower(), text[n], "t") for n in range(len(text)) if text[n] in names]
    ms = [m for m in ms if (m.start == 0 or not text[m.start - 1].isalpha()) and not text[m.end].isalpha()]
    return document_drug(text, ms, {name.lower(): "Drug" for name in names}).focus


FLECAINIDE = "Dear Sam,\n\nThe clinic has started me on flecainide for the fluttering in my chest. "
BUTYL = "Dear Jo,\n\nThe chemist sold me butylscopolamine ({other}) for my tummy cramps. "
AMITRIPTYLINE = (
    "\n\nI'm also on amitriptyline at night. Amitriptyline adds to the dry mouth, so the chemist said to go easy "
    "mixing them.\nLove, Meg\n"
)
DRY_MOUTH = ("butylscopolammonium-bromide", "hasAdverseEffect", "xerostomia", False, "Asserted", "rule:adverse-give")
NO_WITHDRAWAL = ("butylscopolammonium-bromide", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")

CASES = [
    # the letter's drug introduced first, a partner named freely as often and opening one sentence: the letter's
    # half-life and denied withdrawal (before: the partner's half-life, the partner opening one sentence more)
    # (decision 1124: flecainide named twice, no title - not sure, so both band claims by "it" are referred)
    (
        FLECAINIDE + "It has a half-life of about fourteen hours. There's no withdrawal when I stop it.\n\nNobody may "
        "give me ritonavir while I'm on it, because that pushes the level of flecainide up. Ritonavir is used for HIV."
        "\nLove, Ann\n",
        {
            (
                "flecainide",
                "hasPharmacokineticValue",
                "elimination-half-life",
                False,
                "Asserted",
                "rule:value-range-referred",
            ),
            ("flecainide", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted", "rule:withdrawal-referred"),
            ("flecainide", "interactsWith", "ritonavir", False, "Asserted", "rule:combined-with"),
        },
    ),
    # one drug under two names side by side, a partner named twice: the drug named under two names is the letter's
    # (before: its denied withdrawal only referred, the partner counted first; decision 1124: the drug is named once,
    # no title - not sure, so the denial by "it" is referred again, and were the partner the letter's drug the denial
    # would now move to it: the owner still tells the two apart)
    (
        BUTYL.format(other="scopolamine butylbromide") + "It can give you a dry mouth. There's no withdrawal when "
        "you stop it." + AMITRIPTYLINE,
        {DRY_MOUTH, (*NO_WITHDRAWAL, "rule:withdrawal-referred")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_two_names_side_by_side_count_once():
    """ "A (B)": one drug named twice, as often as C; the text introduces A first."""
    assert focus("Note\nI take A (B) daily. Avoid C with A. C is strong. Bye.", "A", "B", "C") == "a"
    # the other name also named apart: two drugs, C named more often than either
    assert focus("Note\nI take A (B) daily. C helps. C is strong. C is new. B is old.", "A", "B", "C") == "c"
    # two drugs offered as alternatives, not one drug's names: "A or B", "A, or B?"
    assert focus("Note\nI take A or B daily. I keep C. I like C.", "A", "B", "C") == "c"
    assert focus("Note\nShould I take A, or B? I keep C. I like C.", "A", "B", "C") == "c"
    # "also known as", "on the box": one drug's two names, as often as C and introduced first
    assert focus("Note\nI take A, also known as B. I keep C. I like C.", "A", "B", "C") == "a"
    assert focus("Note\nI take A, B on the box. I keep C. I like C.", "A", "B", "C") == "a"


def test_a_tie_is_broken_by_where_the_drugs_are_named():
    # the first sentence naming either names A alone (A introduced, B opening one sentence more)
    assert focus("Note\nI take A now. Avoid B as it raises A. B is an antibiotic.", "A", "B") == "a"
    # a heading names B alone: B's part of the text
    assert focus("Note\nI take A now.\nWHAT B IS. B lowers it. Keep A cool.", "A", "B") == "b"
    # B opens two sentences more than A: B is what the text is about (0949)
    assert focus("Note\nI take A now. B helps. B is strong. I avoid A.", "A", "B") == "b"
    # the first sentence names both: 0949's opening decides
    assert focus("Note\nI take A and B. B helps. I avoid A.", "A", "B") == "b"
    # no tie: A named freely more often
    assert focus("Note\nI take B now. A helps. A is strong. A is new. B is old.", "A", "B") == "a"


def test_counts_are_unchanged():
    """The counts `dominant` and `leading` read stay each name's own (the merged count only chooses the drug)."""
    text = "Note\nI take A (B) daily. Avoid C with A. C is strong."
    ms = [Mention(text.index(x), text.index(x) + 1, x.lower(), x, "t") for x in ("A", "B")]
    ms += [Mention(n, n + 1, "c", "C", "t") for n in (text.index("C w"), text.index("C is"))]
    ms += [Mention(text.index("A."), text.index("A.") + 1, "a", "A", "t")]
    ms.sort(key=lambda m: m.start)
    chosen = document_drug(text, ms, {"a": "Drug", "b": "Drug", "c": "Drug"})
    assert (chosen.focus, chosen.drugs) == ("a", Counter(a=2, b=1, c=2))
