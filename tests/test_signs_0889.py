"""Decision 0889: the signs and symptoms of a condition (hasPhenotype) in the general ways lay writers state them.

- A story's person's illness ("Raj has Y", "I have a lung condition called Y", "Ken was told he has Y") is what the
  passage goes on about: "It makes him breathless", "Its symptoms are A", "Some people also get B", "When it flares,
  he gets C", "Before she was diagnosed, she had D", "Later came E", "In other people it causes F".
- "Its (main) symptoms are A and B" after a sentence about the illness.
- A later clause of some people: "..., and some people also get A" (Occasional; "many" asserts), a sign named as its
  verb ("and some people faint"), a denied one ("and some people do not get A") gives nothing.
- "A typical attack brings A", "Y brings A and B" (never "a higher risk of"), a running question "What does Y feel
  like?" answered by the sentences after it, a chemical of the body ("the cells that use dopamine") is no drug.
- Not a sign: an allergic reaction glossed with its signs as a drug's side effect, a placed pain ("a pain in the upper
  tummy"), what people with a condition get "on it" (the drug), a sentence after the passage turned to a drug.

Invented texts, exact claim sets (subject, predicate, object, negated, certainty) of the whole text.
"""

from __future__ import annotations

import pytest
from claimsets import first_words
from extracting import certainty_claims

claims = certainty_claims


A = "Asserted"
OCC = "Occasional"

CASES = [
    # (a story's person's illness, a sentence naming no agent between: the passage's illness)
    (
        "# Notes\n\nEllen has rheumatoid arthritis, a condition that affects the joints. Her knuckles become "
        "inflamed. Some people also get dry eyes.",
        {("rheumatoid-arthritis", "hasPhenotype", "dry-eye-syndromes", False, OCC)},
    ),
    # (the passage turned to a drug: what some people get is no sign of the illness)
    (
        "# Notes\n\nEllen has rheumatoid arthritis. She takes methotrexate. Some people get nausea.",
        {("methotrexate", "treats", "rheumatoid-arthritis", False, A)},
    ),
    # (another name in apposition is the same illness; "It makes him A" is the illness's doing)
    (
        "# Notes\n\nRaj has heart failure, or HF. His heart pumps weakly. It makes him breathless on the stairs.",
        {("heart-failure", "hasPhenotype", "dyspnea", False, A)},
    ),
    # ("I have a ... condition called Y. ... Its main symptoms are A")
    (
        "# Notes\n\nI have a lung condition called sarcoidosis. My doctor explained it well. Its main symptoms are a "
        "dry cough and tiredness.",
        {
            ("sarcoidosis", "hasPhenotype", "nonproductive-cough", False, A),
            ("sarcoidosis", "hasPhenotype", "fatigue", False, A),
        },
    ),
    # ("Its symptoms are A, and some people faint": the sign named as the later clause's verb, Occasional)
    (
        "# Notes\n\nBronchiectasis is a lung condition. Its symptoms are a cough and breathlessness, and some people "
        "faint.",
        {
            ("bronchiectasis", "hasPhenotype", "cough", False, A),
            ("bronchiectasis", "hasPhenotype", "dyspnea", False, A),
            ("bronchiectasis", "hasPhenotype", "syncope", False, OCC),
        },
    ),
    # ("and many have no other symptoms": a denial after the verb, no sign)
    (
        "# Notes\n\nEczema is common in children. Its main symptoms are dry skin and itching, and many have no other "
        "symptoms.",
        {("eczema", "hasPhenotype", "dry-skin", False, A), ("eczema", "hasPhenotype", "pruritus", False, A)},
    ),
    # (a later clause's denial for some people: neither said nor denied of the illness)
    (
        "# Notes\n\nGout is a painful condition. Its main symptoms are joint pain and redness, and some people do not "
        "get a fever.",
        {("gout", "hasPhenotype", "arthralgia", False, A), ("gout", "hasPhenotype", "erythema", False, A)},
    ),
    # (the earlier clause's "causes" does not reach the later clause: the rash is a sign some people have)
    (
        "# Notes\n\nLupus causes joint pain and tiredness, and some people also get a rash.",
        {
            ("systemic-lupus-erythematosus", "hasPhenotype", "arthralgia", False, A),
            ("systemic-lupus-erythematosus", "hasPhenotype", "fatigue", False, A),
            ("systemic-lupus-erythematosus", "hasPhenotype", "exanthema", False, OCC),
        },
    ),
    # ("Y brings A and B"; "Y brings a higher risk of Z" is no sign)
    (
        "# Notes\n\nChickenpox brings a fever and an itchy rash.",
        {("chickenpox", "hasPhenotype", "fever", False, A), ("chickenpox", "hasPhenotype", "exanthema", False, A)},
    ),
    ("# Notes\n\nDiabetes brings a higher risk of stroke.", set()),
    # (an attack of the illness the sentence before opened with)
    (
        "# Notes\n\nGout is a painful condition. A typical attack brings redness of one joint.",
        {("gout", "hasPhenotype", "erythema", False, A)},
    ),
    # (what the person gets when it flares, before the diagnosis, and what came later)
    (
        "# Notes\n\nTom has ulcerative colitis. When it flares, he gets diarrhoea and tummy cramps.",
        {
            ("ulcerative-colitis", "hasPhenotype", "diarrhea", False, A),
            ("ulcerative-colitis", "hasPhenotype", "abdominal-pain", False, A),
        },
    ),
    (
        "# Notes\n\nAnna has rheumatoid arthritis. Before she was diagnosed, she had stiff joints and tiredness.",
        {
            ("rheumatoid-arthritis", "hasPhenotype", "joint-stiffness", False, A),
            ("rheumatoid-arthritis", "hasPhenotype", "fatigue", False, A),
        },
    ),
    (
        # ("swollen ankles" is HPO's Ankle swelling since decision 0993)
        "# Notes\n\nRaj has heart failure. Later came swollen ankles and tiredness.",
        {
            ("heart-failure", "hasPhenotype", "ankle-swelling", False, A),
            ("heart-failure", "hasPhenotype", "fatigue", False, A),
        },
    ),
    # (a diagnosis told without a named hearer; "In other people it causes A")
    (
        "# Notes\n\nLast year Ken was told he has hepatitis C. He had no symptoms. In other people it causes "
        "tiredness and itching.",
        {("hepatitis-c", "hasPhenotype", "fatigue", False, A), ("hepatitis-c", "hasPhenotype", "pruritus", False, A)},
    ),
    # ("Some people with the condition also get A")
    (
        "# Notes\n\nPsoriasis is a long-term skin condition. Some people with the condition also get joint pain.",
        {("psoriasis", "hasPhenotype", "arthralgia", False, OCC)},
    ),
    # (a running question about the illness, answered by the sentences after it)
    (
        "# Notes\n\nWhat does tonsillitis feel like? Most people get a sore throat and a fever. Some people also get "
        "earache.",
        {
            ("tonsillitis", "hasPhenotype", "pharyngalgia", False, A),
            ("tonsillitis", "hasPhenotype", "fever", False, A),
            ("tonsillitis", "hasPhenotype", "earache", False, OCC),
        },
    ),
    # (a chemical of the body named in the description is no drug the passage turns to)
    (
        "# Notes\n\nHuntington's disease is an inherited condition in which the nerve cells that use dopamine are "
        "damaged. It causes clumsiness and irritability.",
        {
            ("huntington-disease", "hasPhenotype", "clumsiness", False, A),
            ("huntington-disease", "hasPhenotype", "irritability", False, A),
        },
    ),
    # ("Its main symptoms" after a drug's effect: no illness the passage is about, nothing)
    (
        "# Notes\n\nTom takes lamotrigine. It can cause a rash. Its main symptoms are hard to spot.",
        {("lamotrigine", "hasAdverseEffect", "exanthema", False, A)},
    ),
    # (an allergic reaction glossed with its signs as a side effect: the reaction only)
    (
        "# Notes\n\nRarely, methotrexate may cause an allergic reaction, with a rash or swelling of the lips.",
        {("methotrexate", "hasAdverseEffect", "hypersensitivity", False, OCC)},
    ),
    # (what people with a condition get on the drug is no sign of it)
    ("# Notes\n\nSalbutamol is an inhaler. People with asthma can get a tremor on it.", set()),
    # (a placed pain is no bare pain; an unplaced one is)
    ("# Notes\n\nPancreatitis causes a severe pain in the upper tummy.", set()),
    ("# Notes\n\nPancreatitis causes a severe pain.", {("pancreatitis", "hasPhenotype", "pain", False, A)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=first_words(CASES, 70))
def test_exact_claims(text: str, expected: set, lexicon: dict) -> None:
    assert claims(text, lexicon) == expected
