"""Decision 0949: a drug or class named in passing owns none of the claims of the drug a text is about. A class
named only after a withdrawal mention is not what was stopped; a class in a closed apposition ("A, the tuberculosis
antibiotic,") describes A and is no second partner; a drug that "can make it work less well" or is "a different
tablet, B" leaves the pronoun's referent in focus, as does the document's drug named as what B does not interact
with or whose level B lowers; a drug "added" after one started on is the new topic; of two drugs named equally
often the text is about the one its sentences open with. The documents are invented."""

from pathlib import Path

import pytest

from graph_build.read import Document
from graph_build.text.extract import extract_document


def claims(text: str, lexicon: dict) -> set[tuple]:
    """Every claim the extractor reads in `text`: (subject, predicate, object, negated, certainty)."""
    doc = Document("case", "case", "case.txt", "", text, Path("case.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.certainty) for c in extract_document(doc, lexicon).claims}


CASES = [
    # the withdrawal is the pronoun's drug's, not the class a later relative clause names
    (
        "Notes from the walking group\n\nZolmitriptan is taken at the start of a migraine. When I stopped taking it"
        " over the summer there were no withdrawal symptoms, and it does not cause the headaches that come from using"
        " painkillers too often.\n",
        {("zolmitriptan", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")},
    ),
    # must not change: a class the sentence names as what is stopped, with no subject before the mention
    (
        "Hay fever notes\n\nThere are no withdrawal symptoms when antihistamines are stopped.\n",
        {("antihistamine", "hasWithdrawalEffect", "withdrawal-syndrome", True, "Asserted")},
    ),
    # a class in apposition glosses the agent before it
    (
        "# Apixaban and other medicines\n\n## Interactions\n- Erythromycin, the chest infection antibiotic, raises the"
        " amount of apixaban in the blood.\n- Phenytoin, an anticonvulsant, lowers it.\n",
        {
            ("apixaban", "interactsWith", "erythromycin", False, "Asserted"),
            ("apixaban", "interactsWith", "phenytoin", False, "Asserted"),
            ("phenytoin", "isA", "antiepileptic-drug", False, "Asserted"),
        },
    ),
    # must not change: a class in a plain list is a partner of its own
    (
        "# Apixaban and other medicines\n\n## Interactions\n- Erythromycin, antacids and grapefruit juice can raise its"
        " level.\n",
        {
            ("apixaban", "interactsWith", "erythromycin", False, "Asserted"),
            ("apixaban", "interactsWith", "antacid", False, "Asserted"),
            ("apixaban", "interactsWith", "grapefruit-juice", False, "Asserted"),
        },
    ),
    # "B can make it work less well": "it" stays the drug in focus for the next sentence
    (
        "Choir newsletter\n\nMargaret takes apixaban to thin her blood. St John's wort can make it work less well. It"
        " does not interact with paracetamol.\n",
        {
            ("apixaban", "interactsWith", "st-johns-wort", False, "Asserted"),
            ("apixaban", "interactsWith", "acetaminophen", True, "Asserted"),
        },
    ),
    # "a different tablet, B" names another drug than the one in focus
    (
        "Allotment society notice\n\nThe doctor gave me naproxen for the gout attack. It does not lower uric acid."
        " Lowering the uric acid is a job for a different tablet, allopurinol, which is taken every day. And it is not"
        " an antibiotic.\n",
        {
            ("naproxen", "treats", "gout", False, "Asserted"),
            ("naproxen", "isA", "antibiotic", True, "Asserted"),
        },
    ),
    # the document's drug named as what another does not interact with, or whose level it lowers, stays in focus
    (
        "Sailing club notice\n\nBrian takes dabigatran for his heart rhythm. Paracetamol does not interact with"
        " dabigatran, so he can take it for a sore back. It interacts with some antifungal medicines, so he asks the"
        " pharmacist first.\n",
        {
            ("dabigatran", "interactsWith", "acetaminophen", True, "Asserted"),
            ("dabigatran", "interactsWith", "antifungal-agent", False, "Asserted"),
        },
    ),
    # (not as what another drug does to its level: "Ketoconazole raises the level of apixaban. It also raises the
    # level of simvastatin." speaks of ketoconazole, decision 0926's cases; `topic`'s doctest)
    (
        "Sailing club notice\n\nBrian takes dabigatran for his heart rhythm. Rifampicin lowers the level of dabigatran,"
        " so he avoids it.\n",
        {("dabigatran", "interactsWith", "rifampin", False, "Asserted")},
    ),
    # "his doctor added B" after "started on A": the drug added is the new topic
    (
        "Darts league notice\n\nPete started on metformin, and last year his doctor added sitagliptin. It is a small"
        " tablet, taken once a day. It can cause a blocked nose.\n",
        {
            ("sitagliptin", "hasFormulation", "tablet", False, "Asserted"),
            ("sitagliptin", "hasAdverseEffect", "nasal-congestion", False, "Asserted"),
        },
    ),
    # two drugs named twice each: the one a sentence opens with is the text's
    (
        "Bowls club notice\n\nMy doctor started me on lisinopril, and when lisinopril alone was not enough she added"
        " indapamide. Indapamide makes the kidneys pass more salt. Its half-life is about fourteen hours.\n",
        {("indapamide", "hasPharmacokineticValue", "elimination-half-life", False, "Asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_drug_named_in_passing_owns_nothing(text, expected, lexicon):
    assert claims(text, lexicon) == expected
