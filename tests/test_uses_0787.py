"""Decision 0787 (the document's own uses on new text): a fronted condition with a rank of the drug among its treatments
("For Y it is not usually the first treatment"), "X is not usually the first medicine for Y" and "one of the first
medicines doctors try for Y", a use after an acute event with the purpose of preventing it again ("used after a heart
attack, to protect the heart"), "a stroke caused by a clot" as the ischaemic kind, "you take it for Y", an abbreviation
a text introduces with "often called", an infection named by its organism ("for giardia"), and "does not prevent Y
from coming back" as no denied use. Invented sentences, exact claim sets (polarity and hedging included): any extra
claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims, first_words

T = "treats"
CASES = [
    # a fronted condition and a rank of first place, denied: a use ranked down, never a denied use
    (
        "For psoriasis, methotrexate is not usually the first treatment.",
        {("methotrexate", T, "psoriasis", False, False)},
    ),
    (
        "This leaflet is about febuxostat. In gout it is usually not the first tablet tried: most people start on "
        "allopurinol.",
        # (decision 0841: what most people start on after the clause naming the condition is that condition's use)
        {("febuxostat", T, "gout", False, False), ("allopurinol", T, "gout", False, False)},
    ),
    (
        "This leaflet is about febuxostat. For gout it is not usually the first medicine a doctor chooses.",
        {("febuxostat", T, "gout", False, False)},
    ),
    # ... asserted
    ("For gout, colchicine is the usual first treatment.", {("colchicine", T, "gout", False, False)}),
    # ... the example a class is named by is what is ranked, not the whole class
    (
        "For gout, a xanthine oxidase inhibitor such as febuxostat is usually the first choice.",
        {("febuxostat", T, "gout", False, False), ("febuxostat", "isA", "xanthine-oxidase-inhibitor", False, False)},
    ),
    # ... a denial that is no rank of first place says no use here
    ("For gout, febuxostat is not a treatment.", set()),
    ("This leaflet is about febuxostat. For gout it is not the main treatment.", set()),
    # ... a population opens no use
    ("This leaflet is about febuxostat. In pregnancy it is not the first choice.", set()),
    # "not usually the first medicine for Y", "one of the drugs doctors prescribe for Y"
    (
        "Carvedilol is not usually the first medicine for heart failure.",
        {("carvedilol", T, "heart-failure", False, False)},
    ),
    ("Orlistat is one of the drugs doctors prescribe for obesity.", {("orlistat", T, "obesity", False, False)}),
    ("Carvedilol is not a medicine for heart failure.", {("carvedilol", T, "heart-failure", True, False)}),
    # a use after an acute event, to prevent it again
    (
        "Clopidogrel is used after a heart attack, to lower the risk of another one.",
        {("clopidogrel", T, "myocardial-infarction", False, False)},
    ),
    (
        "This leaflet is about clopidogrel. It is given after a TIA or a stroke caused by a clot, to prevent another.",
        {
            ("clopidogrel", T, "ischemic-stroke", False, False),
            ("clopidogrel", T, "transient-ischemic-attack", False, False),
        },
    ),
    (
        "Ramipril is started after a heart attack, together with aspirin, to protect the heart.",
        {("ramipril", T, "myocardial-infarction", False, False)},
    ),
    # ... no purpose of prevention, a denial, or what is safe: no use read
    ("Clopidogrel is used after a heart attack.", set()),
    ("Ramipril is not used after a heart attack to protect the heart.", set()),
    ("Ramipril can be taken after a heart attack.", set()),
    # a stroke caused by a clot is the ischaemic kind
    ("Alteplase is used for a stroke caused by a clot.", {("alteplase", T, "ischemic-stroke", False, False)}),
    # the pronoun for the drug in focus taken for a condition; never a time
    ("This leaflet is about allopurinol. Most people take it for gout.", {("allopurinol", T, "gout", False, False)}),
    ("This leaflet is about allopurinol. Some people may take it for gout.", {("allopurinol", T, "gout", False, True)}),
    ("This leaflet is about allopurinol. Most people take it for two weeks.", set()),
    (
        "This leaflet is about clobazam. Some take it only for a few days at a time, when tiredness makes seizures "
        "more likely.",
        None,
    ),
    # an abbreviation introduced with "often called", its letters the words' initials
    (
        "Irritable bowel syndrome, often called IBS, is common. Mebeverine is used for IBS.",
        {("mebeverine", T, "irritable-bowel-syndrome", False, False)},
    ),
    # an infection by its organism
    ("Metronidazole is used for giardia.", {("metronidazole", T, "giardiasis", False, False)}),
    # the mouth names the oral kind where a vocabulary knows it, else the condition stays as written
    (  # (and the form named with the drug: decision 0908)
        "Miconazole gel is used for thrush in the mouth.",
        {("miconazole", T, "oral-candidiasis", False, False), ("miconazole", "hasFormulation", "gel", False, False)},
    ),
    (
        "Tinidazole can cause a metallic taste in the mouth.",
        {("tinidazole", "hasAdverseEffect", "dysgeusia", False, False)},  # (a metallic taste: decision 0806)
    ),
    # focal seizures are HPO's focal-onset seizure, not every seizure; the bare word stays seizure
    ("Lacosamide is used to treat focal seizures.", {("lacosamide", T, "focal-onset-seizure", False, False)}),
    ("Lacosamide is used to treat seizures.", {("lacosamide", T, "seizure", False, False)}),
    # an add-on medicine for a fronted condition; "prescribe it to slow down Y"
    (
        "This leaflet is about perampanel. For epilepsy it is an add-on medicine.",
        {("perampanel", T, "seizure-disorder", False, False)},
    ),
    (
        "This leaflet is about pirfenidone. Doctors prescribe it to slow down idiopathic pulmonary fibrosis.",
        {("pirfenidone", T, "idiopathic-pulmonary-fibrosis", False, False)},
    ),
    # a bare "It is used:" leads a list of uses; nothing without a condition, nor under a denial
    (
        "Desmopressin is a hormone. It is used:\n\n- for **bedwetting** in children;\n- for **diabetes insipidus**.",
        {
            ("desmopressin", T, "nocturnal-enuresis", False, False),
            ("desmopressin", T, "diabetes-insipidus", False, False),
        },
    ),
    # (no use; "Metformin is a tablet" states its form, decision 0826)
    (
        "Metformin is a tablet. It is used:\n\n- twice a day with food.",
        {("metformin", "hasFormulation", "tablet", False, False)},
    ),
    # "urinary symptoms" are lower urinary tract symptoms; "not for quick relief of Y" denies a speed, not the use
    (
        "Alfuzosin is used to treat the urinary symptoms of an enlarged prostate.",
        {
            ("alfuzosin", T, "lower-urinary-tract-symptoms", False, False),
            ("alfuzosin", T, "prostatic-hyperplasia", False, False),
        },
    ),
    ("Dutasteride is not used for quick relief of urinary symptoms.", set()),
    (
        "Dutasteride is not used for urinary symptoms.",
        {("dutasteride", T, "lower-urinary-tract-symptoms", True, False)},
    ),
    # "one of the first treatments GPs offer for Y", "the first medicine offered for Y"; pregnancy as a condition's time
    (
        "Benzoyl peroxide is one of the first treatments GPs offer for acne.",
        {("benzoyl-peroxide", T, "acne-vulgaris", False, False)},
    ),
    (
        "Nifedipine is usually the first medicine offered for high blood pressure in pregnancy.",
        {("nifedipine", T, "pregnancy-induced-hypertension", False, False)},
    ),
    ("Lactulose is used for constipation in pregnancy.", {("lactulose", T, "constipation", False, False)}),
    ("Adapalene is not one of the treatments offered for rosacea.", {("adapalene", T, "rosacea", True, False)}),
    # clinical and everyday names the package holds under its headings only; exercise as the kind's cause
    ("Azithromycin is prescribed for chlamydia.", {("azithromycin", T, "chlamydia-infections", False, False)}),
    ("Rivastigmine is used for dementia with Lewy bodies.", {("rivastigmine", T, "lewy-body-disease", False, False)}),
    (
        "Hydroxychloroquine is used for discoid lupus.",
        {("hydroxychloroquine", T, "discoid-lupus-erythematosus", False, False)},
    ),
    (
        "Salbutamol is used to prevent asthma that is brought on by exercise.",
        {("albuterol", T, "exercise-induced-asthma", False, False)},
    ),
    # akathisia is HPO's Akathisia, not the package's Psychomotor Agitation; its denied use stays denied
    ("Benztropine does not help akathisia.", {("benztropine", T, "akathisia", True, False)}),
    # everyday names of two conditions, in denied uses
    ("Doxycycline is not a treatment for gum disease.", {("doxycycline", T, "periodontal-diseases", True, False)}),
    ("Permethrin is not a treatment for head lice.", {("permethrin", T, "lice-infestations", True, False)}),
    # the return of a condition denied, not the use; the prevention itself denied stays a denied use
    ("Clotrimazole does not prevent thrush from coming back.", set()),
    ("Clotrimazole does not prevent thrush.", {("clotrimazole", T, "candidiasis", True, False)}),
]


test_exact_claims = exact_claims(CASES, ids=first_words(CASES), none_means_no=T)  # None: only no use read from a time
