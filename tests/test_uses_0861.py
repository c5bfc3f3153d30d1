"""Decision 0861 (what a medicine is for and what it must not be mixed with, on new text): an abbreviation offered as
", or ABBR," and then used alone; "A is fine for Y" and "which are both fine for Y"; a medicine's use in an apposition
("Isoniazid, an antibiotic for tuberculosis,"); the medicines listed after a lead of what they do to the drug ("Some
medicines lower its level: A, B and C"). Invented sentences (other drugs, other conditions, other wording), exact
claim sets with polarity and hedging: any extra claim of the predicate would be a bug."""

from __future__ import annotations

import pytest
from extracting import polarity_claims

from graph_build.text.recognise import Mention, learn_abbreviations

T = "treats"
IX = "interactsWith"


def of(text: str, lexicon: dict, predicate: str) -> set[tuple]:
    return polarity_claims(text, lexicon, predicate)


def test_or_abbreviation_learned_from_its_initials() -> None:
    ms = [Mention(2, 24, "chronic-kidney-disease", "chronic kidney disease")]
    assert learn_abbreviations("A chronic kidney disease, or CKD, is common.", ms) == {"CKD": "chronic-kidney-disease"}
    assert learn_abbreviations("A chronic kidney disease (or CKD) is common.", ms) == {"CKD": "chronic-kidney-disease"}
    ms = [Mention(0, 22, "chronic-kidney-disease", "Chronic kidney disease")]
    assert learn_abbreviations("Chronic kidney disease, or CKD for short, is common.", ms) == {
        "CKD": "chronic-kidney-disease"
    }
    # (letters that are not the words' initials define nothing: "a nurse, or STOP to end")
    ms = [Mention(13, 18, "nurse", "nurse")]
    assert learn_abbreviations("Text HELP to nurse, or STOP to end.", ms) == {}


ABBREVIATION_CASES = [
    # the abbreviation, offered after ", or", is read where the text uses it alone
    (
        "Chronic kidney disease, or CKD, is common in older people. Dapagliflozin is now a first choice for CKD.",
        T,
        {("dapagliflozin", T, "chronic-kidney-disease", False, False)},
    ),
    (
        "Omeprazole is a proton pump inhibitor, or PPI for short. Esomeprazole is another PPI.",
        "isA",
        {
            ("omeprazole", "isA", "proton-pump-inhibitor", False, False),
            ("esomeprazole", "isA", "proton-pump-inhibitor", False, False),
        },
    ),
    # ... its denial too
    (
        "Chronic kidney disease, or CKD, is common. Ibuprofen is not a treatment for CKD.",
        T,
        {("ibuprofen", T, "chronic-kidney-disease", True, False)},
    ),
    # ... the defining sentence keeps one subject: the offered abbreviation is no second mention there
    ("A chronic kidney disease, or CKD, is a long-term illness.", "isA", set()),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), ABBREVIATION_CASES)
def test_or_abbreviation(text: str, predicate: str, expected: set, lexicon: dict) -> None:
    assert of(text, lexicon, predicate) == expected


FINE_FOR_CASES = [
    ("Aspirin is fine for a headache.", {("aspirin", T, "headache", False, False)}),
    (
        "Naproxen and diclofenac are fine for period pain.",
        {("naproxen", T, "dysmenorrhea", False, False), ("diclofenac", T, "dysmenorrhea", False, False)},
    ),
    # ... "which are (both) fine for Y": the medicines before the relative clause
    (
        "Cetirizine does not interact with aspirin or naproxen, which are both fine for a headache.",
        {("aspirin", T, "headache", False, False), ("naproxen", T, "headache", False, False)},
    ),
    # nothing: a pronoun or a demonstrative before the cue, who or what it suits, a denial
    ("Warfarin is a blood thinner. These are fine for headaches.", set()),
    ("Warfarin is a blood thinner. It is fine for people with asthma.", set()),
    ("Loratadine is fine for driving.", set()),
    ("Cetirizine does not interact with aspirin, which is not fine for a headache.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FINE_FOR_CASES)
def test_fine_for(text: str, expected: set, lexicon: dict) -> None:
    assert of(text, lexicon, T) == expected


APPOSITION_CASES = [
    (
        "Isoniazid, an antibiotic for tuberculosis, speeds up the breakdown of gliclazide.",
        {("isoniazid", T, "tuberculosis", False, False)},
    ),
    (
        "Colestipol, a powder for high cholesterol, binds it in the gut.",
        {("colestipol", T, "hypercholesterolemia", False, False)},
    ),
    # nothing: who it is for, not what; the condition not right after "for"
    ("Take ibuprofen, a painkiller for adults, with food.", set()),
    ("Take ibuprofen, a tablet for people with arthritis, with food.", set()),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_CASES)
def test_use_in_an_apposition(text: str, expected: set, lexicon: dict) -> None:
    assert of(text, lexicon, T) == expected


IMPLANT = "Etonogestrel is a contraceptive implant. "

LED_CASES = [
    # the pronoun's drug, each medicine of the list after its gloss
    (
        IMPLANT + "Some medicines make the liver clear it faster, and then it fails: the epilepsy medicine phenytoin, "
        "the antibiotic rifabutin and the herbal remedy St John's wort.",
        {
            ("etonogestrel", IX, "phenytoin", False, False),
            ("etonogestrel", IX, "rifabutin", False, False),
            ("etonogestrel", IX, "st-johns-wort", False, False),
        },
    ),
    # the drug by name in the lead, "are examples" after the list
    (
        "Certain medicines make the blood level of apixaban go up: clarithromycin and itraconazole are examples.",
        {("apixaban", IX, "clarithromycin", False, False), ("apixaban", IX, "itraconazole", False, False)},
    ),
    # ", among them": a class narrowed by "some" is no partner (decision 0847), the drug is
    (
        IMPLANT + "Medicines that speed up the liver can stop it working, among them rifabutin and some epilepsy "
        "medicines.",
        {("etonogestrel", IX, "rifabutin", False, False)},
    ),
    # "may" in the lead hedges
    (
        IMPLANT + "Some medicines may lower its level: phenytoin and rifabutin.",
        {("etonogestrel", IX, "phenytoin", False, True), ("etonogestrel", IX, "rifabutin", False, True)},
    ),
    # nothing: a lead with a negation, a lead naming no change of the drug, an item that is no medicine
    (IMPLANT + "Some medicines do not change its level: paracetamol and ibuprofen.", set()),
    (IMPLANT + "Some medicines are sold in shops: paracetamol and ibuprofen.", set()),
    (IMPLANT + "Some medicines lower its level: phenytoin and a diet high in fat.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LED_CASES)
def test_partners_after_a_lead(text: str, expected: set, lexicon: dict) -> None:
    assert of(text, lexicon, IX) == expected


PAINKILLER = "Tramadol is a strong painkiller. "

COMBINED_CASES = [
    # "combined with it": the pronoun's drug, as after "taken with it"; each drug of the coordination before
    (PAINKILLER + "Lorazepam must never be combined with it.", {("tramadol", IX, "lorazepam", False, False)}),
    (
        PAINKILLER + "Lorazepam and diazepam should not be combined with it.",
        {("tramadol", IX, "lorazepam", False, False), ("tramadol", IX, "diazepam", False, False)},
    ),
    # ... compatible: a denied interaction, as "can be taken with it"
    (PAINKILLER + "Paracetamol can be safely combined with it.", {("tramadol", IX, "acetaminophen", True, False)}),
    # ... a drug named after "combined with" stays that drug's
    (PAINKILLER + "It should not be combined with lorazepam.", {("tramadol", IX, "lorazepam", False, False)}),
]


@pytest.mark.parametrize(("text", "expected"), COMBINED_CASES)
def test_combined_with_it(text: str, expected: set, lexicon: dict) -> None:
    assert of(text, lexicon, IX) == expected


CONTRAST_CASES = [
    # "Unlike A, it does not <use verb> Y": the drug's use denied, A's stated
    (
        "Nimodipine protects the brain. Unlike ibuprofen, it does not relieve pain.",
        {("nimodipine", T, "pain", True, False), ("ibuprofen", T, "pain", False, False)},
    ),
    (
        "Omeprazole is not a painkiller. And unlike naproxen, it does not ease back pain.",
        {("omeprazole", T, "back-pain", True, False), ("naproxen", T, "back-pain", False, False)},
    ),
    # nothing of a quantified class ("some painkillers": some of them only) nor of an asserted main clause
    (
        "Omeprazole is not a painkiller. Unlike some painkillers, it does not ease back pain.",
        {("omeprazole", T, "back-pain", True, False)},
    ),
    (
        "Omeprazole is a tablet. Unlike naproxen, it is used for heartburn.",
        {("omeprazole", T, "heartburn", False, False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRAST_CASES)
def test_contrasted_use(text: str, expected: set, lexicon: dict) -> None:
    assert of(text, lexicon, T) == expected
