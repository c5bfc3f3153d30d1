"""Decision 0706: a claim's subject and object are the entities the sentence says them of. A relative clause speaks
of its own noun (a class only when the drug is said to be one of it; people after ", who"), and a class set beside
a drug's name as its description is no second partner. Invented sentences, exact claim sets (subject, predicate,
object, negated, hedged).
"""

from __future__ import annotations

import pytest
from extracting import polarity_claims as _claims

CASES = [
    # a class the drug is said to be: the predicate noun names the drug, so the clause is the drug's (and the class's)
    (
        "Bisoprolol is a beta blocker, which can cause tiredness.",
        {
            ("bisoprolol", "isA", "beta-blocker", False, False),
            ("bisoprolol", "hasAdverseEffect", "fatigue", False, False),
            ("beta-blocker", "hasAdverseEffect", "fatigue", False, False),
        },
    ),
    # a class named as something else (a companion): its clause is not the drug's
    (
        "Bisoprolol is used with diuretics, which can cause dizziness.",
        {("diuretic", "hasAdverseEffect", "dizziness", False, False)},
    ),
    # the drug's own product named by a class-like head ("X eye drops"): still the drug's
    (
        "Do not mix up the tablets with timolol **eye drops**, which are used for glaucoma.",
        {("timolol", "treats", "glaucoma", False, False)},
    ),
    # people after ", who": what they may get is no contraindication
    (
        "Naproxen should not be given to people with asthma, who may get wheezing.",
        {("naproxen", "contraindicatedIn", "asthma", False, False)},
    ),
    (
        "Naproxen is not suitable for children, who should not take it.",
        {("naproxen", "contraindicatedIn", "children", False, False)},
    ),
    # a restrictive clause without a comma names no claim of the drug
    ("Naproxen does not contain lactose that can cause diarrhoea.", set()),
    ("Naproxen should not be taken with other medicines that can cause stomach ulcers.", set()),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_relative_clause_speaks_of_its_noun(text, expected, lexicon):
    assert _claims(text, lexicon) == expected


INTERACTIONS = """# Naproxen
## Interactions
- Metronidazole, an antibiotic, can cause confusion when taken with naproxen.
- Naproxen raises the levels of the blood thinner **warfarin**.
"""


def test_a_class_beside_a_drug_describes_it(lexicon):
    assert _claims(INTERACTIONS, lexicon) == {
        ("metronidazole", "isA", "antibiotic", False, False),
        ("naproxen", "interactsWith", "metronidazole", False, False),
        ("warfarin", "isA", "anticoagulant", False, False),
        ("naproxen", "interactsWith", "warfarin", False, False),
    }


ADVICE = """# Pilocarpine for dry mouth
## Other advice
- regular dental checks, because a dry mouth raises the risk of tooth decay
- it can cause sweating
"""


def test_a_condition_that_acts_owns_its_cue(lexicon):
    # under a heading, a bullet's cue whose subject is a condition is the condition's course, not the drug's effect
    # (the condition that raises the risk causes it: decision 0823)
    assert _claims(ADVICE, lexicon) == {
        ("pilocarpine", "hasAdverseEffect", "hyperhidrosis", False, False),
        ("xerostomia", "causes", "carious-teeth", False, False),
    }


PRONOUNS = """# Naproxen for pain
Naproxen eases pain. It can cause heartburn.
Gout is a painful arthritis. It causes swollen joints.
"""


def test_a_pronoun_resolves_in_one_place(lexicon):
    # the drug in focus for "It can cause", the condition (no claim of the drug) for an "It" after a condition
    assert _claims(PRONOUNS, lexicon) == {
        ("naproxen", "treats", "pain", False, False),
        ("naproxen", "hasAdverseEffect", "heartburn", False, False),
        ("gout", "isA", "arthritis", False, False),
        ("gout", "hasPhenotype", "joint-swelling", False, False),
    }


EXAMPLE = """# Naltrexone for alcohol dependence
Naltrexone blocks opioids. It is not for people still taking opioids, including methadone.
It is not recommended in pregnancy.
"""


def test_an_example_drug_is_no_owner(lexicon):
    # one table (subjects.NO_OWNER) keeps an example drug from the focus: the later "It" is still naltrexone
    assert ("naltrexone", "contraindicatedIn", "pregnant-women", False, False) in _claims(EXAMPLE, lexicon)
    assert not any(c[0] == "methadone" and c[1] == "contraindicatedIn" for c in _claims(EXAMPLE, lexicon))


UNOWNED = """# Allopurinol for gout
## Side effects
Some people get a rash, or a flare of gout from a change in uric acid levels.
"""


def test_a_body_chemical_does_not_take_the_headings_effects(lexicon):
    # under a side-effect heading, a chemical the body makes is no owner: the heading's drug keeps the sentence
    # (what "some people get" is Occasional, a hedged certainty: decision 0732)
    assert _claims(UNOWNED, lexicon) == {
        ("allopurinol", "hasAdverseEffect", "exanthema", False, True),
        ("allopurinol", "hasAdverseEffect", "gout", False, True),
    }


COURSE = """# Chloroquine for malaria
Chloroquine prevents malaria.
Hearing loss is rare in the first years, but the risk grows with longer use, and it can lead to deafness.
Chloroquine is usually well tolerated, and it can cause nausea.
"""


def test_it_after_a_condition_that_opens_the_sentence(lexicon):
    # "it" in a later clause of a sentence opened by a condition (no agent named) is the condition's course
    claims = _claims(COURSE, lexicon)
    assert not any(c[0] == "chloroquine" and c[2] == "deafness" for c in claims)
    assert ("chloroquine", "hasAdverseEffect", "nausea", False, False) in claims


COMPARED = [
    (
        "# Cinnarizine for travel sickness\nCinnarizine prevents travel sickness. Rarely, it can cause stiffness and "
        "shaking like Parkinson's disease.",
        set(),
    ),
    (
        "# Cinnarizine for travel sickness\nCinnarizine prevents travel sickness. It can cause side effects like "
        "drowsiness and headache.",
        {
            ("cinnarizine", "hasAdverseEffect", "somnolence", False, False),
            ("cinnarizine", "hasAdverseEffect", "headache", False, False),
        },
    ),
]


@pytest.mark.parametrize("text, effects", COMPARED)
def test_a_comparison_is_no_effect(text, effects, lexicon):
    # "shaking like Parkinson's disease": the effect resembles the disease; "side effects like X": X is an example
    assert {c for c in _claims(text, lexicon) if c[1] == "hasAdverseEffect"} == effects


RESTRICTIVE = [
    "Foods that contain lactose can cause bloating.",
    "People who take diuretics that cause dehydration should drink more.",
    "It is given with omeprazole, which protects the stomach.",
]


@pytest.mark.parametrize("sentence", RESTRICTIVE)
def test_a_relative_clause_without_the_drug_gives_it_nothing(sentence, lexicon):
    # a relative clause (with or without a comma) about another noun: the drug in focus keeps only its own claim
    text = "# Naproxen for pain\nNaproxen eases pain. " + sentence
    assert _claims(text, lexicon) == {("naproxen", "treats", "pain", False, False)}
