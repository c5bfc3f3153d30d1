"""Decision 0667: the falsehood classes of sealed6, fixed in general; every sentence here is invented (none is
copied from a fixture)."""

from extracting import markdown_claims as _claims


def test_no_class_is_minted_from_a_contraction_and_a_verb(lexicon):
    # "it won't act on opioids such as codeine": no class "t act on opioid"; codeine is an opioid
    text = "Flumazenil reverses sedation. It won't act on opioids such as codeine."
    claims = _claims(lexicon, text)
    isa = {c for c in claims if c[1] == "isA"}
    assert isa == {("codeine", "isA", "opioid", False)}, isa
    assert not {c for c in claims if "-t-" in c[2] or c[2].startswith("t-")}


def test_no_class_is_minted_from_a_preposition_phrase(lexicon):
    text = "Atropine has no effect on benzodiazepines such as lorazepam."
    claims = {c for c in _claims(lexicon, text) if c[1] == "isA"}
    assert claims == {("lorazepam", "isA", "benzodiazepine", False)}, claims


def test_a_denied_reason_to_avoid_denies_the_prohibition(lexicon):
    # "Y is not a reason to avoid X", "you do not need to avoid X if you have Y": X is not contraindicated in Y
    assert _claims(lexicon, "Asthma is not a reason to avoid paracetamol.") == {
        ("acetaminophen", "contraindicatedIn", "asthma", True)
    }
    assert _claims(lexicon, "People with asthma do not need to avoid paracetamol.") == {
        ("acetaminophen", "contraindicatedIn", "asthma", True)
    }
    assert _claims(lexicon, "People with asthma should avoid propranolol.") == {
        ("propranolol", "contraindicatedIn", "asthma", False)
    }


def test_a_relative_of_a_class_is_no_member(lexicon):
    # "a relative of some antibiotics, but not an antibiotic": only the denied membership
    text = "Dapsone is used for leprosy. It is a sulfone, a relative of some antibiotics, but it is not an antibiotic."
    assert _claims(lexicon, text) == {
        ("dapsone", "treats", "leprosy", False),
        ("dapsone", "isA", "antibiotic", True),
    }
    assert _claims(lexicon, "Dapsone is a distant relative of the antibiotics.") == set()
    assert _claims(lexicon, "Sertraline is an antidepressant.") == {("sertraline", "isA", "antidepressant", False)}


def test_an_emphasised_denial_of_a_class_is_read_as_the_plain_one(lexicon):
    # "it is **not an antibiotic** and will not treat an infection": the class is denied, and what does not treat the
    # infection is the drug, not the class named as an aside
    text = (
        "Dapsone is used for leprosy. It is a sulfone, but it is **not an antibiotic** and will not treat an infection."
    )
    assert _claims(lexicon, text) == {
        ("dapsone", "treats", "leprosy", False),
        ("dapsone", "isA", "antibiotic", True),
        ("dapsone", "treats", "infections", True),
    }
