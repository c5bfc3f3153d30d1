"""Decision 0751: mechanism steps left by round 21. The sentences are invented, with names of the lexicon; each test
asserts the exact set of claims of the predicates it is about (polarity included)."""

import pytest
from extracting import claims


def _of(text: str, lexicon: dict, predicates: tuple[str, ...]) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in predicates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of the medicine's own act in prose: a site word after "receptors in"
        (
            "Oxybutynin explained\n\nOxybutynin blocks muscarinic receptors in the bladder wall.\n",
            {
                ("oxybutynin", "actsOn", "urinary-bladder", False),
                ("oxybutynin", "hasMechanismOfAction", "muscarinic-receptor-blockade", False),
            },
        ),
        # a pronoun for the medicine, "binds to T in S and switches them on"
        (
            "Bazedoxifene\n\nIt binds to oestrogen receptors in bone and switches them on.\n",
            {
                ("bazedoxifene", "actsOn", "bone", False),
                ("bazedoxifene", "hasMechanismOfAction", "estrogen-receptor-activation", False),
            },
        ),
        # a second act ("also"), a hedge, a denial: no prose act, so no place either
        ("Promethazine at night\n\nIt also blocks histamine H1 receptors in the brain.\n", set()),
        ("Promethazine at night\n\nIt may block histamine H1 receptors in the brain.\n", set()),
        ("Promethazine at night\n\nIt does not block histamine H1 receptors in the brain.\n", set()),
        # a part the site words lack ("the bladder neck"): no site
        (
            "Silodosin\n\nSilodosin blocks alpha-1A adrenergic receptors in the bladder neck.\n",
            {("silodosin", "hasMechanismOfAction", "alpha-1a-adrenergic-receptor-blockade", False)},
        ),
        # "on" a tissue names the cells that carry the receptor, not where the drug acts
        (
            "Methysergide\n\nMethysergide blocks serotonin 5-HT2 receptors on blood vessels.\n",
            {("methysergide", "hasMechanismOfAction", "serotonin-5-ht2-receptor-blockade", False)},
        ),
        # another medicine's act later in the text places nothing for it
        (
            "Promethazine\n\nPromethazine blocks histamine H1 receptors. Cetirizine blocks histamine H1 receptors in "
            "the skin.\n",
            {("promethazine", "hasMechanismOfAction", "histamine-h1-receptor-blockade", False)},
        ),
    ],
)
def test_the_place_of_the_prose_act(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, ("actsOn", "hasMechanismOfAction")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a target the sentence calls an enzyme by name: its inhibition, whatever the vocabulary's slug
        (
            "Milrinone explained\n\nMilrinone blocks an enzyme called phosphodiesterase 3.\n",
            {
                ("milrinone", "bindsTo", "pde-3", False),
                ("milrinone", "hasMechanismOfAction", "pde-3-inhibition", False),
            },
        ),
        # denied: the binding denied, no mechanism
        (
            "Milrinone explained\n\nMilrinone does not block an enzyme called phosphodiesterase 3.\n",
            {("milrinone", "bindsTo", "pde-3", True)},
        ),
        # the enzyme named in one sentence and blocked by a referent in the next: not read (as before)
        (
            "Milrinone explained\n\nAn enzyme called phosphodiesterase 3 breaks down cyclic AMP. "
            "Milrinone blocks it.\n",
            set(),
        ),
    ],
)
def test_an_enzyme_called_by_name(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, ("bindsTo", "hasMechanismOfAction")) == expected


def test_a_hedged_enzyme_act_stays_hedged(lexicon: dict) -> None:
    found = claims("Milrinone explained\n\nMilrinone may block an enzyme called phosphodiesterase 3.\n", lexicon)
    acts = {k: c.hedged for k, c in found.items() if k[1] in ("bindsTo", "hasMechanismOfAction")}
    assert acts == {
        ("milrinone", "bindsTo", "pde-3", False): True,
        ("milrinone", "hasMechanismOfAction", "pde-3-inhibition", False): True,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first step that only binds, the next step's participle naming the act on "these receptors"
        (
            "Tretinoin gel\n\nHow it works:\n1. Tretinoin soaks into the skin and attaches to retinoic acid receptors."
            "\n2. Switched on, these receptors change how skin cells grow.\n",
            {
                ("tretinoin", "bindsTo", "retinoic-acid-receptor", False),
                ("tretinoin", "hasMechanismOfAction", "retinoic-acid-receptor-activation", False),
            },
        ),
        (
            "Tretinoin gel\n\nHow it works:\n1. Tretinoin attaches to retinoic acid receptors.\n2. Once switched on, "
            "the receptors change how skin cells grow.\n",
            {
                ("tretinoin", "bindsTo", "retinoic-acid-receptor", False),
                ("tretinoin", "hasMechanismOfAction", "retinoic-acid-receptor-activation", False),
            },
        ),
        # "With these enzymes blocked" after a binding: the enzyme's inhibition
        (
            "Amoxicillin\n\nHow it works:\n1. Amoxicillin attaches to penicillin-binding proteins in the bacterial "
            "wall.\n2. With these enzymes blocked, the bacteria cannot build their wall.\n",
            {
                ("amoxicillin", "bindsTo", "penicillin-binding-protein", False),
                ("amoxicillin", "hasMechanismOfAction", "penicillin-binding-protein-inhibition", False),
            },
        ),
        # the participle's noun is another kind than the target: no act
        (
            "Tretinoin gel\n\nHow it works:\n1. Tretinoin attaches to retinoic acid receptors.\n2. With these enzymes "
            "blocked, cells grow.\n",
            {("tretinoin", "bindsTo", "retinoic-acid-receptor", False)},
        ),
        # a denied binding: no act, whatever the next step says
        (
            "Tretinoin gel\n\nHow it works:\n1. Tretinoin does not attach to retinoic acid receptors.\n2. Switched on, "
            "these receptors change how skin cells grow.\n",
            {("tretinoin", "bindsTo", "retinoic-acid-receptor", True)},
        ),
        # the next sentence not opening with the participle: no act
        (
            "Tretinoin gel\n\nHow it works:\n1. Tretinoin attaches to retinoic acid receptors.\n2. The cells then grow "
            "differently once the receptors are switched on.\n",
            {("tretinoin", "bindsTo", "retinoic-acid-receptor", False)},
        ),
    ],
)
def test_the_act_in_the_next_steps_participle(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, ("bindsTo", "hasMechanismOfAction")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step that denies the making after the act: the act decreases what is no longer made
        (
            "Carbimazole\n\nHow it works:\n1. Carbimazole blocks thyroid peroxidase.\n2. As a result, the gland "
            "cannot make thyroxine.\n",
            {("thyroid-peroxidase-inhibition", "decreases", "thyroxine", False)},
        ),
        (
            "Carbimazole\n\nHow it works:\n1. Carbimazole blocks thyroid peroxidase.\n2. As a result, the gland can "
            "no longer produce thyroxine.\n",
            {("thyroid-peroxidase-inhibition", "decreases", "thyroxine", False)},
        ),
        # a denied denial says no step
        (
            "Carbimazole\n\nHow it works:\n1. Carbimazole blocks thyroid peroxidase.\n2. It is not true that the "
            "gland cannot make thyroxine.\n",
            set(),
        ),
        # the drug as the subject of "cannot make": no step (what it cannot make is no effect of it)
        ("Carbimazole\n\nCarbimazole cannot make thyroxine.\n", set()),
        # a condition's gland that cannot make enough: no step of a medicine
        ("Hypothyroidism\n\nIn hypothyroidism the gland cannot make enough thyroxine.\n", set()),
    ],
)
def test_cannot_make_is_a_decrease(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, ("decreases", "increases", "causes")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step opening with the enzyme the act took away: the act is the step's subject, "without" denies nothing
        (
            "Naftifine cream\n\nHow it works:\n1. Naftifine blocks squalene epoxidase.\n2. Without that enzyme the "
            "fungus cannot make ergosterol.\n",
            {("squalene-monooxygenase-inhibition", "decreases", "ergosterol", False)},
        ),
        (
            "Naftifine cream\n\nHow it works:\n1. Naftifine blocks squalene epoxidase.\n2. Without the enzyme, the "
            "fungus makes less ergosterol.\n",
            {("squalene-monooxygenase-inhibition", "decreases", "ergosterol", False)},
        ),
        # the step's own denial still denies it
        (
            "Naftifine cream\n\nHow it works:\n1. Naftifine blocks squalene epoxidase.\n2. Without that enzyme the "
            "fungus does not make less ergosterol.\n",
            {("squalene-monooxygenase-inhibition", "decreases", "ergosterol", True)},
        ),
        # "without this medicine" is the medicine absent, no step of its act
        (
            "Naftifine cream\n\nHow it works:\n1. Naftifine blocks squalene epoxidase.\n2. Without this medicine, the "
            "fungus makes more ergosterol.\n",
            set(),
        ),
    ],
)
def test_a_step_without_the_blocked_enzyme(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, ("decreases", "increases", "causes")) == expected
