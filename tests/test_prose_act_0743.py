"""Decision 0743: the medicine's own act on a receptor or a channel written in prose ("Domperidone blocks dopamine D2
receptors.") is its mechanism, as a numbered first step's is (decision 0682), when no numbered step binds one. The
sentences are invented, with names of the lexicon; each test asserts the exact set of hasMechanismOfAction claims.
"""

import pytest
from extracting import claims


def _acts(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] == "hasMechanismOfAction"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the medicine opening the sentence, after a question
        (
            "Metoclopramide for sickness\n\nHow does it work? Metoclopramide blocks dopamine D2 receptors.\n",
            {("metoclopramide", "hasMechanismOfAction", "dopamine-d2-receptor-blockade", False)},
        ),
        # a pronoun for the medicine in focus, a relative clause after
        (
            "Promethazine at night\n\nIt blocks histamine H1 receptors in the brain, which makes you drowsy.\n",
            {("promethazine", "hasMechanismOfAction", "histamine-h1-receptor-blockade", False)},
        ),
        # after a label
        (
            "Diazoxide explained\n\nNote for students: diazoxide opens potassium channels in the pancreas.\n",
            {("diazoxide", "hasMechanismOfAction", "potassium-channel-opening", False)},
        ),
        # "binds to T and blocks them": the act the sentence's one verb kind says
        (
            "Tamoxifen explained\n\nTamoxifen binds to oestrogen receptors in breast tissue and blocks them.\n",
            {("tamoxifen", "hasMechanismOfAction", "estrogen-receptor-blockade", False)},
        ),
        # "binds to T and switches them on": activation
        (
            "Raloxifene explained\n\nIt binds to oestrogen receptors in bone and switches them on.\n",
            {("raloxifene", "hasMechanismOfAction", "estrogen-receptor-activation", False)},
        ),
        # the verb after "binds to T and" acts on another target: no act on the receptor (the transporter's
        # inhibition is an enzyme's or a carrier's, read as before, decision 0635)
        (
            "Tapentadol\n\nTapentadol binds to mu-opioid receptors and blocks the noradrenaline transporter.\n",
            {("tapentadol", "hasMechanismOfAction", "norepinephrine-reuptake-inhibition", False)},
        ),
        # "binds to T" alone says no act
        ("Tamoxifen explained\n\nTamoxifen binds to oestrogen receptors in breast tissue.\n", set()),
        # a second act ("also"), a hedge, a denial: none
        ("Promethazine at night\n\nIt also blocks histamine H1 receptors in the brain.\n", set()),
        ("Promethazine at night\n\nIt may block histamine H1 receptors in the brain.\n", set()),
        ("Promethazine at night\n\nIt does not block muscarinic receptors.\n", set()),
        # another medicine's act is not the medicine in focus's
        (
            "Promethazine at night\n\nPromethazine is a sedating antihistamine. Cetirizine blocks histamine H1 "
            "receptors too.\n",
            set(),
        ),
        # the first act only: the later one is a further binding
        (
            "Chlorpromazine explained\n\nChlorpromazine blocks dopamine D2 receptors. It also blocks histamine H1 "
            "receptors.\n",
            {("chlorpromazine", "hasMechanismOfAction", "dopamine-d2-receptor-blockade", False)},
        ),
        # two receptors in the first act: which is the mechanism is unsaid
        ("Pramipexole explained\n\nIt binds to the D2 and D3 dopamine receptors and switches them on.\n", set()),
        # a numbered first step keeps its place (decision 0682): the prose act before it is no mechanism
        (
            "Oxybutynin explained\n\nOxybutynin blocks histamine H1 receptors a little.\n\n1. Oxybutynin attaches to "
            "muscarinic receptors in the bladder and blocks them.\n2. The bladder muscle relaxes.\n",
            {("oxybutynin", "hasMechanismOfAction", "muscarinic-receptor-blockade", False)},
        ),
    ],
)
def test_prose_act(text: str, expected: set, lexicon: dict) -> None:
    assert _acts(text, lexicon) == expected
