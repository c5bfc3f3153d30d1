"""A run-in heading: a question set in bold that opens a paragraph, the paragraph's text following on the same line
("**How do I take it?** I take one tablet as soon as ..."). It heads what follows as a heading line does: when it
names no drug, the paragraph's "It" is the document's drug again (topic.after_heading, decisions 0725, 0744), not the
last agent the paragraph before named ("During a migraine, a nerve releases a messenger called CGRP. ... **How do I
take it?** ... It is not a treatment for tension headaches" was read as CGRP's denial; decision 0911).
"""

from __future__ import annotations

import re

#: At a line's start: a question in bold, then the paragraph's own text after a space.
RUN_IN_QUESTION = re.compile(r"\*\*([^*\n]{3,80}\?)\*\*[ \t]+\S")


def run_in_question(text: str, start: int) -> str:
    """The bold question a line opening at `start` is headed by, or "".

    >>> run_in_question("**How do I take it?** I take one tablet.", 0)
    'How do I take it?'
    >>> run_in_question("**Warning:** do not drive.", 0), run_in_question("**Is it safe?**", 0)
    ('', '')
    """
    m = RUN_IN_QUESTION.match(text, start)
    return m.group(1) if m else ""
