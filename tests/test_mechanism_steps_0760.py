"""Decision 0760: mechanism steps read in round 25. The sentences are invented, with names of the lexicon and the
vocabularies; each test asserts the exact set of claims of the predicates it is about (polarity included)."""

import pytest
from extracting import claims

from ontology.lexicon import load_lexicon

STEPS = ("increases", "decreases", "causes")


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


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
