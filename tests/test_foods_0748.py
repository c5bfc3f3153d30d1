"""Decision 0748: foods and drinks as interaction partners (invented sentences, exact claim sets)."""

from pathlib import Path

from graph_build.read import Document
from graph_build.text.extract import extract_document
from graph_build.text.foods import entity, find
from ontology.lexicon import load_lexicon


def interactions(text: str, title: str = "Felodipine for high blood pressure") -> set[tuple]:
    doc = Document("d", title, "d.txt", "", f"{title}\n\n{text}\n", Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    return {(c.subject, c.object, c.negated) for c in claims if c.predicate == "interactsWith"}


def test_foods_are_substances_with_confirmed_identifiers():
    food = entity("food")
    assert (food.cls, food.exact) == ("Substance", ("MESH:D005502",))
    assert entity("coffee").exact == ("MESH:D003069",)
    assert entity("grapefruit-juice").broad == ("MESH:D005502",)  # only the broader descriptor was confirmed
    assert entity("cheese").exact == ()


def test_other_senses_of_a_food_word_name_no_food():
    for text in (
        "Traces of the drug pass into breast milk.",
        "Milk of magnesia eases constipation.",
        "Vomit that looks like coffee grounds needs urgent care.",
        "Food poisoning causes vomiting.",
    ):
        assert find(text, []) == [], text


def test_a_food_that_raises_the_level_of_a_drug():
    assert interactions("Grapefruit juice raises the level of felodipine in the blood.") == {
        ("felodipine", "grapefruit-juice", False)
    }
    assert interactions("Food increases the amount of felodipine that reaches the blood.") == {
        ("felodipine", "food", False)
    }


def test_a_denied_interaction_with_a_food_stays_denied():
    assert interactions("There is no known interaction with grapefruit.") == {("felodipine", "grapefruit", True)}
    assert interactions("Felodipine does not interact with coffee.") == {("felodipine", "coffee", True)}
    # (a dosing remark, "with or without food": no claim, as most golds write none; decision 0748)
    assert interactions("Felodipine can be taken with or without food.") == set()
    assert interactions("Felodipine is taken once a day, with or without food.") == set()


def test_taking_a_dose_with_food_for_comfort_is_no_interaction():
    assert interactions("Taking felodipine with food helps if it upsets your stomach.") == set()
    assert interactions("The granules can be mixed with soft food.") == set()
    assert interactions("Do not take felodipine with food.") == {("felodipine", "food", False)}


def test_a_side_effect_bullet_that_mentions_food_keeps_its_owner():
    text = (
        "Felodipine for high blood pressure\n\nSide effects\n\n"
        "- **Headache** is common and usually settles; taking the dose with food helps.\n"
    )
    doc = Document("d", "Felodipine for high blood pressure", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    assert {(c.subject, c.predicate, c.object, c.negated) for c in claims} >= {
        ("felodipine", "hasAdverseEffect", "headache", False)
    }
    assert not any(c.predicate == "interactsWith" for c in claims)


def test_a_food_that_makes_no_difference_is_a_denied_interaction():
    assert interactions("Food makes no difference to felodipine.") == {("felodipine", "food", True)}
    assert interactions("Grapefruit juice: no known problem.") == {("felodipine", "grapefruit-juice", True)}
    assert interactions("No problem with food: take it with or without a meal.") == {("felodipine", "food", True)}
    assert interactions("Milk and cheese make no real difference.") == {
        ("felodipine", "milk", True),
        ("felodipine", "cheese", True),
    }
    assert interactions("If food makes no difference, the dose can be taken at any time.") == set()


def test_a_food_the_reader_is_told_to_avoid_while_taking_the_drug():
    assert interactions("Do not drink grapefruit juice while you take felodipine.") == {
        ("felodipine", "grapefruit-juice", False)
    }
    assert interactions("Avoid alcohol while you are taking felodipine.") == {("felodipine", "alcohol", False)}
    assert interactions("Use paracetamol for aches while you take felodipine.") == set()


def test_a_section_of_other_medicines_and_foods_is_the_documents_drugs():
    text = (
        "Felodipine for high blood pressure\n\nOther medicines and foods\n\n"
        "You also take digoxin, which we check each year. Food makes no difference, so take it with or without lunch.\n"
    )
    doc = Document("d", "Felodipine for high blood pressure", "d.txt", "", text, Path("d.txt"))
    claims = extract_document(doc, load_lexicon()).claims
    found = {(c.subject, c.object, c.negated) for c in claims if c.predicate == "interactsWith"}
    assert ("felodipine", "food", True) in found
    assert not any(end == "food" and subject == "digoxin" for subject, end, _ in found)


def test_a_list_after_a_colon_holds_no_partner_of_the_drug_before_it():
    text = "Other things can sting the skin while you use tretinoin: peels, lotions with a lot of alcohol, and wax."
    assert interactions(text, title="Tretinoin for acne") == set()
    assert interactions("Combining tretinoin with alcohol can cause dizziness.", title="Tretinoin for acne") == {
        ("tretinoin", "alcohol", False)
    }
