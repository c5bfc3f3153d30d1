"""What stands beside a use cue and is no use (decision 0911).

Three readings of general English the treats cue took for uses:

- a person who *manages* ("to see how I managed", "Most people manage fine", "how she manages"): the person copes,
  no drug manages a condition named after it ("... how I managed and there were no withdrawal symptoms" was read as
  a denied use of the withdrawal);
- a condition the takers *also* or *already* have ("for chronic kidney disease in adults who also have type 2
  diabetes"): the group the use is for is narrowed by a second illness they live with, which the medicine is not said
  to treat;
- what a relative clause says the object is not ("not used for an enlarged prostate that isn't cancer"): the clause
  tells the object apart from the thing it names, which is no object of the use (darolutamide was denied *cancer*).
"""

from __future__ import annotations

import re

#: Right before a cue of managing: a person as its subject, with at most one auxiliary ("how I managed", "Most
#: people manage fine", "to see how they manage", "how she manages", "I could manage").
PERSON_BEFORE = re.compile(
    r"\b(i|you|he|she|we|they|people|patients|someone|everyone|anyone)\s+"
    r"((have|had|can|could|will|would|may|might|did|do|does|to)\s+)?$"
)
#: After such a cue: "with" names the means the person manages something with ("She manages her diabetes with it"),
#: which is a use, told by its person.
MEANS_AFTER = re.compile(r"\bwith\b")


def person_copes(low: str, start: int, end: int) -> bool:
    """A cue of managing whose subject is a person, and no "with" after it: the person copes.

    >>> t = "i had a week off to see how i managed and there were no withdrawal symptoms"
    >>> person_copes(t, t.index("managed"), t.index("managed") + 7)
    True
    >>> t = "she manages her diabetes with it"
    >>> person_copes(t, 4, 11)
    False
    >>> t = "it manages the pain well"
    >>> person_copes(t, 3, 10)
    False
    """
    if not low.startswith("manag", start):
        return False
    if not PERSON_BEFORE.search(low, max(0, start - 40), start):
        return False
    return MEANS_AFTER.search(low, end) is None


#: Right before an object: the takers "who also / already have" it ("in adults who also have type 2 diabetes").
ALSO_HAVE_BEFORE = re.compile(
    r"\bwho\s+(also|already)\s+(have|has|had|live\s+with|lives\s+with)\s+((a|an|the|some|their|his|her)\s+)?"
    r"([\w'-]+\s+){0,3}$",
    re.I,
)


def also_had(text: str, obj_start: int) -> bool:
    """The object is what the takers also or already have, not what the medicine is for.

    >>> t = "It is for chronic kidney disease in adults who also have type 2 diabetes."
    >>> also_had(t, t.index("type 2"))
    True
    >>> also_had(t, t.index("chronic"))
    False
    >>> t = "It is used for people who have had a heart attack."
    >>> also_had(t, t.index("heart attack"))
    False
    """
    return ALSO_HAVE_BEFORE.search(text, max(0, obj_start - 60), obj_start) is not None


#: Right before an object: a relative clause saying what the object before it is not ("an enlarged prostate that isn't
#: cancer", "a swelling that is not an allergy").
IS_NOT_BEFORE = re.compile(r"\bthat\s+(is|are|was|were)(n['’]t|\s+not)\s+((a|an|the|any)\s+)?$", re.I)


def what_it_is_not(text: str, obj_start: int) -> bool:
    """The object is what a relative clause says the noun before it is not.

    >>> t = "It is not used for an enlarged prostate that isn't cancer."
    >>> what_it_is_not(t, t.index("cancer"))
    True
    >>> what_it_is_not(t, t.index("enlarged"))
    False
    >>> t = "It is used for a cough that is not going away."
    >>> what_it_is_not(t, t.index("cough"))
    False
    """
    return IS_NOT_BEFORE.search(text, max(0, obj_start - 30), obj_start) is not None
