"""A question heading asking what harm a drug does, in lay words, heads its side effects (decision 0924).

Lay writers head a drug's side effects with a question of their own rather than "Side effects": "What has it done to
me?", "WHAT DOES IT DO TO ME?", "What might it do to you?", "What can go wrong?", "Anything to watch for?", "Will it
make me ill?", "What are the downsides?". Under it the sentences name no drug ("Some people get headaches or
constipation.", "I also get hot flushes"), as they do under "Side effects" (`owners.EFFECTS_HEADING`, which takes
this pattern in).

Only a heading's whole question: it opens the line (after a number or a markdown mark) and asks of the drug ("it",
"this", "the tablets", one word naming it) and of a person ("to me", "to you", "to him"): "What does it do?" and "What
does it do in the body?" ask how it works; "What can go wrong with my thyroid?" asks of an illness, and "Will it make
me better?" of a use, so none of them is one.

>>> [bool(HARM_HEADING.match(h)) for h in ("What has it done to me?", "## What might it do to you?",
...     "### What can go wrong?", "Anything to watch for?", "Will it make me ill?", "What are the downsides?")]
[True, True, True, True, True, True]
>>> [bool(HARM_HEADING.match(h)) for h in ("What does it do?", "What does it do in the body?",
...     "What can go wrong with my thyroid?", "Will it make me better?", "What has it done for me?")]
[False, False, False, False, False]
"""

from __future__ import annotations

import re

#: What a drug is asked of: "it", "this", "the tablets", or one word (its name).
_DRUG = (
    r"(it|this|that|they|these|the (medicine|drug|tablets?|pills?|capsules?|injections?|jabs?|patch(es)?|cream|gel"
    r"|drops|spray|inhaler|treatment)|[a-z][\w-]+)"
)
#: The question heads the line (a number, a markdown mark or an emphasis before it) and ends there.
HARM_HEADING = re.compile(
    r"^[#*_\s]*(\d{1,2}[.):]\s*)?("
    # ("What has it done to me?", "What does it do to me?", "What might it do to you?")
    r"what (has|have|does|did|do|will|would|can|could|might|may) " + _DRUG + r" (do|done|doing) to"
    r" (me|you|him|her|us|them)"
    # ("What can go wrong?", "What could go wrong?")
    r"|what (can|could|might|may) go wrong"
    # ("Anything to watch for?", "Anything else to look out for?")
    r"|(is there )?anything (else )?to (watch|look)( out)? for"
    # ("Will it make me ill?", "Could it make him unwell?")
    r"|(will|would|can|could|might|may|does) " + _DRUG + r" make (me|you|him|her|us|them)( feel)?"
    r" (ill|sick|unwell|poorly|bad|rough)"
    # ("What are the downsides?", "Any drawbacks?")
    r"|(what are the |are there (any )?|any )(downsides?|drawbacks?)"
    r")[\s*_]*\?",
    re.I,
)
