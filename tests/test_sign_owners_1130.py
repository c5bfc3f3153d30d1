"""Decision 1130: a general process or a whole family of illnesses owns no sign. A scar ("the marrow scars up"),
fibrosis, inflammation and infections named in general name no one illness whose signs a text lists; "cancer" (the
grain left of a cancer the vocabularies do not know) owns a sign only where the sentence or the lead it was read from
names it, never when carried from the sentences before ("Her signs were ..."). A named illness keeps its signs, and
the near misses keep their polarity and hedge. Each case asserts the whole set of claims the short text gives:
(subject, predicate, object, negated, certainty). The sentences are invented."""

import pytest
from extracting import certainty_claims

claims = certainty_claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the scar the sentence before a list of signs names is no illness of the writer's
        (
            "Ruxolitinib for polycythaemia\n\n## Why I stopped work\n\nThe marrow slowly scars up, so it cannot make "
            "blood properly. My signs were:\n\n- drenching night sweats\n- itching after a hot shower",
            set(),
        ),
        # one cancer the vocabularies do not know: its signs are no signs of cancer in general
        (
            "Cabozantinib for medullary thyroid cancer\n\nMy sister was told she had cancer last year. Her signs were "
            "a hoarse voice, diarrhoea and flushing of her face.",
            set(),
        ),
        # the sentence names cancer itself: its signs stay
        (
            "Cabozantinib\n\nCancer can cause tiredness and weight loss.",
            {
                ("cancer", "hasPhenotype", "fatigue", False, "Asserted"),
                ("cancer", "hasPhenotype", "weight-loss", False, "Asserted"),
            },
        ),
        # a heading that asks about cancer names it: its list's signs stay
        (
            "Imatinib for leukaemia\n\n## What are the signs of cancer?\n\n- tiredness\n- weight loss",
            {
                ("cancer", "hasPhenotype", "fatigue", False, "Asserted"),
                ("cancer", "hasPhenotype", "weight-loss", False, "Asserted"),
            },
        ),
        # other people's flu and chickenpox are no signs of the infections the drug allows
        (
            "Ocrelizumab for multiple sclerosis\n\nIt can cause infections. If you notice flu or chickenpox, tell her.",
            {("ocrelizumab", "hasAdverseEffect", "infections", False, "Asserted")},
        ),
        # inflammation in general: the signs are the inflamed illness's, not inflammation's
        ("Infliximab for Crohn's disease\n\nThe inflammation causes tummy pain and diarrhoea.", set()),
        # a named illness keeps its signs
        (
            "Salbutamol for asthma\n\nThe signs of asthma are wheezing and a tight chest.",
            {
                ("asthma", "hasPhenotype", "chest-tightness", False, "Asserted"),
                ("asthma", "hasPhenotype", "wheezing", False, "Asserted"),
            },
        ),
        # ... hedged where the text says only some have it
        (
            "Salbutamol for asthma\n\nSome people with asthma also get a blocked nose.",
            {("asthma", "hasPhenotype", "nasal-congestion", False, "Occasional")},
        ),
        # ... under a heading that asks about it
        (
            "Imatinib for leukaemia\n\n## What are the signs of leukaemia?\n\n- tiredness\n- nosebleeds",
            {
                ("leukemia", "hasPhenotype", "epistaxis", False, "Asserted"),
                ("leukemia", "hasPhenotype", "fatigue", False, "Asserted"),
            },
        ),
        # another drug's effect named with its signs: the effect's signs, the effect the other drug's
        (
            "Ibuprofen for pain\n\nNaproxen can cause inflammation of the stomach, with pain and sickness.",
            {
                ("gastritis", "hasPhenotype", "nausea", False, "Asserted"),
                ("gastritis", "hasPhenotype", "pain", False, "Asserted"),
                ("naproxen", "hasAdverseEffect", "gastritis", False, "Asserted"),
            },
        ),
    ],
)
def test_sign_owners(lexicon, text, expected):
    assert claims(text, lexicon) == expected
