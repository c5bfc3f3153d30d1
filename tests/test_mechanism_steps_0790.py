"""Decision 0790: mechanism steps on new text. The sentences are invented (other drugs, other wording than any
development text); each test asserts the exact set of mechanism claims (increases, decreases, causes,
hasMechanismOfAction, bindsTo), polarity and hedge included."""

import pytest
from extracting import MECHANISM, polarity_claims


def _of(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in polarity_claims(text, lexicon) if k[1] in MECHANISM}


VASO_DOWN = ("vasodilation", "decreases", "blood-pressure", False, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the vessels named by their state open the sentence, the quantity after "and so"
        ("Wider vessels let the blood through more easily, and so the blood pressure falls.", {VASO_DOWN}),
        # the vessels' own verb, then ", and" the quantity
        ("The small blood vessels then relax and widen, and the blood pressure falls.", {VASO_DOWN}),
        # arteries widening are the vasodilation; ", so"
        ("The arteries relax and widen, so the blood pressure falls.", {VASO_DOWN}),
        # the same with another quantity and a rise
        ("The vessels widen, so the heart rate rises.", {("vasodilation", "increases", "heart-rate", False, False)}),
        # the state as the subject of a lowering verb: the verb's own cue, hedged as written
        ("Wider arteries may lower the blood pressure a little.", {(*VASO_DOWN[:4], True)}),
        # denied, kept denied
        (
            "Widened vessels do not lower the pressure inside the eye.",
            {("vasodilation", "decreases", "intraocular-pressure", True, False)},
        ),
        # narrowed arteries raise it
        (
            "Narrowed arteries raise the blood pressure.",
            {("vasoconstriction", "increases", "blood-pressure", False, False)},
        ),
        # "but": no consequence
        ("The vessels widen, but the blood pressure falls only a little.", set()),
        # the widening in a subordinate clause: not this rule's subject
        ("When the vessels widen, the blood pressure falls.", set()),
        ("Blood pressure falls because the vessels widen.", set()),
        # the state not opening its clause: no process
        ("Blood moves through wider vessels, and so the blood pressure falls.", set()),
        # arteries narrowing with age: a course, no process
        ("The coronary arteries narrow with age, and so blood pressure rises.", set()),
    ],
)
def test_vessel_consequence(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the binding, then the act as the next sentence's own verb on the target's kind
        (
            "Prazosin attaches to alpha-1 receptors on the muscle of the prostate. It blocks these receptors, so the "
            "flow improves.",
            {
                ("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", False, False),
                ("prazosin", "hasMechanismOfAction", "alpha-1-adrenergic-receptor-blockade", False, False),
            },
        ),
        (
            "Bromocriptine binds to dopamine D2 receptors. It then activates these receptors.",
            {
                ("bromocriptine", "bindsTo", "dopamine-d2-receptor", False, False),
                ("bromocriptine", "hasMechanismOfAction", "dopamine-d2-receptor-activation", False, False),
            },
        ),
        # denied: the binding stays, the denied blocking gives no act
        (
            "Prazosin attaches to alpha-1 receptors. It does not block these receptors.",
            {
                ("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", False, False),
                ("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", True, False),
            },
        ),
        # another kind of target in the next sentence: no act of the receptor
        (
            "Prazosin attaches to alpha-1 receptors. It blocks the enzymes in the liver.",
            {("prazosin", "bindsTo", "alpha-1-adrenergic-receptor", False, False)},
        ),
    ],
)
def test_act_in_the_next_sentence(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "switches them off": the lay verb of a pump's or an enzyme's inhibition
        (
            "Omeprazole attaches to proton pumps and switches them off.",
            {
                ("omeprazole", "bindsTo", "proton-pump", False, False),
                ("omeprazole", "hasMechanismOfAction", "proton-pump-inhibition", False, False),
            },
        ),
        (
            "Allopurinol binds to xanthine oxidase and turns it off.",
            {
                ("allopurinol", "bindsTo", "xanthine-oxidase", False, False),
                ("allopurinol", "hasMechanismOfAction", "xanthine-oxidase-inhibition", False, False),
            },
        ),
        # denied: no inhibition
        (
            "Omeprazole attaches to proton pumps but does not switch them off.",
            {("omeprazole", "bindsTo", "proton-pump", False, False)},
        ),
    ],
)
def test_switched_off(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


BETA = {
    ("metoprolol", "bindsTo", "beta-1-adrenergic-receptor", False, False),
    ("metoprolol", "hasMechanismOfAction", "beta-1-adrenergic-receptor-blockade", False, False),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the medicine's own act in prose, then a sentence opening with the act as a state: the step follows from it
        (
            "Labetalol blocks alpha-1 receptors in the walls of the arteries. With these receptors blocked, the "
            "arteries relax and widen.",
            {
                ("labetalol", "bindsTo", "alpha-1-adrenergic-receptor", False, False),
                ("labetalol", "hasMechanismOfAction", "alpha-1-adrenergic-receptor-blockade", False, False),
                ("alpha-1-adrenergic-receptor-blockade", "increases", "vasodilation", False, False),
            },
        ),
        (
            "Metoprolol blocks beta-1 receptors in the heart. With those blocked, the heart beats more slowly.",
            BETA | {("beta-1-adrenergic-receptor-blockade", "decreases", "heart-rate", False, False)},
        ),
        # "the muscle relaxes and the vessels widen": one widening, after the with-state
        (
            "Phentolamine blocks alpha receptors. With the receptors blocked, the muscle relaxes and the blood vessels "
            "widen.",
            {
                ("phentolamine", "bindsTo", "alpha-adrenergic-receptor", False, False),
                ("phentolamine", "hasMechanismOfAction", "alpha-adrenergic-receptor-blockade", False, False),
                ("alpha-adrenergic-receptor-blockade", "increases", "vasodilation", False, False),
            },
        ),
        # the state as a clause of time: "When these channels open", "Once these channels are blocked"
        (
            "Minoxidil opens potassium channels in the artery walls. When these channels open, less calcium gets "
            "into the muscle cells.",
            {
                ("minoxidil", "bindsTo", "potassium-channel", False, False),
                ("minoxidil", "hasMechanismOfAction", "potassium-channel-opening", False, False),
                ("potassium-channel-opening", "decreases", "calcium-influx", False, False),
            },
        ),
        (
            "Nifedipine blocks calcium channels in the artery walls. Once these channels are blocked, less calcium "
            "enters the muscle cells.",
            {
                ("nifedipine", "bindsTo", "calcium-channel", False, False),
                ("nifedipine", "hasMechanismOfAction", "calcium-channel-blockade", False, False),
                ("calcium-channel-blockade", "decreases", "calcium-influx", False, False),
            },
        ),
        # a denied crossing: no step
        (
            "Nifedipine blocks calcium channels in the artery walls. When these channels are blocked, more calcium "
            "does not enter the muscle cells.",
            {
                ("nifedipine", "bindsTo", "calcium-channel", False, False),
                ("nifedipine", "hasMechanismOfAction", "calcium-channel-blockade", False, False),
            },
        ),
        # the heart's force beside its rate: the contractility falls too
        (
            "Metoprolol blocks beta-1 receptors in the heart. With those blocked, the heart beats more slowly and "
            "less forcefully.",
            BETA
            | {
                ("beta-1-adrenergic-receptor-blockade", "decreases", "heart-rate", False, False),
                ("beta-1-adrenergic-receptor-blockade", "decreases", "myocardial-contractility", False, False),
            },
        ),
        (
            "How it works:\n\n1. Carvedilol blocks beta-1 receptors in the heart.\n2. With these receptors blocked, "
            "the heart beats less strongly.",
            {
                ("carvedilol", "bindsTo", "beta-1-adrenergic-receptor", False, False),
                ("carvedilol", "hasMechanismOfAction", "beta-1-adrenergic-receptor-blockade", False, False),
                ("beta-1-adrenergic-receptor-blockade", "decreases", "myocardial-contractility", False, False),
            },
        ),
        # no step before, or an agent of its own: nothing
        ("The heart beats less forcefully when you are asleep.", set()),
        ("Digoxin makes the heart beat more strongly.", set()),
        # "As a result" after a prose act: not kept (the golds name such steps otherwise)
        ("Metoprolol blocks beta-1 receptors in the heart. As a result, the heart beats more slowly.", BETA),
        # "also": no act of its own in prose, no step
        (
            "Metoprolol also blocks beta-1 receptors in the heart. With those blocked, the heart beats more slowly.",
            {("metoprolol", "bindsTo", "beta-1-adrenergic-receptor", False, False)},
        ),
        # hedged and denied acts: no act, no step
        (
            "Metoprolol may block beta-1 receptors in the heart. With those blocked, the heart beats more slowly.",
            {("metoprolol", "bindsTo", "beta-1-adrenergic-receptor", False, True)},
        ),
        (
            "Metoprolol does not block beta-1 receptors in the heart. With those blocked, the heart beats more slowly.",
            {("metoprolol", "bindsTo", "beta-1-adrenergic-receptor", True, False)},
        ),
    ],
)
def test_step_after_a_prose_act(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


def _sites(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in polarity_claims(text, lexicon) if k[1] == "actsOn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target on the site's cells or muscle: the site is where the drug acts
        ("Flecainide blocks sodium channels in the heart muscle cells.", {("flecainide", "actsOn", "heart")}),
        (
            "Quinagolide binds to dopamine D2 receptors on the cells of the pituitary and switches them on.",
            {("quinagolide", "actsOn", "pituitary-gland")},
        ),
        (
            "Alfuzosin blocks alpha-1 receptors on the muscle in the prostate and the neck of the bladder.",
            {("alfuzosin", "actsOn", "prostate")},
        ),
        (
            "How it works:\n\n1. Pergolide attaches to dopamine D2 receptors on the hormone-making cells of the "
            "pituitary gland and switches them on.",
            {("pergolide", "actsOn", "pituitary-gland")},
        ),
        # the place after a target named by its chemical, and a second "in the S"
        (
            "Spironolactone binds to the receptors that aldosterone normally uses, in the kidneys and in the heart, "
            "and blocks them.",
            {("spironolactone", "actsOn", "kidney"), ("spironolactone", "actsOn", "heart")},
        ),
        # a hedged act keeps its hedge; no prose act (a binding with no act, "also"), no site
        (
            "Flecainide may block sodium channels in the heart muscle cells.",
            set(),
        ),
        ("Flecainide also blocks sodium channels in the heart muscle cells.", set()),
        # (a binding with no act, the medicine named opening it: its place since decision 0880)
        (
            "Quinagolide binds to dopamine D2 receptors on the cells of the pituitary gland.",
            {("quinagolide", "actsOn", "pituitary-gland")},
        ),
    ],
)
def test_site_by_its_cells(text: str, expected: set, lexicon: dict) -> None:
    assert {k[:3] for k in _sites(text, lexicon)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a receptor named by the chemical that uses it: the vocabulary's name for that chemical's receptor
        (
            "Spironolactone attaches to the receptors that aldosterone normally uses and blocks them.",
            {
                ("spironolactone", "bindsTo", "mineralocorticoid-receptor", False, False),
                ("spironolactone", "hasMechanismOfAction", "mineralocorticoid-receptor-blockade", False, False),
            },
        ),
        # a carrier named by what it carries: the vocabulary's transporter, or one named so
        (
            "Fluoxetine blocks the pumps that carry serotonin back into nerve cells.",
            {
                ("fluoxetine", "bindsTo", "serotonin-transporter", False, False),
                ("fluoxetine", "hasMechanismOfAction", "serotonin-reuptake-inhibition", False, False),
            },
        ),
        (
            "Probenecid blocks the carriers that take uric acid back into the kidney cells.",
            {
                ("probenecid", "bindsTo", "uric-acid-transporter", False, False),
                ("probenecid", "hasMechanismOfAction", "uric-acid-transporter-inhibition", False, False),
            },
        ),
        # "the hormone" / "this hormone": the one the paragraph named by its kind before (a title names the
        # document's drug, whose own act in prose is read)
        (
            "Losartan\nYour body makes a hormone called angiotensin II. Losartan blocks the receptors that this "
            "hormone uses.",
            {
                ("losartan", "bindsTo", "angiotensin-receptor", False, False),
                ("losartan", "hasMechanismOfAction", "angiotensin-receptor-blockade", False, False),
            },
        ),
        (
            "Valsartan\nAngiotensin II is a hormone that squeezes the arteries. Valsartan blocks the receptors that "
            "the hormone works through. With those blocked, the vessels open up.",
            {
                ("valsartan", "bindsTo", "angiotensin-receptor", False, False),
                ("valsartan", "hasMechanismOfAction", "angiotensin-receptor-blockade", False, False),
                ("angiotensin-receptor-blockade", "increases", "vasodilation", False, False),
            },
        ),
        # denied: a denied binding, no act
        (
            "Spironolactone does not block the receptors that aldosterone uses.",
            {("spironolactone", "bindsTo", "mineralocorticoid-receptor", True, False)},
        ),
        # "the hormone" names no chemical; a chemical no vocabulary names a receptor of: nothing
        ("Candesartan blocks the receptors that the hormone works through.", set()),
        ("Nalmefene blocks the receptors that endorphins act on.", set()),
    ],
)
def test_target_by_its_chemical(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A or B" after a lowering verb: each quantity, the denial kept on both
        (
            "Ivabradine does not lower the heart rate or the blood pressure.",
            {
                ("ivabradine", "decreases", "heart-rate", True, False),
                ("ivabradine", "decreases", "blood-pressure", True, False),
            },
        ),
        # hedged, kept hedged on both
        (
            "Salbutamol may raise the heart rate or the blood pressure.",
            {
                ("albuterol", "increases", "heart-rate", False, True),
                ("albuterol", "increases", "blood-pressure", False, True),
            },
        ),
    ],
)
def test_either_quantity(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Unlike A, it does not V Y": A V Y asserted, the drug's own step denied
        (
            "Nifedipine\nUnlike beta blockers, it does not slow down the heart rate or lower the blood pressure much.",
            {
                ("nifedipine", "decreases", "blood-pressure", True, False),
                ("beta-blocker", "decreases", "blood-pressure", False, False),
                # (the heart rate slowed down: decision 0892)
                ("nifedipine", "decreases", "heart-rate", True, False),
                ("beta-blocker", "decreases", "heart-rate", False, False),
            },
        ),
        (
            "Amlodipine\nUnlike most diuretics, amlodipine does not lower the blood pressure by making you pass urine.",
            {
                ("amlodipine", "decreases", "blood-pressure", True, False),
                ("diuretic", "decreases", "blood-pressure", False, False),
            },
        ),
        (
            "Ivabradine\nUnlike beta blockers and some other heart tablets, it does not lower the blood pressure.",
            {
                ("ivabradine", "decreases", "blood-pressure", True, False),
                ("beta-blocker", "decreases", "blood-pressure", False, False),
            },
        ),
        # a hedged denial says nothing of A
        (
            "Ivabradine\nUnlike beta blockers, it may not lower the blood pressure.",
            {("ivabradine", "decreases", "blood-pressure", True, True)},
        ),
        # not an opening contrast
        (
            "Ivabradine does not lower the blood pressure, unlike beta blockers.",
            {("ivabradine", "decreases", "blood-pressure", True, False)},
        ),
    ],
)
def test_contrasted_medicine(text: str, expected: set, lexicon: dict) -> None:
    assert _of(text, lexicon) == expected


def test_contrast_with_an_asserted_clause_says_nothing_of_the_other(lexicon: dict) -> None:
    text = "Ivabradine\nUnlike beta blockers, it lowers the heart rate without lowering the blood pressure."
    found = _of(text, lexicon)
    assert not any(k[0] == "beta-blocker" for k in found)
