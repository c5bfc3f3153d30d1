"""Decision 0773: sealed25/26's wrong-subject and relation classes, each with invented sentences (exact claim sets):
the act on a chemical is no claim of the chemical, a condition in a relative clause of the object is no object, a
family named in comparison is no class, and the purpose of a combined use is no interaction."""

from __future__ import annotations

from extracting import named_claims


def test_the_act_on_a_chemical_is_no_claim_of_the_chemical(lexicon) -> None:
    # the blockade (or the lowering) acts: the hormone itself would be read in the opposite direction
    assert named_claims("Blocking cortisol lowers the inflammation of the airways.\n", lexicon, "mifepristone") == set()
    assert named_claims("Lowering cholesterol reduces the risk of a heart attack.\n", lexicon, "case") == set()
    assert named_claims("Stopping insulin from working reduces the scarring.\n", lexicon, "case") == set()
    # the drug named as the subject keeps its claim
    assert named_claims(
        "Atorvastatin lowers cholesterol and reduces the risk of a heart attack.\n", lexicon, "atorvastatin"
    ) == {("atorvastatin", "decreases", "myocardial-infarction", False)}


def test_a_condition_in_a_relative_clause_of_the_object_is_no_object(lexicon) -> None:
    text = "Spironolactone reduces the scarring of the heart muscle that slowly makes heart failure worse.\n"
    assert named_claims(text, lexicon, "spironolactone") == {("spironolactone", "decreases", "cicatrix", False)}


def test_a_family_named_in_comparison_is_no_class(lexicon) -> None:
    text = "Celecoxib is a painkiller. It is a sulfonamide, from the same chemical family as the sulpha antibiotics.\n"
    assert named_claims(text, lexicon, "celecoxib") == {("celecoxib", "isA", "analgesic", False)}
    text = "Celecoxib is a sulfonamide, in the same group as the sulpha antibiotics.\n"
    assert named_claims(text, lexicon, "celecoxib") == set()
    text = "Amoxicillin is a penicillin, like the other beta-lactam antibiotics.\n"
    assert named_claims(text, lexicon, "amoxicillin") == set()
    assert named_claims("Amoxicillin is an antibiotic.\n", lexicon, "amoxicillin") == {
        ("amoxicillin", "isA", "antibiotic", False)
    }


def test_the_purpose_of_a_combined_use_is_no_interaction(lexicon) -> None:
    text = "People take it after a heart attack, together with aspirin, to stop another clot forming.\n"
    assert named_claims(text, lexicon, "clopidogrel") == set()
    # a modal after the purpose names what the pair does: still an interaction
    text = "Warfarin is taken together with aspirin to prevent a stroke, but this can cause bleeding.\n"
    assert ("warfarin", "interactsWith", "aspirin", False) in named_claims(text, lexicon, "warfarin")
    # a prohibition stays a warning
    text = "Do not take clopidogrel together with omeprazole.\n"
    assert named_claims(text, lexicon, "clopidogrel") == {("clopidogrel", "interactsWith", "omeprazole", False)}
