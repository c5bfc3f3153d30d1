"""Decision 0682: a receptor or a channel blocked or activated in the first numbered step of a drug's mechanism is the
drug's mechanism (its blockade or activation, as the curated sets since sealed write it); running prose, later steps
and a sentence that both blocks and activates state the binding only. The sentences are invented from the general
pattern, with names of the lexicon and the vocabularies; each test asserts the exact set of claims."""

import pytest
from extracting import claims


def _keys(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in ("bindsTo", "hasMechanismOfAction")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first step blocks a receptor: its blockade is the mechanism
        (
            "How it works:\n\n1. Ranitidine blocks histamine H2 receptors in the stomach.\n",
            {
                ("ranitidine", "bindsTo", "histamine-h2-receptor", False),
                ("ranitidine", "hasMechanismOfAction", "histamine-h2-receptor-blockade", False),
            },
        ),
        # the first step activates a receptor: its activation
        (
            "How it works:\n\n1. Salbutamol activates beta-2 adrenergic receptors in the airways.\n",
            {
                ("albuterol", "bindsTo", "beta-2-adrenergic-receptor", False),
                ("albuterol", "hasMechanismOfAction", "beta-2-adrenergic-receptor-activation", False),
            },
        ),
        # a channel blocked in the first step: its blockade
        (
            "1. Amlodipine blocks L-type calcium channels in the vessel wall.\n",
            {
                ("amlodipine", "bindsTo", "l-type-calcium-channel", False),
                ("amlodipine", "hasMechanismOfAction", "l-type-calcium-channel-blockade", False),
            },
        ),
        # running prose, no numbered step: the medicine's first act is its mechanism too (decision 0743)
        (
            "Ranitidine blocks histamine H2 receptors in the stomach.",
            {
                ("ranitidine", "bindsTo", "histamine-h2-receptor", False),
                ("ranitidine", "hasMechanismOfAction", "histamine-h2-receptor-blockade", False),
            },
        ),
        # a negated step: no mechanism
        (
            "1. Ranitidine does not block histamine H1 receptors.\n",
            {("ranitidine", "bindsTo", "histamine-h1-receptor", True)},
        ),
    ],
)
def test_the_first_step_on_a_receptor_is_the_mechanism(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


def test_later_steps_state_the_binding_only(lexicon):
    text = (
        "1. Ranitidine blocks histamine H2 receptors in the stomach.\n"
        "2. Ranitidine also blocks histamine H1 receptors.\n"
    )
    assert _keys(text, lexicon) == {
        ("ranitidine", "bindsTo", "histamine-h2-receptor", False),
        ("ranitidine", "hasMechanismOfAction", "histamine-h2-receptor-blockade", False),
        ("ranitidine", "bindsTo", "histamine-h1-receptor", False),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adrenoceptor subtype by its code alone is MeSH's adrenergic receptor of that code
        # (in prose, the medicine's first act is its mechanism: decision 0743)
        (
            "Atenolol blocks beta-1 receptors in the heart.",
            {
                ("atenolol", "bindsTo", "beta-1-adrenergic-receptor", False),
                ("atenolol", "hasMechanismOfAction", "beta-1-adrenergic-receptor-blockade", False),
            },
        ),
        (
            "Clonidine stimulates alpha-2 receptors in the brainstem.",
            {
                ("clonidine", "bindsTo", "alpha-2-adrenergic-receptor", False),
                ("clonidine", "hasMechanismOfAction", "alpha-2-adrenergic-receptor-stimulation", False),
            },
        ),
        (
            "1. Atenolol blocks beta-1 receptors in the heart.\n",
            {
                ("atenolol", "bindsTo", "beta-1-adrenergic-receptor", False),
                ("atenolol", "hasMechanismOfAction", "beta-1-adrenergic-receptor-blockade", False),
            },
        ),
    ],
)
def test_an_adrenoceptor_named_by_its_code_alone(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subtype codes sharing a family word and a head: each the vocabulary's receptor of that code
        (
            "Pramipexole attaches to dopamine D2 and D3 receptors in the brain.",
            {
                ("pramipexole", "bindsTo", "dopamine-d2-receptor", False),
                ("pramipexole", "bindsTo", "dopamine-d3-receptor", False),
            },
        ),
        (
            "Cimetidine blocks histamine H1 and H2 receptors.",
            {
                ("cimetidine", "bindsTo", "histamine-h1-receptor", False),
                ("cimetidine", "bindsTo", "histamine-h2-receptor", False),
            },
        ),
        # the first numbered step stimulating both: each one's stimulation (the text's verb names the act, 0694)
        (
            "1. Pramipexole stimulates dopamine D2 and D3 receptors.\n",
            {
                ("pramipexole", "bindsTo", "dopamine-d2-receptor", False),
                ("pramipexole", "bindsTo", "dopamine-d3-receptor", False),
                ("pramipexole", "hasMechanismOfAction", "dopamine-d2-receptor-stimulation", False),
                ("pramipexole", "hasMechanismOfAction", "dopamine-d3-receptor-stimulation", False),
            },
        ),
    ],
)
def test_subtype_codes_sharing_a_family_and_a_head(text, expected, lexicon):
    assert _keys(text, lexicon) == expected


def test_coded_pair_needs_every_code_known():
    from graph_build.text.recognise import recognise
    from ontology.lexicon import load_lexicon

    # no vocabulary knows a dopamine D9 receptor: the pair is not read as two subtypes (nothing is minted from it)
    found, _ = recognise("Pramipexole attaches to dopamine D2 and D9 receptors.", load_lexicon())
    assert not any(m.source == "coordination" for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word enzyme in the plural is the enzyme; blocked, its inhibition
        (
            "Cetilistat blocks lipases in the gut.",
            {
                ("cetilistat", "bindsTo", "lipase", False),
                ("cetilistat", "hasMechanismOfAction", "lipase-inhibition", False),
            },
        ),
        # tubulin is a molecular target (MeSH's heading)
        (
            "Colchicine binds to tubulin inside white blood cells.",
            {("colchicine", "bindsTo", "tubulin", False)},
        ),
    ],
)
def test_plural_enzymes_and_tubulin(text, expected, lexicon):
    assert _keys(text, lexicon) == expected
