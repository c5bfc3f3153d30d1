"""Decision 0841 (what the drug is for, third pass on new text): what people start on, or what is tried first, for a
use the sentence just before (or the clause before it) names ("It is used for Y. Most people start on Z", "Z is
usually tried first"), a rank by "an add-on" alone after a fronted condition ("In Y it is an add-on: ..."), and a
denial restricted to a sudden attack ("not a treatment for a sudden Y attack"), a use said of what the drug is
compared with ("the same family as the inhalers used for Y"), and a general symptom named as a part of the disease
whose use is stated ("It eases the pain and stiffness of Y": Y's use only). Invented sentences (other drugs, other
conditions, other wording), exact `treats` claim sets with polarity and hedging: any extra use would be a bug."""

from __future__ import annotations

import pytest
from extracting import claims, polarity_claims

T = "treats"


def uses(text: str, lexicon: dict) -> set[tuple]:
    return polarity_claims(text, lexicon, T)


CASES = [
    # the one use the sentence just before states: what is tried first, what people start on
    (
        "Febuxostat is used to prevent gout attacks. Allopurinol is usually tried first.",
        {("febuxostat", T, "gout", False, False), ("allopurinol", T, "gout", False, False)},
    ),
    (
        "Zonisamide is a treatment for epilepsy. Most patients start on lamotrigine or levetiracetam.",
        {
            ("zonisamide", T, "seizure-disorder", False, False),
            ("lamotrigine", T, "seizure-disorder", False, False),
            ("levetiracetam", T, "seizure-disorder", False, False),
        },
    ),
    (
        "Topiramate is used for migraine. Doctors usually start with propranolol, which is cheap.",
        {("topiramate", T, "migraine-disorders", False, False), ("propranolol", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine. Most people are first given propranolol.",
        {("topiramate", T, "migraine-disorders", False, False), ("propranolol", T, "migraine-disorders", False, False)},
    ),
    # ... a class named by its example: the example's use only
    (
        "Losartan is used to treat high blood pressure. An ACE inhibitor such as lisinopril is often tried first.",
        {("losartan", T, "hypertension", False, False), ("lisinopril", T, "hypertension", False, False)},
    ),
    # ... a rank of the drug "not first" in the sentence before is still its use
    (
        "Dapsone is a gel. It is not a first-line treatment for acne. Most people start on benzoyl peroxide.",
        {("dapsone", T, "acne-vulgaris", False, False), ("benzoyl-peroxide", T, "acne-vulgaris", False, False)},
    ),
    # the clause before, in the same sentence, after ":"
    (
        "Calcipotriol is a cream. In psoriasis it is not the first medicine tried: most people start on betamethasone.",
        {("calcipotriol", T, "psoriasis", False, False), ("betamethasone", T, "psoriasis", False, False)},
    ),
    (
        "Calcipotriol is a cream for psoriasis. It is not a first choice: most people start with betamethasone.",
        {("calcipotriol", T, "psoriasis", False, False), ("betamethasone", T, "psoriasis", False, False)},
    ),
    # nothing: "are given" without "first", a dose, a negation, a modal, two uses before, a denied use before, no
    # use before, a sentence between, a heading between, a partner after the agent, "first thing"
    (
        "Topiramate is used for migraine. Most people are given propranolol.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine. Most people start on a low dose of propranolol.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine. Most people do not start on propranolol.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine. Some people may start on propranolol.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine and for epilepsy. Most people start on propranolol.",
        {("topiramate", T, "migraine-disorders", False, False), ("topiramate", T, "seizure-disorder", False, False)},
    ),
    (
        "Topiramate is not used for cluster headache. Most people start on verapamil.",
        {("topiramate", T, "cluster-headache", True, False)},
    ),
    (
        "Calcipotriol is a cream for psoriasis. It is not used for eczema: most people start with betamethasone.",
        {("calcipotriol", T, "psoriasis", False, False), ("calcipotriol", T, "eczema", True, False)},
    ),
    ("Pioglitazone is a tablet. Most people start on metformin.", set()),
    (
        "Topiramate is used for migraine. It is taken twice a day. Most people start on propranolol.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine.\n\n## Other choices\nMost people start on propranolol.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine. Most people start on propranolol instead of amitriptyline.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    (
        "Topiramate is used for migraine. Propranolol is taken first thing in the morning.",
        {("topiramate", T, "migraine-disorders", False, False)},
    ),
    # a fronted condition and "an add-on" alone: the use, as an add-on
    (
        "Colchicine is a tablet. In gout it is an add-on: it eases the swelling while allopurinol does the main work.",
        {("colchicine", T, "gout", False, False)},
    ),
    ("Naproxen is a painkiller. For gout it is an add-on to colchicine.", {("naproxen", T, "gout", False, False)}),
    # ... never denied, nor with another denial in its clause
    ("Naproxen is a painkiller. For gout it is not an add-on.", set()),
    ("Naproxen is a painkiller. For gout it is an add-on, not a replacement for diet.", set()),
    # a denial of a sudden attack: the case denied, not the use; a plain denial stays
    (
        "Montelukast is a tablet for asthma. It is not a treatment for a sudden asthma attack.",
        {("montelukast", T, "asthma", False, False)},
    ),
    (
        "Theophylline is a tablet for asthma. It does not help with an acute asthma attack.",
        {("theophylline", T, "asthma", False, False)},
    ),
    (
        "Carbocisteine thins phlegm. It will do nothing for an asthma attack.",
        {("carbocisteine", T, "asthma", True, False)},
    ),
    (
        "Guaifenesin loosens mucus. It is not a treatment for asthma.",
        {("guaifenesin", T, "asthma", True, False)},
    ),
    # a use said of what the drug is compared with is theirs, not the drug's; its own use after it stays
    ("Budesonide is a nasal spray. It is a corticosteroid, the same family as the creams used for eczema.", set()),
    ("Rizatriptan is a wafer. It works faster than the tablets given for migraine.", set()),
    (
        "Fluticasone is a steroid. Like the steroid inhalers used for asthma, it calms swelling, and it is used for "
        "psoriasis.",
        {("fluticasone", T, "psoriasis", False, False)},
    ),
    ("Budesonide is a corticosteroid used for asthma.", {("budesonide", T, "asthma", False, False)}),
    # a general symptom named as a part of the disease whose use is stated: the disease's use only
    ("Naproxen is used to ease the pain and stiffness of gout.", {("naproxen", T, "gout", False, False)}),
    (
        "Sumatriptan treats the headache phase of a cluster headache attack.",
        {("sumatriptan", T, "cluster-headache", False, False)},
    ),
    (
        "Betahistine is used for the dizziness and ringing of inner ear problems such as Meniere's disease.",
        {("betahistine", T, "meniere-disease", False, False)},
    ),
    # ... a named kind of symptom keeps its use; the symptom alone, or beside another use, keeps it
    (
        "Hyoscine is used for the abdominal pain of irritable bowel syndrome.",
        {
            ("scopolamine", T, "abdominal-pain", False, False),
            ("scopolamine", T, "irritable-bowel-syndrome", False, False),
        },
    ),
    ("Naproxen is used to ease pain.", {("naproxen", T, "pain", False, False)}),
    (
        "Naproxen eases pain, and it is also used for gout.",
        {("naproxen", T, "pain", False, False), ("naproxen", T, "gout", False, False)},
    ),
    # a denial of one sign of a condition, by its lay word, denies no use of the condition (nor of the second one)
    ("Ibuprofen is a painkiller. It does nothing for the aching of flu.", set()),
    ("Naproxen is a painkiller. It is not a treatment for the aching of a cold or flu.", set()),
    ("Naproxen is a painkiller. It is not a treatment for flu.", {("naproxen", T, "human-influenza", True, False)}),
    # ... and where the disease's use is denied, the symptom's use stays
    (
        "Naproxen eases the pain of gout, but it does not treat gout itself.",
        {("naproxen", T, "pain", False, False), ("naproxen", T, "gout", True, False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exact_uses(lexicon: dict, text: str, expected: set) -> None:
    assert uses(text, lexicon) == expected


STATUSES = [
    # what is tried first, or started on, is the primary use; "an add-on" an adjunct use
    (
        "Febuxostat is used to prevent gout attacks. Allopurinol is usually tried first.",
        ("allopurinol", "gout"),
        ("PrimaryUse",),
    ),
    (
        "Zonisamide is a treatment for epilepsy. Most patients start on lamotrigine or levetiracetam.",
        ("levetiracetam", "seizure-disorder"),
        ("PrimaryUse",),
    ),
    ("Naproxen is a painkiller. For gout it is an add-on.", ("naproxen", "gout"), ("AdjunctUse",)),
]


@pytest.mark.parametrize(("text", "pair", "statuses"), STATUSES)
def test_use_statuses(lexicon: dict, text: str, pair: tuple, statuses: tuple) -> None:
    claim = claims(text, lexicon)[(pair[0], T, pair[1], False)]
    assert dict(claim.qualifiers)["useStatus"] == statuses
