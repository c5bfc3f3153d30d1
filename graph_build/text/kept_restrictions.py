"""A contraindication keeps the restriction its sentence states (decision 0882).

A contraindication read without its restriction says more than the text: "It should not be given to children under
6" does not forbid the drug to every child, "people who have recently had a heart attack" are not everyone who ever
had one, "serious kidney disease" is not every degree of it. The restriction is kept as a qualifier the ontology
has (`dkg:severity`, `dkg:temporalContext`), in the source's words where the ontology asks for words:

- "serious", "seriously", "severely", "badly", "very poor" before the condition, or "very" before a name that opens
  with a word of degree ("very low blood pressure", "a very slow heart rate"): severity "severe" ("severe" itself is
  kept by restricted_denials._severity_kept, decision 0832);
- "recent", "recently had", "has just had" before it, "recently" right after it: temporalContext "recent"; "in the
  last six months" after it: that span in the source's words; conditions coordinated with a recent one ("recently had a
  heart attack or stroke", "a stroke or heart attack in the last six months") share it;
- "acute", "active", "actively", "currently" before it (or at the opening of its mention when the recogniser took the
  word in and the entity's name lacks it: "acute pancreatitis" read as pancreatitis): temporalContext "acute" or
  "active". Where the vocabulary has the narrower concept the recogniser already names it ("acute hepatitis",
  "acute cholecystitis") and nothing is added. "Acute" and "active" say when the condition is in the phase the
  warning is about (a flare now, a bleed now), which is what dkg:temporalContext holds ("when the claim holds");
  no other qualifier says it, and severity would be wrong (an acute illness need not be severe);
- "uncontrolled", "poorly controlled" before it, "that is not controlled", "that is not (well) under control" after it:
  temporalContext "uncontrolled" (decision 0897): the warning holds while the condition is not held in check, a
  state of it in time as "active" is; the bare condition would forbid the drug to everyone whose blood pressure is
  treated and normal. Only the mention the words stand with takes it ("uncontrolled high blood pressure or angina":
  the angina is not said to be uncontrolled);
- an age limit after a group of people ("children under 6", "babies under 6 months old", "children aged under 12",
  "children under the age of 2"): temporalContext "under 6 years" (the claim holds while the child is under that
  age: a limit in time on the claim for each child). An age of 18 or more takes in the whole of childhood and adds
  nothing. A weight limit ("children under 15 kg") has no qualifier that can carry it: no claim.

A denied use restricted to a group ("not used for Y in children under 12": restricted_denials, decision 0793) keeps
the group's age limit the same way (`group_age`).
"""

from __future__ import annotations

import dataclasses
import re

from graph_build.text import number_words
from graph_build.text.units import Found, Unit

#: Before the condition: words of its seriousness ("serious kidney disease", "seriously ill with", "very poor kidney
#: function") read as the severity "severe".
SERIOUS_BEFORE = re.compile(r"\b(serious|seriously|very\s+poor|very\s+bad|severely|badly)\s+[*_]{0,2}$", re.I)
#: Before the condition: "very" when the condition's own name opens with a word of degree ("very low blood pressure",
#: "a very slow heart rate", "very low sodium"); "felt very dizzy" tells how a sign felt, not a degree of the condition.
VERY_BEFORE = re.compile(r"\bvery\s+[*_]{0,2}$", re.I)
DEGREE_OPENING = re.compile(r"[*_]{0,2}(low|slow|high|fast|poor|weak|raised|reduced)\b", re.I)
#: Before the condition: a recent event ("a recent heart attack", "who have recently had a stroke", "has just had").
RECENT_BEFORE = re.compile(
    r"\b(recent|recently\s+(had|suffered|experienced|undergone|developed|been\s+diagnosed\s+with|been\s+treated\s+for)|"
    r"(has|have)\s+just\s+had)\s+(an?\s+|the\s+|some\s+)?[*_]{0,2}$",
    re.I,
)
#: Right after the condition: "recently" ("who have had a stroke recently").
RECENT_AFTER = re.compile(r"[*_]{0,2}\s+recently\b", re.I)
#: Right after the condition: a recent span of time ("a heart attack in the last six months", "within the past 3
#: weeks"), kept in the source's words.
WITHIN_AFTER = re.compile(
    r"[*_]{0,2}\s+(?P<span>(in|within|during)\s+the\s+(last|past|previous)\s+((\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|few)\s+)?(days?|weeks?|months?|years?))\b",
    re.I,
)
#: Before the condition: its acute or active phase ("acute heart failure", "an active infection", "actively
#: bleeding", "an active, serious infection"); the words may stand with words of severity or time.
PHASE_BEFORE = re.compile(
    r"\b(?P<phase>acute|active|actively|currently)(\s*,\s*|\s+and\s+|\s+)((serious|severe|recent|very)\s+)?"
    r"[*_]{0,2}$",
    re.I,
)
#: At the opening of the condition's mention when the recogniser took the phase word in ("acute pancreatitis").
PHASE_OPENING = re.compile(r"(?P<phase>acute|active)\s+", re.I)
#: Before a phase word: another phase it is coordinated with ("chronic or active", "acute or chronic"): either.
EITHER_PHASE = re.compile(r"\b(chronic|acute|active|past|previous|inactive|long-standing)\s*(,\s*)?(or|and)\s+$", re.I)
#: Before the condition: it is not held in check ("uncontrolled high blood pressure", "poorly controlled asthma"), also
#: after a word of severity ("severe uncontrolled high blood pressure"); decision 0897.
UNCONTROLLED_BEFORE = re.compile(
    r"\b(uncontrolled|(poorly|badly|not\s+well)[- ]controlled)\s+[*_]{0,2}$",
    re.I,
)
#: Before "uncontrolled": a word of severity ("severe uncontrolled high blood pressure").
SEVERE_BEFORE = re.compile(r"\b(severe|serious|severely)\s+$", re.I)
#: Right after the condition: "that is not controlled", "which is not well controlled", "that is not under control",
#: "not controlled" (decision 0897).
UNCONTROLLED_AFTER = re.compile(
    r"[*_]{0,2}\s+((that|which)\s+(is|are|has|have)\s+)?(not|n['’]t|never)\s+(been\s+)?(yet\s+)?"
    r"((well|properly|fully|adequately)\s+)?(controlled|under\s+control)\b",
    re.I,
)
#: A relative clause of an uncontrolled state anywhere in a line ("- heart failure that is not under control"): its
#: "not" gives a bullet no verb of its own (relate_unowned._listed_contraindications; decision 0897).
UNCONTROLLED_CLAUSE = re.compile(
    r"\b(that|which)\s+(is|are)\s+(not|n['’]t)\s+((well|properly|fully|adequately)\s+)?(controlled|under\s+control)\b",
    re.I,
)
#: The words of phase to the qualifier's value.
PHASES = {"acute": "acute", "active": "active", "actively": "active", "currently": "active"}
#: Between two coordinated conditions: "A or B", "A, B", "A and B" (a restriction of the first may reach the second).
COORDINATED = re.compile(r"^\s*(,\s*|\s(or|and)\s+|,\s*(or|and)\s+)(an?\s+)?[*_]{0,2}$", re.I)
#: Right after a group of people: an age limit ("children under 6", "aged under 12 years", "under the age of 2",
#: "younger than 5", "babies under 6 months old"), also after "and teenagers" ("children and teenagers under 16").
#: The age may be spelled out, as lay leaflets mostly write it ("children under twelve", "babies under six months",
#: "babies under a month old"; decision 1040): "a"/"an"/"one" only with a unit of time after it.
AGE_AFTER = re.compile(
    r"[*_]{0,2}(\s+(and|or)\s+(teenagers|teens|adolescents|young\s+people))?\s+\(?(aged\s+|who\s+are\s+)?"
    r"(under|below|younger\s+than|under\s+the\s+age\s+of|below\s+the\s+age\s+of|less\s+than)\s+"
    r"(?P<age>\d+|(?:an?|one)(?=\s+(?:years?|months?|weeks?)\b)|" + number_words.PATTERN + r")"
    r"(?P<unit>\s*(-\s*)?(years?|yrs?|months?|weeks?))?(?!\s*(kg|kilos?|kilograms?|g\b|lbs?|pounds|stone))",
    re.I,
)
#: An age limit inside a group's mention ("people under 16" named children as a whole).
AGE_INSIDE = re.compile(r"\bunder[- ](?P<age>\d+)(?P<unit>)", re.I)
#: Right after a group of people: a weight limit ("children under 15 kg", "weighing less than 15 kilograms").
WEIGHT_AFTER = re.compile(
    r"[*_]{0,2}\s+\(?(who\s+weigh\s+|weighing\s+)?(under|below|less\s+than)\s+\d+(\.\d+)?\s*(kg|kilos?|kilograms?|"
    r"lbs?|pounds|stone)\b",
    re.I,
)
#: How many years of age take in the whole of childhood: a limit at or above it restricts nothing.
ADULT_AGE = 18


def _qualified(f: Found, name: str, value: str) -> Found:
    """`f` with the qualifier `name` given `value` (a severity it has already stays as it is)."""
    have = dict(f.qualifiers)
    if name == "severity" and name in have:
        return f  # (a severity the sentence named itself: "severe", decision 0832)
    if name in have:  # (beside a time the claim carries already)
        kept = tuple((k, (*v, value) if k == name and value not in v else v) for k, v in f.qualifiers)
        return dataclasses.replace(f, qualifiers=kept)
    return dataclasses.replace(f, qualifiers=(*f.qualifiers, (name, (value,))))


def _with_severity(kept: tuple, f: Found) -> tuple:
    """`kept` with the severity "severe" (once; none for an allergy, how it showed and not a degree of it)."""
    if f.object.endswith("hypersensitivity") or ("severity", "severe") in kept:
        return kept
    return (*kept, ("severity", "severe"))


def _first_conjunct(unit: Unit, m: tuple) -> tuple:
    """The first mention of the coordination `m` closes ("a heart attack or stroke": the heart attack's)."""
    ends = {n[1]: n for n in unit.mentions if n[1] <= m[0]}
    while True:
        before = [n for end, n in ends.items() if COORDINATED.match(unit.text[end : m[0]])]
        if not before:
            return m
        m = max(before, key=lambda n: n[1])


def _last_conjunct(unit: Unit, m: tuple) -> tuple:
    """The last mention of the coordination `m` opens ("a stroke or heart attack": the heart attack's)."""
    starts = {n[0]: n for n in unit.mentions if n[0] >= m[1]}
    while True:
        after = [n for start, n in starts.items() if COORDINATED.match(unit.text[m[1] : start])]
        if not after:
            return m
        m = min(after, key=lambda n: n[0])


def _age(text: str, m: tuple) -> str | None:
    """The age limit stated for the group mentioned at `m`, as the qualifier's words ("under 6 years"), "" for one that
    restricts nothing (18 years or more), None for none."""
    limit = AGE_AFTER.match(text, m[1]) or AGE_INSIDE.search(text, m[0], m[1])
    if limit is None:
        return None
    said = limit.group("age").lower()
    age = int(said) if said.isdigit() else 1 if said in ("a", "an") else int(number_words.value(said) or 0)
    unit = (limit.group("unit") or "").strip(" -").lower()
    if not unit or unit.startswith("y"):
        return "" if age >= ADULT_AGE else f"under {age} years" if age != 1 else "under 1 year"
    unit = "months" if unit.startswith("m") else "weeks"
    return f"under {age} {unit if age != 1 else unit[:-1]}"


def group_age(text: str, m: tuple) -> str | None:
    """The age limit of the group mentioned at `m` as the qualifier's words ("under 12 years"), "" for none or one that
    restricts nothing, None for a weight limit no qualifier carries ("children under 15 kg").

    >>> group_age("in children under 12.", (3, 11, "children", "Population"))
    'under 12 years'
    """
    if WEIGHT_AFTER.match(text, m[1]):
        return None
    return _age(text, m) or ""


def _restriction(unit: Unit, f: Found, m: tuple) -> tuple | None:
    """The qualifiers the mention `m` of the claim's object restricts it by, or None where none can carry it."""
    text, start, end = unit.text, m[0], m[1]
    if m[3] == "Population":
        age = group_age(text, m)
        if age is None:
            return None  # ("children under 15 kg": no qualifier carries a weight)
        return (("temporalContext", age),) if age else ()
    kept: tuple = ()
    # (a serious allergic reaction is how the allergy showed, not a degree of it: the allergy itself is forbidden)
    serious = SERIOUS_BEFORE.search(text, max(0, start - 30), start) or (
        VERY_BEFORE.search(text, max(0, start - 10), start) and DEGREE_OPENING.match(text, start, end)
    )
    if serious and not f.object.endswith("hypersensitivity"):
        kept += (("severity", "severe"),)
    first = _first_conjunct(unit, m)
    last = _last_conjunct(unit, m)
    if RECENT_BEFORE.search(text, max(0, first[0] - 50), first[0]) or RECENT_AFTER.match(text, last[1]):
        return (*kept, ("temporalContext", "recent"))
    within = WITHIN_AFTER.match(text, last[1])
    if within:  # ("a stroke or heart attack in the last six months")
        return (*kept, ("temporalContext", re.sub(r"\s+", " ", within.group("span").lower())))
    phase = PHASE_BEFORE.search(text, max(0, start - 30), start)
    if phase is not None and EITHER_PHASE.search(text, max(0, phase.start() - 20), phase.start()):
        return kept  # ("chronic or active liver disease": either phase, no restriction)
    if phase is None:
        opening = PHASE_OPENING.match(text, start, end)
        # (only where the entity's name lacks the word: "acute hepatitis" named as acute-hepatitis keeps its name)
        phase = opening if opening and opening.group("phase").lower() not in f.object.split("-") else None
    if phase is not None:
        kept += (("temporalContext", PHASES[phase.group("phase").lower()]),)
    uncontrolled = UNCONTROLLED_BEFORE.search(text, max(0, start - 30), start)
    if uncontrolled or UNCONTROLLED_AFTER.match(text, end):
        if uncontrolled and SEVERE_BEFORE.search(text, max(0, uncontrolled.start() - 12), uncontrolled.start()):
            kept = _with_severity(kept, f)  # ("severe uncontrolled high blood pressure")
        kept += (("temporalContext", "uncontrolled"),)
    return kept


def restriction_kept(unit: Unit, f: Found) -> Found | None:
    """The contraindication `f` with the restriction its sentence states kept as a qualifier, or None where none can
    carry it. An object named more than once in the sentence keeps a restriction only where every mention states the
    same one ("not for children under 10, nor for under-18s" forbids it for all children).

    >>> u = Unit("X is not for children under 6.", [(0, 1, "x", "Drug"), (13, 21, "children", "Population")])
    >>> restriction_kept(u, Found("x", "contraindicatedIn", "children", "r")).qualifiers
    (('temporalContext', ('under 6 years',)),)
    >>> u = Unit("Not for a recent heart attack.", [(17, 29, "myocardial-infarction", "Disease")])
    >>> restriction_kept(u, Found("x", "contraindicatedIn", "myocardial-infarction", "r")).qualifiers
    (('temporalContext', ('recent',)),)
    >>> u = Unit("Not for children under 15 kg.", [(8, 16, "children", "Population")])
    >>> restriction_kept(u, Found("x", "contraindicatedIn", "children", "r")) is None
    True
    """
    spans = [m for m in unit.mentions if m[2] == f.object]
    if not spans:
        return f
    restrictions = [_restriction(unit, f, m) for m in spans]
    if all(r is None for r in restrictions):
        return None
    if len(set(restrictions)) > 1:
        return f  # (mentions that differ: the plainer one states the claim)
    for name, value in restrictions[0] or ():
        f = _qualified(f, name, value)
    return f
