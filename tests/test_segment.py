from graph_build.text.segment import segment


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


def test_abbreviations_are_found_after_long_text_and_long_dotted_runs():
    """The look-back for an abbreviation is bounded, but a dotted run longer than the bound is still one word."""
    long = "x" * 200
    assert [s.text for s in segment(f"{long} e.g. Klonopin helps.")] == [f"{long} e.g. Klonopin helps."]
    run = "a." * 40  # one 80-character word ending in a full stop: not an abbreviation, so the sentence ends
    assert [s.text for s in segment(f"See {run} Then stop.")] == [f"See {run}", "Then stop."]
