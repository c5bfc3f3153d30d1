"""Sentence spans inside a document's text for the steps read across sentences (protein_steps, synaptic_steps,
insulin_steps): where a sentence ends, the sentence holding a span, the end of the sentence after one."""

from __future__ import annotations

import re

#: A sentence's end: a stop followed by a space or the text's end.
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def sentence_at(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the sentence holding text[a:b], without the spaces before it.

    >>> text = "One. Two words here. Three."
    >>> text[slice(*sentence_at(text, 9, 14))]
    'Two words here.'
    """
    before = [m.end() for m in SENTENCE_END.finditer(text, 0, a)]
    start = before[-1] if before else 0
    start += len(text[start:a]) - len(text[start:a].lstrip())
    end = SENTENCE_END.search(text, b)
    return start, end.end() if end else len(text)


def next_end(text: str, at: int) -> int:
    """The end of the sentence after the one ending at `at` (a sentence's end offset, its stop included or not; the
    text's end when there is none).

    >>> next_end("One. Two. Three.", 4), next_end("One. Two.", 9)
    (9, 9)
    """
    m = SENTENCE_END.search(text, at)
    if m is not None and m.start() <= at:
        m = SENTENCE_END.search(text, m.end())
    return m.end() if m else len(text)


def ends_after(text: str, at: int, sentences: int) -> int:
    """The end of the `sentences`-th sentence after offset `at` (the text's end when there are fewer).

    >>> ends_after("One. Two. Three.", 0, 2), ends_after("One.", 0, 3)
    (9, 4)
    """
    end = at
    for _ in range(sentences):
        m = SENTENCE_END.search(text, end)
        if m is None:
            return len(text)
        end = m.end()
    return end
