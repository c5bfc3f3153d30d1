"""Decision 0954: five classes of a denial or a hedge read where the sentence puts none. A contraction's letter before
a full stop ("I won't.") ends the sentence, so its denial does not run into the next; a denial before a colon does
not reach a new clause of a named subject and a verb of doing ("...: haloperidol left him stiff"); a reaction named
after "instead of" / "rather than" in a contrast of reactions is no claim; a denial limited to one condition and taken
back by an elided verb (", but with B it can") is an asserted effect; a stopping condition without its comma, a
duration ("for a few minutes"), and "but that's rare" are read as the golds read them. The sentences are invented;
each case asserts every claim the document gives (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.segment import segment

SIDE = "Promethazine for allergies\n\nPromethazine is an antihistamine taken at night.\n\nSide effects\n\n"
TIMOLOL = "Timolol eye drops\n\nTimolol is a beta-blocker eye drop for glaucoma.\n\nSIDE EFFECTS\n"


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def test_a_contractions_full_stop_ends_the_sentence() -> None:
    texts = [s.text for s in segment("No, I won't. Stopping it can cause sweating. He said it's. Dr. Jones agreed.")]
    assert texts == ["No, I won't.", "Stopping it can cause sweating.", "He said it's.", "Dr. Jones agreed."]
    # an initial still does not end one
    assert [s.text for s in segment("It was found by J. Smith in 1990.")] == ["It was found by J. Smith in 1990."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the answer's denial stays in its own sentence
        (
            "Olanzapine\n\nWill you ever stop it?\n\nNo, I won't. Stopping it all at once can cause sweating and bad "
            "sleep.\n",
            {("olanzapine", "hasWithdrawalEffect", "hyperhidrosis", False, "Asserted")},
        ),
        # a denial before a colon, then a new clause of a named subject and a verb of doing
        (
            "Quetiapine for schizophrenia\n\nHe changed to quetiapine after two others didn't suit him: haloperidol "
            "left him stiff and shaky.\n",
            {("haloperidol", "hasAdverseEffect", "tremor", False, "Asserted")},
        ),
        # a list after a colon keeps the instruction's reading (avoid_advice's)
        (
            "Quetiapine\n\nDo not take quetiapine with: alcohol, sleeping tablets or codeine.\n",
            {
                ("quetiapine", "interactsWith", "alcohol", False, "Asserted"),
                ("quetiapine", "interactsWith", "codeine", False, "Asserted"),
                ("quetiapine", "interactsWith", "hypnotic", False, "Asserted"),
            },
        ),
        # the reaction expected and not had is no claim; the one had is
        (
            SIDE + "Some children become agitated rather than drowsy on it.\n",
            {
                ("promethazine", "hasAdverseEffect", "agitation", False, "Occasional"),
                ("promethazine", "isA", "antihistamine", False, "Asserted"),
            },
        ),
        (
            SIDE + "Promethazine can make you sleepy. A few children become restless and excitable instead of "
            "sleepy.\n",
            {
                ("promethazine", "hasAdverseEffect", "somnolence", False, "Asserted"),
                ("promethazine", "isA", "antihistamine", False, "Asserted"),
            },
        ),
        # no reaction: "rather than" denies the place, as before
        (
            "Dimenhydrinate\n\nIt acts on the brain rather than on the stomach.\n",
            {
                ("dimenhydrinate", "actsOn", "brain", False, "Asserted"),
                ("dimenhydrinate", "actsOn", "stomach", True, "Asserted"),
            },
        ),
        # a stopping condition without its comma; the concessive clause's hedge is its own
        (
            "Cyproheptadine\n\nIf Sam has to stop cyproheptadine before a trip there are no withdrawal effects, though "
            "the itch may come back.\n",
            {("cyproheptadine", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")},
        ),
        (
            "Cyproheptadine\n\nIf Sam stops cyproheptadine there may be no withdrawal effects.\n",
            {("cyproheptadine", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Possible")},
        ),
        # how long an effect lasts is no frequency; some of the people is
        (
            TIMOLOL + "- blurred vision for a few minutes after the drops go in\n- headache for some hours\n"
            "- a dry mouth in a few people\n",
            {
                ("timolol", "hasAdverseEffect", "blurred-vision", False, "Asserted"),
                ("timolol", "hasAdverseEffect", "headache", False, "Asserted"),
                ("timolol", "hasAdverseEffect", "xerostomia", False, "Occasional"),
                ("timolol", "isA", "beta-blocker", False, "Asserted"),
            },
        ),
        # "but that's rare", "though this is rare": the frequency, over an assertion or a modal
        (
            "Selexipag\n\nSide effects\n\nA rash is possible too, but that's rare.\n",
            {("selexipag", "hasAdverseEffect", "exanthema", False, "Occasional")},
        ),
        (
            "Selexipag\n\nSide effects\n\nA rash may appear, though this is rare.\n",
            {("selexipag", "hasAdverseEffect", "exanthema", False, "Occasional")},
        ),
        # a denial for one condition taken back for another by an elided verb
        (
            "Rosiglitazone for diabetes\n\nOn its own rosiglitazone won't cause hypos, but with a sulfonylurea it "
            "can.\n",
            {("rosiglitazone", "hasAdverseEffect", "hypoglycemia", False, "Asserted")},
        ),
        (
            "Rosiglitazone for diabetes\n\nAlone, rosiglitazone does not cause low blood sugar, but taken with insulin "
            "it may.\n",
            {("rosiglitazone", "hasAdverseEffect", "hypoglycemia", False, "Possible")},
        ),
        # a "but" clause with a verb of its own, or another subject, takes nothing back
        (
            "Rosiglitazone for diabetes\n\nRosiglitazone doesn't cause hypos, but it can cause weight gain.\n",
            {
                ("rosiglitazone", "hasAdverseEffect", "hypoglycemia", True, "Asserted"),
                ("rosiglitazone", "hasAdverseEffect", "weight-gain", False, "Asserted"),
            },
        ),
        (
            "Rosiglitazone for diabetes\n\nRosiglitazone doesn't cause hypos, but metformin can.\n",
            {("rosiglitazone", "hasAdverseEffect", "hypoglycemia", True, "Asserted")},
        ),
    ],
)
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
