"""Decision 0717: the speed steps give the answers of the code they replace (invented text)."""

from __future__ import annotations

import itertools

from graph_build.text.recognise import WORD, _words


def _two_walks(text: str) -> list[tuple[int, int, str]]:
    """`_words` before 0717: every word, then a second walk cutting "'s" off the words that end with it."""
    words = [(*m.span(), m.group()) for m in WORD.finditer(text)]
    return [(s, e - 2, w[:-2]) if w[-2:] in ("'s", "'S") else (s, e, w) for s, e, w in words]


def test_possessives_are_cut_as_by_a_second_walk():
    texts = [
        "Parkinson's disease and Crohn's",
        "the doctor's advice, the nurses' notes",
        "it's what's left: o'clock, O'Brien's, rock'n'roll's",
        "ALZHEIMER'S DISEASE's course",
        "a's'b 's s' ''s x''s y'sa z'sé",
        "no apostrophe here",
        "",
    ]
    for text in texts:
        assert _words(text) == _two_walks(text), text
    # every short string of these characters
    for n in range(1, 7):
        for chars in itertools.product("aSs' é", repeat=n):
            text = "".join(chars)
            assert _words(text) == _two_walks(text), text


def test_find_cells_of_a_text_without_a_pipe_is_empty():
    from graph_build.text.tables import find_cells

    assert find_cells("A heading\n---\nSome text, no table.") == []
    assert len(find_cells("Drug | Use |\n---|---|\nX | pain |")) == 1
