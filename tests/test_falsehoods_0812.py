"""Decision 0812 (the falsehoods of sealed31/sealed32's first measurement, as general classes): a use or step denied by
words of degree ("does almost nothing to", "does very little to", "hardly helps"); a denied use of a kind of the
condition named by a relative clause of its main trouble or by a word the entity lacks ("IBS where Z is the main
problem", "absence seizures"); a kind named after "the type of Y called / known as"; one attack of a condition or a
stage it has reached ("a sudden attack of Y", "Y that has spread through the body"). Invented sentences, exact claim
sets (polarity and hedging included): any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims, first_words

CASES = [
    # a. words of degree deny what follows them: never an asserted use or step
    (
        "# Loratadine\n\nLoratadine does very little to relieve a blocked nose.",
        {("loratadine", "treats", "nasal-congestion", True, False)},
    ),
    (
        "# Paracetamol\n\nParacetamol does next to nothing for migraine.",
        {("acetaminophen", "treats", "migraine-disorders", True, False)},
    ),
    (
        "# Simvastatin\n\nSimvastatin hardly helps with muscle pain.",
        {("simvastatin", "treats", "myalgia", True, False)},
    ),
    (
        "# Cetirizine\n\nCetirizine does practically nothing to ease a cough.",
        {("cetirizine", "treats", "cough", True, False)},
    ),
    # b. a denied use of a kind of the condition is no denial of the whole: a relative clause of its main trouble
    (
        "# Mesalazine\n\nMesalazine is used for ulcerative colitis. It is not a treatment for Crohn's disease where "
        "the small bowel is the main problem.",
        {("mesalazine", "treats", "ulcerative-colitis", False, False)},
    ),
    (
        "# Amitriptyline\n\nAmitriptyline is used for nerve pain. It is not a treatment for migraine in which nausea "
        "is the main symptom.",
        {("amitriptyline", "treats", "neuropathic-pain", False, False)},
    ),
    # ... or a word in the mention the entity's name lacks ("absence seizures" read as seizures)
    (
        "# Valproate\n\nValproate treats epilepsy. Phenytoin is not used for absence seizures.",
        {("valproic-acid", "treats", "seizure-disorder", False, False)},
    ),
    # ... while a kind the vocabularies name, or a plain kind word the golds keep, stays denied
    (
        "# Lamotrigine\n\nLamotrigine is not a treatment for febrile seizures.",
        {("lamotrigine", "treats", "febrile-seizures", True, False)},
    ),
    (
        "# Aciclovir\n\nAciclovir is not for bacterial infections.",
        {("acyclovir", "treats", "bacterial-infections", True, False)},
    ),
    (
        "# Ibuprofen\n\nIbuprofen is not a treatment for ordinary back pain.",
        {("ibuprofen", "treats", "back-pain", True, False)},
    ),
    # e. "the type / kind of Y called / known as Z" names Z only, known or not
    (
        # (Z names itself: "narrow-angle glaucoma" is HPO's exact synonym of Angle closure glaucoma, read since round
        # 35's merges; the kind named, never glaucoma in general)
        "# Latanoprost\n\nPeople with the type of glaucoma called narrow-angle glaucoma should not use it.",
        {("latanoprost", "contraindicatedIn", "angle-closure-glaucoma", False, False)},
    ),
    (
        "# Propranolol\n\nPeople with the kind of asthma known as brittle asthma must not take it.",
        set(),
    ),
    (
        "# Propranolol\n\nPeople with asthma must not take it.",
        {("propranolol", "contraindicatedIn", "asthma", False, False)},
    ),
    # f. one attack of a condition, or a stage it has reached, is a narrower kind
    (
        "# Montelukast\n\nMontelukast is not a treatment for a sudden attack of wheezing.",
        set(),
    ),
    (
        "# Allopurinol\n\nAllopurinol treats gout. It is not for an attack of gout that has already started.",
        {("allopurinol", "treats", "gout", False, False)},
    ),
    (
        "# Prednisolone\n\nDo not take it if you have an infection that has spread through the body.",
        set(),
    ),
    (
        "# Prednisolone\n\nDo not take it if you have an infection.",
        {("prednisolone", "contraindicatedIn", "infections", False, False)},
    ),
    # c. a drug named in a fronted comparison ("Like B,", "As with B,") or in a condition that opens the sentence ("If B
    # does not suit you, because ...") is no topic for a later "it"; the condition's clause states no use or step
    (
        "# Shelf card: nerve pain\n\n**Amitriptyline** is usually tried first. If amitriptyline does not suit you, "
        "because it has not eased the pain, **nortriptyline** is the next choice. Like amitriptyline, it is a "
        "tricyclic antidepressant. It is not an opioid, and it will not help a headache.",
        {
            ("nortriptyline", "isA", "tricyclic-antidepressant", False, False),
            ("nortriptyline", "isA", "opioid", True, False),
            ("nortriptyline", "treats", "headache", True, False),
        },
    ),
    (
        "# Leaflet\n\nRamipril is often used first. Unless ramipril has lowered your blood pressure enough, or it "
        "gave you a cough, losartan may be offered. As with ramipril, it can cause dizziness.",
        {("losartan", "hasAdverseEffect", "dizziness", False, False)},
    ),
    # ... while a condition still gives its prohibition
    (
        "# Leaflet\n\nIf you have asthma, do not take propranolol.",
        {("propranolol", "contraindicatedIn", "asthma", False, False)},
    ),
    # d. a later clause with a drug of its own as subject is that drug's, never a list item's label nor the drug of the
    # clause before ", so"
    (
        "# Sertraline\n\n- Naproxen: it can upset the stomach, so paracetamol is used for headaches instead.",
        {("acetaminophen", "treats", "headache", False, False)},
    ),
    (
        "# Sertraline\n\n- Ibuprofen: paracetamol is preferred for aches.",
        {("acetaminophen", "treats", "pain", False, False)},
    ),
    (
        "# Leaflet\n\nNaproxen can upset the stomach, so paracetamol is used for headaches.",
        {("acetaminophen", "treats", "headache", False, False)},
    ),
    # g. a raised or lowered level of a medicine is an interaction in every clause of the sentence
    (
        "# Carbamazepine\n\nCarbamazepine can lower the level of the medicine lamotrigine, and it may lower the level "
        "of warfarin.",
        {
            ("carbamazepine", "interactsWith", "lamotrigine", False, False),
            ("carbamazepine", "interactsWith", "warfarin", False, True),
        },
    ),
    # h. cramps coordinated with a pain of the belly are that pain, never muscle cramps
    (
        "# Hyoscine butylbromide\n\nHyoscine butylbromide eases stomach pain and cramps after meals.",
        {("scopolamine", "treats", "abdominal-pain", False, False)},
    ),
    (
        "# Quinine\n\nQuinine eases cramps in the legs at night.",
        {("quinine", "treats", "muscle-cramp", False, False)},
    ),
]


test_exact_claims = exact_claims(CASES, ids=first_words(CASES))
