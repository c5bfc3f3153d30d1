"""Chemicals of the body (decision 0676): transmitters, hormones, sterols, sugars and ions that the drug package holds
as records but leaves out of its name map (or gives without a DrugBank id) are recognised by the names texts use,
as EndogenousChemical or Ion with only the identifiers the package gives, so that the later steps of a mechanism
chain over them are read. Words that are a chemical and a common English word (fat, iron, salt, lead) stay
unrecognised. The sentences are invented; each test asserts the exact set of mechanism claims."""

import pytest
from extracting import claims
from extracting import indexed_steps as steps

from graph_build.text.vocabularies import look_up
from ontology.lexicon import load_lexicon


@pytest.fixture(autouse=True)
def _vocabularies():
    if look_up("gabapentin") is None:
        pytest.skip("vocabularies not installed")


@pytest.mark.parametrize(
    ("name", "slug", "cls"),
    [
        ("acetylcholine", "acetylcholine", "EndogenousChemical"),
        ("Thyroxine", "thyroxine", "EndogenousChemical"),
        ("triiodothyronine", "triiodothyronine", "EndogenousChemical"),
        ("glucose", "glucose", "EndogenousChemical"),
        ("prostaglandins", "prostaglandin", "EndogenousChemical"),
        ("bicarbonate", "bicarbonate", "Ion"),
        ("potassium", "potassium", "Ion"),
    ],
)
def test_a_body_chemical_is_recognised_with_its_class(name, slug, cls):
    hit = look_up(name)
    assert hit is not None and (hit.entity.slug, hit.entity.cls) == (slug, cls)


def test_a_body_chemical_carries_only_the_identifiers_of_its_record():
    assert look_up("acetylcholine").entity.exact == ("DRUGBANK:DB03128",)  # the package's record
    assert not any(curie.startswith("DRUGBANK:") for curie in look_up("thyroxine").entity.exact)  # it gives none


@pytest.mark.parametrize("word", ["fat", "iron", "salt", "lead", "water", "gold", "cholesterol", "phosphate"])
def test_a_chemical_that_is_a_common_word_is_not_recognised(word):
    assert look_up(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rivastigmine blocks acetylcholinesterase. As a result, acetylcholine levels rise.",
            {
                ("rivastigmine", "bindsTo", "acetylcholinesterase", False, 1),
                ("rivastigmine", "hasMechanismOfAction", "acetylcholinesterase-inhibition", False, 1),
                ("acetylcholinesterase-inhibition", "increases", "acetylcholine", False, 2),
            },
        ),
        (
            "Methimazole blocks thyroid peroxidase. Less thyroxine is made.",
            {
                ("methimazole", "bindsTo", "thyroid-peroxidase", False, 1),
                ("methimazole", "hasMechanismOfAction", "thyroid-peroxidase-inhibition", False, 1),
                ("thyroid-peroxidase-inhibition", "decreases", "thyroxine", False, 2),
            },
        ),
        (
            "Acetazolamide blocks carbonic anhydrase. This makes the kidneys pass more bicarbonate into the urine.",
            {
                ("acetazolamide", "bindsTo", "carbonic-anhydrase", False, 1),
                ("acetazolamide", "hasMechanismOfAction", "carbonic-anhydrase-inhibition", False, 1),
                ("carbonic-anhydrase-inhibition", "increases", "urinary-bicarbonate-excretion", False, 2),
            },
        ),
        ("Too much iron can cause constipation. A low-fat diet lowers salt intake.", set()),
    ],
)
def test_a_step_over_a_body_chemical_is_read(text, expected, lexicon):
    assert steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowered amount as subject: read as written the step would reverse cause and effect
        ("Lower prostaglandin levels reduce fever and pain.", set()),
        ("Less insulin causes tiredness.", set()),
        # the same verb with the chemical itself as subject
        # (the blood's glucose is the quantity MeSH names Blood Glucose, as every development gold writes it: 0842)
        ("Insulin lowers blood glucose.", {("insulin", "decreases", "blood-glucose", False, None)}),
        # a condition the sentence supposes, not a step it states
        ("If bumetanide lowers your potassium, your heart rhythm can change.", set()),
        ("Bumetanide lowers potassium.", {("bumetanide", "decreases", "potassium", False, 1)}),
        # after a blocked channel, the amount that follows has no step of known sign: the channel lets it in
        (
            "Nifedipine blocks L-type calcium channels. As a result, less calcium enters the muscle cells.",
            {
                ("nifedipine", "bindsTo", "l-type-calcium-channel", False, 1),
                # (its act in prose is its mechanism, at the same step: decision 0743)
                ("nifedipine", "hasMechanismOfAction", "l-type-calcium-channel-blockade", False, 1),
            },
        ),
    ],
)
def test_no_step_that_reverses_cause_and_effect(text, expected, lexicon):
    assert steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liothyronine is a synthetic version of triiodothyronine.", ("liothyronine", "isA", "triiodothyronine")),
        ("Levothyroxine is a man-made form of thyroxine, a hormone.", ("levothyroxine", "isA", "thyroxine")),
    ],
)
def test_a_medicine_made_as_a_body_chemical_is_a_form_of_it(text, expected, lexicon):
    found = {key[:3] for key, claim in claims(text, lexicon).items() if key[1] == "isA" and not key[3]}
    assert found == {expected}


def test_no_form_of_a_chemical_without_a_made_form():
    assert not any(key[1] == "isA" for key in claims("Metformin is a form of glucose control.", load_lexicon()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an enzyme's own act, though a drug blocks it: the enzyme lowers what it breaks down, its inhibition does not
        (
            "Galantamine blocks acetylcholinesterase, the enzyme that normally breaks acetylcholine down.",
            {
                ("galantamine", "bindsTo", "acetylcholinesterase", False, 1),
                ("galantamine", "hasMechanismOfAction", "acetylcholinesterase-inhibition", False, 1),
                ("acetylcholinesterase", "decreases", "acetylcholine", False, 2),
            },
        ),
        # a maker or a precursor raises what it is turned into
        (
            "The enzyme 5-alpha reductase turns testosterone into dihydrotestosterone.",
            {("5-alpha-reductase", "increases", "dihydrotestosterone", False, None)},
        ),
        (
            "In the liver, thyroxine is converted into triiodothyronine.",
            {("thyroxine", "increases", "triiodothyronine", False, None)},
        ),
        # a drug turned into its active form is no step of this kind
        ("Codeine is converted into morphine in the liver.", set()),
    ],
)
def test_what_an_enzyme_or_a_precursor_makes_or_breaks_down(text, expected, lexicon):
    assert steps(text, lexicon) == expected
