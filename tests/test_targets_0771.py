"""Decision 0771: targets and mechanisms of action on new text. The sentences are invented (other drugs, other
targets, other wording than any development text); each test asserts the exact set of bindsTo /
hasMechanismOfAction claims (polarity included)."""

import pytest
from extracting import claims

TARGETS = ("bindsTo", "hasMechanismOfAction")


def _of(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in TARGETS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation first, the target's name in brackets after it: the abbreviation names the target later
        (
            "Your kidneys rely on an enzyme known as ACE (angiotensin-converting enzyme). Ramipril attaches to ACE "
            "and blocks it.",
            {
                ("ramipril", "bindsTo", "angiotensin-converting-enzyme", False),
                ("ramipril", "hasMechanismOfAction", "angiotensin-converting-enzyme-inhibition", False),
            },
        ),
        (
            "The liver makes uric acid with XO (xanthine oxidase). Febuxostat blocks XO.",
            {
                ("febuxostat", "bindsTo", "xanthine-oxidase", False),
                ("febuxostat", "hasMechanismOfAction", "xanthine-oxidase-inhibition", False),
            },
        ),
        # a denial keeps its polarity, and names no mechanism
        (
            "The body needs ACE (angiotensin-converting enzyme) to make angiotensin. Losartan does not block ACE.",
            {("losartan", "bindsTo", "angiotensin-converting-enzyme", True)},
        ),
        # letters that are not the bracket's initials, or a bracket that names no target: nothing learned
        ("The body needs AE (angiotensin-converting enzyme). Ramipril blocks AE.", set()),
        ("A study called ACE (a cohort of elders) ran for years. Ramipril blocks ACE.", set()),
    ],
)
def test_target_named_by_an_abbreviation_before_its_name(lexicon, text, expected):
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "First, it blocks ...": the first of the acts a text lists is the medicine's own act
        (
            "Metoprolol lowers blood pressure in two ways. First, it blocks the beta-1 receptors in the heart.",
            {
                ("metoprolol", "bindsTo", "beta-1-adrenergic-receptor", False),
                ("metoprolol", "hasMechanismOfAction", "beta-1-adrenergic-receptor-blockade", False),
            },
        ),
        (
            "Pramipexole eases restless legs. Firstly, pramipexole activates dopamine D2 receptors in the brain.",
            {
                ("pramipexole", "bindsTo", "dopamine-d2-receptor", False),
                ("pramipexole", "hasMechanismOfAction", "dopamine-d2-receptor-activation", False),
            },
        ),
        # hedged or denied: the binding as the sentence says it, no mechanism
        (
            "Metoprolol lowers blood pressure. First, it may block the beta-1 receptors in the heart.",
            {("metoprolol", "bindsTo", "beta-1-adrenergic-receptor", False)},
        ),
        (
            "Metoprolol lowers blood pressure. First, it does not block the beta-2 receptors in the lungs.",
            {("metoprolol", "bindsTo", "beta-2-adrenergic-receptor", True)},
        ),
    ],
)
def test_first_of_listed_acts(lexicon, text, expected):
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a carrier, a transporter or a pump called by name is inhibited, as an enzyme called by name is
        (
            "Empagliflozin blocks a carrier protein called SGLT2 in the kidney.",
            {
                ("empagliflozin", "bindsTo", "sglt2", False),
                ("empagliflozin", "hasMechanismOfAction", "sglt2-inhibition", False),
            },
        ),
        (
            "Probenecid blocks a transporter known as URAT1 in the kidney.",
            {
                ("probenecid", "bindsTo", "urat1", False),
                ("probenecid", "hasMechanismOfAction", "urat1-inhibition", False),
            },
        ),
        # a denial: the denied binding only
        (
            "Empagliflozin does not block a carrier protein called SGLT1.",
            {("empagliflozin", "bindsTo", "sglt1", True)},
        ),
    ],
)
def test_carrier_called_by_name(lexicon, text, expected):
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an enzyme by its gene symbol, in capitals: the vocabulary's enzyme
        (
            "Much of each levodopa dose is broken down by an enzyme called COMT. Opicapone blocks COMT.",
            {
                ("opicapone", "bindsTo", "catechol-o-methyltransferase", False),
                ("opicapone", "hasMechanismOfAction", "catechol-o-methyltransferase-inhibition", False),
            },
        ),
        # (and its inhibition: the enzyme's number after its head, decision 0843)
        (
            "Linagliptin blocks DPP-4.",
            {
                ("linagliptin", "bindsTo", "dipeptidyl-peptidase-4", False),
                ("linagliptin", "hasMechanismOfAction", "dipeptidyl-peptidase-4-inhibition", False),
            },
        ),
        ("Linagliptin does not block DPP-4 in the gut.", {("linagliptin", "bindsTo", "dipeptidyl-peptidase-4", True)}),
        # a symbol left out of the table names nothing (MAO-B: the vocabulary has monoamine oxidase only)
        ("Safinamide blocks MAO-B.", set()),
    ],
)
def test_enzyme_by_its_symbol(lexicon, text, expected):
    assert _of(text, lexicon) == expected


def test_apposition_names_no_second_target(lexicon):
    # "one kind, the 5-HT4 receptor": the apposition names the words before it, no "one kind receptor" is minted
    text = "Tegaserod attaches to one kind, the 5-HT4 receptor, and switches it on."
    assert _of(text, lexicon) == {
        ("tegaserod", "bindsTo", "serotonin-5-ht4-receptor", False),
        ("tegaserod", "hasMechanismOfAction", "serotonin-5-ht4-receptor-activation", False),
    }
    # a list of codes still shares its head
    assert _of("Ondansetron blocks 5-HT2 and 5-HT3 receptors.", lexicon) == {
        ("ondansetron", "bindsTo", "serotonin-5-ht2-receptor", False),
        ("ondansetron", "bindsTo", "serotonin-5-ht3-receptor", False),
    }
