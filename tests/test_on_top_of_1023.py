"""Decision 1023: "on top of" as "with" where the text warns against the pair or names its harm: "A on top of it makes
you (very) drowsy", "B on top of it may make you drowsy", "C should not be taken on top of it", "A on top of B raises
the risk of bleeding". The pronoun after "on top of" is the drug in focus though its clause goes on. Taken or used
"on top of" another treatment alone is add-on treatment, no interaction. The sentences and documents are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text`: (subject, predicate, object, negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


DRUG = "# Mianserin notes\n\nMianserin is taken once a day. "

CASES = [
    # the harm after the pair, the drug as "it": asserted, or hedged by the clause's modal
    (
        DRUG + "Alcohol on top of it makes you very drowsy.\n",
        {("mianserin", "interactsWith", "alcohol", False, "Asserted")},
    ),
    (
        DRUG + "Diazepam on top of it may make you drowsy.\n",
        {("mianserin", "interactsWith", "diazepam", False, "Possible")},
    ),
    # a warning against the pair
    (
        DRUG + "Ibuprofen should not be taken on top of it.\n",
        {("mianserin", "interactsWith", "ibuprofen", False, "Asserted")},
    ),
    # another drug's pair is that pair
    (
        DRUG + "Warfarin on top of aspirin raises the risk of bleeding.\n",
        {("warfarin", "interactsWith", "aspirin", False, "Asserted")},
    ),
    # add-on treatment, no harm named: no interaction
    (DRUG + "Metformin is taken on top of insulin.\n", set()),
    (DRUG + "It is used on top of other treatments.\n", set()),
    # a question and a heading assert nothing
    (DRUG + "Is alcohol on top of it dangerous?\n", set()),
    ("# Mianserin notes\n\nMianserin is taken once a day.\n\n## Alcohol on top of it\n\nAsk your pharmacist.\n", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
