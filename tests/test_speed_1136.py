"""Decision 1136: extraction speed, round 50. The phrase matcher (graph_build/text/phrases.py) compares words by their
Snowball stems; with PyStemmer installed (a dependency since 1136) snowballstemmer hands back PyStemmer's C build of
the same English algorithm instead of its own pure-Python one (~2.5 instead of ~56 microseconds a new word). The
stems must be the same, word for word, and so the claims of texts read through stemmed phrases (inflected,
derived, British spellings, words inserted, "of" inverted) and their near misses (denied, hedged, asked, another
drug's) stay as they were. The words and sentences are invented."""

import pytest
from extracting import rule_claims
from snowballstemmer.english_stemmer import EnglishStemmer

from graph_build.text import phrases

#: Words of every shape the stemmer meets: inflections, derivations, British and American spellings, Snowball's
#: exception words (whose first letters change), short words, apostrophes, hyphens, capitals, digits, non-ASCII.
WORDS = [
    "stabilises",
    "stabilization",
    "stabilising",
    "dampening",
    "Dampened",
    "excitability",
    "relaxation",
    "relaxing",
    "haemostatic",
    "hemostatic",
    "signalling",
    "signaling",
    "dying",
    "lying",
    "tying",
    "skies",
    "news",
    "gently",
    "generously",
    "succeeded",
    "proceeding",
    "exceeds",
    "inning",
    "outing",
    "canning",
    "howe",
    "atlas",
    "cosmos",
    "bias",
    "andes",
    "'tis",
    "o'clock",
    "patients'",
    "children's",
    "anti-inflammatory",
    "cyclo-oxygenase",
    "5-ht3",
    "co-administered",
    "naïve",
    "café",
    "β-blockers",
    "a",
    "is",
    "ies",
    "y",
    "yield",
    "sayings",
    "mayor",
    "analgesia",
    "anaesthetised",
    "organised",
    "organizations",
    "generalisation",
    "communism",
    "arsenal",
]


@pytest.mark.parametrize("word", WORDS)
def test_same_stem_as_pure_python_snowball(word: str) -> None:
    """`stem` gives what snowballstemmer's own pure-Python English stemmer gives for the word it is handed."""
    low = word.lower()
    handed = phrases.american(low) if len(low) > 5 else low
    assert phrases.stem(word) == EnglishStemmer().stemWord(handed)


def test_the_c_stemmer_is_used_when_installed() -> None:
    """With PyStemmer importable, the phrase matcher's stemmer is its C one (the speed of decision 1136)."""
    stemmer_module = pytest.importorskip("Stemmer")
    assert isinstance(phrases._STEMMER, stemmer_module.Stemmer)


NOTES = "# Diazepam notes\n\n"
MOA = ("diazepam", "hasMechanismOfAction", "reduced-neuronal-excitability", False, "Asserted", "rule:mechanism-cue")
INFLUX = ("diazepam", "increases", "chloride-influx", False, "Asserted", "rule:increases-cue")

CASES = [
    # an inflected phrase with a word inserted ("dampening overall nerve excitability")
    ("Diazepam works by dampening overall nerve excitability.", {MOA}),
    # denied, hedged, asked: no claim
    ("Diazepam does not dampen nerve excitability.", set()),
    ("Diazepam may dampen nerve excitability.", set()),
    ("Does diazepam dampen nerve excitability?", set()),
    # "of" inverted, words inserted: "the influx of negatively charged chloride ions"
    ("Diazepam increases the influx of negatively charged chloride ions.", {INFLUX}),
    # another drug's clause before it: the claim stays diazepam's, and the other drug gets none
    ("Baclofen relaxes skeletal muscles, and diazepam increases the influx of chloride ions.", {INFLUX}),
    # a derived noun, "of" inverted: "relaxation of the skeletal muscles"
    (
        "Diazepam causes relaxation of the skeletal muscles.",
        {("diazepam", "hasEffect", "muscle-relaxant-effect", False, "Asserted", "rule:drug-effect")},
    ),
    # a heading alone asserts nothing
    ("## Dampening nerve excitability", set()),
]


@pytest.fixture(scope="module")
def lexicon():
    from ontology.lexicon import load_lexicon

    return load_lexicon()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims(text: str, expected: set, lexicon) -> None:
    assert rule_claims(NOTES + text + "\n", lexicon) == expected
