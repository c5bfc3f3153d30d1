"""Decision 0722: a mechanism's first steps where the drug's target verb is coordinated after a first verb phrase of
its own ("X soaks into the skin and attaches to T") and where a drug opens a channel ("X opens potassium channels":
bindsTo the channel, and in a numbered mechanism the channel's opening as its mechanism). The sentences are invented
from the general pattern, with names of the lexicon; each test asserts the exact set of bindsTo and
hasMechanismOfAction claims (and actsOn where the step names a site).
"""

import pytest
from extracting import claims

STEPS = frozenset({"bindsTo", "hasMechanismOfAction", "actsOn"})


def _steps(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in STEPS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first verb phrase and "and" between the drug and its target verb, in a numbered step
        (
            "How it works:\n\n1. Bupivacaine soaks into the tissue and blocks the sodium channels in the nerves.\n",
            {
                ("bupivacaine", "bindsTo", "sodium-channel", False),
                ("bupivacaine", "hasMechanismOfAction", "sodium-channel-blockade", False),
            },
        ),
        # the same in prose: the binding only (a mechanism is named from a numbered step)
        (
            "Tretinoin passes into the skin and attaches to retinoic acid receptors.",
            {("tretinoin", "bindsTo", "retinoic-acid-receptor", False)},
        ),
        # "and then" before the verb
        (
            "Mexiletine enters the heart cells and then blocks sodium channels.",
            {("mexiletine", "bindsTo", "sodium-channel", False)},
        ),
        # a channel opener in a numbered step: the binding and the channel's opening
        (
            "How it works:\n\n1. Nicorandil opens potassium channels in the walls of the blood vessels.\n",
            {
                ("nicorandil", "bindsTo", "potassium-channel", False),
                ("nicorandil", "hasMechanismOfAction", "potassium-channel-opening", False),
            },
        ),
        # a channel opener in prose: the binding, and (decision 0743: the medicine's first prose act when no numbered
        # step binds a receptor or a channel) its act
        (
            "Retigabine opens potassium channels in nerve cells.",
            {
                ("ezogabine", "bindsTo", "potassium-channel", False),
                ("ezogabine", "hasMechanismOfAction", "potassium-channel-opening", False),
            },
        ),
        # "opens" with no target after it names nothing
        ("Salbutamol opens the airways within minutes.", set()),
        # a protein named by what binds it is a target
        (
            "How it works:\n\n1. Cefalexin attaches to penicillin-binding proteins in the bacterial wall.\n",
            {("cephalexin", "bindsTo", "penicillin-binding-protein", False)},
        ),
        # proteins named by where they are are none
        ("Warfarin binds to plasma proteins in the blood.", set()),
        # the lay verb of activation in a numbered first step: the receptor's activation
        (
            "How it works:\n\n1. Bromocriptine attaches to dopamine D2 receptors in the pituitary gland and switches "
            "them on.\n",
            {
                ("bromocriptine", "bindsTo", "dopamine-d2-receptor", False),
                ("bromocriptine", "hasMechanismOfAction", "dopamine-d2-receptor-activation", False),
                # (the pituitary gland is a site since decision 0790: the first step places the drug there)
                ("bromocriptine", "actsOn", "pituitary-gland", False),
            },
        ),
        # a denied switching on names no act
        (
            "How it works:\n\n1. Naltrexone attaches to mu-opioid receptors, and it doesn't switch the receptor on.\n",
            {("naltrexone", "bindsTo", "mu-opioid-receptor", False)},
        ),
        (
            "How it works:\n\n1. Bromocriptine attaches to dopamine D2 receptors and does not switch them on.\n",
            {("bromocriptine", "bindsTo", "dopamine-d2-receptor", False)},
        ),
    ],
)
def test_first_steps(text: str, expected: set, lexicon: dict) -> None:
    assert _steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another agent inside the first phrase: whose act the second verb is, is unsaid
        ("Ciclosporin raises the level of tacrolimus and blocks calcineurin.", set()),
        # a relative clause before "and": the verb is not the sentence subject's
        ("Mexiletine is a drug which enters cells and blocks sodium channels.", set()),
        # a negated first phrase
        ("Mexiletine does not enter the brain and blocks sodium channels in the heart.", set()),
        # a copula as the first verb
        ("Mexiletine is similar to lidocaine and blocks sodium channels.", set()),
        # a second clause with its own subject keeps it
        (
            "Lidocaine reaches the nerve, but flecainide blocks sodium channels.",
            {("flecainide", "bindsTo", "sodium-channel", False)},
        ),
    ],
)
def test_no_coordinated_subject(text: str, expected: set, lexicon: dict) -> None:
    assert _steps(text, lexicon) == expected


AMOUNTS = frozenset({"increases", "decreases", "causes"})


def _amounts(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in AMOUNTS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chemical that lasts longer after a consequence's opener: the act before increases it
        (
            "How it works:\n\n1. Rivastigmine blocks acetylcholinesterase.\n"
            "2. As a result, acetylcholine stays in the brain for longer.\n",
            {("acetylcholinesterase-inhibition", "increases", "acetylcholine", False)},
        ),
        # a chemical that builds up in a numbered step
        (
            "How it works:\n\n1. Physostigmine blocks cholinesterase.\n"
            "2. Acetylcholine builds up between nerve cells.\n",
            {("cholinesterase-inhibition", "increases", "acetylcholine", False)},
        ),
        # a medicine that builds up is a dosing matter, no step
        (
            "How it works:\n\n1. Entacapone blocks catechol-O-methyltransferase.\n"
            "2. Levodopa builds up in the blood.\n",
            set(),
        ),
        # in prose without an opener of consequence: no step
        (
            "Rivastigmine blocks acetylcholinesterase. Acetylcholine stays in the brain for longer in some people.",
            set(),
        ),
        # a gloss of the blocked enzyme naming the chemical: the act is still the step a consequence follows
        (
            "Galantamine blocks acetylcholinesterase, the enzyme that breaks acetylcholine down. As a result, "
            "acetylcholine stays in the brain for longer.",
            {
                ("acetylcholinesterase", "decreases", "acetylcholine", False),
                ("acetylcholinesterase-inhibition", "increases", "acetylcholine", False),
            },
        ),
        # "makes less X" is an amount made, never a cause of X
        (
            "How it works:\n\n1. Carbimazole blocks thyroid peroxidase.\n"
            "2. With the enzyme blocked, the gland makes less thyroxine.\n",
            {("thyroid-peroxidase-inhibition", "decreases", "thyroxine", False)},
        ),
    ],
)
def test_amounts_after_a_step(text: str, expected: set, lexicon: dict) -> None:
    assert _amounts(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nerves firing fewer signals of a kind after the channels' blockade: the blockade lowers that signalling
        (
            "How it works:\n\n1. Mexiletine blocks the sodium channels in the nerves.\n"
            "2. With those channels blocked, the irritated nerves fire far fewer pain signals.\n",
            {("sodium-channel-blockade", "decreases", "pain-signalling", False)},
        ),
        # "then" and "nerve endings", a destination after the signals
        (
            "How it works:\n\n1. Mexiletine blocks the sodium channels in the nerves.\n"
            "2. Then the nerve endings send fewer pain signals to the brain.\n",
            {("sodium-channel-blockade", "decreases", "pain-signalling", False)},
        ),
        # in prose without a step's number or an opener of consequence: no step
        ("Mexiletine blocks sodium channels. The nerves fire fewer pain signals.", set()),
        # signals that say how, not what: no process
        (
            "How it works:\n\n1. Mexiletine blocks the sodium channels in the nerves.\n"
            "2. With those channels blocked, the nerves send fewer electrical signals.\n",
            set(),
        ),
    ],
)
def test_nerve_signals_as_a_later_step(text: str, expected: set, lexicon: dict) -> None:
    assert {k for k in _amounts(text, lexicon) if k[1] != "causes"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the active form, named so, of the medicine in focus after the sentence converting it: the medicine's act
        (
            "Valaciclovir treats shingles.\n\nThe gut and liver convert it into its active form, aciclovir.\n"
            "The active form blocks viral DNA polymerase.\n",
            {
                ("valacyclovir", "bindsTo", "viral-dna-polymerase", False),
                ("valacyclovir", "hasMechanismOfAction", "viral-dna-polymerase-inhibition", False),
            },
        ),
        # no conversion said: the drug in focus
        (
            "Zanamivir is a flu medicine.\n\n(b) The active form blocks neuraminidase on the virus.\n",
            {
                ("zanamivir", "bindsTo", "neuraminidase", False),
                ("zanamivir", "hasMechanismOfAction", "neuraminidase-inhibition", False),
            },
        ),
        # the active form of a drug the sentence names is that drug's
        (
            "Zanamivir is a flu medicine.\n\nThe active form of oseltamivir blocks neuraminidase.\n",
            {
                ("oseltamivir", "bindsTo", "neuraminidase", False),
                ("oseltamivir", "hasMechanismOfAction", "neuraminidase-inhibition", False),
            },
        ),
    ],
)
def test_the_active_form_is_the_drugs(text: str, expected: set, lexicon: dict) -> None:
    assert {k for k in _steps(text, lexicon) if k[1] != "actsOn"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spoken count opens a step ("Two, "), its "that" a determiner, not a relative clause's pronoun
        (
            "Diazoxide is used for low blood sugar.\n\nOne, the liver turns it into its active form.\n"
            "Two, that active form opens potassium channels in the pancreas.\n",
            {
                ("diazoxide", "bindsTo", "potassium-channel", False),
                ("diazoxide", "hasMechanismOfAction", "potassium-channel-opening", False),
            },
        ),
        # a count inside running prose is no line's step: the binding only
        (
            "Diazoxide is used for low blood sugar. Two, that active form opens potassium channels.",
            {("diazoxide", "bindsTo", "potassium-channel", False)},
        ),
        # a relative clause after a noun stays the noun's
        (
            "Diazoxide is used for low blood sugar.\n\nSo, that is how it works in the pancreas, which opens potassium "
            "channels.\n",
            set(),
        ),
    ],
)
def test_spoken_counts_open_steps(text: str, expected: set, lexicon: dict) -> None:
    assert {k for k in _steps(text, lexicon) if k[1] != "actsOn"} == expected
