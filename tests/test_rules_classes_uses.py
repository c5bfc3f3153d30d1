"""Classes and uses as texts state them (docs/decisions/0637): drug classes no vocabulary knows, recognised by the form
of their name where the sentence states a class (graph_build/text/class_names.py), a drug's class in apposition,
Hearst's "and some / similar Ys" and "Ys, especially A"; "prescribed X to control Y", a class's use shared by the
examples the sentence names, and a condition that is another treatment's. The sentences are invented from general
patterns, with names of the lexicon and vocabularies; each test asserts the exact set of claims."""

import pytest
from extracting import claims as claims_of

from graph_build.text.class_names import class_mentions


def claims(text, lexicon):
    return set(claims_of(text, lexicon))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known head with a modifier nobody knows: a narrower class, minted from the text's words
        ("Atenolol is a cardioselective beta blocker.", {("atenolol", "isA", "cardioselective-beta-blocker", False)}),
        ("Carbamazepine is an aromatic anticonvulsant.", {("carbamazepine", "isA", "aromatic-anticonvulsant", False)}),
        # a head of pharmacology nobody knows with its modifiers ("medicine" read as the vocabularies' "agent")
        ("Tamsulosin is an alpha blocker.", {("tamsulosin", "isA", "alpha-blocker", False)}),
        ("Propylthiouracil is an antithyroid medicine.", {("propylthiouracil", "isA", "antithyroid-agent", False)}),
        # British spelling, American slug
        ("Lamotrigine is also used as a mood stabiliser.", {("lamotrigine", "isA", "mood-stabilizer", False)}),
        # a known class under a name with "medicine/drug": the vocabularies' entity
        ("Ivermectin is an antiparasitic.", {("ivermectin", "isA", "antiparasitic-agent", False)}),
        # the name of a drug's stem: "candesartan is a sartan" (the vocabularies know sartans)
        ("Candesartan is a sartan.", {("candesartan", "isA", "angiotensin-ii-type-1-receptor-blocker", False)}),
        ("Rizatriptan is a triptan.", {("rizatriptan", "isA", "triptan", False)}),
        # a compound modifier whole, British spelling read as American
        ("Amoxicillin is a broad spectrum antibiotic.", {("amoxicillin", "isA", "broad-spectrum-antibiotic", False)}),
        ("Propofol is a general anaesthetic.", {("propofol", "isA", "general-anesthetic", False)}),
        # a class before a head of action is what the class acts on: an opioid antagonist is no opioid
        ("Naloxone is an opioid antagonist.", {("naloxone", "isA", "narcotic-antagonist", False)}),
        ("Flumazenil is a benzodiazepine antagonist.", {("flumazenil", "isA", "benzodiazepine-antagonist", False)}),
        # the negated class statement stays negated
        ("Metformin is not an alpha blocker.", {("metformin", "isA", "alpha-blocker", True)}),
    ],
)
def test_a_class_statement_names_a_class_by_its_form(text, expected, lexicon):
    assert claims(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omeprazole, a proton pump inhibitor, is cheap.", {("omeprazole", "isA", "proton-pump-inhibitor", False)}),
        ("Compared with rizatriptan, another triptan, it acts slowly.", {("rizatriptan", "isA", "triptan", False)}),
        (
            "Fluconazole and some other antifungals can raise the level of warfarin.",
            # (MeSH's Antifungal Agents since decision 0742 names "antifungals")
            {("fluconazole", "isA", "antifungal-agent", False)},
        ),
        (
            "Some antidepressants, especially paroxetine and fluoxetine, are taken in the morning.",
            {("paroxetine", "isA", "antidepressant", False), ("fluoxetine", "isA", "antidepressant", False)},
        ),
    ],
)
def test_apposition_and_hearst_patterns_state_a_class(text, expected, lexicon):
    assert {c for c in claims(text, lexicon) if c[1] == "isA"} == expected


def test_a_minted_class_is_recognised_where_the_text_repeats_it(lexicon):
    found = claims("Tamsulosin is an alpha blocker. Other alpha blockers, such as doxazosin, cost more.", lexicon)
    assert found == {("tamsulosin", "isA", "alpha-blocker", False), ("doxazosin", "isA", "alpha-blocker", False)}


@pytest.mark.parametrize(
    "text",
    [
        "Aspirin is a drug.",
        "Tramadol is a strong medicine.",
        "Warfarin is a good medicine for many people.",
        # a head followed by "of" names what the drug does to something, no class
        "Clarithromycin is the strongest inhibitor of this enzyme.",
        # a head followed by another noun is a modifier, and no class statement
        "Alpha blocker treatment can cause dizziness in older people.",
        # a head followed by "at" names what acts on a target, no class
        "Varenicline is a partial agonist at the same receptor.",
    ],
)
def test_no_class_without_a_class_name_in_a_class_statement(text, lexicon):
    assert not {c for c in claims(text, lexicon) if c[1] == "isA"}


def test_the_examples_of_a_class_end_where_the_list_does(lexicon):
    text = "Some antidepressants, especially paroxetine, block this enzyme and may make tamoxifen less effective."
    isa = {c for c in claims(text, lexicon) if c[1] == "isA"}
    assert isa == {("paroxetine", "isA", "antidepressant", False)}


def test_a_class_name_is_minted_only_in_a_class_statement():
    class Mention:
        def __init__(self, start, end, slug, text, source="lexicon"):
            self.start, self.end, self.slug, self.text = start, end, slug, text

    new = {}
    text = "We talked about loop blockers at length."
    out = class_mentions(text, [], lambda s: "", lambda name: None, new, Mention)
    assert out == [] and new == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The doctor prescribed amlodipine to control her hypertension.",
            {("amlodipine", "treats", "hypertension", False)},
        ),
        (
            "Your GP gave ondansetron, an antiemetic, to prevent nausea.",
            {("ondansetron", "treats", "nausea", False), ("ondansetron", "isA", "antiemetic", False)},
        ),
        (
            "Alpha blockers, such as doxazosin, are sometimes used for high blood pressure.",
            {
                ("alpha-blocker", "treats", "hypertension", False),
                ("doxazosin", "treats", "hypertension", False),
                ("doxazosin", "isA", "alpha-blocker", False),
            },
        ),
    ],
)
def test_uses_as_texts_state_them(text, expected, lexicon):
    assert claims(text, lexicon) == expected


def test_a_condition_of_another_treatment_is_context_not_a_use(lexicon):
    text = "Ondansetron is used to reduce nausea in people having radiotherapy for lung cancer."
    treats = {c for c in claims(text, lexicon) if c[1] == "treats"}
    assert treats == {("ondansetron", "treats", "nausea", False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prohibition in a later clause leaves the use stated before it
        (
            "Nitrofurantoin is a first-line option for cystitis, but avoid it in late pregnancy.",
            {("nitrofurantoin", "treats", "cystitis", False)},
        ),
        # "used only for": an adverb of use between the verb and its preposition
        (
            "Rizatriptan is used only for migraine.",
            {("rizatriptan", "treats", "migraine-disorders", False)},
        ),
    ],
)
def test_a_use_before_a_later_prohibition_and_an_adverb_of_use(text, expected, lexicon):
    assert {c for c in claims(text, lexicon) if c[1] == "treats"} == expected


def test_a_prohibition_in_the_same_clause_still_blocks_the_use(lexicon):
    found = claims("Do not use rizatriptan for migraine if you have heart disease.", lexicon)
    assert not {c for c in found if c[1] == "treats"}


def test_a_table_row_labelled_class_names_a_class_by_its_form(lexicon):
    text = (
        "| | Tizanidine | Dantrolene |\n|---|---|---|\n"
        "| Drug class | Alpha-2 adrenergic agonist | Direct-acting muscle relaxant |\n"
    )
    isa = {c for c in claims(text, lexicon) if c[1] == "isA"}
    # (an "-ing" modifier of a known class describes how it acts: the known class stays)
    assert isa == {
        ("tizanidine", "isA", "adrenergic-alpha-2-receptor-agonist", False),  # MeSH's class (decision 0687)
        ("dantrolene", "isA", "skeletal-muscle-relaxant", False),
    }


def test_a_drug_class_short_form_in_capitals_names_the_class(lexicon):
    # "SSRI" in the singular, as a modifier of "antidepressants": the narrower class
    found = claims("SSRI antidepressants such as citalopram are taken once a day.", lexicon)
    expected = {("citalopram", "isA", "selective-serotonin-reuptake-inhibitor", False)}
    assert {c for c in found if c[1] == "isA"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paracetamol eases back pain.", {("acetaminophen", "treats", "back-pain", False)}),
        (
            "Cyclophosphamide is given as chemotherapy for lymphomas.",
            {("cyclophosphamide", "treats", "lymphoma", False)},
        ),
    ],
)
def test_eases_and_as_therapy_for_state_uses(text, expected, lexicon):
    assert {c for c in claims(text, lexicon) if c[1] == "treats"} == expected


def test_chemotherapy_of_people_is_not_the_drug_s_use(lexicon):
    text = "Allopurinol stops uric acid building up in people having chemotherapy for some cancers."
    assert not {c for c in claims(text, lexicon) if c[1] == "treats" and c[2] == "cancer"}


def test_most_xs_are_ys_says_the_ys_are_xs(lexicon):
    found = claims("Most antidepressants used today are selective serotonin reuptake inhibitors.", lexicon)
    isa = {c for c in found if c[1] == "isA"}
    assert isa == {("selective-serotonin-reuptake-inhibitor", "isA", "antidepressant", False)}
