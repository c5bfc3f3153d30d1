"""The families of patterns screened together by one RE2 pass over their text (graph_build/text/screen.py, decision
0825): patterns that `lowered` is asked about one after the other on the same text. Screening never changes an
answer (a pattern ruled out cannot match the text); it spares the scans of the patterns that cannot.

The recogniser matches these on a whole document (`recognise.recognise`): its gates before each step, the lay
phrases (`recognise.LAY_PHRASES`, each scanned over the whole text), the process cues and the steps they open, the
sites, foods, class names and target cues.
"""

from __future__ import annotations

from graph_build.text import class_names, foods, lowered, processes, recognise, sites, targets

DOCUMENT = lowered.screen_together(
    [
        recognise.FEEL_PAIR,
        recognise.LEVEL_PAIR,
        recognise.SUPPLEMENT,
        *(pattern for pattern, _ in recognise.CONTRACEPTIVES),
        recognise.TARGET_HEAD,
        recognise.ACTING_ON,
        *recognise.PROCESS_CUES,
        recognise.REDUCING_CUE,
        recognise.LAY_PHRASE_CUE,
        recognise.PAIN_IN,
        *(pattern for pattern, _, _ in recognise.LAY_PHRASES),
        recognise.LISTED_ONLY_WORD,
        recognise.KIND_OF_CUE,
        recognise.BELLY_PAIN,
        class_names.CALLED_CLASS_ANYWHERE,
        foods.WORDS,
        sites.PLACING,
        sites.TARGET_PLACE,
        sites.ORGANISM_PLACE,
        targets.CUE,
        processes.CROSSING,
        processes.SIGNALS,
        processes.MOVING,
        processes.QUANTITY,
        processes.URINE_STEP,
        processes.FORCE,
        processes.VESSELS,
        processes.WIDER_VESSELS,
        processes.RESISTANCE,
        processes.OXYGEN_NEED,
        processes.PACED_HEART,
    ]
)
