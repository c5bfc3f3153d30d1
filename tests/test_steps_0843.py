"""Decision 0843: mechanism steps and targets on new text. The sentences are invented (other drugs, other wording
than any development text); each test asserts the exact set of mechanism claims (bindsTo, hasMechanismOfAction,
actsOn, increases, decreases, causes), polarity and hedge included."""

import pytest
from extracting import MECHANISM, polarity_claims

WITH_SITES = MECHANISM | {"actsOn"}


def _of(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in polarity_claims(text, lexicon) if k[1] in WITH_SITES}


AT1 = "angiotensin-type-1-receptor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sartans' receptor by its short name: MeSH's Receptor, Angiotensin, Type 1
        (
            "Valsartan attaches to the AT1 receptor and blocks it.",
            {
                ("valsartan", "bindsTo", AT1, False, False),
                ("valsartan", "hasMechanismOfAction", f"{AT1}-blockade", False, False),
            },
        ),
        # and the step the blocked receptors' state opens
        (
            "Eprosartan binds to AT1 receptors and blocks them. "
            "With these receptors blocked, the arteries relax and widen.",
            {
                ("eprosartan", "bindsTo", AT1, False, False),
                ("eprosartan", "hasMechanismOfAction", f"{AT1}-blockade", False, False),
                (f"{AT1}-blockade", "increases", "vasodilation", False, False),
            },
        ),
        # denied, kept denied; no act
        ("Aliskiren does not bind to the AT1 receptor.", {("aliskiren", "bindsTo", AT1, True, False)}),
    ],
)
def test_at1_receptor(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an enzyme by its short form with its number: MeSH's heading, and its inhibition
        (
            "Celecoxib binds to COX-2 and blocks it.",
            {
                ("celecoxib", "bindsTo", "cyclooxygenase-2", False, False),
                ("celecoxib", "hasMechanismOfAction", "cyclooxygenase-2-inhibition", False, False),
            },
        ),
        # "the <short form> enzyme" is the enzyme the short form names
        (
            "Opicapone latches onto the COMT enzyme and switches it off.",
            {
                ("opicapone", "bindsTo", "catechol-o-methyltransferase", False, False),
                ("opicapone", "hasMechanismOfAction", "catechol-o-methyltransferase-inhibition", False, False),
            },
        ),
        (
            "Linagliptin attaches to DPP-4 and blocks it.",
            {
                ("linagliptin", "bindsTo", "dipeptidyl-peptidase-4", False, False),
                ("linagliptin", "hasMechanismOfAction", "dipeptidyl-peptidase-4-inhibition", False, False),
            },
        ),
        # a denied block: the binding denied, no act
        ("Saxagliptin does not block DPP-4.", {("saxagliptin", "bindsTo", "dipeptidyl-peptidase-4", True, False)}),
    ],
)
def test_enzyme_by_short_form(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "stops it working", "disables it": the lay verbs of an enzyme's or a carrier's inhibition
        (
            "Letrozole binds to aromatase and disables it.",
            {
                ("letrozole", "bindsTo", "aromatase", False, False),
                ("letrozole", "hasMechanismOfAction", "aromatase-inhibition", False, False),
            },
        ),
        (
            "Sertraline latches onto the serotonin transporter and stops it from working.",
            {
                ("sertraline", "bindsTo", "serotonin-transporter", False, False),
                ("sertraline", "hasMechanismOfAction", "serotonin-reuptake-inhibition", False, False),
            },
        ),
        # a denied stopping is no inhibition; the binding stays asserted
        (
            "Anastrozole binds to aromatase but does not stop it working.",
            {("anastrozole", "bindsTo", "aromatase", False, False)},
        ),
        # a hedge carries to the act
        (
            "Anastrozole may bind to aromatase and disable it.",
            {
                ("anastrozole", "bindsTo", "aromatase", False, True),
                ("anastrozole", "hasMechanismOfAction", "aromatase-inhibition", False, True),
            },
        ),
    ],
)
def test_lay_verbs_of_inhibition(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sits on T and blocks them": a binding, the drug's own act in prose, and its place
        (
            "Haloperidol sits on dopamine D2 receptors in the brain and blocks them.",
            {
                ("haloperidol", "bindsTo", "dopamine-d2-receptor", False, False),
                ("haloperidol", "hasMechanismOfAction", "dopamine-d2-receptor-blockade", False, False),
                ("haloperidol", "actsOn", "brain", False, False),
            },
        ),
        # a second act ("also") binds, and names no mechanism
        (
            "Risperidone also sits on serotonin 5-HT2A receptors and blocks those too.",
            {("risperidone", "bindsTo", "serotonin-5-ht2a-receptor", False, False)},
        ),
        # denied
        (
            "Olanzapine does not sit on dopamine D2 receptors for long.",
            {("olanzapine", "bindsTo", "dopamine-d2-receptor", True, False)},
        ),
        # what sits on a tongue or a shelf is no target
        ("The lozenge sits on the tongue until it melts.", set()),
    ],
)
def test_sits_on(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family's receptors "called" by their codes: each subtype the vocabulary knows, not the family
        (
            "Zolmitriptan binds to serotonin receptors called 5-HT1B and 5-HT1D.",
            {
                ("zolmitriptan", "bindsTo", "serotonin-5-ht1b-receptor", False, False),
                ("zolmitriptan", "bindsTo", "serotonin-5-ht1d-receptor", False, False),
            },
        ),
        (
            "Asenapine also blocks a serotonin receptor called 5-HT2A.",
            {("asenapine", "bindsTo", "serotonin-5-ht2a-receptor", False, False)},
        ),
        # a code opening with its number after a bare head
        (
            "Quetiapine blocks a receptor called 5-HT2A.",
            {
                ("quetiapine", "bindsTo", "serotonin-5-ht2a-receptor", False, False),
                ("quetiapine", "hasMechanismOfAction", "serotonin-5-ht2a-receptor-blockade", False, False),
            },
        ),
        # denied: the subtype denied, never the whole family
        (
            "Rizatriptan does not bind to serotonin receptors called 5-HT1B.",
            {("rizatriptan", "bindsTo", "serotonin-5-ht1b-receptor", True, False)},
        ),
    ],
)
def test_family_called_by_code(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


SRI = "serotonin-reuptake-inhibition"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the messenger left between the nerve cells after its reuptake is blocked, and its lifting of mood
        (
            "Citalopram binds to the serotonin transporter and blocks it. More serotonin then stays in the gaps "
            "between the nerve cells, and this slowly lifts mood.",
            {
                ("citalopram", "bindsTo", "serotonin-transporter", False, False),
                ("citalopram", "hasMechanismOfAction", SRI, False, False),
                (SRI, "increases", "synaptic-serotonin", False, False),
                ("synaptic-serotonin", "increases", "mood", False, False),
            },
        ),
        # "those gaps" after the gaps were placed between nerve cells; a belief keeps its hedge
        (
            "Escitalopram latches onto the serotonin transporter, the pump that clears serotonin from the gaps "
            "between nerve cells, and stops it working. That leaves more serotonin in those gaps. The extra "
            "serotonin is thought to lift low mood over a few weeks.",
            {
                ("escitalopram", "bindsTo", "serotonin-transporter", False, False),
                ("escitalopram", "hasMechanismOfAction", SRI, False, False),
                (SRI, "increases", "synaptic-serotonin", False, False),
                ("synaptic-serotonin", "increases", "mood", False, True),
            },
        ),
        # a denied or hedged build-up is no step; a denied lift of mood is none either
        (
            "Fluoxetine blocks the serotonin transporter. More serotonin may stay between the nerve cells.",
            {
                ("fluoxetine", "bindsTo", "serotonin-transporter", False, False),
                ("fluoxetine", "hasMechanismOfAction", SRI, False, False),
            },
        ),
        (
            "Paroxetine blocks the serotonin transporter. More serotonin then stays between the nerve cells. "
            "This does not lift mood at once.",
            {
                ("paroxetine", "bindsTo", "serotonin-transporter", False, False),
                ("paroxetine", "hasMechanismOfAction", SRI, False, False),
                (SRI, "increases", "synaptic-serotonin", False, False),
            },
        ),
    ],
)
def test_messenger_left_between_nerve_cells(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pressure the widened vessels hold, said of them, falls: the widening lowers the blood pressure
        (
            "Eprosartan binds to AT1 receptors and blocks them. With those receptors blocked, the "
            "arteries relax and widen, and the pressure inside them falls.",
            {
                ("eprosartan", "bindsTo", AT1, False, False),
                ("eprosartan", "hasMechanismOfAction", f"{AT1}-blockade", False, False),
                (f"{AT1}-blockade", "increases", "vasodilation", False, False),
                ("vasodilation", "decreases", "blood-pressure", False, False),
            },
        ),
        # the vessels' state kept, then the pressure lower
        (
            "Prazosin blocks alpha-1 receptors. The blood vessels stay relaxed and wider, so blood pressure is lower.",
            {
                ("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", False, False),
                ("prazosin", "hasMechanismOfAction", "alpha-1-adrenergic-receptor-blockade", False, False),
                ("vasodilation", "decreases", "blood-pressure", False, False),
            },
        ),
        # a pressure that does not fall is no step; "them" after no vessels is no blood pressure
        (
            "With the receptors blocked, the blood vessels relax and widen, and the pressure inside them does not "
            "fall.",
            set(),
        ),
        ("Timolol drains fluid from the eyes, and the pressure inside them falls.", set()),
        # a pressure lower at some time is no step
        ("Your blood pressure is lower when you lie down.", set()),
    ],
)
def test_pressure_of_the_widened_vessels(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the insulin the pancreas releases, then more of it bringing the blood sugar down
        (
            "Gliclazide makes the pancreas release more insulin. More insulin pushes the blood sugar down.",
            {
                ("gliclazide", "increases", "insulin-secretion", False, False),
                ("insulin-secretion", "decreases", "blood-glucose", False, False),
            },
        ),
        (
            "Repaglinide makes the pancreas release more insulin. The extra insulin moves sugar into the muscles, "
            "so the blood sugar level falls.",
            {
                ("repaglinide", "increases", "insulin-secretion", False, False),
                ("insulin-secretion", "decreases", "blood-glucose", False, False),
            },
        ),
        # a hedge kept; a denial reads nothing
        (
            "Tolbutamide makes the pancreas release more insulin. More insulin may bring the blood sugar down too far.",
            {
                ("tolbutamide", "increases", "insulin-secretion", False, False),
                ("insulin-secretion", "decreases", "blood-glucose", False, True),
            },
        ),
        (
            "Glipizide makes the pancreas release more insulin. More insulin does not always bring the blood sugar "
            "down.",
            {("glipizide", "increases", "insulin-secretion", False, False)},
        ),
        # an injected dose is no secretion: nothing released said before
        ("Inject the dose before meals. More insulin brings the blood sugar down.", set()),
    ],
)
def test_insulin_released_lowers_blood_sugar(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected
