"""Decision 0973: a "Who must not take it?" heading answered by a sentence with no verb of its own names who must
not take the drug, as its bullets do; "It is never given to Y", "It isn't started in Y", "Nor is it given to Y",
"Nor should it be used by Y" forbid the drug as "It is not given to Y" does; a plain group named only to carry its
condition ("Children with Y", "babies who are allergic to it", "Women taking it") is not itself forbidden it. The
sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

LEAFLET = "Apixaban\n\nApixaban is taken twice a day.\n\n"


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """Every claim the leaflet with `text` after its opening states: (subject, predicate, object, negated,
    certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def contra(*objects: str) -> set[tuple[str, str, str, bool, str]]:
    return {("apixaban", "contraindicatedIn", o, False, "Asserted") for o in objects}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless answer under the question: its groups' conditions
        ("Who must not take it?\n\nAnyone allergic to apixaban.", contra("apixaban-hypersensitivity")),
        (
            "WHO CAN'T HAVE IT?\n\nPeople with epilepsy, and anyone who has had a stroke.",
            contra("seizure-disorder", "stroke"),
        ),
        (
            "## Who shouldn't use it?\n\nNobody who has had an allergic reaction to it. It must not be used by people "
            "with asthma.",
            contra("apixaban-hypersensitivity", "asthma"),
        ),
        (
            "Who should not take it?\n\nOnly people allergic to it, as far as I know.",
            contra("apixaban-hypersensitivity"),
        ),
        # an answer with a verb of its own says its own thing: a caution, an allowance
        ("Who should not take it?\n\nPeople with severe liver disease are watched more closely.", set()),
        ("Who should not take it?\n\nChildren under four shouldn't have the adult tablets.", set()),
        (
            "Who should not take it?\n\nPeople with asthma can take it, but should ask first.",
            {("apixaban", "contraindicatedIn", "asthma", True, "Asserted")},
        ),
        # another question: no prohibition
        ("Who can take it?\n\nAnyone with epilepsy.", set()),
        ("What is it used for?\n\nPeople with atrial fibrillation.", set()),
    ],
)
def test_verbless_answers(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "never given to", "isn't started in": who may not have it
        ("It is never given to people with epilepsy.", contra("seizure-disorder")),
        ("It is never given to children under two.", contra("children")),
        ("It isn't started in people with epilepsy.", contra("seizure-disorder")),
        # (a meal, a use, a time: no one forbidden)
        ("It is never taken with meals.", set()),
        ("It should never be used for headaches.", {("apixaban", "treats", "headache", True, "Asserted")}),
        ("It is not started until the bleeding has stopped.", set()),
        # "nor is it given to", "nor should it be used by": the inverted prohibition
        (
            "It is not for people with epilepsy. Nor is it given to anyone who has had a stroke.",
            contra("seizure-disorder", "stroke"),
        ),
        (
            "It must not be taken by people with asthma. Nor should it be used by anyone who has had a stroke.",
            contra("asthma", "stroke"),
        ),
        # ("nor is it a treatment / used for Y" denies a use, as before)
        (
            "It is not for people with epilepsy. Nor is it a treatment for headaches.",
            contra("seizure-disorder") | {("apixaban", "treats", "headache", True, "Asserted")},
        ),
        (
            "It is not used for headaches. Nor is it used for migraine.",
            {
                ("apixaban", "treats", "headache", True, "Asserted"),
                ("apixaban", "treats", "migraine-disorders", True, "Asserted"),
            },
        ),
    ],
)
def test_never_and_nor(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group carries the condition: only the condition is forbidden
        ("Children with epilepsy must not take it.", contra("seizure-disorder")),
        ("It should not be given to babies who are allergic to it.", contra("apixaban-hypersensitivity")),
        ("Children and adults with severe liver disease should not take it.", contra("liver-disease")),
        ("Women taking it must not get pregnant.", set()),
        # a group by its age, or named plainly, is forbidden
        ("Children under 12 should not take it.", contra("children")),
        (
            "It is not recommended for children, and women who are pregnant should not take it.",
            contra("children", "pregnant-women"),
        ),
    ],
)
def test_qualified_groups(text, expected, lexicon):
    assert claims(text, lexicon) == expected
