"""A condition's signs read from leads, inline colons and everyday words (decision 0721). The sentences are invented
(other conditions, other wording than any development text); each test asserts the exact set of hasPhenotype claims,
or the exact claims of the sentence where extra output would be a bug."""

import pytest
from extracting import markdown_claims


def phenotypes(lexicon: dict, text: str) -> set:
    return {c for c in markdown_claims(lexicon, text) if c[1] == "hasPhenotype"}


def test_signs_of_a_condition_after_a_colon(lexicon):
    # "Signs of Y: A, B or C" in one sentence; "hypo" is the everyday name of a low blood sugar
    text = "# Insulin\n\nInsulin lowers blood sugar. Signs of a hypo: shaking, going pale or confusion.\n"
    assert phenotypes(lexicon, text) == {
        ("hypoglycemia", "hasPhenotype", "tremor", False),
        ("hypoglycemia", "hasPhenotype", "pallor", False),
        ("hypoglycemia", "hasPhenotype", "confusion", False),
    }


def test_a_list_goes_on_after_it_gets_worse(lexicon):
    text = (
        "# Heat exhaustion\n\nHeat exhaustion is common on hot days. It usually starts with:\n\n"
        "- feeling very thirsty\n- headache\n\nIf it is not treated it gets worse:\n\n- confusion\n- a fit (seizure)\n"
    )
    assert phenotypes(lexicon, text) == {
        ("heat-exhaustion", "hasPhenotype", "polydipsia", False),
        ("heat-exhaustion", "hasPhenotype", "headache", False),
        ("heat-exhaustion", "hasPhenotype", "confusion", False),
        ("heat-exhaustion", "hasPhenotype", "seizure", False),
    }


def test_a_notice_lead_that_names_its_condition(lexicon):
    text = "# Sinusitis\n\nWith sinusitis, people may notice:\n\n- facial pain\n- headache\n"
    assert phenotypes(lexicon, text) == {
        ("sinusitis", "hasPhenotype", "facial-pain", False),
        ("sinusitis", "hasPhenotype", "headache", False),
    }


def test_a_notice_lead_naming_no_condition_gives_none(lexicon):
    # the condition before the lead is not taken when a drug was named since: "When it flares up, you may notice:"
    # could be anyone's. (Decision 0840: right after a sentence that opened with the illness, no agent named since,
    # the lead's "it" is the illness: "Gout is a kind of arthritis. When it flares, you may notice:" gives its signs.)
    text = (
        "# Gout\n\nGout is a kind of arthritis. Colchicine helps. When it flares, you may notice:\n\n- headache\n"
        "- fever\n"
    )
    assert phenotypes(lexicon, text) == set()


def test_a_bullet_ending_in_the_signs_name(lexicon):
    text = (
        "# Bladder\n\nOveractive bladder is common. Its typical symptoms are:\n\n"
        "- leaking a little when you cough or laugh (**urinary incontinence**)\n"
    )
    # (the cough after "when" is the occasion, no sign: only the bracket that closes the bullet is read past it)
    assert phenotypes(lexicon, text) == {("overactive-urinary-bladder", "hasPhenotype", "urinary-incontinence", False)}


def test_a_list_of_features_may_end_than_usual(lexicon):
    text = (
        "# Salt loss\n\nCommon side effects include:\n\n- dehydration: a dry mouth and passing less urine than usual\n"
    )
    assert {c for c in phenotypes(lexicon, text) if c[0] == "dehydration"} == {
        ("dehydration", "hasPhenotype", "xerostomia", False),
        ("dehydration", "hasPhenotype", "oliguria", False),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Shake the inhaler before shaking it again.",
        "It can cause stiffness and shaking like a leaf.",
        "Do not use the cream while the sore is still blistering.",
    ],
)
def test_other_senses_of_the_everyday_words(lexicon, sentence):
    claims = markdown_claims(lexicon, f"# Salbutamol\n\n{sentence}\n")
    assert not {c for c in claims if c[2] in ("tremor", "blister")}


def test_emphasis_holding_a_denial_and_its_object(lexicon):
    text = (
        "# Metformin\n\nMetformin is used for diabetes. On its own, metformin does **not cause hypos** (low sugar).\n"
    )
    assert ("metformin", "hasAdverseEffect", "hypoglycemia", True) in markdown_claims(lexicon, text)
    assert ("metformin", "hasAdverseEffect", "hypoglycemia", False) not in markdown_claims(lexicon, text)


def test_a_disease_that_shows_itself_as(lexicon):
    text = (
        "# Notes\n\nLeft alone, the parasite can cause malaria, "
        "which often shows itself as fever, chills and headache.\n"
    )
    assert phenotypes(lexicon, text) == {
        ("malaria", "hasPhenotype", "fever", False),
        ("malaria", "hasPhenotype", "chills", False),
        ("malaria", "hasPhenotype", "headache", False),
    }


def test_it_usually_starts_with_after_a_sentence_about_the_condition(lexicon):
    text = (
        "# Notes\n\nAltitude sickness is common above 3,000 metres. "
        "It usually starts with headache and nausea, then vomiting.\n"
    )
    assert phenotypes(lexicon, text) == {
        ("altitude-sickness", "hasPhenotype", "headache", False),
        ("altitude-sickness", "hasPhenotype", "nausea", False),
        ("altitude-sickness", "hasPhenotype", "vomiting", False),
    }


def test_it_starts_with_after_a_sentence_about_a_drug_gives_no_phenotype(lexicon):
    text = "# Zopiclone\n\nZopiclone is a sleeping tablet. It usually starts with a low dose to limit headache.\n"
    assert phenotypes(lexicon, text) == set()


def test_everyday_names_of_signs_in_a_list(lexicon):
    text = (
        "# Measles\n\nMeasles is an infection of childhood. The usual signs are a high temperature, exhaustion, "
        "a cold sweat and stiff muscles.\n"
    )
    assert phenotypes(lexicon, text) == {
        ("measles", "hasPhenotype", "fever", False),
        ("measles", "hasPhenotype", "fatigue", False),
        ("measles", "hasPhenotype", "hyperhidrosis", False),
        ("measles", "hasPhenotype", "muscle-stiffness", False),
    }


def test_a_storage_temperature_is_no_fever(lexicon):
    claims = markdown_claims(lexicon, "# Insulin\n\nKeep insulin away from high temperatures and heat exhaustion.\n")
    assert not {c for c in claims if c[2] == "fever"}
