"""Decision 0809 (what the drug is for, found on new text): "raised blood pressure" and "claudication" by name, a
rank of first place by "the first thing tried for Y", the rank's "not" kept to its own clause (a later clause's
denial neither flips the ranked use nor is lost), the use statuses the golds write for "one of the first medicines a
GP will offer" and "taken for life", a use denied by "no use against Y" / "does not work against Y", and a use named
by whom it is given to ("is mainly used for people with Y", "is prescribed to adults with Y"), and the drug's form
opening a sentence as the drug in focus ("The capsule is for Y"). Invented
sentences, exact claim sets (polarity and hedging included): any extra claim would be a bug."""

from __future__ import annotations

import pytest
from claimsets import exact_claims, first_words
from extracting import claims

T = "treats"
CASES = [
    # everyday names of the condition
    (
        "Lisinopril is one of the first tablets a doctor will usually offer for raised blood pressure.",
        {("lisinopril", T, "hypertension", False, False)},
    ),
    (
        "Ibuprofen can cause raised blood pressure in some people.",
        {("ibuprofen", "hasAdverseEffect", "hypertension", False, False)},
    ),
    (
        "This leaflet is about cilostazol. It is not a first choice for claudication.",
        {("cilostazol", T, "intermittent-claudication", False, False)},
    ),
    # a rank of first place by "the first thing": ranked down, never denied
    (
        "This leaflet is about clozapine. It is not the first thing tried for schizophrenia: it is used when two other "
        "medicines have not worked.",
        {("clozapine", T, "schizophrenia", False, False)},
    ),
    (
        "Metformin is one of the first things a doctor will try for type 2 diabetes.",
        {("metformin", T, "type-2-diabetes-mellitus", False, False)},
    ),
    # ... "thing" only after "first", and a subject that is no drug names no use
    ("Walking is the first thing to try for claudication.", set()),
    # the rank's "not" is its clause's: a later clause's denial neither flips the ranked use nor is lost
    (
        "This leaflet is about clozapine. It is not the first medicine tried for schizophrenia: it is not used for "
        "dementia.",
        {("clozapine", T, "schizophrenia", False, False), ("clozapine", T, "dementia", True, False)},
    ),
    (
        "This leaflet is about clozapine. It is not the first medicine tried for schizophrenia, and it is not used "
        "for dementia.",
        {("clozapine", T, "schizophrenia", False, False), ("clozapine", T, "dementia", True, False)},
    ),
    # a use denied in plain words with "against"
    (
        "This leaflet is about amoxicillin. It is no use against colds.",
        {("amoxicillin", T, "common-cold", True, False)},
    ),
    (
        "This leaflet is about aciclovir. It does not work against colds or flu.",
        {("acyclovir", T, "common-cold", True, False), ("acyclovir", T, "human-influenza", True, False)},
    ),
    # ... the asserted "works against" is not read as a use (an organism there is acts-on-site's)
    ("Doxycycline can work against malaria.", set()),
    # a use named by whom the drug is given to: a present passive verb of use, no modal, the people's condition
    (
        "Bisoprolol is also used for people who have had a heart attack.",
        {("bisoprolol", T, "myocardial-infarction", False, False)},
    ),
    (
        "Acamprosate (brand name Campral) is prescribed to adults with alcohol dependence.",
        {("acamprosate", T, "alcoholism", False, False)},
    ),
    (
        "Domperidone is sometimes given to children with gastroenteritis who keep vomiting.",
        {("domperidone", T, "gastroenteritis", False, True)},
    ),
    (
        "Bezafibrate is mainly used for people with very high triglycerides.",
        {("bezafibrate", T, "hypertriglyceridemia", False, False)},
    ),
    # ... never how it is given to them, nor whom it is withheld from
    ("Salbutamol is given to people with asthma at a lower dose.", set()),
    ("Salbutamol is used with caution in people with heart failure.", set()),
    ("Salbutamol is given to people with heart failure only under supervision.", set()),
    (
        "Salbutamol is not given to people with heart failure.",
        {("albuterol", "contraindicatedIn", "heart-failure", False, False)},
    ),
    ("Many people with asthma are given salbutamol.", set()),
    # a sentence that opens with the drug's form is about the drug in focus
    (
        "Terbinafine is an antifungal. The cream is for athlete's foot.",
        {("terbinafine", T, "tinea-pedis", False, False), ("terbinafine", "isA", "antifungal-agent", False, False)},
    ),
    (
        "Salbutamol is a reliever. The inhaler is not used for COPD.",
        {("albuterol", T, "chronic-obstructive-pulmonary-disease", True, False)},
    ),
    # ... only opening the sentence: a form named inside another clause is no subject
    (
        "Aspirin is a painkiller. Ask your pharmacist whether the cream is for eczema.",
        {("aspirin", "isA", "analgesic", False, False)},
    ),
]


test_exact_claims = exact_claims(CASES, ids=first_words(CASES))


STATUSES = [
    # the use statuses the golds write: a rank of first place by who chooses it, and a use for life
    (
        "Lisinopril is one of the first tablets a doctor will usually offer for raised blood pressure, and it is "
        "taken for life.",
        ("lisinopril", "hypertension"),
        ("LongTermUse", "PrimaryUse"),
    ),
    (
        "Ramipril is usually the first medicine offered for high blood pressure, and it is taken for the long haul.",
        ("ramipril", "hypertension"),
        ("LongTermUse", "PrimaryUse"),
    ),
    # ... a rank denied is NotFirstLine only
    (
        "This leaflet is about ramipril. It is not usually the first medicine offered for high blood pressure.",
        ("ramipril", "hypertension"),
        ("NotFirstLine",),
    ),
    (
        "This leaflet is about clozapine. It is not the first thing tried for schizophrenia.",
        ("clozapine", "schizophrenia"),
        ("NotFirstLine",),
    ),
    # ... a use after another has failed
    (
        "Clozapine is used for schizophrenia when two other medicines have not worked.",
        ("clozapine", "schizophrenia"),
        ("ReservedAfterFailure",),
    ),
]


@pytest.mark.parametrize(("text", "pair", "statuses"), STATUSES, ids=[c[0][:60] for c in STATUSES])
def test_use_statuses(lexicon: dict, text: str, pair: tuple, statuses: tuple) -> None:
    found = claims(text + "\n", lexicon)
    claim = found[(pair[0], T, pair[1], False)]
    assert dict(claim.qualifiers)["useStatus"] == statuses


DENIED = [
    # a denied use's use status is NotAppropriate alone, whatever rank words its sentence holds
    ("This leaflet is about amoxicillin. It is no use against colds.", ("amoxicillin", "common-cold")),
    (
        "This leaflet is about clozapine. It is not the first medicine tried for schizophrenia: it is not used for "
        "dementia.",
        ("clozapine", "dementia"),
    ),
    ("Ibuprofen is not a treatment for gout.", ("ibuprofen", "gout")),
]


@pytest.mark.parametrize(("text", "pair"), DENIED, ids=[c[0][:60] for c in DENIED])
def test_denied_use_is_not_appropriate(lexicon: dict, text: str, pair: tuple) -> None:
    claim = claims(text + "\n", lexicon)[(pair[0], T, pair[1], True)]
    assert dict(claim.qualifiers)["useStatus"] == ("NotAppropriate",)
