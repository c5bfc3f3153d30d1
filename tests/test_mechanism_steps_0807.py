"""Decision 0807: mechanism steps and targets on new text. The sentences are invented (other drugs, other wording
than any development text); each test asserts the exact set of mechanism claims (increases, decreases, causes,
hasMechanismOfAction, bindsTo) and classes, polarity and hedge included."""

import pytest
from extracting import MECHANISM, polarity_claims


def _of(text: str, lexicon: dict, predicates: frozenset = MECHANISM) -> set[tuple]:
    return {k for k in polarity_claims(text, lexicon) if k[1] in predicates}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the microbe's own ribosomes, said with "of" after them
        (
            "Erythromycin binds to the ribosomes of the bacteria, where their proteins are built.",
            {("erythromycin", "bindsTo", "bacterial-ribosome", False, False)},
        ),
        (
            "Azithromycin latches on to the ribosomes of the chest germ.",
            {("azithromycin", "bindsTo", "bacterial-ribosome", False, False)},
        ),
        # denied, kept denied
        (
            "Linezolid does not bind to the ribosomes of the bugs in your gut.",
            {("linezolid", "bindsTo", "bacterial-ribosome", True, False)},
        ),
        # the ribosome of our own cells is no microbe's ("can": an ability, no hedge)
        (
            "Chloramphenicol can bind to the ribosomes of human cells too.",
            {("chloramphenicol", "bindsTo", "ribosome", False, False)},
        ),
    ],
)
def test_ribosome_of_a_microbe(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the carrier by its short form: the vocabulary's heading, whatever the verb of binding
        (
            "Valbenazine attaches to VMAT2 in the nerve endings.",
            {("valbenazine", "bindsTo", "vesicular-monoamine-transport-protein", False, False)},
        ),
        (
            "Deutetrabenazine does not bind to VMAT2 outside the brain.",
            {("deutetrabenazine", "bindsTo", "vesicular-monoamine-transport-protein", True, False)},
        ),
    ],
)
def test_vmat2_by_its_short_form(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


def test_class_named_by_the_short_form(lexicon: dict) -> None:
    # "VMAT2 inhibitors" is the class the writer names, not the heading's family of carriers
    assert _of("Valbenazine belongs to a group of medicines called VMAT2 inhibitors.", lexicon, frozenset({"isA"})) == {
        ("valbenazine", "isA", "vmat2-inhibitor", False, False)
    }


SITES = frozenset({"actsOn"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cells the medicine's target sits in, in the sentence of its binding
        (
            "Cilostazol blocks an enzyme called phosphodiesterase 3 inside the blood platelets.",
            {("cilostazol", "actsOn", "blood-platelets", False, False)},
        ),
        (
            "Valbenazine attaches to a protein within these nerve cells called VMAT2.",
            {("valbenazine", "actsOn", "neurons", False, False)},
        ),
        (
            "Reserpine binds to VMAT2, a carrier in nerve endings that stores noradrenaline, and blocks it.",
            {("reserpine", "actsOn", "nerve-endings", False, False)},
        ),
        (
            "Hydroxyurea blocks an enzyme called ribonucleotide reductase in the white blood cells.",
            {("hydroxyurea", "actsOn", "leukocytes", False, False)},
        ),
        # a denied binding places nothing
        ("Aspirin does not block the enzyme inside the red blood cells.", set()),
        # nerve cells of an organ are the organ's (the prose act's place, decision 0790), not the cells
        (
            "Phenytoin blocks sodium channels in nerve cells of the brain.",
            {("phenytoin", "actsOn", "brain", False, False)},
        ),
        # the cells named without a binding: no place
        ("The enzyme is found inside the red blood cells.", set()),
        # a placing verb on the platelets
        ("Prasugrel works on the platelets.", {("prasugrel", "actsOn", "blood-platelets", False, False)}),
    ],
)
def test_cells_the_target_sits_in(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, SITES) == expected


MOA_PSI = ("hasMechanismOfAction", "protein-synthesis-inhibition")
STEP_PSI = ("protein-synthesis-inhibition", "decreases", "bacterial-growth", False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ribosome bound, the protein making stopped, the growth stopped: three sentences
        (
            "Azithromycin attaches to the ribosomes of the bacteria. With its ribosomes blocked, the germ cannot "
            "make new proteins. The bacteria then cannot multiply.",
            {
                ("azithromycin", "bindsTo", "bacterial-ribosome", False, False),
                ("azithromycin", *MOA_PSI, False, False),
                STEP_PSI,
            },
        ),
        # one sentence for the stopping and the growth
        (
            "Erythromycin binds to the ribosomes of the bugs. It stops the bugs making proteins, so the bugs "
            "cannot grow.",
            {
                ("erythromycin", "bindsTo", "bacterial-ribosome", False, False),
                ("erythromycin", *MOA_PSI, False, False),
                STEP_PSI,
            },
        ),
        # the proteins stopped but nothing said of growth: the mechanism only
        (
            "Gentamicin binds to the ribosomes of the germs. Without new proteins the germs die.",
            {("gentamicin", "bindsTo", "bacterial-ribosome", False, False), ("gentamicin", *MOA_PSI, False, False)},
        ),
        # a ribosome bound with nothing said of proteins: no mechanism, no step
        (
            "Tigecycline binds to the ribosomes of the bacteria. The bacteria cannot grow.",
            {("tigecycline", "bindsTo", "bacterial-ribosome", False, False)},
        ),
        # a denied stopping: nothing
        (
            "Minocycline binds to the ribosomes of the bacteria. It does not stop the bacteria making proteins.",
            {("minocycline", "bindsTo", "bacterial-ribosome", False, False)},
        ),
        # a denied binding: nothing follows from it
        (
            "Linezolid does not bind to the ribosomes of the bacteria. The germs cannot make proteins and cannot grow.",
            {("linezolid", "bindsTo", "bacterial-ribosome", True, False)},
        ),
        # a hedged binding: its mechanism and step hedged too
        (
            "Lefamulin may bind to the ribosomes of the bacteria. The germs then cannot make proteins, so they "
            "cannot grow.",
            {
                ("lefamulin", "bindsTo", "bacterial-ribosome", False, True),
                ("lefamulin", *MOA_PSI, False, True),
                (*STEP_PSI[:4], True),
            },
        ),
    ],
)
def test_protein_synthesis_chain(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heart's pace opening the clause, its need of oxygen the verb's
        (
            "Nadolol slows the heart. A slower heart needs less oxygen, so chest pain comes on less often.",
            # (the heart slowed is its rate lowered: decision 0892)
            {
                ("nadolol", "decreases", "heart-rate", False, False),
                ("heart-rate", "increases", "myocardial-oxygen-demand", False, False),
            },
        ),
        (
            "3. A slower, steadier heart needs less oxygen.",
            {("heart-rate", "increases", "myocardial-oxygen-demand", False, False)},
        ),
        # hedged as written
        (
            "A slower heart may need less oxygen.",
            set(),  # ("may need": the need is no verb of OXYGEN_NEED's form; nothing rather than a guess)
        ),
        # the heart's rate named as such is another reading's, not this one
        ("A slower heart rate can make you feel tired.", set()),
        # the heart not opening its clause: no step
        ("Exercise makes the heart need more oxygen.", set()),
        # the vessels' widening and the resistance the blood meets
        (
            "The arteries relax and widen, so the blood meets less resistance.",
            {("vasodilation", "decreases", "vascular-resistance", False, False)},
        ),
        (
            "Wider vessels mean the heart pumps against less resistance.",
            {("vasodilation", "decreases", "vascular-resistance", False, False)},
        ),
        # a denial before the connective: no step
        ("The vessels do not widen, so the blood meets more resistance.", set()),
        # the resistance with no widening before it: nothing
        ("In winter the blood meets more resistance.", set()),
    ],
)
def test_heart_need_and_resistance(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon, frozenset({"increases", "decreases", "causes"})) == expected
