"""Decision 1036: an illness that is one item of a list owns no signs after it. "Not for people with A, with B, or
with C" lists the conditions of those people (B no sign of A); "the sore throat and the rash, the night sweats" runs a
list on past its comma (no gloss of the rash); "Y is common too" adds Y to a run of side effects said to be common (the
sentences after it describe no illness Y). The near misses keep their readings: a drug's event glossed "with" its
signs, a gloss of a condition that is no list item, an illness opening its own description. Each case asserts the whole
set of claims the short text gives: (subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

from graph_build.text.listed_owners import in_people_list

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "people with" list: each "with" names another condition of those people, no sign of the one before
        (
            "Enalapril for high blood pressure\n\nIt is not for people with a narrowed kidney artery or angioedema, "
            "with severe kidney failure, or with high potassium.",
            {("enalapril", "contraindicatedIn", "angioedema", False, "Asserted")},
        ),
        # the same list as a bullet under a heading
        (
            "# Who should not take verapamil\n\n- people with heart failure, with a very slow heartbeat, or with low "
            "blood pressure",
            {
                ("verapamil", "contraindicatedIn", "bradycardia", False, "Asserted"),
                ("verapamil", "contraindicatedIn", "heart-failure", False, "Asserted"),
                ("verapamil", "contraindicatedIn", "hypotension", False, "Asserted"),
            },
        ),
        # a question over such a list: nothing
        (
            "Carbamazepine for epilepsy\n\nIs carbamazepine safe for people with porphyria, with heart block, or with "
            "glaucoma?",
            set(),
        ),
        # near miss: a drug's event glossed with its signs keeps them (hedged event, asserted signs)
        (
            "Carbamazepine for epilepsy\n\nRarely, carbamazepine can cause hepatitis, with yellow skin and dark urine.",
            {
                ("carbamazepine", "hasAdverseEffect", "hepatitis", False, "Occasional"),
                ("hepatitis", "hasPhenotype", "dark-urine", False, "Asserted"),
                ("hepatitis", "hasPhenotype", "jaundice", False, "Asserted"),
            },
        ),
        # near miss: "people with" in an earlier sentence leaves a later illness's "with" gloss alone
        (
            "Atenolol for angina\n\nDoctors look after many people with angina. Pericarditis, with sharp chest pain "
            "and a fever, is another cause of chest pain.",
            {
                ("fever", "causes", "chest-pain", False, "Asserted"),
                ("pericarditis", "hasPhenotype", "chest-pain", False, "Asserted"),
                ("pericarditis", "hasPhenotype", "fever", False, "Asserted"),
            },
        ),
        # a list that runs on past the comma: the rash is an item, the night sweats no gloss of it
        (
            "Tenofovir for HIV\n\nLooking back, the signs were there: the sore throat and the rash, the night sweats, "
            "and the tiredness.",
            set(),
        ),
        # near miss: a condition glossed by its signs, under a denied use, keeps them
        (
            "Metronidazole for rosacea\n\nIt does not cure rosacea, the flushing and redness of the cheeks.",
            {
                ("rosacea", "hasPhenotype", "erythema", False, "Asserted"),
                ("rosacea", "hasPhenotype", "flushing", False, "Asserted"),
            },
        ),
        # "Y is common too" in a paragraph of side effects no medicine named: no illness whose signs follow
        (
            "Looking after Dad\n\nThe side effects the nurse warned us about. Headache is very common. Low blood "
            "pressure is common too. Some people feel sick or dizzy.",
            set(),
        ),
        # near miss: an illness opening its own description keeps the later "some people" signs
        (
            "Omeprazole for ulcers\n\nA duodenal ulcer usually causes a burning pain in the tummy. Some people also "
            "feel sick.",
            {
                ("duodenal-ulcer", "hasPhenotype", "nausea", False, "Occasional"),
                ("duodenal-ulcer", "hasPhenotype", "pain", False, "Asserted"),
            },
        ),
    ],
)
def test_listed_owners(lexicon, text, expected):
    assert claims(text, lexicon) == expected


def test_people_list_stops_at_sentence_end():
    text = "It suits people with asthma. Meningitis, with a fever, is rare."
    assert not in_people_list(text, text.index("Meningitis"))
    assert in_people_list("Not for people with gout, with lupus.", 27)
