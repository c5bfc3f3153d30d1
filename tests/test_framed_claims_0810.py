"""Decision 0810: clauses a sentence does not assert, and other readings a lead probe of invented sentences found
misread (exact claim sets; these sentences are not the probe's own, so the probe stays a check of the classes).

A myth or an untruth denies its clause; what other people worry or believe, a claim named to be judged and a use the
drug had in the past assert nothing; "without treatment" denies nothing; "not the only X that interacts" denies no
interaction; "suitable for people with Y" names no use; "works well for Y" does; "less useful for Y" does not.
"""

from __future__ import annotations

from extracting import markdown_claims, polarity_claims


def test_a_myth_or_an_untruth_denies_its_clause(lexicon) -> None:
    assert polarity_claims("It is a common myth that aspirin causes hair loss.", lexicon) == {
        ("aspirin", "hasAdverseEffect", "alopecia", True, False),
    }
    assert polarity_claims("It's simply not true that ibuprofen cures the common cold.", lexicon) == {
        ("ibuprofen", "treats", "common-cold", True, False),
    }
    # the sentence's turn ends the framed clause: what comes after it is the sentence's own
    assert polarity_claims("It is a myth that naproxen causes hair loss, but it can cause indigestion.", lexicon) == {
        ("naproxen", "hasAdverseEffect", "alopecia", True, False),
        ("naproxen", "hasAdverseEffect", "dyspepsia", False, False),
    }


def test_a_myth_of_a_denial_is_not_read_twice(lexicon) -> None:
    assert polarity_claims("It is a myth that paracetamol does not help back pain.", lexicon) == set()


def test_what_other_people_believe_is_not_asserted(lexicon) -> None:
    assert polarity_claims("Some parents worry that salbutamol causes tremor in children.", lexicon) == set()
    assert polarity_claims("You may have heard that atenolol causes weight gain.", lexicon) == set()
    assert polarity_claims(
        "Many patients believe that omeprazole causes headaches, but it can cause diarrhoea.", lexicon
    ) == {("omeprazole", "hasAdverseEffect", "diarrhea", False, False)}


def test_a_claim_named_to_be_judged_is_not_asserted(lexicon) -> None:
    assert polarity_claims("Claims that ginkgo prevents dementia are not supported by good trials.", lexicon) == set()
    assert polarity_claims("The idea that metformin causes hair loss is wrong.", lexicon) == set()


def test_a_use_the_drug_had_in_the_past_is_no_use(lexicon) -> None:
    assert polarity_claims("Phenobarbital was formerly prescribed for anxiety.", lexicon) == set()
    assert polarity_claims("Aspirin used to be given for fever in children.", lexicon) == set()
    # a present use beside it stays
    assert polarity_claims("Diazepam is used for muscle spasms.", lexicon) == {
        ("diazepam", "treats", "muscle-spasm", False, False),
    }


def test_without_treatment_denies_nothing(lexicon) -> None:
    assert polarity_claims("Without treatment, an underactive thyroid can cause depression.", lexicon) == {
        ("hypothyroidism", "causes", "depression", False, False),
    }


def test_not_the_only_one_that_interacts_denies_no_interaction(lexicon) -> None:
    text = "Clarithromycin is not the only antibiotic that interacts with simvastatin."
    assert polarity_claims(text, lexicon) == {("clarithromycin", "interactsWith", "simvastatin", False, False)}


def test_suitable_for_people_with_names_no_use(lexicon) -> None:
    assert polarity_claims("Neither codeine nor tramadol is suitable for people with severe asthma.", lexicon) == set()


def test_works_well_for_names_a_use_and_less_useful_for_does_not(lexicon) -> None:
    assert polarity_claims("Sumatriptan works well for migraine.", lexicon) == {
        ("sumatriptan", "treats", "migraine-disorders", False, False),
    }
    assert polarity_claims("Paracetamol works well for headache but is less useful for toothache.", lexicon) == {
        ("acetaminophen", "treats", "headache", False, False),
    }
    # a time, an amount or who it suits is no condition
    assert polarity_claims("Loratadine works for up to a day.", lexicon) == set()
    assert polarity_claims("Sertraline works for most people with depression.", lexicon) == set()


def test_an_electric_shock_is_no_circulatory_shock(lexicon) -> None:
    text = "Stopping paroxetine too quickly can cause electric shock sensations."
    assert {c[2] for c in polarity_claims(text, lexicon)} == set()
    assert polarity_claims("Severe bleeding can lead to shock.", lexicon) == {
        ("hemorrhage", "causes", "shock", False, False),
    }


def test_a_condition_named_as_the_context_of_a_change_is_no_object(lexicon) -> None:
    # (a use, since decisions 0891-0892: "used to calm" states what it is used for, once, with the condition named
    # as its context; never a use for dementia nor a change of it)
    text = "Lorazepam is sometimes used to calm severe agitation in dementia."
    assert {c for c in polarity_claims(text, lexicon) if c[1] in ("decreases", "treats")} == {
        ("lorazepam", "treats", "agitation", False, True),
    }
    text = "Colchicine is used to lower inflammation in people who keep having gout attacks."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "decreases" and c[2] == "gout"} == set()


def test_what_follows_by_and_a_verb_in_ing_is_the_means_own(lexicon) -> None:
    # the change cue must not read "decreases GABA" across "by ... boosting the effect of GABA"
    text = "Clobazam reduces seizures by boosting the effect of GABA."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "decreases"} == {
        ("clobazam", "decreases", "seizure", False, False),
    }
    text = "Phenytoin calms overactive nerve cells by blocking sodium channels and raising GABA."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "decreases"} == set()


def test_a_course_of_the_condition_is_no_whole_condition(lexicon) -> None:
    text = "Flecainide should not be taken by people with long-standing atrial fibrillation."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "contraindicatedIn"} == set()
    assert {c for c in polarity_claims("Digoxin is not used for paroxysmal AF.", lexicon) if c[1] == "treats"} == set()
    # the whole condition keeps its reading
    text = "Flecainide should not be taken by people with heart failure."
    assert polarity_claims(text, lexicon) == {("flecainide", "contraindicatedIn", "heart-failure", False, False)}


def test_the_harm_of_an_overdose_is_no_side_effect(lexicon) -> None:
    assert polarity_claims("An overdose of ibuprofen can cause kidney failure.", lexicon) == set()
    # a dose too high for the person stays a side effect, as the golds write it
    assert polarity_claims("Too much levothyroxine can cause palpitations.", lexicon) == {
        ("levothyroxine", "hasAdverseEffect", "palpitations", False, False),
    }


def test_a_list_item_that_opens_with_a_denial_states_no_effect(lexicon) -> None:
    text = "# Fexofenadine\n\n## Side effects\n\nSome people notice:\n\n- a headache\n- no drowsiness for most people\n"
    assert markdown_claims(lexicon, text) == {("fexofenadine", "hasAdverseEffect", "headache", False)}


def test_what_was_avoided_or_thought_in_the_past_is_not_asserted(lexicon) -> None:
    # (decision 0816)
    text = "ACE inhibitors used to be avoided in kidney disease, but now they protect the kidneys."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "contraindicatedIn"} == set()
    text = "Doctors once thought that aspirin caused asthma in everyone."
    assert polarity_claims(text, lexicon) == set()


def test_seldom_hedges_like_rarely(lexicon) -> None:
    # (decision 0816)
    assert polarity_claims("Sertraline seldom causes weight gain.", lexicon) == {
        ("sertraline", "hasAdverseEffect", "weight-gain", False, True),
    }


def test_a_denied_treatment_of_a_conditions_other_symptoms_denies_neither_the_condition_nor_its_signs(lexicon) -> None:
    # (decision 0816) "does not treat the other symptoms of Y, such as A": A stays Y's sign, Y is not denied
    text = "Clonidine does not treat the other symptoms of ADHD, such as poor concentration."
    claims = polarity_claims(text, lexicon)
    assert not any(c[1] == "treats" and c[2] == "attention-deficit-disorder-with-hyperactivity" for c in claims)
    assert not any(c[1] == "hasPhenotype" and c[3] for c in claims)


def test_what_a_pair_does_together_is_no_change_of_one_drug(lexicon) -> None:
    # (decision 0816)
    text = "Do not take it with tadalafil, because together they can lower blood pressure too far."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "decreases"} == set()
    # a combination in a comma aside is what the drug is used with, no interaction
    text = "Ezetimibe, in combination with a statin, lowers cholesterol."
    assert {c for c in polarity_claims(text, lexicon) if c[1] == "interactsWith"} == set()
    text = "Ezetimibe, in combination with a statin, can cause muscle pain and serious problems."
    assert {c[:3] for c in polarity_claims(text, lexicon) if c[1] == "interactsWith"} == {
        ("ezetimibe", "interactsWith", "hydroxymethylglutaryl-coa-reductase-inhibitor"),
    }
