"""Decision 1016: five readings of an illness's signs that said more or the opposite of the text. "Y is inflammation
of the eye", "Y is an overgrowth of yeast", "Y is an autoimmune condition" say what process the illness is (its
genus), no sign a patient has, and no kind of that process either; "Y is chest pain brought on by effort" still
defines Y by its sign. A negation inside an object relative clause right after a sign ("a rash that the creams didn't
help, aching joints and fever") is that clause's own, as a subject relative clause's is (decision 0871); after a verb
("found that it does not cause A, B or C") the clause is a complement and its denial reaches the whole list. "Without
trying" says how weight was lost and denies nothing after it. "The signs were A, B and C" has no owner that is
itself one of A, B and C; after a sentence about the medicine's side effects, "Some people get A" is its effect, no
sign of the illness. Each case asserts the whole set of claims the short text gives: (subject, predicate,
object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.negation import _negated_noun_relatives
from graph_build.text.relate_sentence_rules import genus_of_illness

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the process an illness is: no sign, no kind
        (
            "Chloramphenicol drops for conjunctivitis\n\nConjunctivitis is inflammation of the thin lining of the eye.",
            set(),
        ),
        ("Nystatin for oral thrush\n\nOral thrush is an overgrowth of yeast in the mouth.", set()),
        (
            "Ruxolitinib cream for vitiligo\n\nVitiligo is an autoimmune condition in which the skin loses its colour.",
            set(),
        ),
        # near miss: an illness defined by the sign it is keeps its sign
        (
            "Glyceryl trinitrate for angina\n\nAngina is chest pain brought on by effort.",
            {("angina-pectoris", "hasPhenotype", "chest-pain", False, "Asserted")},
        ),
        # a negated object relative clause after a sign denies only that clause
        (
            "Hydroxychloroquine for lupus\n\nMy aunt has lupus. Her first signs were a rash that the creams didn't "
            "help, aching joints and fever.",
            {
                ("systemic-lupus-erythematosus", "hasPhenotype", "exanthema", False, "Asserted"),
                ("systemic-lupus-erythematosus", "hasPhenotype", "arthralgia", False, "Asserted"),
                ("systemic-lupus-erythematosus", "hasPhenotype", "fever", False, "Asserted"),
            },
        ),
        # near miss: the same clause with no negation
        (
            "Hydroxychloroquine for lupus\n\nMy aunt has lupus. Her first signs were a rash that the creams helped, "
            "aching joints and fever.",
            {
                ("systemic-lupus-erythematosus", "hasPhenotype", "exanthema", False, "Asserted"),
                ("systemic-lupus-erythematosus", "hasPhenotype", "arthralgia", False, "Asserted"),
                ("systemic-lupus-erythematosus", "hasPhenotype", "fever", False, "Asserted"),
            },
        ),
        # near miss: a denial before the sign reaches the whole list, past a relative clause of its own
        (
            "Hydroxychloroquine for lupus\n\nHydroxychloroquine does not cause a rash that you would notice, fever "
            "or headache.",
            {
                ("hydroxychloroquine", "hasAdverseEffect", "exanthema", True, "Asserted"),
                ("hydroxychloroquine", "hasAdverseEffect", "fever", True, "Asserted"),
                ("hydroxychloroquine", "hasAdverseEffect", "headache", True, "Asserted"),
            },
        ),
        # near miss: a complement "that" after a verb: its denial reaches the whole list
        (
            "Hydroxychloroquine for lupus\n\nDoctors found that hydroxychloroquine does not cause headache, dizziness "
            "or nausea.",
            {
                ("hydroxychloroquine", "hasAdverseEffect", "headache", True, "Asserted"),
                ("hydroxychloroquine", "hasAdverseEffect", "dizziness", True, "Asserted"),
                ("hydroxychloroquine", "hasAdverseEffect", "nausea", True, "Asserted"),
            },
        ),
        # "without trying" denies nothing after it
        (
            "Imatinib for leukaemia\n\nMy uncle has leukaemia. His first signs were weight loss without trying, night "
            "sweats and nosebleeds.",
            {
                ("leukemia", "hasPhenotype", "weight-loss", False, "Asserted"),
                ("leukemia", "hasPhenotype", "night-sweats", False, "Asserted"),
                ("leukemia", "hasPhenotype", "epistaxis", False, "Asserted"),
            },
        ),
        (
            "Imatinib for leukaemia\n\nLeukaemia can cause weight loss without trying, night sweats and nosebleeds.",
            {
                ("leukemia", "hasPhenotype", "weight-loss", False, "Asserted"),
                ("leukemia", "hasPhenotype", "night-sweats", False, "Asserted"),
                ("leukemia", "hasPhenotype", "epistaxis", False, "Asserted"),
            },
        ),
        # the owner itself among the listed signs: the signs of something else
        (
            "Isavuconazole for aspergillosis\n\nHe had a fever for a week. The signs were a fever, a dry cough and "
            "chest pain.",
            set(),
        ),
        # near miss: the illness the story's person has owns the list, its fever among the signs
        (
            "Artemether for malaria\n\nMy brother has malaria. The signs were a fever that came and went, a dry "
            "cough and chest pain.",
            {
                ("malaria", "hasPhenotype", "fever", False, "Asserted"),
                ("malaria", "hasPhenotype", "nonproductive-cough", False, "Asserted"),
                ("malaria", "hasPhenotype", "chest-pain", False, "Asserted"),
            },
        ),
        # after a sentence about the medicine's side effects, "Some people get A" is the medicine's, no sign
        (
            "Palbociclib for breast cancer\n\nI have breast cancer. The main side effect is a low white blood cell "
            "count, so I catch things easily. Some people get diarrhoea or feel sick.",
            {
                ("palbociclib", "hasAdverseEffect", "diarrhea", False, "Occasional"),
                ("palbociclib", "hasAdverseEffect", "nausea", False, "Occasional"),
            },
        ),
        # near miss: under a heading that asks about the illness, the same opening gives its signs
        (
            # (decision 1044: "breast cancer" is HPO's Breast carcinoma, class Symptom, now, whose heading gives no
            # signs; an illness the disease package names keeps the case)
            "Cetuximab for bowel cancer\n\n## What is bowel cancer?\n\nBowel cancer often shows as a lump. Some "
            "people also notice a change in the nipple or a rash.",
            {("intestinal-neoplasms", "hasPhenotype", "exanthema", False, "Occasional")},
        ),
    ],
)
def test_signs_1016(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_genus_of_illness():
    assert genus_of_illness("Y is inflammation of the gut.", (5, 17, "inflammation", "Symptom"))
    assert genus_of_illness("Y is an overgrowth of yeast.", (8, 18, "overgrowth", "Symptom"))
    assert not genus_of_illness("Y is chest pain brought on by effort.", (5, 15, "chest-pain", "Symptom"))
    assert not genus_of_illness("Y is a painful rash.", (15, 19, "exanthema", "Symptom"))


def test_object_relatives_need_a_mention_before_that():
    tokens = ["a", "fever", "that", "the", "pills", "did", "n't", "touch", ",", "a", "cough", "."]
    assert _negated_noun_relatives(tokens, frozenset({2})) == [(2, 8)]
    assert _negated_noun_relatives(tokens) == []
    complement = ["we", "found", "that", "it", "does", "not", "cause", "fever", ",", "a", "cough", "."]
    assert _negated_noun_relatives(complement, frozenset({5})) == []
