"""Decision 0671: molecular targets named as texts name them. Receptor subtypes given as codes after "called" ("two
receptors called MT1 and MT2"), a Greek-letter subtype hyphenated to its family ("mu-opioid receptors"), a subtype
narrower than the vocabulary's heading ("alpha-1A" under MeSH's alpha-1) minted as written, and a subunit's whole
("the alpha-2-delta subunit of calcium channels") no second target. The sentences are invented from the general
patterns, with names of the lexicon and the vocabularies; each test asserts the exact set of claims."""

import pytest
from extracting import claims

from graph_build.text.vocab_index import look_up_entity, narrower_subtype


def _keys(text: str, lexicon: dict) -> set[tuple]:
    return set(claims(text, lexicon))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # codes after "receptors called": each the vocabulary's receptor of that code (MeSH's melatonin MT1, MT2)
        (
            "Agomelatine binds to two receptors called MT1 and MT2.",
            {
                ("agomelatine", "bindsTo", "melatonin-mt1-receptor", False),
                ("agomelatine", "bindsTo", "melatonin-mt2-receptor", False),
            },
        ),
        (
            "Ramelteon binds to two receptors called MT1 and MT2, which sit in the brain.",
            {
                ("ramelteon", "bindsTo", "melatonin-mt1-receptor", False),
                ("ramelteon", "bindsTo", "melatonin-mt2-receptor", False),
            },
        ),
        # the list of codes ends where a conjunct is no code
        (
            "Agomelatine binds to a receptor called MT1 and calms the body clock.",
            {("agomelatine", "bindsTo", "melatonin-mt1-receptor", False)},
        ),
        # codes no vocabulary knows after a head that is no kind of target: minted from the code, no identifier
        (
            "Ramelteon binds to two proteins called VP2A and VP2B.",
            {("ramelteon", "bindsTo", "vp2a", False), ("ramelteon", "bindsTo", "vp2b", False)},
        ),
    ],
)
def test_codes_named_after_called(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


def test_a_greek_subtype_hyphenated_to_its_family_is_the_vocabulary_receptor(lexicon):
    text = (
        "Morphine binds to mu-opioid receptors. "
        "Naltrexone binds to those same mu-opioid receptors more tightly than morphine does."
    )
    assert _keys(text, lexicon) == {
        ("morphine", "bindsTo", "mu-opioid-receptor", False),
        ("naltrexone", "bindsTo", "mu-opioid-receptor", False),
    }
    text = "Tapentadol binds to mu-opioid receptors and blocks the noradrenaline transporter."
    assert _keys(text, lexicon) == {
        ("tapentadol", "bindsTo", "mu-opioid-receptor", False),
        ("tapentadol", "bindsTo", "norepinephrine-transporter", False),
        ("tapentadol", "hasMechanismOfAction", "norepinephrine-reuptake-inhibition", False),
    }


def test_a_hyphenated_greek_subtype_is_a_name_of_the_same_term():
    hyphen, space = look_up_entity("kappa-opioid receptors"), look_up_entity("kappa opioid receptors")
    if space is None:
        pytest.skip("vocabularies not installed")
    assert hyphen == space and hyphen.slug == "kappa-opioid-receptor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subtype narrower than MeSH's heading: minted as the text writes it, not the alpha-1 family
        (
            "Silodosin blocks alpha-1A adrenergic receptors in the bladder neck.",
            {
                ("silodosin", "bindsTo", "alpha-1a-adrenergic-receptor", False),
                ("silodosin", "hasMechanismOfAction", "alpha-1a-adrenergic-receptor-blockade", False),
            },
        ),
        (
            "Lofexidine binds to alpha-2A adrenergic receptors in the brainstem.",
            # (the named medicine's binding places it in the brainstem: decision 0880)
            {
                ("lofexidine", "bindsTo", "alpha-2a-adrenergic-receptor", False),
                ("lofexidine", "actsOn", "brainstem", False),
            },
        ),
        # the heading's own subtype stays the vocabulary's
        (
            "Doxazosin blocks alpha-1 adrenergic receptors.",
            {
                ("doxazosin", "bindsTo", "alpha-1-adrenergic-receptor", False),
                ("doxazosin", "hasMechanismOfAction", "alpha-1-adrenergic-receptor-blockade", False),
            },
        ),
        (
            "Silodosin does not block beta-1 adrenergic receptors.",
            {("silodosin", "bindsTo", "beta-1-adrenergic-receptor", True)},
        ),
    ],
)
def test_subtypes_narrower_than_the_heading(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


def test_an_entry_term_naming_a_narrower_subtype_is_no_name_of_the_heading():
    assert narrower_subtype("alpha 1a adrenergic receptor", "Receptors, Adrenergic, alpha-1")
    assert not narrower_subtype("alpha-1 adrenergic receptors", "Receptors, Adrenergic, alpha-1")
    assert not narrower_subtype("morphine receptor", "Receptors, Opioid, mu")
    if look_up_entity("alpha-1 adrenergic receptors") is None:
        pytest.skip("vocabularies not installed")
    assert look_up_entity("alpha-1a adrenergic receptors") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the drug binds is the subunit, not the channel it is part of
        (
            "Gabapentin binds to the alpha-2-delta subunit of voltage-gated calcium channels in the brain.",
            {("gabapentin", "bindsTo", "alpha-2-delta-subunit", False)},
        ),
        # two targets in a list stay two
        (
            "Gabapentin binds to the alpha-2-delta subunit and to calcium channels.",
            {
                ("gabapentin", "bindsTo", "alpha-2-delta-subunit", False),
                ("gabapentin", "bindsTo", "calcium-channel", False),
            },
        ),
    ],
)
def test_a_subunits_whole_is_no_second_target(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target after "than" is what the binding is compared with, not a second target
        (
            "Ganciclovir binds the viral DNA polymerase far more strongly than human DNA polymerases.",
            {("ganciclovir", "bindsTo", "viral-dna-polymerase", False)},
        ),
        (
            "Rimantadine binds to the M2 channel rather than to neuraminidase.",
            {("rimantadine", "bindsTo", "m2-channel", False)},
        ),
        # without a comparison both are bound
        (
            "Ganciclovir binds to the viral DNA polymerase and human DNA polymerases.",
            {
                ("ganciclovir", "bindsTo", "viral-dna-polymerase", False),
                ("ganciclovir", "bindsTo", "dna-directed-dna-polymerase", False),
            },
        ),
    ],
)
def test_a_target_compared_with_is_not_bound(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


def test_a_contrast_between_the_drug_and_its_verb_leaves_the_verb_the_drugs(lexicon):
    # "X, unlike Y, does not block T": X's denial; nothing is said here of Y's own act
    text = "Domperidone, unlike haloperidol, does not block dopamine receptors in the brain."
    assert _keys(text, lexicon) == {("domperidone", "bindsTo", "dopamine-receptor", True)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the enzyme by the name people use (MeSH's entry term of *Cholestenone 5 alpha-Reductase*)
        (
            "Dutasteride is a similar medicine that blocks 5-alpha reductase.",
            {
                ("dutasteride", "bindsTo", "5-alpha-reductase", False),
                ("dutasteride", "hasMechanismOfAction", "5-alpha-reductase-inhibition", False),
            },
        ),
        # "both forms of the enzyme": the enzyme named before
        (
            "The enzyme 5-alpha reductase turns testosterone into dihydrotestosterone. "
            "Dutasteride blocks both forms of the enzyme.",
            {
                ("5-alpha-reductase", "increases", "dihydrotestosterone", False),  # (what the enzyme makes: 0676)
                ("dutasteride", "bindsTo", "5-alpha-reductase", False),
                ("dutasteride", "hasMechanismOfAction", "5-alpha-reductase-inhibition", False),
            },
        ),
        # a relative clause about another noun phrase is not the drug's
        ("Dutasteride acts in the part of the prostate that blocks 5-alpha reductase.", set()),
    ],
)
def test_an_enzyme_by_its_common_name_and_forms_of_it(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the type 2 form of this enzyme": that subtype of the enzyme named before, minted without an identifier
        (
            "The enzyme 5-alpha reductase turns testosterone into dihydrotestosterone. "
            "Finasteride blocks the type 2 form of this enzyme.",
            {
                ("5-alpha-reductase", "increases", "dihydrotestosterone", False),  # (what the enzyme makes: 0676)
                ("finasteride", "bindsTo", "5-alpha-reductase-type-2", False),
            },
        ),
        # no enzyme named before: nothing
        ("Finasteride blocks the type 2 form of this enzyme.", set()),
        # a receptor named before is no enzyme
        (
            "Haloperidol binds to dopamine receptors. Dutasteride blocks the type 2 form of this enzyme.",
            {
                ("haloperidol", "bindsTo", "dopamine-receptor", False),
            },
        ),
    ],
)
def test_a_type_of_the_target_named_before(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # examples set off after the subject: each is the verb's subject (the class statement is another rule's)
        (
            "Some antidepressants, especially paroxetine and fluoxetine, block dopamine receptors.",
            {
                ("paroxetine", "bindsTo", "dopamine-receptor", False),
                ("fluoxetine", "bindsTo", "dopamine-receptor", False),
                ("paroxetine", "isA", "antidepressant", False),
                ("fluoxetine", "isA", "antidepressant", False),
            },
        ),
        (
            "Some antidepressants, such as paroxetine, do not block dopamine receptors.",
            {
                ("paroxetine", "bindsTo", "dopamine-receptor", True),
                ("paroxetine", "isA", "antidepressant", False),
            },
        ),
    ],
)
def test_examples_before_the_verb_are_its_subjects(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drug right before the gerund of a target verb acts on the target (hedged here by "is thought to")
        (
            "This is thought to be caused by tranexamic acid blocking inhibitory GABA-A receptors in the brain.",
            {("tranexamic-acid", "bindsTo", "gaba-a-receptor", False)},
        ),
        # a class before the gerund names the target's blockers, not one drug's act
        ("Antihistamines blocking H1 receptors cause drowsiness.", set()),
    ],
)
def test_a_drug_before_a_target_verbs_gerund(text, expected, lexicon):
    found = claims(text, lexicon)
    assert set(found) == expected
    if expected:
        assert {c.certainty for c in found.values()} == {"Believed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "This" after a sentence naming a drug's active form: the form binds the target, the drug works by it
        (
            "In the liver, carbimazole is converted to its active form, methimazole. This blocks thyroid peroxidase.",
            {
                ("methimazole", "bindsTo", "thyroid-peroxidase", False),
                ("carbimazole", "hasMechanismOfAction", "thyroid-peroxidase-inhibition", False),
            },
        ),
        (
            "Isotretinoin is partly converted to tretinoin. This binds to retinoic acid receptors.",
            {("tretinoin", "bindsTo", "retinoic-acid-receptor", False)},
        ),
        # no active form named before: "This" names nobody
        # (its form is stated: "Carbimazole is a tablet", decision 0826)
        (
            "Carbimazole is a tablet. This blocks thyroid peroxidase.",
            {("carbimazole", "hasFormulation", "tablet", False)},
        ),
    ],
)
def test_this_after_an_active_form(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", mainly in the kidneys" after a target verb's object: where the drug acts
        (
            "Omeprazole blocks the proton pump, mainly in the stomach, and lowers acid.",
            {
                ("omeprazole", "bindsTo", "proton-pump", False),
                ("omeprazole", "hasMechanismOfAction", "proton-pump-inhibition", False),
                ("omeprazole", "actsOn", "stomach", False),
            },
        ),
        # without a target verb the organ is where an effect is felt, not where the drug acts
        ("Ibuprofen can cause pain, mainly in the stomach.", {("ibuprofen", "hasAdverseEffect", "pain", False)}),
    ],
)
def test_where_a_drug_acts_on_its_target(text, expected, lexicon):
    assert _keys(text, lexicon) == expected
