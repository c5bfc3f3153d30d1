"""Decision 1126: three shapes that gave a use the text does not state. A condition after "in <people> with / who
have / in whom" right after a use describes who gets the drug for that use, no use of its own ("It treats Y in adults
with a large spleen"); in "it doesn't interact with A, and it's fine with B for Y" the drug of the earlier clause (A)
is not what is taken for Y; and a sentence of a unit that names its own subject right before the cue ("**Use it on
my thigh.** Adrenaline treats Y") takes no subject from the pronoun of the sentence before.
Each case asserts the whole set of claims the short text gives: (subject, predicate, object, negated, certainty). The
sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.own_subjects import own_sentence_subject
from graph_build.text.units import Unit

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people after the use, with a sign and an illness of theirs: only the use
        (
            "Ruxolitinib for myelofibrosis\n\nIt treats myelofibrosis in adults with a large spleen or moderate "
            "anaemia.",
            {("ruxolitinib", "treats", "primary-myelofibrosis", False, "Asserted")},
        ),
        # "in whom" right after the use
        (
            "Eluxadoline for IBS\n\nIt is prescribed for adults with severe IBS in whom diarrhoea is the main symptom.",
            {("eluxadoline", "treats", "irritable-bowel-syndrome", False, "Asserted")},
        ),
        # "who also have"
        (
            "Finerenone for kidney disease\n\nIt is for chronic kidney disease in adults who also have type 2 "
            "diabetes.",
            {("finerenone", "treats", "chronic-renal-insufficiency", False, "Asserted")},
        ),
        # hedged: the use keeps its hedge, the people's illness is still no use
        (
            "Ruxolitinib for myelofibrosis\n\nIt may be used for myelofibrosis in adults with anaemia.",
            {("ruxolitinib", "treats", "primary-myelofibrosis", False, "Possible")},
        ),
        # another drug's use: the same
        (
            "Metformin for diabetes\n\nHer ramipril treats high blood pressure in people with diabetes.",
            {("ramipril", "treats", "hypertension", False, "Asserted")},
        ),
        # near miss: a list of uses, then who (no condition of theirs): both uses
        (
            "Ruxolitinib for myelofibrosis\n\nIt treats myelofibrosis and anaemia in adults.",
            {
                ("ruxolitinib", "treats", "primary-myelofibrosis", False, "Asserted"),
                ("ruxolitinib", "treats", "anemia", False, "Asserted"),
            },
        ),
        # near miss: the people open the use ("used in people with Y"): the use stays
        (
            "Ruxolitinib for myelofibrosis\n\nIt is used in people with myelofibrosis.",
            {("ruxolitinib", "treats", "primary-myelofibrosis", False, "Asserted")},
        ),
        # negated: the denied use stays denied
        (
            "Allopurinol for gout\n\nIt is not a treatment for gout attacks in people with kidney disease.",
            {("allopurinol", "treats", "gout", True, "Asserted")},
        ),
        # a question: no use
        ("Ruxolitinib for myelofibrosis\n\nIs it used for myelofibrosis in adults with anaemia?", set()),
        # "fine with B for Y" after a clause about another drug: no use for the first drug
        (
            "Ofatumumab for MS\n\nIt doesn't interact with my blood pressure tablets, and it's fine with ibuprofen for "
            "my back.",
            {
                ("ofatumumab", "interactsWith", "antihypertensive-agent", True, "Asserted"),
                ("ofatumumab", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # the same after a semicolon
        (
            "Ofatumumab for MS\n\nIt doesn't interact with my statin; it's fine with ibuprofen for my back.",
            {
                ("ofatumumab", "interactsWith", "hydroxymethylglutaryl-coa-reductase-inhibitor", True, "Asserted"),
                ("ofatumumab", "interactsWith", "ibuprofen", True, "Asserted"),
            },
        ),
        # a bold lead-in and a sentence with its own subject: not the pronoun's drug
        (
            "Pegvaliase for phenylketonuria\n\n**If I collapse, it's in my bag: use it on my thigh.** Adrenaline "
            "treats anaphylaxis.",
            set(),
        ),
        # near miss: the next sentence's subject is the pronoun: the drug's use
        (
            "Pegvaliase for phenylketonuria\n\n**Keep it in the fridge.** It treats phenylketonuria.",
            {("pegvaliase", "treats", "phenylketonurias", False, "Asserted")},
        ),
        # near miss: the next sentence names the drug itself
        (
            "Lisinopril for blood pressure\n\n**Take it in the morning.** Lisinopril treats high blood pressure.",
            {("lisinopril", "treats", "hypertension", False, "Asserted")},
        ),
    ],
)
def test_use_precision(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_own_subject_only_after_a_sentence_of_the_unit():
    assert not own_sentence_subject(Unit("Adrenaline treats Y.", []), 11)
    t = "**Use it on my thigh.** Doctors use it for Y."
    assert not own_sentence_subject(Unit(t, []), t.index("use it for"))
