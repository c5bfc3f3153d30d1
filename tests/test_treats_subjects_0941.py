"""Decision 0941: the drug that opens a sentence is what a later "it" of a use in that sentence refers to; a relative
clause of use may name its taker ("paracetamol, which Dennis took for the fever"); "cured" of a food is no cure; a
bare "it is not a cure" before a break denies no use of what the break names. The sentences are invented; each case
asserts every claim the document gives (subject, predicate, object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.opening_subjects import opening_subject
from graph_build.text.units import Unit


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the opening drug's use, not the drug an earlier sentence left in focus
        (
            "Ramipril for high blood pressure\n\nRamipril lowers blood pressure. Pindolol is a beta blocker, and "
            "doctors also prescribe it for angina.\n",
            {
                ("ramipril", "decreases", "blood-pressure", False, "Asserted"),
                ("pindolol", "isA", "beta-blocker", False, "Asserted"),
                ("pindolol", "treats", "angina-pectoris", False, "Asserted"),
            },
        ),
        (
            "Primaquine for malaria\n\nPrimaquine treats malaria. Paracetamol does not interact with primaquine, so "
            "he can take it for a headache.\n",
            {
                ("primaquine", "treats", "malaria", False, "Asserted"),
                ("primaquine", "interactsWith", "acetaminophen", True, "Asserted"),
                ("acetaminophen", "treats", "headache", False, "Asserted"),
            },
        ),
        # an "it" before the later clause already names the drug in focus: the later "it" is that drug too
        (
            "Ramipril for angina\n\nRamipril is used for angina. Warfarin is often taken with it, and most people "
            "take it for angina for years.\n",
            {("ramipril", "treats", "angina-pectoris", False, "Asserted")},
        ),
    ],
)
def test_opening_subject_of_a_later_use(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_opening_subject_is_strict():
    t = "Pindolol is a beta blocker, and doctors also prescribe it for angina."
    ms = [(0, 8, "pindolol", "Drug"), (64, 70, "angina", "Disease")]
    assert opening_subject(Unit(t, ms), t.index(" it ") + 1, {"Drug"}) == "pindolol"
    # no later clause: the pronoun is resolved as before
    t = "Pindolol is what doctors prescribe it for."
    assert opening_subject(Unit(t, [(0, 8, "pindolol", "Drug")]), t.index(" it ") + 1, {"Drug"}) is None
    # a list of two drugs opening the sentence, no single subject
    t = "Pindolol and atenolol are beta blockers, and doctors prescribe it for angina."
    ms = [(0, 8, "pindolol", "Drug"), (13, 21, "atenolol", "Drug")]
    assert opening_subject(Unit(t, ms), t.index(" it ") + 1, {"Drug"}) is None
    # a drug named in the later clause before the pronoun is nearer
    t = "Pindolol is a beta blocker, so when atenolol fails doctors give it for angina."
    ms = [(0, 8, "pindolol", "Drug"), (36, 44, "atenolol", "Drug")]
    assert opening_subject(Unit(t, ms), t.index(" it ") + 1, {"Drug"}) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named taker
        (
            "It does not interact with paracetamol, which Dennis took for the fever.",
            {("acetaminophen", "treats", "fever", False, "Asserted")},
        ),
        # a denial or no condition in the clause: no use
        ("It does not interact with paracetamol, which Dennis no longer takes for the fever.", set()),
        ("It does not interact with paracetamol, which Dennis took for granted.", set()),
    ],
)
def test_relative_use_with_a_named_taker(sentence, expected, lexicon):
    got = claims(f"Levofloxacin for pneumonia\n\n{sentence}\n", lexicon)
    assert got == expected | {("levofloxacin", "interactsWith", "acetaminophen", True, "Asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cured" of a food names what is eaten
        (
            "Phenelzine for depression\n\nPhenelzine treats depression. Eaten with it, cured meats and mature cheese "
            "can send the blood pressure soaring.\n",
            {("phenelzine", "treats", "depression", False, "Asserted")},
        ),
        # a cure of a condition is read as before
        (
            "Amoxicillin for chest infections\n\nAmoxicillin cured her chest infection in a week.\n",
            {("amoxicillin", "treats", "respiratory-tract-infections", False, "Asserted")},
        ),
        # a bare "not a cure" before a break: the condition after the break is no denied use
        (
            "Balsalazide for colitis\n\nBalsalazide is used for ulcerative colitis. It is not a cure: the colitis is "
            "still there, simply kept quiet.\n",
            {("balsalazide", "treats", "ulcerative-colitis", False, "Asserted")},
        ),
        # a denial of treatment after it keeps its denied use
        (
            "Balsalazide for colitis\n\nBalsalazide is used for ulcerative colitis. It is not a cure, and it is not a "
            "treatment for gout.\n",
            {
                ("balsalazide", "treats", "ulcerative-colitis", False, "Asserted"),
                ("balsalazide", "treats", "gout", True, "Asserted"),
            },
        ),
    ],
)
def test_cured_food_and_bare_cure_denial(text, expected, lexicon):
    assert claims(text, lexicon) == expected
