"""Decision 0945: "People with Y cannot take it" and "..., and neither / nor can anyone with Z" forbid the drug as
"must not take it" does; "Nobody who has had Y should take X" forbids it to the group "nobody" names; "reacted
(badly) to B" makes B an allergen, never the drug a prohibition in the same sentence is about nor the drug in focus
after it. The sentences are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document

LEAFLET = "Apixaban\n\nApixaban is taken twice a day.\n\n"


def claims(sentence: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    """Every claim the leaflet with `sentence` after its opening states: (subject, predicate, object, negated,
    certainty)."""
    doc = Document("case", "case", "case.txt", "", LEAFLET + sentence + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


def contra(*objects: str) -> set[tuple[str, str, str, bool, str]]:
    return {("apixaban", "contraindicatedIn", o, False, "Asserted") for o in objects}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "cannot / can't take / have / use it": who may not take the drug
        ("People with severe liver disease cannot take it.", contra("liver-disease")),
        # (a condition's own "not" denies nothing)
        (
            "People whose high blood pressure is not under control cannot take it.",
            {("apixaban", "contraindicatedIn", "hypertension", False, "Asserted")},
        ),
        ("Anyone who has had a stroke can't have it either.", contra("stroke")),
        ("You cannot take it if you have ever had an allergic reaction to it.", contra("apixaban-hypersensitivity")),
        # ... and the group after "and neither / nor can" is forbidden it too
        (
            "People with severe liver disease cannot take it, and neither can anyone allergic to it.",
            contra("liver-disease", "apixaban-hypersensitivity"),
        ),
        (
            "Women who are pregnant can't use it, and nor can anybody with severe kidney disease.",
            contra("pregnant-women", "kidney-diseases"),
        ),
        # ("and neither should anyone allergic to it": the allergy right after the group, as after "for anyone")
        (
            "People with severe liver disease should not take it, and neither should anyone allergic to it.",
            contra("liver-disease", "apixaban-hypersensitivity"),
        ),
        # never: people it does not suit, a condition of the reader's, a combination, a question, a time limit
        ("It is kept for people who cannot take warfarin.", set()),
        ("If you cannot take it because of a stomach ulcer, your doctor will offer another medicine.", set()),
        ("You cannot take it with a grapefruit.", set()),
        ("Who cannot take it?", set()),
        # ... nor a denied prohibition
        ("Breastfeeding does not mean that you cannot take it.", set()),
        ("There is no reason why people with asthma can't use it.", set()),
        ("Children cannot take it for more than five days.", set()),
        # "Nobody who has had Y should take X": the group "nobody" names
        ("Nobody who has ever had bleeding in the brain should take apixaban.", contra("intracranial-hemorrhages")),
        ("No one with severe liver disease should be given it.", contra("liver-disease")),
        ("Nobody who is allergic to apixaban should take it again.", contra("apixaban-hypersensitivity")),
        (
            "Nobody who is pregnant should use it, and it is not given to anyone with a bleeding disorder.",
            contra("pregnant-women", "hemorrhage"),
        ),
        # ... never without the group and the taking
        ("Nobody should stop it without talking to their doctor.", set()),
        ("Nobody with atrial fibrillation should go without it.", set()),
        ("Nobody who has a stroke should wait before calling 999.", set()),
        # "reacted (badly) to B": B is the allergen, the prohibition is the drug's
        ("Anyone who has reacted badly to aspirin before must avoid it.", contra("aspirin-hypersensitivity")),
        ("Anyone who is allergic to aspirin must not take it.", contra("aspirin-hypersensitivity")),
        ("Nobody who is allergic to aspirin should take it.", contra("aspirin-hypersensitivity")),
        # ... and no topic: the list under "Who must not have it?" stays the drug's after a bullet naming B
        (
            "Who must not have it?\n\n- anyone who has reacted badly to aspirin\n- anyone with severe liver disease",
            contra("aspirin-hypersensitivity", "liver-disease"),
        ),
    ],
)
def test_who_cannot_take_it(sentence: str, expected: set, lexicon: dict) -> None:
    assert claims(sentence, lexicon) - claims("", lexicon) == expected
