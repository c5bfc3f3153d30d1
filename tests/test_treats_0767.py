"""Decision 0767 (treats left after round 25): "Parkinson's" alone is Parkinson's disease; "X is a <condition>
medicine" (a copula, an article and a noun of medicine the condition modifies) is X's use of it; "used, <a short
aside>, for Y" is a use (never "used, with caution, in Y"); "take X (brand name B) for Y" is X's use; "ulcers in the
duodenum" are duodenal ulcers; "X is (not) for Y" states (denies) a use. Invented sentences,
exact claim sets (polarity included): any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims

CASES = [
    # the disease by its possessive alone
    ("Ropinirole is used for Parkinson's.", {("ropinirole", "treats", "parkinsons-disease", False, False)}),
    # (decision 0780: a denial of treatment, not of a cure, which gives no claim)
    ("Selegiline does not treat Parkinson's.", {("selegiline", "treats", "parkinsons-disease", True, False)}),
    # ... the longer name still wins
    ("Ropinirole is used for Parkinson's disease.", {("ropinirole", "treats", "parkinsons-disease", False, False)}),
    # a condition modifying the noun of medicine the agent is said to be
    ("Zolmitriptan is a migraine medicine.", {("zolmitriptan", "treats", "migraine-disorders", False, False)}),
    (
        "Selegiline is a Parkinson's medicine.",
        {("selegiline", "treats", "parkinsons-disease", False, False)},
    ),
    # ... a pronoun opening the sentence is the drug in focus
    (
        "Pramipexole comes as tablets. It is a Parkinson's drug.",
        {
            ("pramipexole", "hasFormulation", "tablet", False, False),
            ("pramipexole", "treats", "parkinsons-disease", False, False),
        },
    ),
    # ... a bracket between the name and the copula
    (
        "Dextromethorphan (brand name Robitussin) is a cough medicine.",
        {("dextromethorphan", "treats", "cough", False, False)},
    ),
    # ... denied: left to the cue rules, never asserted here
    ("Zolmitriptan is not a migraine medicine.", set()),
    # ... an apposition names a partner in passing: no use read
    ("Colchicine, a gout medicine, can interact with clarithromycin.", None),
    # ... a class's own name stays the class's ("a blood pressure medicine")
    ("Lisinopril is a blood pressure medicine.", {("lisinopril", "isA", "antihypertensive-agent", False, False)}),
    # ... no condition before the noun: nothing
    ("Digoxin is a heart medicine.", set()),
    # a short aside between commas after "used"
    (
        "Candesartan is also used, together with other medicines, for heart failure.",
        {("candesartan", "treats", "heart-failure", False, False)},
    ),
    (
        "Gabapentin is sometimes used, off-label, for migraine.",
        {("gabapentin", "treats", "migraine-disorders", False, True)},
    ),
    # ... hedged by the modal before it
    (
        "Pioglitazone may be used, alongside insulin, for type 2 diabetes.",
        {("pioglitazone", "treats", "type-2-diabetes-mellitus", False, True)},
    ),
    # ... never a caution: who must be careful, no use
    ("Naproxen can be used, with caution, in people with asthma.", set()),
    ("Naproxen is used, carefully, in people with asthma.", set()),
    # the duodenum is a site its conditions are named by ("duodenal"), and "the stomach itself" the stomach
    ("Esomeprazole treats ulcers in the duodenum.", {("esomeprazole", "treats", "duodenal-ulcer", False, False)}),
    ("Esomeprazole treats ulcers in the stomach itself.", {("esomeprazole", "treats", "stomach-ulcer", False, False)}),
    (
        "Esomeprazole does not treat ulcers in the duodenum.",
        {("esomeprazole", "treats", "duodenal-ulcer", True, False)},
    ),
    # "take X (brand name B) for Y": the bracket after the drug's name is no gap
    (
        "My father takes donepezil (brand name Aricept) for dementia.",
        {("donepezil", "treats", "dementia", False, False)},
    ),
    (
        "Do not take codeine (a painkiller) for more than three days.",
        {("codeine", "isA", "analgesic", False, False)},
    ),
    # "X is for Y": the plain copula of what a medicine is meant for
    (  # (and the form named with the drug: decision 0908)
        "Clotrimazole cream is for athlete's foot.",
        {
            ("clotrimazole", "treats", "tinea-pedis", False, False),
            ("clotrimazole", "hasFormulation", "cream", False, False),
        },
    ),
    ("Trimethoprim is mainly for cystitis.", {("trimethoprim", "treats", "cystitis", False, False)}),
    # ... denied
    ("Trimethoprim is not for prostatitis.", {("trimethoprim", "treats", "prostatitis", True, False)}),
    ("Trimethoprim isn't for prostatitis.", {("trimethoprim", "treats", "prostatitis", True, False)}),
    # ... never who may take it, how long, or a manner
    ("Lisinopril is for people with high blood pressure.", set()),
    ("Lansoprazole is not for long-term use in heartburn.", set()),
    ("Rizatriptan isn't for preventing migraine.", set()),
    # ... a denied "NOT for:" opens a list of cases set apart from the use: left out
    ("What finasteride is NOT for: sudden hair loss.", set()),
    # "used, on its own, for Y" denies no use: a use restricted to a combination (restricted-denial's)
    ("Sitagliptin is not used, on its own, for type 1 diabetes.", set()),
]


test_exact_claims = exact_claims(CASES, none_means_no="treats")  # None: only no use of the named partner
