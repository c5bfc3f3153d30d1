"""Where a medicine acts and what it binds, on invented sentences with other drugs, sites and wording (decision 0880;
exact claim sets of the mechanism predicates, polarity included).

1. A placing verb's two coordinated sites are both places ("works on the brain and spinal cord"); a site word that
   only modifies a narrower part ("inside the skin cells", "on the lung blood vessels") or owns a substance ("the
   brain's own calming chemical") is no place; "the brain's NMDA receptors" still is.
2. The medicine named opening its first binding of a receptor places it where the sentence puts the receptor
   ("X attaches to opioid receptors in the brain and spinal cord"), with no act said; not after "It", nor hedged.
3. Lay verbs of binding ("plugs into", "grabs hold of") and the interleukins as targets.
"""

from __future__ import annotations

import pytest
from extracting import titled_claims

MECHANISM = ("actsOn", "bindsTo", "hasMechanismOfAction")


def _mechanism(lexicon: dict, drug: str, text: str) -> set[tuple]:
    return {c for c in titled_claims(lexicon, drug, text) if c[1] in MECHANISM}


@pytest.mark.parametrize(
    "drug, text, expected",
    [
        (
            "Pregabalin",
            "Pregabalin is a medicine for nerve pain. It works on the brain and spinal cord.",
            {("pregabalin", "actsOn", "brain", False), ("pregabalin", "actsOn", "spinal-cord", False)},
        ),
        (
            "Clonidine",
            "Clonidine is a blood pressure medicine. Clonidine works in the brain and the kidneys.",
            {("clonidine", "actsOn", "brain", False), ("clonidine", "actsOn", "kidney", False)},
        ),
        ("Vigabatrin", "Vigabatrin is for epilepsy. It works on the brain's own calming chemical, GABA.", set()),
        ("Calcipotriol", "Calcipotriol is a cream for psoriasis. Calcipotriol works inside the skin cells.", set()),
        ("Sildenafil", "Sildenafil is used for lung hypertension. Sildenafil works on the lung blood vessels.", set()),
        (
            "Memantine",
            "Memantine is a dementia medicine. Memantine acts on the brain's NMDA receptors.",
            {("memantine", "actsOn", "brain", False), ("memantine", "bindsTo", "nmda-receptor", False)},
        ),
    ],
)
def test_a_placing_verbs_sites(lexicon: dict, drug: str, text: str, expected: set) -> None:
    assert _mechanism(lexicon, drug, text) == expected


BOUND = {("buprenorphine", "bindsTo", "opioid-receptor", False)}
PAINKILLER = "Buprenorphine is a strong painkiller. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            PAINKILLER + "Buprenorphine attaches to opioid receptors in the brain and spinal cord.",
            BOUND | {("buprenorphine", "actsOn", "brain", False), ("buprenorphine", "actsOn", "spinal-cord", False)},
        ),
        (
            PAINKILLER + "Buprenorphine binds to opioid receptors on nerve cells in the brain.",
            BOUND | {("buprenorphine", "actsOn", "brain", False)},
        ),
        (PAINKILLER + "It attaches to opioid receptors in the brain and spinal cord.", BOUND),
    ],
)
def test_the_named_medicines_binding_places_it(lexicon: dict, text: str, expected: set) -> None:
    assert _mechanism(lexicon, "Buprenorphine", text) == expected


def test_a_hedged_binding_places_nothing(lexicon: dict) -> None:
    text = PAINKILLER + "Buprenorphine may attach to opioid receptors in the brain."
    assert {c for c in titled_claims(lexicon, "Buprenorphine", text) if c[1] == "actsOn"} == set()


@pytest.mark.parametrize(
    "drug, text, expected",
    [
        (
            "Amlodipine",
            "Amlodipine is for blood pressure. Amlodipine plugs into L-type calcium channels in the artery walls.",
            {("amlodipine", "bindsTo", "l-type-calcium-channel", False)},
        ),
        (
            "Tocilizumab",
            "Tocilizumab is an antibody for arthritis. Tocilizumab grabs hold of interleukin-6 and blocks it.",
            {
                ("tocilizumab", "bindsTo", "interleukin-6", False),
                ("tocilizumab", "hasMechanismOfAction", "interleukin-6-inhibition", False),
            },
        ),
        ("Tocilizumab", "Tocilizumab is an antibody for arthritis. Grab hold of the rail when you stand up.", set()),
    ],
)
def test_lay_verbs_of_binding(lexicon: dict, drug: str, text: str, expected: set) -> None:
    assert _mechanism(lexicon, drug, text) == expected


@pytest.mark.parametrize(
    "drug, text, expected",
    [
        (
            "Azathioprine",
            "Azathioprine is used for lupus. It acts mainly on the immune system, so you need blood tests.",
            {("azathioprine", "actsOn", "immune-system", False)},
        ),
        # a state of the target ("faulty", "damaged") names no target: no minted "faulty channel"
        ("Tezacaftor", "Tezacaftor is for cystic fibrosis. It attaches to a faulty channel protein.", set()),
        ("Lumacaftor", "Lumacaftor is for cystic fibrosis. It binds to a damaged pump in the lung cells.", set()),
    ],
)
def test_the_immune_system_and_a_faulty_target(lexicon: dict, drug: str, text: str, expected: set) -> None:
    assert _mechanism(lexicon, drug, text) == expected


SALBUTAMOL = "Salbutamol is an inhaler for asthma. Salbutamol latches onto beta-2 receptors in the airway muscle. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (SALBUTAMOL + "It activates them, and the airways open.", {"beta-2-adrenergic-receptor-activation"}),
        (SALBUTAMOL + "It switches them on.", {"beta-2-adrenergic-receptor-activation"}),
        (SALBUTAMOL + "It does not switch them on.", set()),
        (SALBUTAMOL + "The airways then open.", set()),
    ],
)
def test_the_next_sentences_act_on_them(lexicon: dict, text: str, expected: set) -> None:
    found = _mechanism(lexicon, "Salbutamol", text)
    assert ("albuterol", "bindsTo", "beta-2-adrenergic-receptor", False) in found  # (salbutamol's US name)
    assert {c[2] for c in found if c[1] == "hasMechanismOfAction" and not c[3]} == expected
    assert not any(c[3] for c in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tocilizumab is for arthritis. Tocilizumab grabs hold of interleukin-6 and takes it out of action.",
            {
                ("tocilizumab", "bindsTo", "interleukin-6", False),
                ("tocilizumab", "hasMechanismOfAction", "interleukin-6-inhibition", False),
            },
        ),
        (
            "Tocilizumab is for arthritis. Tocilizumab binds to interleukin-6 and blocks it.",
            {
                ("tocilizumab", "bindsTo", "interleukin-6", False),
                ("tocilizumab", "hasMechanismOfAction", "interleukin-6-inhibition", False),
            },
        ),
        (
            "Tocilizumab is for arthritis. Tocilizumab binds to interleukin-6 but does not take it out of action.",
            {("tocilizumab", "bindsTo", "interleukin-6", False)},
        ),
    ],
)
def test_a_blocked_interleukin(lexicon: dict, text: str, expected: set) -> None:
    assert _mechanism(lexicon, "Tocilizumab", text) == expected
