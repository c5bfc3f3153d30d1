"""Decision 0758 (uses, contraindications and classes left): every agent of a plain coordination before a use cue
is its subject; "sleep apnoea" is the disease package's sleep apnea syndromes as "sleep apnea" is; "severe breathing
problems" is respiratory insufficiency; a condition fronted by "For / In" before a main clause of use is what its agent
treats; "osteoporosis in women after the menopause" is postmenopausal osteoporosis; "when you cough" names a verb, no
object; "unsuitable in Y" forbids; "can be taken when pregnant" denies; "people who are dehydrated", "whose kidneys have
stopped making urine" are forbidden; "low sodium or potassium levels" names both; "not to take X if they
have Y" forbids. Invented sentences, exact claim sets (polarity included): any extra claim would be a bug."""

from __future__ import annotations

from claimsets import exact_claims

CASES = [
    # a coordination of two, three agents before a use cue: each agent's use
    (
        "Amlodipine and lisinopril are used to treat high blood pressure.",
        {
            ("amlodipine", "treats", "hypertension", False, False),
            ("lisinopril", "treats", "hypertension", False, False),
        },
    ),
    # ... hedged by the modal for every agent
    (
        "Sertraline, citalopram or fluoxetine may be prescribed for depression.",
        {
            ("sertraline", "treats", "depression", False, True),
            ("citalopram", "treats", "depression", False, True),
            ("fluoxetine", "treats", "depression", False, True),
        },
    ),
    # ... denied for every agent
    (
        "Ibuprofen and naproxen do not treat migraine.",
        {
            ("ibuprofen", "treats", "migraine-disorders", True, False),
            ("naproxen", "treats", "migraine-disorders", True, False),
        },
    ),
    # a comma alone is no coordination: the contrasted drug says nothing
    ("Unlike aspirin, clopidogrel is used for angina.", {("clopidogrel", "treats", "angina-pectoris", False, False)}),
    # the British spelling of sleep apnoea is the disease package's condition; severe breathing problems
    (
        "Diazepam must not be taken by people with sleep apnoea or severe breathing problems.",
        {
            ("diazepam", "contraindicatedIn", "sleep-apnea-syndromes", False, False),
            ("diazepam", "contraindicatedIn", "respiratory-insufficiency", False, False),
        },
    ),
    (
        "Lorazepam is not suitable for people with sleep apnea.",
        {("lorazepam", "contraindicatedIn", "sleep-apnea-syndromes", False, False)},
    ),
    # a condition fronted by "For / In" and a verb of use in the main clause
    ("For severe gout, doctors prescribe colchicine.", {("colchicine", "treats", "gout", False, False)}),
    ("In acute asthma, salbutamol is given through a nebuliser.", {("albuterol", "treats", "asthma", False, False)}),
    # ... hedged by the main clause's modal
    ("For shingles, aciclovir may be prescribed.", {("acyclovir", "treats", "herpes-zoster", False, True)}),
    # ... a partner after "with", or a drug after "rather than", is no subject
    ("In heart failure, bisoprolol is used with ramipril.", {("bisoprolol", "treats", "heart-failure", False, False)}),
    ("For gout, take naproxen rather than aspirin.", {("naproxen", "treats", "gout", False, False)}),
    # ... a denied main clause, a population, or no verb of use: nothing
    ("For migraine, doctors do not use codeine.", set()),
    ("In pregnancy, paracetamol is often used.", set()),
    ("In angina, exercise can bring on chest pain.", set()),
    # ... nor a dose or caution in the condition: how it is given there, not what for
    ("In kidney failure, gabapentin is given at a lower dose.", set()),
    ("In liver disease, paracetamol is used with caution.", set()),
    # a condition narrowed to the time after the menopause is the vocabulary's postmenopausal kind
    (
        "Ibandronate is used for osteoporosis in women after the menopause.",
        {("ibandronate", "treats", "postmenopausal-osteoporosis", False, False)},
    ),
    # ... where no vocabulary composes the kind, the condition stays as written; without the narrowing, the broad one
    ("Clonidine can ease hot flushes after the menopause.", {("clonidine", "treats", "hot-flashes", False, False)}),
    ("Zoledronic acid treats osteoporosis in men.", {("zoledronic-acid", "treats", "osteoporosis", False, False)}),
    # a one-word condition after "when you" is that clause's verb, no denied use; the noun stays an object
    ("Oxybutynin is not a treatment for leaks that happen when you cough or sneeze.", set()),
    (
        "Oxybutynin does not treat cough or asthma.",
        {("oxybutynin", "treats", "cough", True, False), ("oxybutynin", "treats", "asthma", True, False)},
    ),
    # "unsuitable in / for people with Y" forbids as "not suitable" does; "not unsuitable" is denied
    (
        "Benzhexol is unsuitable in myasthenia gravis.",
        {("trihexyphenidyl", "contraindicatedIn", "myasthenia-gravis", False, False)},
    ),
    (
        "Amitriptyline is unsuitable for people with glaucoma.",
        {("amitriptyline", "contraindicatedIn", "glaucoma", False, False)},
    ),
    ("Amitriptyline is not unsuitable in asthma.", {("amitriptyline", "contraindicatedIn", "asthma", True, False)}),
    ("Amitriptyline is unsuitable for back pain.", set()),
    # "can be taken when pregnant", "... by pregnant women": no contraindication there (denied)
    (
        "Cetirizine can be taken when pregnant or breastfeeding.",
        {
            ("cetirizine", "contraindicatedIn", "pregnant-women", True, False),
            ("cetirizine", "contraindicatedIn", "breastfeeding-mothers", True, False),
        },
    ),
    (
        "Paracetamol can be taken by pregnant women.",
        {("acetaminophen", "contraindicatedIn", "pregnant-women", True, False)},
    ),
    ("Loratadine can be taken when needed.", set()),
    # who is forbidden named by "who are" / "whose ... have": dehydrated, kidneys that have stopped making urine
    (
        "Torasemide must not be used by people whose kidneys have stopped making urine, or by anyone who is "
        "dehydrated.",
        {
            ("torsemide", "contraindicatedIn", "anuria", False, False),
            ("torsemide", "contraindicatedIn", "dehydration", False, False),
        },
    ),
    ("Lithium should not be given to people who are taking diuretics.", set()),
    # a level word shared by two minerals, and "a low level of calcium": each mineral's low state
    (
        "Indapamide must not be taken by people with very low sodium or potassium levels, or a low level of calcium.",
        {
            ("indapamide", "contraindicatedIn", "hyponatremia", False, False),
            ("indapamide", "contraindicatedIn", "hypokalemia", False, False),
            ("indapamide", "contraindicatedIn", "hypocalcemia", False, False),
        },
    ),
    # "a urine infection" is a urinary tract infection, never every infection
    (
        "Oxybutynin will not treat a urine infection.",
        {("oxybutynin", "treats", "urinary-tract-infections", True, False)},
    ),
    # "told not to take X if they have A, B or C": the third person's conditions forbid
    (
        "Patients are told not to take oxybutynin if they have glaucoma or a blocked bowel.",
        {
            ("oxybutynin", "contraindicatedIn", "glaucoma", False, False),
            ("oxybutynin", "contraindicatedIn", "intestinal-obstruction", False, False),
        },
    ),
    # ... and the list of "if you have" clauses goes on past a reason's "because of" (the reason's prostate is no
    # claim; "cannot pass urine" is urinary retention since decision 0778)
    (
        "Do not take trihexyphenidyl if you have glaucoma, if you cannot pass urine because of an enlarged prostate, "
        "or if you have a blocked bowel.",
        {
            ("trihexyphenidyl", "contraindicatedIn", "glaucoma", False, False),
            ("trihexyphenidyl", "contraindicatedIn", "urinary-retention", False, False),
            ("trihexyphenidyl", "contraindicatedIn", "intestinal-obstruction", False, False),
        },
    ),
    # "not to take it with food" forbids no one
    ("Try not to take oxybutynin with a heavy meal.", set()),
    # ... never where the shared name is unknown ("high blood pressure or diabetes" names no "high diabetes")
    (
        "Indapamide is used for high blood pressure or diabetes insipidus.",
        {
            ("indapamide", "treats", "hypertension", False, False),
            ("indapamide", "treats", "diabetes-insipidus", False, False),
        },
    ),
]


test_exact_claims = exact_claims(CASES)
