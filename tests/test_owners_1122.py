"""Decision 1122: owners. A denied withdrawal whose "it" went to another drug ("Paracetamol is fine for my knee.
There's no withdrawal if it's stopped") is the document's drug's, as a denied interaction is (decision 1042): the
letter's drug owns such denials unless it is a tie's guess (merged with decision 1124) - unless the sentences before
named the other drug as taken ("I still take paracetamol", "My husband takes diazepam") and the letter's drug is not
sure: then the "it" may be either and keeps its owner. The doubt stays shown (the rule's `-referred` name). A drug
named as other people's medicine ("if you're on B", "people on B"), one the writer is not on ("I'm not on B") or what
the drug was added on top of ("On top of my B, my consultant added A") is named in passing. The texts are invented."""

import pytest
from extracting import rule_claims

from graph_build.text.document_drugs import document_drug, in_passing
from graph_build.text.extract import _glue_names, _tables_of
from graph_build.text.normalise import normalise
from graph_build.text.recognise import recognise

LETTER = "Dear Sam,\n\n"
NEW = LETTER + "My new tablet is called lansoprazole. Lansoprazole has settled my stomach. "
FINE = NEW + "Paracetamol is fine for my knee. "
KNEE = NEW + "I still take paracetamol for my knee. "
FINE_FOR = ("acetaminophen", "treats", "knee-pain", False, "Asserted", "rule:fine-for")
FOR_KNEE = ("acetaminophen", "treats", "knee-pain", False, "Asserted", "rule:drug-for")
NO_WITHDRAWAL = ("hasWithdrawalEffect", "withdrawal-syndrome", True)

OWNED = [
    # the denied withdrawal whose "it" went to the paracetamol: the letter's drug's, its doubt shown
    (
        FINE + "There's no withdrawal if it's stopped.\n",
        {FINE_FOR, ("lansoprazole", *NO_WITHDRAWAL, "Asserted", "rule:withdrawal-referred")},
    ),
    # so too a denied interaction in a letter naming its drug twice (decision 1042 asked three mentions)
    (
        FINE + "It doesn't interact with ramipril.\n",
        {FINE_FOR, ("lansoprazole", "interactsWith", "ramipril", True, "Asserted", "rule:interaction-denied-referred")},
    ),
    # hedged: moved, and still hedged
    (
        FINE + "There may be no withdrawal if it's stopped.\n",
        {FINE_FOR, ("lansoprazole", *NO_WITHDRAWAL, "Possible", "rule:withdrawal-referred")},
    ),
    # must not change: a drug the sentence before names as taken ("I still take B", "My husband takes B") keeps the
    # denial where the letter's drug is named only twice - the "it" may be either, the doubt kept
    (
        KNEE + "There's no withdrawal if it's stopped.\n",
        {FOR_KNEE, ("acetaminophen", *NO_WITHDRAWAL, "Asserted", "rule:withdrawal-referred")},
    ),
    (
        KNEE + "It doesn't interact with ramipril.\n",
        {
            FOR_KNEE,
            ("acetaminophen", "interactsWith", "ramipril", True, "Asserted", "rule:interaction-denied-referred"),
        },
    ),
    (
        NEW + "My husband takes diazepam. There's no withdrawal if it's stopped.\n",
        {("diazepam", *NO_WITHDRAWAL, "Asserted", "rule:withdrawal-referred")},
    ),
    # must not change: a stated withdrawal may be the partner's and keeps its owner
    (
        FINE + "Stopping it suddenly can cause a headache.\n",
        {FINE_FOR, ("acetaminophen", "hasWithdrawalEffect", "headache", False, "Asserted", "rule:stopping-causes")},
    ),
    # must not change: a question denies nothing
    (FINE + "Is there no withdrawal if it's stopped?\n", {FINE_FOR}),
    # the letter's drug named once, the other named in passing ("fine for", decision 1112): no tie, so the denial is
    # the letter's drug's since the merge with decision 1124 (only a tie's guess keeps it), the doubt kept
    (
        LETTER + "My new tablet is called lansoprazole. Paracetamol is fine for my knee. "
        "There's no withdrawal if it's stopped.\n",
        {FINE_FOR, ("lansoprazole", *NO_WITHDRAWAL, "Asserted", "rule:withdrawal-referred")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_owned_denials(text, expected, lexicon):
    assert rule_claims(text, lexicon) == expected


def focus_of(text: str, lexicon: dict) -> str | None:
    norm = normalise(text, _glue_names(lexicon)).text
    mentions, new = recognise(norm, lexicon)
    classes = {**_tables_of(lexicon)[0], **{slug: e.cls for slug, e in new.items()}}
    return document_drug(norm, mentions, classes).focus


APIXABAN = LETTER + "The nurse started me on apixaban. Apixaban can cause nosebleeds. "
FOCUS = [
    # other people's medicine, named more often than the letter's drug
    (
        APIXABAN + "If you're on warfarin, tell her. People on warfarin need checks. I'm not on warfarin.\n",
        "apixaban",
    ),
    (
        APIXABAN + "Anyone who is taking warfarin should ask. Those on warfarin bleed more. I'm not on warfarin.\n",
        "apixaban",
    ),
    # what the letter's drug was added on top of
    (
        LETTER + "On top of my aspirin, my consultant added ticagrelor. It doesn't interact with my aspirin.\n",
        "ticagrelor",
    ),
    # must not change: a drug taken, named more freely, stays the text's drug
    (LETTER + "I take warfarin. Warfarin is old. People on apixaban bleed less.\n", "warfarin"),
    # must not change: "on" a condition, not a medicine, before another drug
    (LETTER + "I take warfarin. People on dialysis take apixaban. Warfarin is old.\n", "warfarin"),
]


@pytest.mark.parametrize(("text", "expected"), FOCUS)
def test_document_drug(text, expected, lexicon):
    assert focus_of(text, lexicon) == expected


def test_in_passing_others():
    t = "If you're on B, ask. People on B bleed. I'm not on B. She is on B. On top of that, he added B. On top of my B."
    starts = [i for i in range(len(t)) if t[i] == "B"]
    assert [in_passing(t, n, n + 1) for n in starts] == [True, True, True, False, False, True]
