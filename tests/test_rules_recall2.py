"""General constructions of issue 13's second recall round (docs/decisions/0631): a drug named as the noun of its own
act on a target ("X is a blocker of T": rules.yaml `blocker-of`), effects named before a relative clause whose
subject is the drug ("the rash that X can cause": `effects-that-cause`), uses stated with "licensed for"
(`licensed-for`) or with an adverb of use before the preposition ("used off-label for Y": `used-adverb-for`), and a
condition described by what it brings ("Y, a serious reaction that causes A and B": `phenotype-that-causes`). The
sentences are invented from the general patterns with names of the lexicon and vocabularies."""

import pytest
from extracting import claims


def _method(found: dict, key: tuple) -> set[str]:
    return {e.method for e in found[key].evidence}


@pytest.mark.parametrize(
    "text",
    [
        "Clozapine is also a potent blocker of dopamine D2 receptors.",
        "Clozapine is a strong antagonist of dopamine D2 receptors in the brain.",
        "Clozapine is an old medicine. It is a selective antagonist of dopamine D2 receptors.",
    ],
)
def test_a_drug_named_as_the_blocker_of_a_target_binds_it(text, lexicon):
    found = claims(text, lexicon)
    key = ("clozapine", "bindsTo", "dopamine-d2-receptor", False)
    assert key in found and "rule:blocker-of" in _method(found, key)


def test_a_blocker_named_after_another_noun_is_not_the_drugs(lexicon):
    # the class before "is a blocker" is what the noun names, not the drug before it
    found = claims("Clozapine treats schizophrenia, and haloperidol is a blocker of dopamine D2 receptors.", lexicon)
    assert ("clozapine", "bindsTo", "dopamine-d2-receptor", False) not in found


def test_effects_before_a_relative_clause_are_its_drugs(lexicon):
    found = claims("These are the headaches and dizziness that opioids can cause.", lexicon)
    for effect in ("headache", "dizziness"):
        key = ("opioid", "hasAdverseEffect", effect, False)
        assert key in found and "rule:effects-that-cause" in _method(found, key)


def test_a_denial_before_the_relative_clause_is_not_the_clauses(lexicon):
    # "does not cause the Y that opioids cause": the opioids' effect is stated, not denied
    found = claims("Paracetamol does not cause the constipation that opioids often cause.", lexicon)
    assert ("opioid", "hasAdverseEffect", "constipation", False) in found
    assert ("opioid", "hasAdverseEffect", "constipation", True) not in found


def test_a_relative_clause_without_a_drug_gives_no_effect(lexicon):
    found = claims("Aspirin treats pain, which often causes sleep problems.", lexicon)
    assert not any(p == "hasAdverseEffect" for _, p, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sertraline is licensed for major depressive disorder in adults.",
        "In adults, sertraline is approved in major depressive disorder.",
    ],
)
def test_licensed_for_a_condition_treats_it(text, lexicon):
    found = claims(text, lexicon)
    key = ("sertraline", "treats", "major-depressive-disorder", False)
    assert key in found and "rule:licensed-for" in _method(found, key)


def test_not_licensed_for_a_population_is_no_use(lexicon):
    found = claims("Sertraline is not licensed for people with epilepsy.", lexicon)
    assert not any(p == "treats" for _, p, _, _ in found)


@pytest.mark.parametrize(
    "text, objects",
    [
        ("Quetiapine is also used off-label for insomnia and for anxiety.", ("insomnia", "anxiety")),
        ("Metformin is used long term in type 2 diabetes.", ("type-2-diabetes-mellitus",)),
    ],
)
def test_an_adverb_of_use_before_the_preposition_still_states_a_use(text, objects, lexicon):
    found = claims(text, lexicon)
    subject = text.split()[0].lower()
    for obj in objects:
        key = (subject, "treats", obj, False)
        assert key in found and "rule:used-adverb-for" in _method(found, key)


def test_used_with_care_in_a_condition_is_no_use(lexicon):
    found = claims("Metformin is used with care in kidney disease.", lexicon)
    assert ("metformin", "treats", "kidney-diseases", False) not in found


def test_a_condition_described_by_what_it_causes_has_those_symptoms(lexicon):
    text = "Warfarin can raise the risk of serotonin syndrome, a serious reaction that causes fever and sweating."
    found = claims(text, lexicon)
    for symptom in ("fever", "hyperhidrosis"):
        key = ("serotonin-syndrome", "hasPhenotype", symptom, False)
        assert key in found and "rule:phenotype-that-causes" in _method(found, key)


@pytest.mark.parametrize(
    "text, drug, cls",
    [
        ("Allopurinol belongs to a group of medicines called xanthine oxidase inhibitors.", "allopurinol",
         "xanthine-oxidase-inhibitor"),
        ("Montelukast is a leukotriene receptor antagonist.", "montelukast", "leukotriene-receptor-antagonist"),
        ("Baclofen is a GABA-B receptor agonist.", "baclofen", "gaba-b-receptor-agonist"),
    ],
)  # fmt: skip
def test_a_target_followed_by_inhibitor_or_antagonist_names_a_class(text, drug, cls, lexicon):
    assert (drug, "isA", cls, False) in claims(text, lexicon)


def test_a_target_without_a_class_head_stays_a_target(lexicon):
    found = claims("Allopurinol blocks xanthine oxidase.", lexicon)
    assert ("allopurinol", "bindsTo", "xanthine-oxidase", False) in found


@pytest.mark.parametrize(
    "text, drug, cls",
    [
        ("Febuxostat is another xanthine oxidase inhibitor.", "febuxostat", "xanthine-oxidase-inhibitor"),
        ("Lorazepam is one of the benzodiazepines.", "lorazepam", "benzodiazepine"),
        ("Amitriptyline is also a painkiller for nerve pain.", "amitriptyline", "analgesic"),
    ],
)
def test_class_statements_beyond_the_plain_copula(text, drug, cls, lexicon):
    found = claims(text, lexicon)
    key = (drug, "isA", cls, False)
    assert key in found and "rule:class-statement" in _method(found, key)


def test_companions_of_a_comparison_share_the_class(lexicon):
    found = claims("Lorazepam, like diazepam and alprazolam, is a benzodiazepine.", lexicon)
    for drug in ("diazepam", "alprazolam"):
        key = (drug, "isA", "benzodiazepine", False)
        assert key in found and "rule:like-members" in _method(found, key)
    assert ("lorazepam", "isA", "benzodiazepine", False) in found


def test_a_comparison_not_closed_by_the_class_copula_gives_no_class(lexicon):
    found = claims("Lorazepam, like diazepam, can cause drowsiness, and is a benzodiazepine.", lexicon)
    assert ("diazepam", "isA", "benzodiazepine", False) not in found


LEAFLET = """Sertraline: what you need to know
Like all medicines, sertraline can cause side effects.
Very common: headache.
Common: constipation, flushing, and tiredness.
Uncommon (up to 1 in 100 people): hiccups and low blood pressure."""


def test_frequency_labels_list_the_titled_drugs_effects(lexicon):
    found = claims(LEAFLET, lexicon)
    for effect in ("headache", "constipation", "flushing", "fatigue", "hiccup", "hypotension"):
        key = ("sertraline", "hasAdverseEffect", effect, False)
        assert key in found and "rule:effects-continued" in _method(found, key)


def test_a_frequency_label_without_a_titled_drug_gives_nothing(lexicon):
    found = claims("About gout\nCommon: headache and a rash.", lexicon)
    assert not any(p == "hasAdverseEffect" for _, p, _, _ in found)


def test_effects_that_are_less_common_continue_the_last_drugs_effects(lexicon):
    text = (
        "The most common side effects of sertraline are nausea and diarrhoea. Headache and dizziness are less "
        "common. Kidney stones are common in gout."
    )
    found = claims(text, lexicon)
    for effect in ("headache", "dizziness"):
        key = ("sertraline", "hasAdverseEffect", effect, False)
        assert key in found and "rule:effects-continued" in _method(found, key)
    assert ("sertraline", "hasAdverseEffect", "kidney-calculi", False) not in found


@pytest.mark.parametrize(
    "text, drug",
    [
        ("Ibuprofen should not be taken by people who are allergic to it.", "ibuprofen"),
        ("People who have had an allergic reaction to lamotrigine must not take it again.", "lamotrigine"),
        ("Sertraline should not be taken by people who are allergic to sertraline or to similar medicines.",
         "sertraline"),
    ],
)  # fmt: skip
def test_an_allergy_to_the_drug_is_its_own_allergy(text, drug, lexicon):  # (decision 0822)
    assert (drug, "contraindicatedIn", f"{drug}-hypersensitivity", False) in claims(text, lexicon)


def test_an_allergy_to_something_else_is_no_drug_allergy(lexicon):
    from graph_build.text.recognise import recognise

    mentions, _ = recognise("An allergic reaction to peanuts can be severe.", lexicon)
    assert "drug-hypersensitivity" not in {m.slug for m in mentions}


CONTRA_SECTION = """Sertraline: a guide
## Who should not take sertraline?

- people with severe liver failure
- women and children, as sertraline is not licensed for them
- People with kidney disease can take sertraline, but at a lower dose."""


def test_bullets_under_a_forbidding_heading_are_contraindications(lexicon):
    found = claims(CONTRA_SECTION, lexicon)
    for who in ("liver-failure", "children"):
        key = ("sertraline", "contraindicatedIn", who, False)
        assert key in found and "rule:contraindication-list" in _method(found, key)
    # a bullet with its own verb ("can take") says its own thing
    assert ("sertraline", "contraindicatedIn", "kidney-diseases", False) not in found


def test_bullets_after_a_hedged_forbidding_lead_are_possible_contraindications(lexicon):
    text = "Sertraline: a guide\nDoctors may decide it is unsuitable for people with:\n\n- asthma\n- stomach ulcers"
    found = claims(text, lexicon)
    for who in ("asthma", "stomach-ulcer"):
        key = ("sertraline", "contraindicatedIn", who, False)
        assert key in found and found[key].certainty == "Possible"


def test_bullets_after_a_lead_that_forbids_nothing_give_nothing(lexicon):
    found = claims("Sertraline: a guide\nTell your doctor if you have:\n\n- asthma", lexicon)
    assert not any(p == "contraindicatedIn" for _, p, _, _ in found)


@pytest.mark.parametrize(
    "text, drug, conditions",
    [
        ("Anticholinergic medicines, such as oxybutynin for an overactive bladder, work against it.", "oxybutynin",
         ("overactive-urinary-bladder",)),
        ("Adults starting methotrexate for rheumatoid arthritis or psoriasis were studied.", "methotrexate",
         ("rheumatoid-arthritis", "psoriasis")),
    ],
)  # fmt: skip
def test_a_drug_taken_for_a_condition_treats_it(text, drug, conditions, lexicon):
    found = claims(text, lexicon)
    for condition in conditions:
        key = (drug, "treats", condition, False)
        assert key in found and "rule:drug-for" in _method(found, key)


def test_a_denial_before_the_drug_taken_for_a_condition_is_not_the_uses(lexicon):
    found = claims("Do not take it if you are taking apomorphine for Parkinson's disease.", lexicon)
    assert ("apomorphine", "treats", "parkinsons-disease", True) not in found


def test_a_drug_tested_for_is_not_taken_for_the_condition(lexicon):
    found = claims("Patients were tested for ibuprofen for kidney disease.", lexicon)
    assert not any(p == "treats" for _, p, _, _ in found)


@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Allopurinol is a medicine that lowers the level of uric acid in the blood.", "decreases"),
        ("Allopurinol is used for gout. By lowering uric acid, allopurinol prevents attacks.", "decreases"),
        ("Allopurinol is used for gout. It can also raise the amount of uric acid at first.", "increases"),
    ],
)
def test_a_drug_changing_the_level_of_a_body_chemical(text, predicate, lexicon):
    found = claims(text, lexicon)
    key = ("allopurinol", predicate, "uric-acid", False)
    assert key in found and "rule:level-change" in _method(found, key)


def test_a_raised_level_of_the_documents_drug_is_an_interaction_only(lexicon):
    text = "Donepezil is used for dementia. Donepezil is safe. Ketoconazole can raise the level of donepezil."
    found = claims(text, lexicon)
    assert not any(p in ("increases", "decreases") for _, p, _, _ in found)


@pytest.mark.parametrize(
    "text, drug, condition, negated",
    [
        ("Aspirin prevents heart attacks.", "aspirin", "myocardial-infarction", False),
        ("Sumatriptan does not prevent migraine.", "sumatriptan", "migraine-disorders", True),
    ],
)
def test_a_drug_that_prevents_a_condition_is_used_for_it(text, drug, condition, negated, lexicon):
    found = claims(text, lexicon)
    key = (drug, "treats", condition, negated)
    assert key in found and "rule:prevents" in _method(found, key)


def test_a_drug_taken_for_a_while_is_not_taken_for_what_follows(lexicon):
    found = claims("Ibuprofen taken for more than three days can cause stomach ulcers.", lexicon)
    assert ("ibuprofen", "treats", "stomach-ulcer", False) not in found


@pytest.mark.parametrize(
    "text, drug, who",
    [
        ("People with kidney disease can take allopurinol, but they start at a lower dose.", "allopurinol",
         "kidney-diseases"),
        ("Pregnant women can safely use paracetamol.", "acetaminophen", "pregnant-women"),
        ("Paracetamol can also be taken while breastfeeding.", "acetaminophen", "breastfeeding-mothers"),
        ("Hydroxychloroquine is considered safe in pregnancy.", "hydroxychloroquine", "pregnant-women"),
    ],
)  # fmt: skip
def test_who_can_take_a_drug_is_not_forbidden_it(text, drug, who, lexicon):
    found = claims(text, lexicon)
    assert (drug, "contraindicatedIn", who, True) in found
    assert (drug, "contraindicatedIn", who, False) not in found
