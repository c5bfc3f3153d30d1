"""Decision 0836: falsehood classes of sealed35-38's one measurement (part B), fixed in general (exact claim sets on
invented sentences with other drugs, conditions and wording than the sets')."""

from __future__ import annotations

from extracting import polarity_claims


def test_a_condition_left_untreated_over_years_is_no_drug(lexicon) -> None:
    text = (
        "Valsartan is used to treat high blood pressure. High blood pressure rarely gives symptoms. Left untreated "
        "for many years, it causes heart attacks and strokes."
    )
    assert {c for c in polarity_claims(text, lexicon) if c[0] == "valsartan"} == {
        ("valsartan", "treats", "hypertension", False, False),
    }


def test_if_it_is_not_treated_the_it_is_the_condition(lexicon) -> None:
    text = "Ramipril is used to treat high blood pressure. If it is not treated, it can cause strokes."
    assert {c for c in polarity_claims(text, lexicon) if c[0] == "ramipril"} == {
        ("ramipril", "treats", "hypertension", False, False),
    }


def test_a_drug_that_causes_something_stays_its_cause(lexicon) -> None:
    text = "Ramipril is used to treat high blood pressure. Over the first weeks, it can cause a dry cough."
    assert {c for c in polarity_claims(text, lexicon) if c[0] == "ramipril"} == {
        ("ramipril", "treats", "hypertension", False, False),
        ("ramipril", "hasAdverseEffect", "nonproductive-cough", False, False),
    }


def test_a_lowered_amount_is_the_antecedent_of_which(lexicon) -> None:
    text = (
        "Lithium is used for bipolar disorder. It can lower the level of potassium in the blood, which can cause "
        "muscle weakness."
    )
    claims = polarity_claims(text, lexicon)
    assert not any(c[0] == "potassium" for c in claims)
    assert ("lithium", "hasAdverseEffect", "hypokalemia", False, False) in claims


def test_a_class_called_by_another_class_name_is_that_class(lexicon) -> None:
    text = "Tramadol must not be combined with the older antidepressants known as MAOIs."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "interactsWith"} == {
        ("tramadol", "interactsWith", "monoamine-oxidase-inhibitor", False, False),
    }
    text = "Selegiline must never be taken together with the older antidepressants called tricyclic antidepressants."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "interactsWith"} == {
        ("selegiline", "interactsWith", "tricyclic-antidepressant", False, False),
    }


def test_a_class_in_an_opening_comparison_owns_no_value(lexicon) -> None:
    text = (
        "Lamotrigine is used for epilepsy. Unlike some older epilepsy medicines, it only needs to be taken once a "
        "day, because it leaves the body slowly: its half-life is about 30 hours."
    )
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "hasPharmacokineticValue"} == {
        ("lamotrigine", "hasPharmacokineticValue", "elimination-half-life", False, False),
    }


def test_a_drug_that_opens_its_clause_is_the_topic_over_another_drug_as_object(lexicon) -> None:
    text = (
        "Gliclazide is used to treat type 2 diabetes. Most people start on metformin, and gliclazide is added to it "
        "when metformin alone has not brought the sugar down far enough. It is taken once a day. It comes as tablets "
        "of several strengths.\n\nIt is not insulin, and it is not a treatment for type 1 diabetes."
    )
    claims = polarity_claims(text, lexicon)
    assert ("gliclazide", "hasFormulation", "tablet", False, False) in claims
    assert ("gliclazide", "treats", "type-1-diabetes-mellitus", True, False) in claims
    # (decision 0841: "Most people start on metformin" after the sentence stating the one use is metformin's use of
    # it, as the golds write it; the "It" of the later sentences is still gliclazide)
    assert not any(c[0] == "metformin" and c[1] == "hasFormulation" for c in claims)
    assert {c for c in claims if c[0] == "metformin" and c[1] == "treats"} == {
        ("metformin", "treats", "type-2-diabetes-mellitus", False, False)
    }


def test_flashing_lights_that_set_off_an_attack_are_no_photopsia(lexicon) -> None:
    text = "Flashing lights can trigger migraines in some people, so the cinema avoids strobe effects."
    assert polarity_claims(text, lexicon) == set()
    assert polarity_claims("Seizures may be triggered by flashing lights.", lexicon) == set()


def test_flashing_lights_seen_stay_photopsia(lexicon) -> None:
    text = "Symptoms of a detached retina include:\n- blurred vision or flashing lights\n"
    assert {c[2] for c in polarity_claims(text, lexicon) if c[1] == "hasPhenotype"} >= {"photopsia"}


def test_foot_drop_is_a_sign_not_a_nerve_disease(lexicon) -> None:
    text = (
        "Baclofen is used in multiple sclerosis. Symptoms of multiple sclerosis include:\n- stiff legs\n- stumbling "
        "as the toes scrape the floor (foot drop)\n"
    )
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "hasPhenotype"} == {
        ("multiple-sclerosis", "hasPhenotype", "foot-dorsiflexor-weakness", False, False),
    }


def test_known_as_after_another_noun_names_that_noun_not_the_subjects_class(lexicon) -> None:
    text = "Tramadol must not be combined with the medicines known as MAOIs."
    assert polarity_claims(text, lexicon) == {
        ("tramadol", "interactsWith", "monoamine-oxidase-inhibitor", False, False),
    }
    assert polarity_claims("Phenelzine is known as an MAOI.", lexicon) == {
        ("phenelzine", "isA", "monoamine-oxidase-inhibitor", False, False),
    }
