"""The antecedent of "it" (decision 0866), from invented passages with other drugs, germs and conditions than
sealed55-58's:

1. a running sentence that defines a thing that is no medicine as a germ or an illness ("VZV is a virus that ...")
   makes its next "It causes A" that thing's (as under a heading "What is X?"), never the medicine's side effect;
2. a drug named as what causes a condition ("B and other painkillers often cause it", "caused by B") is not the
   document's drug when another drug is named otherwise: a later "it" keeps the medicine the text is about;
3. "The reverse can happen too: it may raise B" after another drug acting on the document's: "it" is the
   document's drug.
"""

from __future__ import annotations

from claimsets import exact_claims, first_words
from extracting import polarity_claims

CASES: list[tuple[str, set]] = [
    # 1. a running sentence defines a germ the vocabulary does not know: its "It causes" is no drug's side effect
    (
        "# Valaciclovir: a leaflet\n\nValaciclovir is an antiviral medicine. Years ago you caught a virus "
        "called varicella zoster, or VZV for short. VZV is a virus that hides in the nerves. It causes a "
        "painful rash, and it can bring a headache and a fever.\n\nValaciclovir is used to treat shingles. It "
        "can cause nausea.",
        {
            ("valacyclovir", "hasAdverseEffect", "nausea", False, False),
            ("valacyclovir", "isA", "antiviral-agent", False, False),
            ("valacyclovir", "treats", "herpes-zoster", False, False),
        },
    ),
    (
        "# Metronidazole: notes for the walking group\n\nMetronidazole is an antibiotic tablet. H. pylori is a "
        "germ that lives in the stomach lining. It causes a burning pain, and it can bring "
        "bloating.\n\nMetronidazole can cause a metallic taste.",
        {
            ("metronidazole", "hasAdverseEffect", "dysgeusia", False, False),
            ("metronidazole", "isA", "antibiotic", False, False),
        },
    ),
    # (control: a recognised illness defined so is the owner of its signs, as before: decision 0684)
    (
        "# Valaciclovir: a leaflet\n\nValaciclovir is an antiviral medicine. Shingles is an illness that comes "
        "back from an old chickenpox virus. It causes a painful rash.\n\nValaciclovir can cause a headache.",
        {
            ("herpes-zoster", "hasPhenotype", "exanthema", False, False),
            ("valacyclovir", "hasAdverseEffect", "headache", False, False),
            ("valacyclovir", "isA", "antiviral-agent", False, False),
        },
    ),
    # (control: under a side-effect heading, a risk defined as an infection leaves "It" the drug's)
    (
        "# Enoxaparin\n\nEnoxaparin is an injection that thins the blood.\n\n## Side effects\n\nThe main worry "
        "is a serious bleed. It may also cause nausea.",
        {
            ("enoxaparin", "hasAdverseEffect", "nausea", False, True),
        },
    ),
    # 2. a drug named as what causes the condition is not the document's drug
    (
        "# Parish News\n\n## What is constipation?\n\nHard stools that are difficult to pass. Constipation "
        "caused by morphine is common, and so is constipation from not drinking enough.\n\n## What did Joan "
        "buy?\n\nLactulose, a liquid from the chemist. It is a laxative.\n\n## Things to know\n\nIt can cause "
        "bloating. It is not suitable for people with a blocked bowel.",
        {
            ("lactulose", "contraindicatedIn", "intestinal-obstruction", False, False),
            ("lactulose", "hasAdverseEffect", "abdominal-distention", False, False),
            ("lactulose", "isA", "laxative", False, False),
        },
    ),
    (
        "# Corner Shop Newsletter\n\n## What is heartburn?\n\nA burning pain behind the breastbone after meals. "
        "Ibuprofen and other anti-inflammatory painkillers often cause it, and so does eating late.\n\n## What "
        "did Sam buy?\n\nOmeprazole, from the pharmacy counter. It is a proton pump inhibitor.\n\n## How does "
        "it work?\n\nIt can cause headache. Do not take it if you have liver disease.",
        {
            ("ibuprofen", "isA", "non-steroidal-anti-inflammatory-agent", False, False),
            ("omeprazole", "contraindicatedIn", "liver-disease", False, False),
            ("omeprazole", "hasAdverseEffect", "headache", False, False),
            ("omeprazole", "isA", "proton-pump-inhibitor", False, False),
        },
    ),
    # 3. "the reverse": the document's drug acts on the other
    (
        "# Rifaximin and your liver\n\nRifaximin is an antibiotic. Her pharmacist said that erythromycin may "
        "raise the level of rifaximin in the blood. The reverse can happen too: it may raise the level of "
        "warfarin.",
        {
            # (another medicine's level: an interaction, decision 0878)
            ("rifaximin", "interactsWith", "warfarin", False, True),
            ("rifaximin", "interactsWith", "erythromycin", False, True),
            ("rifaximin", "isA", "antibiotic", False, False),
        },
    ),
    (
        "# Tacrolimus after a transplant\n\nTacrolimus is a capsule. Clarithromycin can raise the level of "
        "tacrolimus in the blood. Conversely, it can lower the level of digoxin.\n",
        {
            ("tacrolimus", "interactsWith", "digoxin", False, False),
            ("tacrolimus", "hasFormulation", "capsule", False, False),
            ("tacrolimus", "interactsWith", "clarithromycin", False, False),
        },
    ),
]

test_antecedent_turns = exact_claims(CASES, polarity_claims, ids=first_words(CASES, 50))
