"""wordforms.singular / singulars: the one singulariser of vocab_index, class_names and processes (decision 0678)."""

from graph_build.text import class_names, processes, vocab_index, wordforms


def test_the_callers_share_one_function():
    assert vocab_index.singulars is wordforms.singulars
    assert processes.singular is wordforms.singular


def test_singular_cases():
    cases = ["platelets", "arteries", "sulfonylureas", "alpha-blockers", "mumps", "abscess", "fungus", "its", "ARBs"]
    assert [wordforms.singular(w) for w in cases] == [
        "platelet",
        "artery",
        "sulfonylurea",
        "alpha-blocker",
        "mumps",
        "abscess",
        "fungus",
        "its",
        "ARB",
    ]


def test_class_names_keep_ies_plural_findable():
    # a minted class's name is found again as its singular + "s": "-ies" loses only the "s", and it is lower case
    assert class_names._singular("Therapies") == "therapie"
    assert class_names._singular("Statins") == "statin"


def test_one_spelling_table_read_both_ways():
    from graph_build.text import phrases

    assert vocab_index.british is wordforms.british
    assert wordforms.british("pediatric tumor") == "paediatric tumour"
    assert wordforms.american("paediatric tumour") == "pediatric tumor"
    assert wordforms.british("localized edema") == "localised oedema"
    assert wordforms.american("localised oedema") == "localized edema"
    assert phrases.stem("haemorrhages") == phrases.stem("hemorrhages")
    assert phrases.stem("sensitisation") == phrases.stem("sensitization")
