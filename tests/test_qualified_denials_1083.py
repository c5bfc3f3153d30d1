"""Decision 1083: a denial that qualifies the condition is no denial of the drug's use of it. "Not used for primary
progressive MS", "the kind of MS that worsens without relapses", "the diarrhoea kind of IBS", and "ordinary obesity"
set against the narrower case the drug is only for give no negated treats; the plain denial, another condition's
ordinary case, a question and a denial beside a clause of its cause (0718) keep theirs. The sentences and documents
are invented."""

import pytest
from extracting import rule_claims

claims = rule_claims

#: the use is named bare: since decision 1108 "used to treat relapsing multiple sclerosis" writes no use of the whole
#: illness (the text names one kind of it), and these cases are about the denials after it
OZANIMOD = "# Ozanimod notes\n\nOzanimod is used to treat multiple sclerosis. "
SETMELANOTIDE = "# Setmelanotide notes\n\nSetmelanotide is taken once a day. "
ELETRIPTAN = "# Eletriptan notes\n\nEletriptan is used to treat migraine. "
AMOXICILLIN = "# Amoxicillin notes\n\nAmoxicillin is taken three times a day. "
USE_MS = ("ozanimod", "treats", "multiple-sclerosis", False, "Asserted", "rule:treats-cue")
USE_MIGRAINE = ("eletriptan", "treats", "migraine-disorders", False, "Asserted", "rule:treats-cue")

CASES = [
    # a course of the condition the vocabularies fold into the whole: no denial of the use
    (OZANIMOD + "It is not used for primary progressive MS.\n", {USE_MS}),
    (OZANIMOD + "It is not a treatment for secondary progressive MS.\n", {USE_MS}),
    # near miss: the plain denial of the condition stays (the text says the opposite of its first sentence)
    (
        OZANIMOD + "It is not used for MS.\n",
        {USE_MS, ("ozanimod", "treats", "multiple-sclerosis", True, "Asserted", "rule:treats-cue")},
    ),
    # the kind of Y a clause tells
    (OZANIMOD + "It doesn't help the kind of MS that slowly gets worse without relapses.\n", {USE_MS}),
    # near miss: a clause after a comma tells of the condition itself, the denial stays
    (
        AMOXICILLIN + "It is no use against colds, which are caused by viruses.\n",
        {
            ("amoxicillin", "treats", "common-cold", True, "Asserted", "rule:treats-cue"),
            ("viruses", "causes", "common-cold", False, "Asserted", "rule:named-cause"),
        },
    ),
    # the condition named as a kind of another: no denial of it
    ("# Linaclotide notes\n\nLinaclotide is taken once a day. It won't help the diarrhoea kind of IBS.\n", set()),
    # "ordinary Y" against the narrower case the drug is only for: no denial of Y
    (
        SETMELANOTIDE + "It is not a treatment for ordinary obesity; it only works in a few rare genetic conditions.\n",
        set(),
    ),
    # near miss: another condition's ordinary case, no contrast: the golds' denial of it stays
    (
        ELETRIPTAN + "It is not a treatment for ordinary tension headaches.\n",
        {USE_MIGRAINE, ("eletriptan", "treats", "tension-type-headache", True, "Asserted", "rule:treats-cue")},
    ),
    # near miss: a question asks, it denies nothing
    (OZANIMOD + "Is it used for primary progressive MS?\n", {USE_MS}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text, expected, lexicon):
    assert claims(text, lexicon) == expected
