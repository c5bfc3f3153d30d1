"""Decision 0798: general patterns a probe of invented sentences found unread or misread (exact claim sets).

"The signs of Y are A and B" names A and B as Y's signs even when they are gerunds (wheezing, vomiting): the cue
"are" is refused only before a verb of the progressive ("are getting worse"), not before any word in -ing.
"""

from __future__ import annotations

from extracting import claims, named_claims, polarity_claims


def test_signs_named_by_gerunds_after_are(lexicon) -> None:
    text = "The usual signs of flu are shivering, coughing and a high temperature.\n"
    assert named_claims(text, lexicon) == {
        ("human-influenza", "hasPhenotype", "shivering", False),
        ("human-influenza", "hasPhenotype", "cough", False),
        ("human-influenza", "hasPhenotype", "fever", False),
    }
    text = "The commonest side effects of tramadol are sweating and itching.\n"
    assert named_claims(text, lexicon) == {
        ("tramadol", "hasAdverseEffect", "hyperhidrosis", False),
        ("tramadol", "hasAdverseEffect", "pruritus", False),
    }


def test_a_progressive_verb_after_are_is_no_list_of_signs(lexicon) -> None:
    assert named_claims("Symptoms of asthma are getting worse at night for many children.\n", lexicon) == set()
    assert named_claims("Side effects of naproxen are becoming less common with newer tablets.\n", lexicon) == set()


def test_a_messenger_of_the_body_is_no_partner_of_an_interaction(lexicon) -> None:
    text = "Paroxetine raises the level of serotonin in the brain.\n"
    assert named_claims(text, lexicon) == {("paroxetine", "increases", "serotonin", False)}
    text = "Selegiline increases the amount of dopamine in the brain.\n"
    assert named_claims(text, lexicon) == {("selegiline", "increases", "dopamine", False)}


def test_a_medicine_whose_level_another_raises_is_an_interaction_only(lexicon) -> None:
    text = "Verapamil can raise the level of digoxin in the blood.\n"
    assert named_claims(text, lexicon) == {("verapamil", "interactsWith", "digoxin", False)}


def test_stopping_that_raises_a_risk_the_drug_lowers_is_no_effect_of_the_drug(lexicon) -> None:
    # (the golds of two development sets judge such a risk the prevented condition returning: no withdrawal effect)
    text = "Never stop rivaroxaban on your own, because stopping it early can raise the risk of a stroke.\n"
    assert named_claims(text, lexicon) == set()
    text = "Stopping prasugrel too soon increases the chance of a heart attack.\n"
    assert named_claims(text, lexicon) == set()
    # (a cause cue after stopping still names withdrawal effects)
    text = "Stopping atenolol suddenly can cause chest pain.\n"
    assert named_claims(text, lexicon) == {("atenolol", "hasWithdrawalEffect", "chest-pain", False)}


def test_a_change_the_drug_brings_about_is_no_condition_it_treats(lexicon) -> None:
    text = "A higher dose of liraglutide is used to help with weight loss in adults with obesity.\n"
    assert ("liraglutide", "treats", "weight-loss", False) not in named_claims(text, lexicon)
    text = "Orlistat helps with weight loss.\n"
    assert named_claims(text, lexicon) == set()
    # (weight loss that is the problem: after a verb of treating, or unwanted)
    text = "Megestrol is used to treat weight loss in people with cancer.\n"
    assert named_claims(text, lexicon) == {("megestrol", "treats", "weight-loss", False)}
    text = "Dronabinol can be used for unexplained weight loss.\n"
    assert named_claims(text, lexicon) == {("dronabinol", "treats", "weight-loss", False)}


def test_it_can_make_you_feel_sick(lexicon) -> None:
    text = "Exenatide can make you feel sick.\n"
    assert named_claims(text, lexicon) == {("exenatide", "hasAdverseEffect", "nausea", False)}
    text = "Tramadol can make people feel sick and dizzy.\n"
    assert named_claims(text, lexicon) == {
        ("tramadol", "hasAdverseEffect", "nausea", False),
        ("tramadol", "hasAdverseEffect", "dizziness", False),
    }
    assert named_claims("Citalopram can make you feel better within a few weeks.\n", lexicon) == set()


def test_what_people_feel_on_starting_the_drug(lexicon) -> None:
    text = "Most people feel sick when they start exenatide.\n"
    assert named_claims(text, lexicon) == {("exenatide", "hasAdverseEffect", "nausea", False)}
    text = "Many patients get a headache in the first week of taking isosorbide mononitrate.\n"
    assert named_claims(text, lexicon) == {("isosorbide-mononitrate", "hasAdverseEffect", "headache", False)}
    claims = polarity_claims("Some people notice ankle swelling after starting lercanidipine.\n", lexicon)
    assert claims == {("lercanidipine", "hasAdverseEffect", "ankle-swelling", False, True)}  # (Occasional)
    # (relief on starting is no effect)
    assert named_claims("Most people feel better when they start fluoxetine.\n", lexicon) == set()
    assert named_claims("People with asthma get fewer attacks after starting montelukast.\n", lexicon) == set()


def test_no_longer_a_first_choice_ranks_the_use(lexicon) -> None:
    text = "Propranolol is no longer a first choice for high blood pressure.\n"
    assert polarity_claims(text, lexicon) == {("propranolol", "treats", "hypertension", False, False)}
    (claim,) = claims(text, lexicon).values()
    assert claim.qualifier("useStatus") == ("NotFirstLine",)
    # ("no longer used for Y" still denies the use)
    text = "Propranolol is no longer used for high blood pressure.\n"
    assert named_claims(text, lexicon) == {("propranolol", "treats", "hypertension", True)}


def test_not_all_of_a_class_says_nothing_of_the_class(lexicon) -> None:
    assert named_claims("Not all beta blockers are safe in asthma.\n", lexicon) == set()
    assert named_claims("Not every antipsychotic causes weight gain.\n", lexicon) == set()
    assert named_claims("Not all NSAIDs cause stomach bleeding.\n", lexicon) == set()
    # (without the quantifier's negation the class statement stands)
    assert named_claims("Antipsychotics can cause weight gain.\n", lexicon) == {
        ("antipsychotic-agent", "hasAdverseEffect", "weight-gain", False)
    }


def test_a_form_of_medicine_for_a_condition_names_its_use(lexicon) -> None:
    text = "Dulaglutide is a weekly injection for type 2 diabetes.\n"
    assert named_claims(text, lexicon) == {("dulaglutide", "treats", "type-2-diabetes-mellitus", False)}
    text = "Clotrimazole is a cream for athlete's foot.\n"
    assert named_claims(text, lexicon) == {("clotrimazole", "treats", "tinea-pedis", False)}
    # (who may take it is no use: decision 0714)
    assert named_claims("Dulaglutide is an injection for people with kidney disease.\n", lexicon) == set()


def test_leave_to_eat_or_drink_something_beside_the_drug_is_no_interaction(lexicon) -> None:
    text = "You can drink milk while taking esomeprazole.\n"
    assert named_claims(text, lexicon) == {("esomeprazole", "interactsWith", "milk", True)}
    text = "You can still eat grapefruit while taking lisinopril.\n"
    assert named_claims(text, lexicon) == {("lisinopril", "interactsWith", "grapefruit", True)}
    # (a word of what the pair does keeps the interaction)
    text = "You can drink alcohol while taking metronidazole, but it may make you very sick.\n"
    assert named_claims(text, lexicon) == {("metronidazole", "interactsWith", "alcohol", False)}


def test_an_effect_in_the_condition_of_a_denied_instruction_is_not_denied(lexicon) -> None:
    assert named_claims("Do not drive if loratadine makes you sleepy.\n", lexicon) == set()
    assert named_claims("Never use machines when dihydrocodeine makes you drowsy.\n", lexicon) == set()
    # (a denial of the effect itself stays)
    assert named_claims("Loratadine does not make you sleepy.\n", lexicon) == {
        ("loratadine", "hasAdverseEffect", "somnolence", True)
    }


def test_every_drug_of_a_coordination_belongs_to_the_class(lexicon) -> None:
    text = "Prasugrel and ticagrelor are both antiplatelet medicines.\n"
    assert named_claims(text, lexicon) == {
        ("prasugrel", "isA", "platelet-aggregation-inhibitor", False),
        ("ticagrelor", "isA", "platelet-aggregation-inhibitor", False),
    }
    text = "Pravastatin, fluvastatin and rosuvastatin are all statins.\n"
    assert {c[0] for c in named_claims(text, lexicon)} == {"pravastatin", "fluvastatin", "rosuvastatin"}


def test_a_denial_restricted_by_duration_or_frequency_is_no_denied_use(lexicon) -> None:
    assert named_claims("Promethazine is not a long-term treatment for insomnia.\n", lexicon) == set()
    assert named_claims("Chlorphenamine is not used for hay fever much these days.\n", lexicon) == set()
    assert named_claims("Temazepam is not often prescribed for insomnia now.\n", lexicon) == set()
    # (the plain denial stays)
    assert named_claims("Promethazine is not a treatment for insomnia.\n", lexicon) == {
        ("promethazine", "treats", "insomnia", True)
    }


def test_a_denied_kind_of_a_class_is_no_denied_membership(lexicon) -> None:
    assert named_claims("Diclofenac is not a painkiller you should take every day for years.\n", lexicon) == set()
    assert named_claims("Cefalexin is not an antibiotic that you can buy in a shop.\n", lexicon) == set()
    # (a plain denied class stays)
    assert named_claims("Lansoprazole is not a painkiller.\n", lexicon) == {("lansoprazole", "isA", "analgesic", True)}


def test_a_withdrawal_statement_keeps_its_hedge(lexicon) -> None:
    assert polarity_claims("Stopping citalopram may cause withdrawal symptoms.\n", lexicon) == {
        ("citalopram", "hasWithdrawalEffect", "withdrawal-syndrome", False, True)
    }
    assert polarity_claims("Escitalopram rarely causes withdrawal symptoms.\n", lexicon) == {
        ("escitalopram", "hasWithdrawalEffect", "withdrawal-syndrome", False, True)
    }
    assert polarity_claims("Stopping citalopram can cause withdrawal symptoms.\n", lexicon) == {
        ("citalopram", "hasWithdrawalEffect", "withdrawal-syndrome", False, False)
    }


def test_doubt_about_a_use_is_no_denial(lexicon) -> None:
    assert named_claims("Doctors are not sure whether valerian helps insomnia.\n", lexicon) == set()
    assert named_claims("It is not certain if zinc shortens a cold.\n", lexicon) == set()
