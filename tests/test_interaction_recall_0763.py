"""Recall of interactions (decision 0763): lithium as a medicine (the drug package's record without a DrugBank id),
"Do not drink A with X / with it" as a warning about the pair. The sentences are invented (other drugs, other
wording); each test asserts the exact set of interactions, polarity included."""

import pytest
from extracting import titled_claims


def claims(lexicon: dict, title: str, sentence: str, predicate: str = "interactsWith") -> set:
    return titled_claims(lexicon, title, sentence, predicate)


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Enalapril",
            "Enalapril can raise the level of lithium in the blood, so your lithium dose may be checked.",
            {("enalapril", "interactsWith", "lithium", False)},
        ),
        (
            "Indapamide",
            "## Other medicines\n\n- **Lithium**: indapamide may raise lithium levels.",
            {("indapamide", "interactsWith", "lithium", False)},
        ),
        ("Amlodipine", "Amlodipine does not raise lithium levels.", {("amlodipine", "interactsWith", "lithium", True)}),
    ],
)
def test_lithium_is_a_partner(lexicon, title, sentence, expected):
    assert claims(lexicon, title, sentence) == expected


def test_lithium_is_a_drug(lexicon):
    from graph_build.text.vocabularies import _find_drug

    found = _find_drug("lithium")
    assert found is not None
    assert (found.entity.slug, found.entity.cls, found.entity.close) == ("lithium", "Drug", ("DRUGBANK:DB01356",))


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        ("Mirtazapine", "Do not drink alcohol with mirtazapine.", {("mirtazapine", "alcohol", False)}),
        (
            "Zopiclone",
            "Zopiclone helps you sleep. Don't drink alcohol with it, as you may sleep too deeply.",
            {("zopiclone", "alcohol", False)},
        ),
        ("Felodipine", "Never drink grapefruit juice with felodipine.", {("felodipine", "grapefruit-juice", False)}),
        # a drink with food, a drink alone, a drink the reader may have: no interaction named
        ("Mirtazapine", "Do not drink alcohol with food on an empty stomach.", set()),
        ("Mirtazapine", "Never drink alcohol before driving.", set()),
        ("Mirtazapine", "You can drink alcohol with mirtazapine in small amounts.", set()),
    ],
)
def test_do_not_drink_with(lexicon, title, sentence, expected):
    assert {(s, o, n) for s, _, o, n in claims(lexicon, title, sentence)} == expected


def hedged_claims(lexicon: dict, title: str, sentence: str) -> set:
    from extracting import polarity_claims

    return {
        (s, o, n, h) for s, p, o, n, h in polarity_claims(f"# {title}\n\n{sentence}", lexicon) if p == "interactsWith"
    }


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # a relative clause about the agents before the verb
        (
            "Apixaban",
            "Rifampicin and phenobarbital, which speed up the liver, can make apixaban work less well.",
            {("apixaban", "rifampin", False, False), ("apixaban", "phenobarbital", False, False)},
        ),
        (
            "Apixaban",
            "Rifampicin and phenobarbital, which are used for other conditions, do not make apixaban less effective.",
            {("apixaban", "rifampin", True, False), ("apixaban", "phenobarbital", True, False)},
        ),
        # a first verb of the agents, coordinated with the cue; its modal hedges
        (
            "Clopidogrel",
            "Omeprazole and esomeprazole slow the enzyme that activates it and may make clopidogrel less effective.",
            {("clopidogrel", "omeprazole", False, True), ("clopidogrel", "esomeprazole", False, True)},
        ),
        (
            "Clopidogrel",
            "Omeprazole blocks this enzyme and makes clopidogrel work less well.",
            {("clopidogrel", "omeprazole", False, False)},
        ),
        # a drug named inside the first verb's words: no reading across it
        ("Clopidogrel", "Omeprazole binds to aspirin and may make clopidogrel less effective.", set()),
        # a class named as the gloss of a later agent
        (
            "Sildenafil",
            "Ritonavir, and the antifungal ketoconazole, raise sildenafil levels.",
            {("sildenafil", "ritonavir", False, False), ("sildenafil", "ketoconazole", False, False)},
        ),
    ],
)
def test_agents_across_an_aside_or_a_first_verb(lexicon, title, sentence, expected):
    assert hedged_claims(lexicon, title, sentence) == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # a negation in a later clause whose own subject a determiner opens is not the cue's
        (
            "Colchicine",
            "Verapamil raises the level of colchicine, so the colchicine dose should not go above 500 micrograms.",
            {("colchicine", "verapamil", False, False)},
        ),
        (
            "Lamotrigine",
            "Valproate can raise lamotrigine levels, but the dose does not always need changing.",
            {("lamotrigine", "valproic-acid", False, False)},
        ),
        # the cue's own negation stays
        (
            "Colchicine",
            "Amlodipine does not raise the level of colchicine, so the usual dose can be kept.",
            {("colchicine", "amlodipine", True, False)},
        ),
    ],
)
def test_later_clause_negation_is_its_own(lexicon, title, sentence, expected):
    assert hedged_claims(lexicon, title, sentence) == expected


@pytest.mark.parametrize(
    ("heading", "is_interactions"),
    [
        ("## Part C: Other medicines", True),
        ("SECTION 4. OTHER MEDICINES AND ALCOHOL", True),
        ("[OPTION 2: OTHER MEDICINES AND FOOD]", True),
        ("## Slide 9 - Other medicines", True),
        ("## Part C: Other medicines you may be offered", False),
        ("## Part C: Side effects", False),
    ],
)
def test_numbered_interactions_heading(heading, is_interactions):
    from graph_build.text.owners import INTERACTIONS_HEADING

    assert bool(INTERACTIONS_HEADING.search(heading)) is is_interactions


def test_bullet_under_a_numbered_interactions_heading(lexicon):
    text = "## Part C: Other medicines\n\n- **Naproxen** and similar painkillers may make enalapril work less well."
    assert claims(lexicon, "Enalapril", text) == {("enalapril", "interactsWith", "naproxen", False)}
