"""phrases.find stems only the words whose stem can be a token of its table (decision 0968): the same matches as
stemming every word, on sentences invented here."""

from __future__ import annotations

from graph_build.text import phrases, recognise
from ontology.lexicon import load_lexicon

SENTENCES = [
    "It works by dampening overall nerve excitability in the brain.",
    "The resulting influx of negatively charged chloride ions calms the cells.",
    "It brings relaxation of the skeletal muscles and eases stiffness.",
    "Haemostatic agents stop bleeding; stabilising membranes helps too.",
    "Dying cells release signals, lying dormant, tying up receptors.",
]


def test_keys_are_stems_or_none_and_matches_are_unchanged() -> None:
    table = recognise.index(load_lexicon())[2]
    tokens = {t for first, ps in table.items() for p in ps for t in (first, *p[0])}
    for sentence in SENTENCES:
        words = recognise._words(sentence)
        lows = [w.lower() for _, _, w in words]
        keys = phrases._keys(lows, table)
        assert all(k is None or k == phrases.stem(low) for k, low in zip(keys, lows, strict=True))
        # a word left unstemmed has a stem that is no token of the table
        assert all(phrases.stem(low) not in tokens for k, low in zip(keys, lows, strict=True) if k is None)
        found = phrases.find(sentence, words, lows, [], table)
        saved = phrases._keys
        try:
            phrases._keys = lambda lows, table: [phrases.stem(low) for low in lows]
            assert phrases.find(sentence, words, lows, [], table) == found
        finally:
            phrases._keys = saved


def test_a_stem_keeps_the_first_two_letters_of_a_longer_word() -> None:
    for word in ["dampening", "relaxation", "haemostatic", "anaesthetising", "excitability", "generously"]:
        assert phrases.stem(word)[:2] == phrases._spelt(word)[:2]
