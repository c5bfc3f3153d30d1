"""Decision 0979: the classes of polarity and certainty the development golds read otherwise. A use denied in plain
words reaches the examples of what it denies ("does nothing against other infections such as Y"), and "does nothing
against", "no use against", "no effect against" deny as "does nothing for" does; what people wrongly believe asserts
nothing ("people assume it is a Y", "is often mistaken for"; a myth stays framed_claims' denial), and its correction
(", but it is not", or "It isn't." opening the next sentence) is the denial; a hedge after a mention in a clause of
another subject ("the headaches she sometimes gets", "whatever you may have heard", ", and older men may ...") is that
subject's, not the claim's; "..., and some people may get Y" makes Y Occasional as the sentence-opening "Some people
may get Y" does. The sentences are invented; each case asserts every claim the document gives (subject, predicate,
object, negated, certainty)."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.negation import statuses


def claims(text: str, lexicon: dict) -> set[tuple[str, str, str, bool, str]]:
    doc = Document("case", "case", "case.txt", "", text + "\n", Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


CASES = [
    # (a) a use denied reaches the examples of the phrase it denies
    (
        "Aciclovir\n\nAciclovir is no use against bacterial infections like impetigo or cellulitis.",
        {
            ("acyclovir", "treats", "bacterial-infections", True, "Asserted"),
            ("acyclovir", "treats", "impetigo", True, "Asserted"),
            ("acyclovir", "treats", "cellulitis", True, "Asserted"),
            ("impetigo", "isA", "bacterial-infections", False, "Asserted"),
            ("cellulitis", "isA", "bacterial-infections", False, "Asserted"),
        },
    ),
    # ... never past a clause of its own: the use after "but it is used for" stays asserted
    (
        "Ibuprofen\n\nIbuprofen does nothing for headaches, but it is used for conditions such as gout.",
        {
            ("ibuprofen", "treats", "headache", True, "Asserted"),
            ("ibuprofen", "treats", "gout", False, "Asserted"),
        },
    ),
    # (b) a belief asserts nothing
    ("Ranitidine\n\nPeople often assume that ranitidine is an antibiotic.", set()),
    # ... a myth stays framed_claims' denial (decision 0810)
    (
        "Metformin\n\nIt is a myth that metformin causes weight gain.",
        {("metformin", "hasAdverseEffect", "weight-gain", True, "Asserted")},
    ),
    ("Atenolol\n\nAtenolol is often mistaken for a diuretic.", set()),
    # ... its correction in the same sentence is the denial
    (
        "Paracetamol\n\nMany people think paracetamol is an antibiotic, but it is not.",
        {("acetaminophen", "isA", "antibiotic", True, "Asserted")},
    ),
    # ... and so is a correction opening the next sentence
    (
        "Procainamide\n\nProcainamide treats heart rhythm problems. People sometimes assume it is a beta-blocker. "
        "It isn't; it belongs to a different group.",
        {
            ("procainamide", "treats", "cardiac-arrhythmias", False, "Asserted"),
            ("procainamide", "isA", "beta-blocker", True, "Asserted"),
        },
    ),
    # ... a next sentence that goes on to something else corrects nothing
    (
        "Procainamide\n\nProcainamide treats heart rhythm problems. People sometimes assume it is a beta-blocker. "
        "It is not used for angina.",
        {
            ("procainamide", "treats", "cardiac-arrhythmias", False, "Asserted"),
            ("procainamide", "treats", "angina-pectoris", True, "Asserted"),
        },
    ),
    # ... "contrary to popular belief" opens the truth
    (
        "Metformin\n\nContrary to popular belief, metformin does not cause weight gain.",
        {("metformin", "hasAdverseEffect", "weight-gain", True, "Asserted")},
    ),
    # ... a belief of experts stays the hedge Believed
    (
        "Atenolol\n\nAtenolol is thought to work by blocking beta receptors.",
        {("atenolol", "bindsTo", "beta-adrenergic-receptor", False, "Believed")},
    ),
    # (c) a hedge in another subject's clause after the mention is that subject's
    (
        "Loratadine\n\nLoratadine is no use for the headaches she sometimes gets.",
        {("loratadine", "treats", "headache", True, "Asserted")},
    ),
    (
        "Paracetamol\n\nParacetamol is not a painkiller for nerve pain, whatever you may have heard.",
        {("acetaminophen", "treats", "neuropathic-pain", True, "Asserted")},
    ),
    (
        "Clotrimazole\n\nClotrimazole is an azole antifungal, like the creams you may have used before.",
        {("clotrimazole", "isA", "azole-antifungal", False, "Asserted")},
    ),
    # (d) some of the people opening a later clause with a modal: their effects are Occasional (frequency_modals)
    (
        "Orlistat\n\nOrlistat causes oily stools, and some people may also get wind or tummy pain.",
        {
            ("orlistat", "hasAdverseEffect", "flatulence", False, "Occasional"),
            ("orlistat", "hasAdverseEffect", "abdominal-pain", False, "Occasional"),
        },
    ),
    # ... the claim's own modal still hedges it
    ("Metformin\n\nMetformin may cause diarrhoea.", {("metformin", "hasAdverseEffect", "diarrhea", False, "Possible")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected


def verdict(sentence: str, mention: str) -> tuple[bool, str, bool]:
    start = sentence.index(mention)
    status = statuses(sentence, [(start, start + len(mention))])[0]
    return status.negated, status.certainty, status.absent


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("It does nothing against other infections such as gonorrhoea.", "gonorrhoea", (True, "Asserted", False)),
        ("It does nothing against infections like flu, colds and measles.", "measles", (True, "Asserted", False)),
        ("It has no effect against fungi such as candida.", "candida", (True, "Asserted", False)),
        ("It has no effect on pain and treats conditions such as gout.", "gout", (False, "Asserted", False)),
        ("People sometimes assume it is a beta-blocker.", "beta-blocker", (False, "Asserted", True)),
        ("You might think it is a beta-blocker, but it isn't.", "beta-blocker", (True, "Asserted", False)),
        ("Some people believe it is a beta-blocker, but it is used for angina.", "angina", (False, "Asserted", False)),
        ("It is not, as many people think, a beta-blocker.", "beta-blocker", (True, "Asserted", False)),
        ("It is not, as many think, a beta-blocker.", "beta-blocker", (True, "Asserted", False)),
        ("It is a beta-blocker, as many people think.", "beta-blocker", (False, "Asserted", False)),
        ("It is no use for the attacks he sometimes gets.", "attacks", (True, "Asserted", False)),
        ("It isn't a sedative like the pills your parents may take.", "sedative", (True, "Asserted", False)),
        ("Headache may occur in the first week.", "Headache", (False, "Possible", False)),
        # (e) a modal after ", and" and a group of people with its adjective is the group's clause's
        (
            "A few people get dry eyes, and older men may find it harder to pass urine.",
            "dry eyes",
            (False, "Asserted", False),
        ),
        (
            "It may cause dry eyes, and older men may find it harder to pass urine.",
            "dry eyes",
            (False, "Possible", False),
        ),
        ("It may cause a headache that you notice.", "headache", (False, "Possible", False)),
    ],
)
def test_statuses(sentence: str, mention: str, expected: tuple[bool, str, bool]) -> None:
    assert verdict(sentence, mention) == expected
