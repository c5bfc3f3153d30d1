"""Decision 0774: sealed25/26's saying-more classes, each with invented sentences (exact claim sets)."""

from __future__ import annotations

from extracting import named_claims


def test_a_class_in_apposition_after_named_partners_describes_them(lexicon) -> None:
    text = "Fluconazole and ketoconazole, two antifungal medicines, raise the level of simvastatin in the blood.\n"
    assert named_claims(text, lexicon, "simvastatin") == {
        ("fluconazole", "interactsWith", "simvastatin", False),
        ("simvastatin", "interactsWith", "ketoconazole", False),
        # "A and B, two antifungal medicines": each is one (decision 0814), never the class an interaction partner
        ("fluconazole", "isA", "antifungal-agent", False),
        ("ketoconazole", "isA", "antifungal-agent", False),
    }
    text = "Rifampicin and phenobarbital, two other strong medicines, speed up the breakdown of lamotrigine.\n"
    assert named_claims(text, lexicon, "lamotrigine") == {
        ("lamotrigine", "interactsWith", "phenobarbital", False),
        ("rifampin", "interactsWith", "lamotrigine", False),
    }


def test_some_of_a_class_named_by_its_examples_is_not_the_whole_class(lexicon) -> None:
    text = "Lithium can interact with some painkillers such as ibuprofen.\n"
    assert named_claims(text, lexicon, "lithium") == {
        ("lithium", "interactsWith", "ibuprofen", False),
        ("ibuprofen", "isA", "analgesic", False),
    }
    # a class with no example keeps the writer's reading (the class)
    text = "Lithium can interact with some painkillers.\n"
    assert named_claims(text, lexicon, "lithium") == {("lithium", "interactsWith", "analgesic", False)}


def test_a_condition_in_a_present_state_is_no_contraindication_of_the_whole(lexicon) -> None:
    text = "Naproxen treats arthritis. Naproxen must not be taken by anyone with a stomach ulcer that is bleeding.\n"
    assert named_claims(text, lexicon, "naproxen") == {("naproxen", "treats", "arthritis", False)}
    text = "Ibuprofen treats pain. You should not take ibuprofen if you have a stomach ulcer that has not healed.\n"
    assert named_claims(text, lexicon, "ibuprofen") == {("ibuprofen", "treats", "pain", False)}
    text = "Ibuprofen treats pain. You should not take ibuprofen if you have a stomach ulcer or asthma.\n"
    assert named_claims(text, lexicon, "ibuprofen") == {
        ("ibuprofen", "treats", "pain", False),
        ("ibuprofen", "contraindicatedIn", "stomach-ulcer", False),
        ("ibuprofen", "contraindicatedIn", "asthma", False),
    }


def test_a_condition_in_the_relative_clause_of_a_denied_object_is_context(lexicon) -> None:
    text = "Atenolol is not a treatment for the racing heartbeat that comes with a panic attack.\n"
    assert named_claims(text, lexicon, "atenolol") == set()
    text = "Paracetamol is not a treatment for the aches that come with flu or a cold, either.\n"
    assert named_claims(text, lexicon, "paracetamol") == set()
    text = "Paracetamol is not a treatment for flu.\n"
    assert named_claims(text, lexicon, "paracetamol") == {("acetaminophen", "treats", "human-influenza", True)}
    # the same clause under a denial of a symptom; an asserted use keeps the condition (the goldens write it)
    text = "Rizatriptan does not relieve the nausea that comes with a migraine.\n"
    assert named_claims(text, lexicon, "rizatriptan") == set()
    text = "Rizatriptan can relieve the nausea that comes with a migraine.\n"
    assert named_claims(text, lexicon, "rizatriptan") == {
        ("rizatriptan", "treats", "migraine-disorders", False),
        ("rizatriptan", "treats", "nausea", False),
    }
