"""Decision 1032: a top-band claim whose owner is only "it" / "its" / "the tablet" keeps its band rule only where a
careful reader is sure whose it is. A title-less text naming two drugs once each, the tie broken by nothing but which
is named first, and a reference resolved to the document's drug while the sentences before left another drug in focus
(a person's other medicine, a drug started beside it, a list item) give the rule's referred shape (below the band).
The texts are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.document_drugs import document_drug
from graph_build.text.recognise import recognise

claims = rule_claims

CARERS = "Notes for the carers\n\nGran takes mirtazapine for her low mood. Mirtazapine helps her sleep. "
HALF = ("mirtazapine", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted")

CASES = [
    # a title-less tie of one mention each, broken by nothing: the value's "The tablet" is no band owner
    (
        "Dear members,\n\nMy hip was bad for years. I rubbed in diclofenac gel for a while, then the clinic gave me "
        "etoricoxib tablets. The tablet half-life is about a day, so one a day is enough.\n",
        {
            ("diclofenac", "hasFormulation", "gel", False, "Asserted", "rule:form-compound"),
            (
                "diclofenac",
                "hasPharmacokineticValue",
                "elimination-half-life",
                False,
                "Asserted",
                "rule:value-range-referred",
            ),
        },
    ),
    # the same tie, the second drug introduced as the one given ("tablets called B"): the text's drug, sure
    (
        "Dear members,\n\nMy hip was bad for years. I rubbed in diclofenac gel for a while, then the clinic gave me "
        "tablets called etoricoxib. The tablet half-life is about a day, so one a day is enough.\n",
        # (named once, no title: the text's drug, but not sure - the referred shape since decision 1124)
        {
            (
                "etoricoxib",
                "hasPharmacokineticValue",
                "elimination-half-life",
                False,
                "Asserted",
                "rule:value-range-referred",
            )
        },
    ),
    # ... or "started her on B"
    (
        "Dear members,\n\nShe used to rub in diclofenac gel. Then the GP started her on etoricoxib. "
        "It does not interact with paracetamol.\n",
        {("etoricoxib", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # must not change: the tie broken by counts; the gel named before the value is no medicine the person is said to
    # take or be given ("I rubbed in B gel"), so "The tablet" stays the document's drug's
    (
        "Dear members,\n\nMy hip was bad for years. The clinic gave me tablets called etoricoxib. Etoricoxib is "
        "strong. Before that I rubbed in diclofenac gel. The tablet half-life is about a day.\n",
        # (named twice, no title: not sure, decision 1124)
        {
            (
                "etoricoxib",
                "hasPharmacokineticValue",
                "elimination-half-life",
                False,
                "Asserted",
                "rule:value-range-referred",
            )
        },
    ),
    # a body substance named on its own before "Its" is no medicine of its own
    (
        CARERS + "It lowers how much noradrenaline is taken back up. Less noradrenaline is cleared. "
        "Its half-life is about 35 hours.\n",
        {(*HALF, "rule:value-range-referred")},  # (mirtazapine named twice, no title: not sure, decision 1124)
    ),
    # a person's other medicine named between the document's drug and "Its"
    (
        CARERS + "Her husband takes amlodipine. Its half-life is about 35 hours.\n",
        {(*HALF, "rule:value-range-referred")},
    ),
    # ... and "The tablet"
    (
        CARERS + "Her husband takes amlodipine. The tablet has a half-life of about 35 hours.\n",
        {(*HALF, "rule:value-range-referred")},
    ),
    # a drug started beside it, then "The tablet": the partner's, referred as before (decision 0957); a denial moves
    # to the document's drug unless that drug is a tie's guess (decision 1124), but not past a drug the sentences
    # before named as taken where the document's drug is not sure (decision 1122's guard, kept on merging)
    (
        CARERS + "The GP also started her on omeprazole for her stomach. The tablet does not interact with warfarin.\n",
        {("omeprazole", "interactsWith", "warfarin", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # a list item naming another drug above the "It" (the same guard)
    (
        CARERS + "Her other medicines:\n- omeprazole for her stomach\n- It does not interact with warfarin.\n",
        {("omeprazole", "interactsWith", "warfarin", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # the partner named beside the document's own "The tablets" - "Its" is no other drug's, but the document's drug,
    # named twice with no title, is not sure (decision 1124)
    (
        CARERS + "The tablets do not interact with paracetamol. Its half-life is about a day.\n",
        {
            (*HALF, "rule:value-range-referred"),
            ("mirtazapine", "interactsWith", "acetaminophen", True, "Asserted", "rule:interaction-denied-referred"),
        },
    ),
    # must not change: the document's drug named again after the other medicine
    (
        CARERS + "Her husband takes amlodipine. Stopping mirtazapine suddenly can cause withdrawal symptoms.\n",
        {("mirtazapine", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted", "rule:withdrawal")},
    ),
    # must not change: a heading naming the document's drug gives "Its" back to it
    (
        CARERS + "Her husband takes amlodipine.\n\n## Mirtazapine\n\nIts half-life is about a day.\n",
        {(*HALF, "rule:value-range")},
    ),
    # a question states no value
    (CARERS + "Her husband takes amlodipine. Does its half-life last about 35 hours?\n", set()),
    # another drug stopped in the sentence before: the partner's "it", referred (0957)
    (
        CARERS + "She stopped taking diazepam last year. Stopping it suddenly can cause withdrawal symptoms.\n",
        {("diazepam", "hasWithdrawalEffect", "withdrawal-syndrome", False, "Asserted", "rule:withdrawal-referred")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_a_tie_of_one_mention_each_is_a_guess(lexicon):
    text = "Dear members,\n\nI rubbed in diclofenac gel, then the clinic gave me etoricoxib tablets.\n"
    mentions, new = recognise(text, lexicon)
    classes = {**{s: e.cls for s, e in lexicon.items()}, **{s: e.cls for s, e in new.items()}}
    chosen = document_drug(text, mentions, classes)
    assert (chosen.focus, chosen.tied) == ("diclofenac", True)
    once_more = text + "Etoricoxib works well.\n"
    mentions, new = recognise(once_more, lexicon)
    assert document_drug(once_more, mentions, classes).tied is False
    called = text.replace("etoricoxib tablets", "tablets called etoricoxib")
    mentions, new = recognise(called, lexicon)
    chosen = document_drug(called, mentions, classes)
    assert (chosen.focus, chosen.tied) == ("etoricoxib", False)
