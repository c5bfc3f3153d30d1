"""Decision 1002: two lay shapes of an interaction whose drug is often named only as "It". "It adds to the drowsiness
of A", "X can add to the sleepiness caused by A" (effect-of: the shared effect named for what it is, the drowsiness,
sleepiness or sedation of a partner), and "It must never be doubled up with A" (combined-with: a warning against
two of a kind together, as "must not be given with" is). Near misses: a denial keeps its negation, a hedge its
certainty, a drowsiness of no medicine ("of the evening") and a question say nothing, "can be doubled up with" is no
warning, and a dose doubled up is no partner. Each case asserts the whole set of claims of the short text: (subject,
predicate, object, negated, certainty, rule). The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text`: (subject, predicate, object, negated, certainty, rule)."""
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {
        (c.subject, c.predicate, c.object, c.negated, c.certainty, c.evidence[0].method)
        for c in extract_document(doc, lexicon).claims
    }


CLEMASTINE = "Clemastine for hay fever\n\nClemastine is taken twice a day.\n\n"
ETODOLAC = "Etodolac for arthritis\n\nEtodolac is taken twice a day.\n\n"
EFFECT, COMBINED = "rule:effect-of", "rule:combined-with"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CLEMASTINE + "It adds to the sleepiness of diazepam.",
            {("clemastine", "interactsWith", "diazepam", False, "Asserted", EFFECT)},
        ),
        # hedged: the modal's certainty
        (
            CLEMASTINE + "It may add to the drowsiness of diazepam.",
            {("clemastine", "interactsWith", "diazepam", False, "Possible", EFFECT)},
        ),
        (
            CLEMASTINE + "Clemastine can add to the drowsiness caused by diazepam.",
            {("clemastine", "interactsWith", "diazepam", False, "Asserted", EFFECT)},
        ),
        # denied: the negation stays
        (
            CLEMASTINE + "It does not add to the drowsiness of diazepam.",
            {("clemastine", "interactsWith", "diazepam", True, "Asserted", EFFECT)},
        ),
        # a drowsiness of no medicine, and a question
        (CLEMASTINE + "It adds to the drowsiness of the evening.", set()),
        (CLEMASTINE + "Does it add to the drowsiness of diazepam?", set()),
        # two other drugs: their own pair, not the document's drug
        (
            CLEMASTINE + "Diazepam adds to the sleepiness of zopiclone.",
            {("diazepam", "interactsWith", "zopiclone", False, "Asserted", EFFECT)},
        ),
        # a warning against doubling up: asserted, each partner of the list
        (
            ETODOLAC + "It must never be doubled up with aspirin or naproxen.",
            {
                ("etodolac", "interactsWith", "aspirin", False, "Asserted", COMBINED),
                ("etodolac", "interactsWith", "naproxen", False, "Asserted", COMBINED),
            },
        ),
        # a question, a leave and a doubled dose: nothing
        (ETODOLAC + "Should it be doubled up with aspirin?", set()),
        (ETODOLAC + "It can be doubled up with paracetamol.", set()),
        (ETODOLAC + "The dose should not be doubled up after a missed one.", set()),
    ],
)
def test_added_drowsiness_and_doubled_up(lexicon, text, expected):
    assert claims(text, lexicon) == expected
