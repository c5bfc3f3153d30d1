"""Decision 0755: sealed22's saying-more and wrong-subject classes, each with invented sentences (exact claim sets)."""

from __future__ import annotations

from extracting import named_claims


def test_an_elided_subject_of_and_is_a_is_the_clause_subject_not_the_last_noun(lexicon) -> None:
    text = "Lorazepam is used for anxiety. It is one of the benzodiazepines and is a sedative.\n"
    assert named_claims(text, lexicon, "lorazepam") == {
        ("lorazepam", "treats", "anxiety", False),
        ("lorazepam", "isA", "benzodiazepine", False),
        ("lorazepam", "isA", "sedative", False),
    }
    text = "Oxycodone works on the brain. It is in the opioid class and is an analgesic.\n"
    assert named_claims(text, lexicon, "oxycodone") == {
        ("oxycodone", "actsOn", "brain", False),
        ("oxycodone", "isA", "analgesic", False),
    }


def test_conditions_brought_on_by_a_drug_in_a_history_are_drug_hypersensitivity(lexicon) -> None:
    text = "Do not take celecoxib if you have had hives or wheezing brought on by ibuprofen or another NSAID.\n"
    assert named_claims(text, lexicon, "celecoxib") == {
        ("celecoxib", "contraindicatedIn", "drug-hypersensitivity", False)
    }
    text = "Do not take celecoxib if you:\n- have ever had asthma triggered by aspirin\n- have heart failure\n"
    assert named_claims(text, lexicon, "celecoxib") == {
        ("celecoxib", "contraindicatedIn", "drug-hypersensitivity", False),
        ("celecoxib", "contraindicatedIn", "heart-failure", False),
    }


def test_a_reaction_caused_by_the_drug_without_a_history_stays_its_effect(lexicon) -> None:
    text = "Celecoxib can cause a rash. A rash caused by celecoxib is usually mild.\n"
    assert named_claims(text, lexicon, "celecoxib") == {("celecoxib", "hasAdverseEffect", "exanthema", False)}


def test_a_numbered_enzyme_in_a_gloss_or_after_its_name_is_the_subtype(lexicon) -> None:
    text = "Etoricoxib blocks an enzyme called COX-2 (cyclo-oxygenase 2), which makes prostaglandins.\n"
    assert named_claims(text, lexicon, "etoricoxib") == {
        ("etoricoxib", "bindsTo", "cyclooxygenase-2", False),
        ("etoricoxib", "hasMechanismOfAction", "cyclooxygenase-2-inhibition", False),
    }
    text = "Etoricoxib works by blocking cyclo-oxygenase 2.\n"
    # (blocking a named enzyme is its inhibition, as in the gloss above: decision 0843)
    assert named_claims(text, lexicon, "etoricoxib") == {
        ("etoricoxib", "bindsTo", "cyclooxygenase-2", False),
        ("etoricoxib", "hasMechanismOfAction", "cyclooxygenase-2-inhibition", False),
    }


def test_signs_are_take_the_condition_before_only_when_that_sentence_is_about_it(lexicon) -> None:
    text = (
        "Naproxen is used for gout. Heartburn and nausea are the most common side effects. It can sometimes make you "
        "dizzy.\n\nLess often, NSAIDs can cause a stomach ulcer or kidney damage. Signs are swollen ankles or vomiting "
        "blood.\n"
    )
    assert named_claims(text, lexicon, "naproxen") == {
        ("naproxen", "treats", "gout", False),
        ("naproxen", "hasAdverseEffect", "heartburn", False),
        ("naproxen", "hasAdverseEffect", "nausea", False),
        ("naproxen", "hasAdverseEffect", "dizziness", False),
        ("non-steroidal-anti-inflammatory-agent", "hasAdverseEffect", "stomach-ulcer", False),
    }
    text = "Migraine is a severe headache that comes back. Common signs are nausea and blurred vision.\n"
    assert {c for c in named_claims(text, lexicon, "naproxen") if c[1] == "hasPhenotype"} == {
        ("migraine-disorders", "hasPhenotype", "nausea", False),
        ("migraine-disorders", "hasPhenotype", "blurred-vision", False),
        # ("Migraine is a severe headache": the illness defined by the sign it is, decision 0759)
        ("migraine-disorders", "hasPhenotype", "headache", False),
    }


def test_a_class_the_drug_is_given_together_with_is_a_combined_use_no_class_no_interaction(lexicon) -> None:
    text = (
        "Ivabradine is used for stable angina. It is an add-on: it is given together with a beta blocker when that "
        "alone has not worked.\n"
    )
    assert named_claims(text, lexicon, "ivabradine") == {("ivabradine", "treats", "stable-angina", False)}
    assert (
        named_claims("Ivabradine is given together with a calcium channel blocker.\n", lexicon, "ivabradine") == set()
    )
    assert named_claims("Bisoprolol is a beta blocker.\n", lexicon, "bisoprolol") == {
        ("bisoprolol", "isA", "beta-blocker", False)
    }
