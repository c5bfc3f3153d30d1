from graph_build.segment import segment


def test_sentences_lines_and_offsets():
    text = "Clonazepam helps. It is, e.g. used daily!\n- A list item\nHeading"
    sentences = segment(text)
    assert [s.text for s in sentences] == ["Clonazepam helps.", "It is, e.g. used daily!", "- A list item", "Heading"]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.line for s in sentences] == [0, 0, 1, 2]


def test_decimal_numbers_do_not_end_sentences():
    assert [s.text for s in segment("About 20.4% of adults. That is many.")] == [
        "About 20.4% of adults.",
        "That is many.",
    ]
