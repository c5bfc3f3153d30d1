"""A class the sentence narrows by the words right after it, where the vocabularies name only the whole class.

- A condition defined by a class and where or to what it is ("Cystitis is an infection of the bladder", "Hay fever is
  an allergy to pollen", "Trigeminal neuralgia is a nerve pain in the face"): the class the sentence gives is the
  narrower one (a bladder infection, a pollen allergy); the whole class ("infections", "hypersensitivity") is more
  than the sentence says, and no kind of it is read (decision 0916). A kind named as one ("Gout is a type of
  arthritis", "a form of Y in the joints") keeps its reading, and so does a definition by cause ("an infection caused
  by parasites") or by a relative clause ("a type of asthma in which ...").
- An illness given as the example of a sign, or a sign as the example of an illness ("long-term pain, such as
  arthritis", "an allergic reaction, such as a rash"): the example is the sign's cause or the illness's sign, no kind
  of it (decision 0916); examples of one kind keep their reading ("infections such as pneumonia").
- A class denied with the use it is denied for ("It is not a painkiller for toothache or headaches"): what is denied
  is the use, which the use rules read; the class itself is not denied (decision 0916, as 0798's "not a painkiller you
  should take every day").
"""

from __future__ import annotations

import re

#: Right after a condition's class: where it is or to what ("of the bladder", "to pollen", "in the face", "on the
#: skin"); not a relative clause ("in which") nor a group of people ("in women", "in some people").
PLACE_AFTER = re.compile(
    r"[*_]{0,2}\s+(?:(?:of|to)\s+(?!which\b|whom\b|what\b)"
    r"|(?:in|on|inside|around)\s+(?:the|your|a|an|their|his|her|its|one|both)\s+(?!people\b|patients\b))",
    re.I,
)
#: Between the condition and its class: the class named as a kind ("is a type of", "is one form of").
KIND_NAMED = re.compile(r"\b(kind|type|form|sort|variety)s? of\b", re.I)
#: Right after a denied class: the use it is denied for ("not a painkiller for toothache").
USE_AFTER = re.compile(r"[*_]{0,2}\s+for\b", re.I)
#: The two kinds of condition an example and its head may be of when one is an illness and the other a sign.
ILLNESS_AND_SIGN = frozenset({"Disease", "Symptom"})


def narrowed_definition(text: str, cls: tuple, between: str) -> bool:
    """Whether the condition class `cls` (a mention) is narrowed by where or to what it is, in a definition whose
    words between the condition and the class are `between`.

    >>> t = "Cystitis is an infection of the bladder."
    >>> narrowed_definition(t, (15, 24, "infections", "Disease"), " is an ")
    True
    >>> narrowed_definition("Hay fever is an allergy to pollen.", (16, 23, "hypersensitivity", "Disease"), " is an ")
    True
    >>> t = "Gout is a type of arthritis of the joints."
    >>> narrowed_definition(t, (18, 27, "arthritis", "Disease"), " is a type of ")
    False
    >>> t = "Malaria is an infection caused by parasites."
    >>> narrowed_definition(t, (14, 23, "infections", "Disease"), " is an ")
    False
    >>> narrowed_definition("Thrush is an infection in some people.", (13, 22, "infections", "Disease"), " is an ")
    False
    """
    return not KIND_NAMED.search(between) and bool(PLACE_AFTER.match(text, cls[1]))


def use_of_class(text: str, cls: tuple) -> bool:
    """Whether the denied class `cls` (a mention) is followed by the use it is denied for.

    >>> use_of_class("It is not a painkiller for toothache.", (12, 22, "analgesic", "DrugClass"))
    True
    >>> use_of_class("It is not a painkiller in the usual sense.", (12, 22, "analgesic", "DrugClass"))
    False
    """
    return bool(USE_AFTER.match(text, cls[1]))


def crossed_kinds(text: str, head: tuple, example: tuple) -> bool:
    """Whether the example `example` of the condition `head` (mentions in `text`, "Ys such as X") is an illness given
    as a sign's example or a sign given as an illness's ("long-term pain, such as arthritis": arthritis gives the pain;
    "changes in mood, including depression"): no kind of the head (decision 0916). A condition of the vocabularies'
    mixed class (DiseaseOrCondition) is either; an example named by the head's own noun ("severe acne, such as cystic
    acne") is a kind by its name, whatever the vocabularies' classes (decision 0728's reading).

    >>> t = "long-term pain, such as arthritis"
    >>> crossed_kinds(t, (10, 14, "pain", "Symptom"), (24, 33, "arthritis", "Disease"))
    True
    >>> t = "severe acne, such as cystic acne"
    >>> crossed_kinds(t, (7, 11, "acne-vulgaris", "Symptom"), (21, 32, "cystic-acne", "Disease"))
    False
    >>> t = "infections such as pneumonia"
    >>> crossed_kinds(t, (0, 10, "infections", "DiseaseOrCondition"), (19, 28, "pneumonia", "Disease"))
    False
    """
    if {head[3], example[3]} != ILLNESS_AND_SIGN:
        return False
    return _last_noun(text[example[0] : example[1]]) != _last_noun(text[head[0] : head[1]])


def _last_noun(words: str) -> str:
    """The last word of `words`, lower case, without a plural "s" ("Minor injuries" -> "injurie")."""
    last = words.split()[-1].lower().strip("*_") if words.split() else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last
