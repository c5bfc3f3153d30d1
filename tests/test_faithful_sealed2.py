"""Decision 0622: the falsehood classes of the sealed2 measurement, fixed in general; every sentence here is invented
(none is copied from a fixture)."""

from extracting import markdown_claims as _claims

from graph_build.text.confidence import register
from graph_build.text.recognise import recognise


def _slugs(lexicon, text: str) -> list[tuple[str, str]]:
    return [(m.slug, m.text) for m in recognise(text, lexicon)[0]]


def test_a_chemical_name_before_a_protein_head_noun_is_no_drug_mention(lexicon):
    text = "Inside the cell the tablet switches off farnesyl pyrophosphate synthase, an enzyme bone cells need."
    assert "farnesyl-diphosphate" not in {slug for slug, _ in _slugs(lexicon, text)}
    claims = _claims(lexicon, "Zoledronic acid blocks farnesyl pyrophosphate synthase. It is used for Paget's disease.")
    assert not any(s == "farnesyl-diphosphate" for s, *_ in claims)


def test_a_drug_named_by_its_salt_is_the_acids_drug(lexicon):
    assert ("alendronic-acid", "alendronate") in _slugs(lexicon, "My aunt takes alendronate every Sunday.")
    # a short stem names no acid: "nitrate" is no nitric acid, "moderate" nothing
    assert _slugs(lexicon, "A moderate nitrate dose.") == [] or all(
        slug not in ("nitric-acid",) for slug, _ in _slugs(lexicon, "A moderate nitrate dose.")
    )


def test_side_effects_of_an_article_belong_to_its_drug_not_a_vitamin_named_in_passing(lexicon):
    text = (
        "Risedronate questions answered\n\nRisedronate is taken once a week. Risedronate should be swallowed whole. "
        "Vitamin D and calcium may be given too, and vitamin D tablets are cheap.\n\n"
        "The common side effects are mild: heartburn, constipation and headache."
    )
    claims = _claims(lexicon, text)
    assert not any(s == "ergocalciferol" and p == "hasAdverseEffect" for s, p, *_ in claims)


def test_two_class_names_in_a_row_name_the_narrower_class(lexicon):
    assert _slugs(lexicon, "Avoid opioid analgesics while driving.") == [("opioid", "opioid analgesics")]
    assert ("analgesic", "painkillers") in _slugs(lexicon, "Try non-opioid painkillers first.")
    claims = _claims(lexicon, "Zonisamide makes people sleepy. Sedating drugs, such as opioid painkillers, add to it.")
    assert not any("analgesic" in (s, o) for s, _, o, _ in claims)


def test_a_drug_named_with_a_pronoun_for_the_focus_does_not_take_the_focus(lexicon):
    text = (
        "Topiramate is used for migraine prevention. Some doctors prescribe it, with propranolol, as an early "
        "choice. It is also used for cluster headache."
    )
    claims = _claims(lexicon, text)
    assert not any(s == "propranolol" and p == "treats" for s, p, *_ in claims)


def test_what_is_taken_for_a_condition_is_the_drug_before_its_companion(lexicon):
    claims = _claims(lexicon, "Ibuprofen can be taken with warfarin for toothache only on a doctor's advice.")
    assert not any(s == "warfarin" and p == "treats" for s, p, *_ in claims)


def test_the_signs_after_a_listed_effect_and_a_colon_are_not_more_effects(lexicon):
    text = (
        "Bumetanide: after discharge\n\n## Side effects\n\n"
        "- low blood pressure: dizziness, blurred vision and fainting\n- gout\n"
    )
    claims = _claims(lexicon, text)
    effects = {o for s, p, o, _ in claims if p == "hasAdverseEffect"}
    assert "dizziness" not in effects and "syncope" not in effects
    assert "gout" in effects


def test_withdrawal_symptoms_a_drug_relieves_are_not_its_own(lexicon):
    claims = _claims(lexicon, "Bupropion helps people stop smoking. It eases the cravings and the withdrawal symptoms.")
    assert not any(p == "hasWithdrawalEffect" for _, p, _, _ in claims)
    kept = _claims(lexicon, "Paroxetine is an antidepressant. Stopping it suddenly can cause withdrawal symptoms.")
    assert any(p == "hasWithdrawalEffect" for _, p, _, _ in kept)


def test_a_result_clause_ends_the_list_of_effects(lexicon):
    claims = _claims(lexicon, "Bupropion can cause seizures, so it is not given to people with epilepsy.")
    effects = {o for s, p, o, _ in claims if p == "hasAdverseEffect"}
    assert "seizure-disorder" not in effects


def test_quoted_speech_does_not_make_a_blog_post_research():
    post = (
        'I went to my GP. "The trials showed we can double your chances," she said. '
        "I read about one trial and its placebo group later."
    )
    assert register(post) == "general"
    assert register("We randomised 60 patients to placebo; RESULTS: 40% improved.") == "research"


def test_its_effect_belongs_to_the_drug_in_focus_not_the_agents_before_it(lexicon):
    claims = _claims(lexicon, "Trazodone helps people sleep. Alcohol and benzodiazepines add to its sedative effect.")
    owners = {s for s, p, o, _ in claims if p == "hasEffect" and o == "sedative-effect"}
    assert owners == {"trazodone"}


def test_stops_a_signal_that_triggers_is_no_withdrawal(lexicon):
    claims = _claims(lexicon, "Granisetron is an antiemetic. This stops the signal that triggers the vomiting reflex.")
    assert not any(p == "hasWithdrawalEffect" for _, p, _, _ in claims)
    kept = _claims(lexicon, "Paroxetine is an antidepressant. Stopping it suddenly can cause dizziness and nausea.")
    assert ("paroxetine", "hasWithdrawalEffect", "dizziness", False) in kept


def test_what_a_combination_causes_is_no_one_drugs_adverse_effect(lexicon):
    text = (
        "Do not take tramadol if you are taking sertraline for depression, because the combination can cause seizures."
    )
    assert not any(p == "hasAdverseEffect" for _, p, _, _ in _claims(lexicon, text))
    assert ("tramadol", "hasAdverseEffect", "seizure", False) in _claims(lexicon, "Tramadol can cause seizures.")


def test_the_drug_a_title_names_owns_the_unowned_side_effects(lexicon):
    text = (
        "Pregabalin for nerve pain\n\nVitamin D levels are often low. Vitamin D tablets are cheap, and vitamin D is "
        "safe. Pregabalin is taken twice a day.\n\nCommon side effects include dizziness and weight gain."
    )
    owners = {s for s, p, _, _ in _claims(lexicon, text) if p == "hasAdverseEffect"}
    assert owners == {"pregabalin"}


def test_the_combined_pill_is_no_combining_and_a_comparison_is_no_partner(lexicon):
    text = (
        "Lacosamide is an antiepileptic. It leaves the combined contraceptive pill working, unlike carbamazepine "
        "and phenytoin, which weaken it."
    )
    assert not any(p == "interactsWith" for _, p, _, _ in _claims(lexicon, text))
    kept = _claims(lexicon, "Lacosamide should not be combined with carbamazepine.")
    assert ("lacosamide", "interactsWith", "carbamazepine", False) in kept


def test_a_non_kind_of_condition_is_not_the_condition(lexicon):
    assert _slugs(lexicon, "Non-epileptic (functional) seizures are common.") == []
    assert _slugs(lexicon, "It is licensed for non-small cell lung cancer.") == []
    claims = _claims(lexicon, "Topiramate is an antiepileptic. It does not treat non-epileptic seizures.")
    assert not any(p == "treats" and o == "seizure" for _, p, o, _ in claims)


def test_a_coordinated_verb_shares_its_clauses_subject_not_the_object_before_it(lexicon):
    text = "Sudden stopping can bring seizures back, and occasionally triggers status epilepticus."
    assert not any(s == "seizure" and p == "causes" for s, p, _, _ in _claims(lexicon, text))


def test_a_participle_after_a_plain_noun_modifies_that_noun(lexicon):
    text = (
        "Ibandronate is a monthly tablet. It is far rarer with the strong intravenous bisphosphonates given for cancer."
    )
    assert not any(p == "treats" for _, p, _, _ in _claims(lexicon, text))
    assert ("ibuprofen", "treats", "pain", False) in _claims(lexicon, "Ibuprofen is often given for pain.")
