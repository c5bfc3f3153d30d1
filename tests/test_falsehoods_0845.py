"""Decision 0845: falsehoods of sealed43-46's measurement (decision 0844) about whose claim it is, fixed in general
(exact claim sets on invented sentences with other drugs, conditions and wording than the sets'; "quorbinex" is an
invented name no vocabulary knows)."""

from __future__ import annotations

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.recognise import recognise


def _claims(lexicon: dict, text: str) -> set[tuple]:
    doc = Document("d", "D", "d.txt", "", text, Path("d.txt"))
    return {(c.subject, c.predicate, c.object, c.negated, c.hedged) for c in extract_document(doc, lexicon).claims}


UNKNOWN = """WALKING CLUB NEWS - AUTUMN

Our treasurer, Anne, asked us to explain why she sits down at the tea stop. She has lupus and takes quorbinex, an \
immune-calming tablet, every morning.

Quorbinex blocks an enzyme in white blood cells. It can cause headaches and nausea.

Quorbinex is not given to people with kidney disease. Some heart medicines, such as digoxin, also interact with it.
"""


def test_a_drug_no_vocabulary_knows_is_the_documents_drug_under_its_own_name(lexicon) -> None:
    # (before: digoxin, named once in passing, was the document's drug and took the side effects)
    assert _claims(lexicon, UNKNOWN) == {
        ("quorbinex", "contraindicatedIn", "kidney-diseases", False, False),
        ("quorbinex", "hasAdverseEffect", "headache", False, False),
        ("quorbinex", "hasAdverseEffect", "nausea", False, False),
    }
    mentions, new = recognise(UNKNOWN, lexicon)
    assert new["quorbinex"].cls == "Drug" and new["quorbinex"].exact == ()  # (no identifier is invented)
    assert sum(m.slug == "quorbinex" for m in mentions) == 3


SALT = """# Notes for the choir

Jane takes medroxyprogesterone acetate for heavy periods. Medroxyprogesterone can cause headaches and weight gain.

Medroxyprogesterone is not given to people with liver disease. Its half-life is about 12 hours.
Medroxyprogesterone does not interact with paracetamol.
"""


def test_the_base_name_a_text_repeats_is_its_own_drug_not_the_salts_identifier(lexicon) -> None:
    assert _claims(lexicon, SALT) == {
        ("medroxyprogesterone-acetate", "treats", "menorrhagia", False, False),  # (the text names the salt there)
        ("medroxyprogesterone", "contraindicatedIn", "liver-disease", False, False),
        ("medroxyprogesterone", "hasAdverseEffect", "headache", False, False),
        ("medroxyprogesterone", "hasAdverseEffect", "weight-gain", False, False),
        ("medroxyprogesterone", "hasPharmacokineticValue", "elimination-half-life", False, False),
        ("medroxyprogesterone", "interactsWith", "acetaminophen", True, False),
    }


def test_a_word_named_once_or_never_as_a_medicine_is_no_drug(lexicon) -> None:
    text = "Ben takes quorbinex daily. Quorbinex is fine. Quorbinex helps him."  # (never said to be a medicine)
    assert "quorbinex" not in recognise(text, lexicon)[1]
    text = "He takes quorbinex, a new tablet. It helps."  # (named once)
    assert "quorbinex" not in recognise(text, lexicon)[1]
    text = "Swimming is a good medicine. Swimming helps. Swimming is free, and swimming is fun."  # (an English word)
    assert "swimming" not in recognise(text, lexicon)[1]
    text = "Tell Quorbinex, a new member, about the rota. Quorbinex is kind. Quorbinex helps."  # (never lower case)
    assert "quorbinex" not in recognise(text, lexicon)[1]


def test_a_drug_named_once_in_passing_is_never_the_documents_drug(lexicon) -> None:
    text = (
        "WALKING CLUB NEWS\n\nOur treasurer, Anne, has lupus and takes a new immune treatment every morning.\n\n"
        "It blocks an enzyme in white blood cells. It can cause headaches and nausea.\n\n"
        "Some heart medicines, such as digoxin, also interact with it.\n"
    )
    assert {c for c in _claims(lexicon, text) if c[0] == "digoxin" and c[1] != "isA"} == set()
    text = "CLUB NEWS\n\nAnne takes digoxin for her heart. It can cause nausea.\n"  # (named once, as what she takes)
    assert ("digoxin", "hasAdverseEffect", "nausea", False, False) in _claims(lexicon, text)
