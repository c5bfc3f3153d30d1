"""Decision 0760: mechanism steps read in round 25. The sentences are invented, with names of the lexicon and the
vocabularies; each test asserts the exact set of claims of the predicates it is about (polarity included)."""

import pytest
from extracting import claims

STEPS = ("increases", "decreases", "causes")


def _of(text: str, lexicon: dict, predicates: tuple[str, ...] = STEPS) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in predicates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the step before named as a state ("With the enzyme blocked,"), then the chemical's kind ("a messenger
        # called"): what builds up is raised by the step before
        (
            "Milrinone blocks an enzyme called phosphodiesterase 3. With the enzyme blocked, a messenger called "
            "cyclic AMP builds up inside the heart muscle cells.",
            {("pde-3-inhibition", "increases", "cyclic-adenosine-monophosphate", False)},
        ),
        (
            "Milrinone blocks an enzyme called phosphodiesterase 3. With these enzymes switched off, cyclic AMP "
            "builds up in the cells.",
            {("pde-3-inhibition", "increases", "cyclic-adenosine-monophosphate", False)},
        ),
        # an amount made after the state: less is made, the step decreases it; more is left, it increases it
        (
            "Febuxostat blocks xanthine oxidase. With the enzyme blocked, less uric acid is made.",
            {("xanthine-oxidase-inhibition", "decreases", "uric-acid", False)},
        ),
        (
            "Neostigmine blocks acetylcholinesterase. With the enzyme blocked, more acetylcholine is left at the "
            "nerve endings.",
            {("acetylcholinesterase-inhibition", "increases", "acetylcholine", False)},
        ),
        # a denied build-up says no step (never an asserted one), and no act before gives no subject
        (
            "Milrinone blocks an enzyme called phosphodiesterase 3. With the enzyme blocked, the messenger cyclic "
            "AMP does not build up.",
            set(),
        ),
        ("With the enzyme blocked, a messenger called cyclic AMP builds up.", set()),
        # a denied act is no step before
        (
            "Milrinone does not block an enzyme called phosphodiesterase 3. With the enzyme blocked, a messenger "
            "called cyclic AMP builds up.",
            set(),
        ),
    ],
)
def test_a_step_after_the_state_the_step_before_left(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


def test_cyclic_amp_is_the_package_s_chemical(lexicon: dict) -> None:
    """ "cyclic AMP" names the drug package's record of cyclic adenosine monophosphate (its DrugBank id), as the
    other chemicals of the body do (vocabularies.BODY_CHEMICALS)."""
    from graph_build.text.vocabularies import _drug

    entity = _drug("cyclic adenosine monophosphate")
    if entity is None:
        pytest.skip("the drug package is not installed")
    assert (entity.slug, entity.cls) == ("cyclic-adenosine-monophosphate", "EndogenousChemical")
    assert all(x.startswith("DRUGBANK:") or x.startswith("MESH:") for x in entity.exact)


MECHANISM = ("hasMechanismOfAction", "causes", "increases", "decreases")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a binding with no act verb, then the receptor's response to its own messenger made stronger: a positive
        # modulation (a numbered step, and prose)
        (
            "How it works\n1. Zaleplon attaches to the GABA-A receptor on nerve cells in the brain.\n2. This makes "
            "the receptor respond more strongly to GABA, so the brain quietens.\n",
            {("zaleplon", "hasMechanismOfAction", "gaba-a-receptor-positive-modulation", False)},
        ),
        (
            "Eszopiclone\n\nEszopiclone attaches to the GABA-A receptor in the brain. This boosts the effect of GABA, "
            "the brain's calming messenger.\n",
            {("eszopiclone", "hasMechanismOfAction", "gaba-a-receptor-positive-modulation", False)},
        ),
        (
            "Cinacalcet\n\nCinacalcet binds to the calcium-sensing receptor. This makes the receptor more sensitive "
            "to calcium.\n",
            {("cinacalcet", "hasMechanismOfAction", "calcium-sensing-receptor-positive-modulation", False)},
        ),
        # the receptor's response is no cause of the messenger
        (
            "How it works\n1. Zaleplon attaches to the GABA-A receptor.\n2. This makes the receptor respond more "
            "strongly to GABA.\n",
            {("zaleplon", "hasMechanismOfAction", "gaba-a-receptor-positive-modulation", False)},
        ),
        # the effect of alcohol is an interaction, no modulation; an act verb of its own says the act
        ("Zaleplon\n\nZaleplon attaches to the GABA-A receptor. This boosts the effect of alcohol.\n", set()),
        # a denied binding gives no act; a hedged one no prose act (0743's prose conditions)
        (
            "Zaleplon\n\nZaleplon does not attach to the GABA-A receptor. This makes the receptor respond more "
            "strongly to GABA.\n",
            set(),
        ),
        (
            "Zaleplon\n\nZaleplon may attach to the GABA-A receptor. This makes the receptor respond more strongly "
            "to GABA.\n",
            set(),
        ),
        # the response of an enzyme or a channel is no receptor's modulation
        (
            "Retigabine\n\nRetigabine attaches to potassium channels. This makes the channels respond more strongly "
            "to voltage.\n",
            set(),
        ),
    ],
)
def test_a_response_made_stronger_is_a_positive_modulation(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, MECHANISM) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step opening with a bare "This" and its verb: the quantity moving in its ", so" clause follows from the
        # step before, the sign by the amount word
        (
            "How it works\n1. Zaleplon attaches to the GABA-A receptor.\n2. This boosts the effect of GABA, the "
            "brain's calming messenger, so more chloride flows into the nerve cells.\n",
            {("gaba-a-receptor-positive-modulation", "increases", "chloride-influx", False)},
        ),
        (
            "How it works\n1. Metoprolol blocks beta-1 receptors in the heart.\n2. This calms the heart, so the heart "
            "beats more slowly.\n",
            {("beta-1-adrenergic-receptor-blockade", "decreases", "heart-rate", False)},
        ),
        # a denied or hedged consequence, or a hedged "This", says no step
        (
            "How it works\n1. Metoprolol blocks beta-1 receptors in the heart.\n2. This calms the heart, so the heart "
            "does not beat more slowly.\n",
            set(),
        ),
        (
            "How it works\n1. Metoprolol blocks beta-1 receptors in the heart.\n2. This calms the heart, so the heart "
            "may beat more slowly.\n",
            set(),
        ),
        (
            "How it works\n1. Zaleplon attaches to the GABA-A receptor.\n2. This is thought to boost the effect of "
            "GABA, so more chloride flows into the nerve cells.\n",
            set(),
        ),
        # a clause of its own before "so" (no "This"): the quantity is that clause's consequence, no step's
        (
            "How it works\n1. Metoprolol blocks beta-1 receptors in the heart.\n2. A calmer heart needs less oxygen, "
            "so blood pressure falls.\n",
            set(),
        ),
    ],
)
def test_a_quantity_after_this_and_so(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected
