"""Interactions stated with their reason, and interaction verbs still unread (decision 0829): a warning against a pair
followed by its reason ("X should not be taken with A, because A raises its levels") is one asserted interaction,
the warning's denial never the reason's; a comparative of the drug's strength after "make" ("A makes X much weaker",
"A can make X less potent") is an interaction. The sentences are invented (other drugs, other wording); each test
asserts the exact set of interactions, polarity and hedging included."""

import pytest
from extracting import claims as keyed_claims
from extracting import interaction_claims

from ontology.lexicon import load_lexicon


def claims(lexicon: dict, text: str) -> set[tuple[frozenset, bool, bool]]:
    """The interactions of `text` as (unordered pair, negated, hedged): interactsWith is symmetric."""
    return {(frozenset((s, o)), n, h) for s, o, n, h in interaction_claims(lexicon, text)}


def pairs(*items: tuple[str, str, bool, bool]) -> set[tuple[frozenset, bool, bool]]:
    return {(frozenset((s, o)), n, h) for s, o, n, h in items}


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the warning alone, and the reason alone: one asserted interaction each
        ("Tacrolimus should not be taken with clarithromycin.", {("tacrolimus", "clarithromycin", False, False)}),
        ("Clarithromycin raises the level of tacrolimus.", {("clarithromycin", "tacrolimus", False, False)}),
        # the warning and its reason together: still the one asserted interaction, never nothing
        (
            "Tacrolimus should not be taken with clarithromycin, because clarithromycin raises its levels.",
            {("tacrolimus", "clarithromycin", False, False)},
        ),
        (
            "Sildenafil must not be used with ritonavir, as ritonavir makes sildenafil much stronger.",
            {("sildenafil", "ritonavir", False, False)},
        ),
        (
            "Tamoxifen should not be taken with paroxetine, since paroxetine can make tamoxifen less effective.",
            {("tamoxifen", "paroxetine", False, False)},
        ),
        (
            "Do not take mycophenolate with rifampicin, because rifampicin makes it work less well.",
            {("mycophenolic-acid", "rifampin", False, False)},
        ),
        (
            "Simvastatin should never be taken with itraconazole; itraconazole raises its levels a great deal.",
            {("simvastatin", "itraconazole", False, False)},
        ),
        # a reason with a denial of its own keeps it: "not" before the partner names no warning
        (
            "Tacrolimus is not usually a problem with paracetamol, because paracetamol does not raise its levels.",
            {("tacrolimus", "acetaminophen", True, False)},
        ),
        # a warning whose partner the reason does not name: the warning's interaction only
        (
            "Tacrolimus should not be taken with clarithromycin, because the two together harm the kidneys.",
            {("tacrolimus", "clarithromycin", False, False)},
        ),
    ],
)
def test_warning_with_its_reason(lexicon, text, expected):
    assert claims(lexicon, text) == pairs(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phenobarbital makes warfarin much weaker.", {("phenobarbital", "warfarin", False, False)}),
        (
            "Phenobarbital and primidone make warfarin far weaker.",
            {("phenobarbital", "warfarin", False, False), ("warfarin", "primidone", False, False)},
        ),
        ("Rifabutin can make methadone less potent.", {("rifabutin", "methadone", False, False)}),
        ("Fluconazole may make phenytoin a lot stronger.", {("fluconazole", "phenytoin", False, True)}),
        ("Rifampicin may make levonorgestrel less reliable.", {("rifampin", "levonorgestrel", False, True)}),
        # how much of the drug gets into the body
        (
            "Sevelamer lowers how much ciprofloxacin gets into the blood.",
            {("sevelamer", "ciprofloxacin", False, False)},
        ),
        ("Food reduces how much sugar gets into the blood.", set()),
        # a denial of the change is a denied interaction
        ("Azithromycin does not make warfarin stronger.", {("azithromycin", "warfarin", True, False)}),
        # what is made stronger is no drug: no interaction
        ("Regular exercise makes the heart muscle stronger.", set()),
        ("Vitamin D makes your bones stronger.", set()),
        # a class with its named members: each member interacts ("some" leaves the class out, decision 0741)
        (
            "Some epilepsy medicines, such as primidone and phenobarbital, make warfarin weaker.",
            {("warfarin", "primidone", False, False), ("phenobarbital", "warfarin", False, False)},
        ),
    ],
)
def test_comparative_of_strength(lexicon, text, expected):
    assert claims(lexicon, text) == pairs(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compatibility whose reason denies the change: denied, never a warning for its change words
        (
            "Lithium can be taken with paracetamol, because paracetamol does not change its levels.",
            {("lithium", "acetaminophen", True, False)},
        ),
        # a compatibility with a warning after it: the warning's reading
        (
            "Lithium can be taken with naproxen, but its levels should be checked, as naproxen may raise them.",
            {("lithium", "naproxen", False, True)},
        ),
        # kept: a warning asserts the interaction, a compatibility denies it
        ("Do not take lithium with naproxen.", {("lithium", "naproxen", False, False)}),
        ("Lithium can be taken with paracetamol.", {("lithium", "acetaminophen", True, False)}),
    ],
)
def test_warning_and_compatibility_kept(lexicon, text, expected):
    assert claims(lexicon, text) == pairs(*expected)


#: A text about one drug: "it" is that drug.
GUIDE = "Citalopram: a patient guide\n\nCitalopram is used for depression. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner to avoid while taking the drug named by a pronoun: an interaction with the text's drug
        ("Avoid alcohol while taking it.", {("citalopram", "alcohol", False, False)}),
        ("Alcohol is best avoided while you are on it.", {("citalopram", "alcohol", False, False)}),
        (
            "Do not take aspirin or naproxen while using it.",
            {("citalopram", "aspirin", False, False), ("citalopram", "naproxen", False, False)},
        ),
        # leave to drink: a denied interaction
        ("You can drink alcohol while taking it.", {("citalopram", "alcohol", True, False)}),
        # advice to take something beside it: a co-use, no interaction either way
        ("You can take paracetamol for pain while taking it.", set()),
        ("Take omega-3 supplements every day while taking it.", set()),
        ("Take vitamin D while taking citalopram.", set()),
        # nothing taken: no interaction
        ("Some people feel dizzy while taking it.", set()),
    ],
)
def test_avoided_while_taking_it(lexicon, text, expected):
    assert claims(lexicon, GUIDE + text) == pairs(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text's drug as the agent, named by a pronoun opening the sentence; the verb's modal hedges it
        ("It may strengthen digoxin.", {("citalopram", "digoxin", False, True)}),
        ("It can make metoprolol work less well.", {("citalopram", "metoprolol", False, False)}),
        ("It does not make metoprolol work less well.", {("citalopram", "metoprolol", True, False)}),
        # how much of the text's drug the body absorbs, named by its pronoun
        (
            "Antacids and sucralfate reduce how much of it your body absorbs.",
            {("citalopram", "antacid", False, False), ("citalopram", "sucralfate", False, False)},
        ),
        # "it" after a sentence about another drug is no agent of the text's drug
        ("Rifampicin is an antibiotic. It can make warfarin weaker.", set()),
    ],
)
def test_pronoun_as_the_agent(lexicon, text, expected):
    assert claims(lexicon, GUIDE + text) == pairs(*expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doses to be spaced hours apart: the pair interacts
        (
            "Zinc supplements should be taken at least two hours apart from it.",
            {("citalopram", "zinc-supplement", False, False)},
        ),
        (
            "Take antacids at least four hours apart from doxycycline.",
            {("doxycycline", "antacid", False, False)},
        ),
        # the drug's own doses spaced, or meals: no partner
        ("Take the two doses twelve hours apart from each other.", set()),
    ],
)
def test_doses_spaced_apart(lexicon, text, expected):
    assert claims(lexicon, GUIDE + text) == pairs(*expected)


#: A text about one drug, and a sentence that states an interaction of it.
STATED = "Lisinopril: a patient guide\n\nLisinopril lowers blood pressure. Antacids stop lisinopril being absorbed. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent that does the same as the last sentence's partner: an interaction with the same drug
        ("Sucralfate can do the same.", {("lisinopril", "sucralfate", False, False)}),
        ("Milk may have the same effect.", {("lisinopril", "milk", False, True)}),
        (
            "The same goes for iron tablets and zinc supplements.",
            {("lisinopril", "iron-supplement", False, False), ("lisinopril", "zinc-supplement", False, False)},
        ),
        # a denial gives nothing either way; a class narrowed by "strong" is broader than the text
        ("Paracetamol does not do the same.", set()),
        ("The same goes for strong painkillers.", set()),
    ],
)
def test_does_the_same(lexicon, text, expected):
    assert claims(lexicon, STATED + text) - claims(lexicon, STATED) == pairs(*expected)


@pytest.mark.parametrize(
    "text",
    [
        # the last sentence states no interaction of the text's drug: "the same" is no interaction
        "Lisinopril: a patient guide\n\nRamipril can cause a cough. Enalapril can do the same.",
        "Lisinopril: a patient guide\n\nLisinopril is used for high blood pressure. Losartan raises the level of "
        "digoxin. Amiodarone can do the same.",
    ],
)
def test_the_same_without_an_interaction_of_the_drug(lexicon, text):
    assert not any("enalapril" in pair or "amiodarone" in pair for pair, _, _ in claims(lexicon, text))


def test_one_claim_keeps_the_warnings_outcome(lexicon):
    """A warning with its reason is one claim; the outcome the sentence names is its qualifier, whichever rule read
    the pair first."""
    text = (
        "Azathioprine should not be taken with allopurinol, because allopurinol raises its levels and can cause "
        "anaemia."
    )
    found = {k: c for k, c in keyed_claims(text, lexicon).items() if k[1] == "interactsWith"}
    assert set(found) == {("azathioprine", "interactsWith", "allopurinol", False)}
    assert dict(found[("azathioprine", "interactsWith", "allopurinol", False)].qualifiers) == {
        "interactionOutcome": ("anemia",)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner that works against the drug, cancels or undoes its effect
        ("Metoclopramide works against it.", {("citalopram", "metoclopramide", False, False)}),
        ("Linezolid would cancel it out.", {("citalopram", "linezolid", False, False)}),
        ("Some antihistamines can undo its effect.", {("citalopram", "antihistamine", False, False)}),
        ("Naloxone can undo the effect of morphine.", {("naloxone", "morphine", False, False)}),
        ("Metoclopramide does not work against it.", {("citalopram", "metoclopramide", True, False)}),
        # what the drug works against is no drug: no interaction
        ("It works against low mood.", set()),
    ],
)
def test_works_against(lexicon, text, expected):
    assert claims(lexicon, GUIDE + text) == pairs(*expected)
