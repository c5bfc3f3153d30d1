"""Issue 12 item 2 (docs/decisions/0684): subjects that are in the text, and sealed9's falsehood classes.

An "It" after a sentence about a condition is the condition (its course is no drug's adverse effect), as is an "it"
left untreated; a consequence drawn from a denial ("no interaction with X, so it can be taken for Y") is asserted;
a receptor is never the subject of a later mechanism step (the act on it is: "Blocking these receptors ...",
"X binds to R. This makes R ..."). The sentences are invented; each test asserts the exact set of claims."""

from extracting import claims


def keys(text, lexicon):
    return set(claims(text, lexicon))


def test_it_after_a_sentence_about_a_condition_is_the_condition(lexicon):
    text = (
        "Doctors prescribe valsartan for hypertension. Gout is a painful joint disease. "
        "It causes swelling, redness and fever. It can also cause kidney stones."
    )
    # (no adverse effect of valsartan; since decision 0695 the condition's own course: its phenotype)
    assert keys(text, lexicon) == {
        ("valsartan", "treats", "hypertension", False),
        ("gout", "isA", "joint-diseases", False),
        ("gout", "hasPhenotype", "fever", False),
        ("gout", "hasPhenotype", "erythema", False),  # ("redness" a name of erythema since decision 0721)
        ("gout", "hasPhenotype", "kidney-calculi", False),
    }


def test_it_left_untreated_is_a_condition(lexicon):
    text = (
        "Lisinopril is used for heart failure. Diabetes is common. "
        "If untreated, it raises the risk of blindness and stroke."
    )
    assert keys(text, lexicon) == {("lisinopril", "treats", "heart-failure", False)}


def test_it_after_a_sentence_about_the_drug_is_still_the_drug(lexicon):
    text = "Valsartan is used for hypertension. It can cause dizziness and headache."
    assert keys(text, lexicon) == {
        ("valsartan", "treats", "hypertension", False),
        ("valsartan", "hasAdverseEffect", "dizziness", False),
        ("valsartan", "hasAdverseEffect", "headache", False),
    }


def test_a_condition_sentence_that_names_a_drug_leaves_it_to_the_drug(lexicon):
    text = "Gout is a painful joint disease treated with allopurinol. It can cause a rash."
    assert ("allopurinol", "hasAdverseEffect", "exanthema", False) in keys(text, lexicon)


def test_a_consequence_of_a_denied_interaction_is_asserted(lexicon):
    text = "Zolpidem is a sleeping pill. There is no interaction with ibuprofen, so it can be taken for back pain."
    assert keys(text, lexicon) == {
        ("zolpidem", "isA", "hypnotic", False),
        ("zolpidem", "interactsWith", "ibuprofen", True),  # (the denial itself: decision 0699)
        ("ibuprofen", "treats", "back-pain", False),
    }


def test_the_denial_before_the_consequence_stays_denied(lexicon):
    text = "Zolpidem is a sleeping pill. It does not interact with ibuprofen, so ibuprofen can be used for back pain."
    assert keys(text, lexicon) == {
        ("zolpidem", "isA", "hypnotic", False),
        ("zolpidem", "interactsWith", "ibuprofen", True),
        ("ibuprofen", "treats", "back-pain", False),
    }


def test_a_blocked_receptor_is_no_subject_of_the_next_step(lexicon):
    text = (
        "How loratadine works:\n1) Loratadine blocks histamine H1 receptors.\n"
        "2) Blocking these receptors reduces the release of histamine."
    )
    # (the receptor never; the step before's blockade of it is the next step's subject: decision 0685)
    assert keys(text, lexicon) == {
        ("loratadine", "bindsTo", "histamine-h1-receptor", False),
        ("loratadine", "hasMechanismOfAction", "histamine-h1-receptor-blockade", False),
        ("histamine-h1-receptor-blockade", "decreases", "histamine-release", False),
    }


def test_this_after_binding_a_receptor_is_not_the_receptor(lexicon):
    text = (
        "How diazepam works:\n1. Diazepam attaches to the GABA-A receptor in the brain.\n"
        "2. This makes the receptor respond more strongly to GABA."
    )
    # (the first step places the receptor in the brain: decision 0685; the receptor made to respond more strongly to
    # its messenger is its positive modulation, the drug's mechanism, never a cause of GABA: decision 0760)
    assert keys(text, lexicon) == {
        ("diazepam", "bindsTo", "gaba-a-receptor", False),
        ("diazepam", "actsOn", "brain", False),
        ("diazepam", "hasMechanismOfAction", "gaba-a-receptor-positive-modulation", False),
    }


def test_a_list_item_naming_a_condition_leaves_the_next_it_to_the_drug(lexicon):
    text = "Valsartan must not be taken by people who have:\n- gout\n\nIt can cause dizziness."
    found = keys(text, lexicon)
    assert ("valsartan", "hasAdverseEffect", "dizziness", False) in found


def test_an_it_that_is_taken_after_a_condition_sentence_is_the_drug(lexicon):
    # only a verb of a condition's course makes the opening "It" the condition's ("It can cause Z")
    text = (
        "Allopurinol is used for gout. Gout is a painful joint disease. "
        "It is usually taken once a day, and it can cause a rash."
    )
    assert keys(text, lexicon) == {
        ("allopurinol", "treats", "gout", False),
        ("gout", "isA", "joint-diseases", False),
        ("allopurinol", "hasAdverseEffect", "exanthema", False),
    }
