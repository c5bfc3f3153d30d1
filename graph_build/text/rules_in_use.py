"""The relation rules in use (graph_build/text/rules.yaml, or another rules file inside `using_rules`) and the
guarded search of their cues: a cue is looked for only in text that holds one of its anchors, and without re.I in
lower-cased ASCII text.

The relate modules read the rules through this module's attributes at call time (`rules_in_use.CUE_RULES`, ...),
so that `using_rules` changes them for all of them.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator

from base.errors import DrugkgError
from graph_build.text.rules import CueRule, Rules, UseStatusCue, load_rules
from graph_build.text.screen import Screen

#: The rules in use: graph_build/text/rules.yaml, or a rules file given to `using_rules`. `_install` binds the names
#: below from them (the relate modules read them here at call time, `rules_in_use.NAME`):
#: CUE_RULES: the "subject cue objects" rules in file order, each with its cue compiled with re.I and without it (for
#: ASCII text in lower case: there re.I matches exactly what the plain pattern matches in the lower-cased text, at the
#: same offsets, the cues being written in lower case; matching without re.I is 2-3 times faster) and its anchors;
#: USE_STATUS: the use-status cues; CONTRA, INTERACTION, WITHDRAWAL, STOPPING, HYPONYM, SYMPTOM_OF: the cues of the
#: rules whose logic is code (relate_sentence_rules.py, ...); GUARDS: their anchors; LOWER: them without re.I;
#: YIELDS: predicate -> the predicate whose claim on the same subject and object drops it.
CUE_RULES: tuple[CueRule, ...] = ()
USE_STATUS: tuple[UseStatusCue, ...] = ()
GUARDS: dict[re.Pattern, tuple[str, ...]] = {}
LOWER: dict[re.Pattern, re.Pattern] = {}
YIELDS: dict[str, str] = {}
#: GUARDS and LOWER by the `id` of the pattern (the rules in use keep their patterns alive): a compiled pattern
#: hashes its whole compiled code at every dictionary look-up, an int at once (decision 0762).
_BY_ID: dict[int, tuple[tuple[str, ...], re.Pattern]] = {}
#: The cue rules' and the sentence cues' lower-case forms, screened together on a unit's text in lower case: one RE2
#: pass tells which of them may match it, and the others are not scanned (graph_build/text/screen.py, decision 0825).
SCREEN = Screen(())
NEVER = re.compile(r"(?!)")
CONTRA = INTERACTION = WITHDRAWAL = STOPPING = HYPONYM = SYMPTOM_OF = NEVER
EFFECTS_UNDER_HEADING = EFFECTS_ANAPHOR = SYMPTOMS_ANAPHOR = EFFECTS_CONTINUED = NEVER
SENTENCE_CUES = {
    "CONTRA": "should-not-take",
    "INTERACTION": "combined-with",
    "WITHDRAWAL": "withdrawal",
    "STOPPING": "stopping-causes",
    "HYPONYM": "hyponym-such-as",
    "SYMPTOM_OF": "symptom-of",
    "EFFECTS_UNDER_HEADING": "effects-under-heading",
    "EFFECTS_ANAPHOR": "effects-anaphor",
    "EFFECTS_CONTINUED": "effects-continued",
    "SYMPTOMS_ANAPHOR": "symptoms-anaphor",
}


def _install(rules: Rules) -> None:
    """Bind the module's rule names (see CUE_RULES) to `rules`."""
    missing = set(SENTENCE_CUES.values()) - set(rules.sentence_cues)
    if missing:
        raise DrugkgError(
            f"rules file lacks the sentence cue(s) {', '.join(sorted(missing))}",
            fix="keep every entry of sentence_cues",
        )
    cues = {name: rules.sentence_cues[rule_id] for name, rule_id in SENTENCE_CUES.items()}
    names = {name: cue.pattern for name, cue in cues.items()}
    names |= {
        "CUE_RULES": rules.cue_rules,
        "USE_STATUS": rules.use_status,
        "GUARDS": {cue.pattern: cue.anchors for cue in cues.values()},
        "LOWER": {cue.pattern: cue.lower for cue in cues.values()},
        "_BY_ID": {id(cue.pattern): (cue.anchors, cue.lower) for cue in cues.values()},
        "SCREEN": Screen([*(r.lower for r in rules.cue_rules), *(cue.lower for cue in cues.values())]),
        "YIELDS": {r.predicate: r.yields_to for r in rules.cue_rules if r.yields_to},
    }
    globals().update(names)


@contextlib.contextmanager
def using_rules(rules: Rules) -> Iterator[Rules]:
    """Relate with `rules` (e.g. `load_rules(path)` of another rules file) inside the `with` block.

    >>> from graph_build.text.rules import load_rules
    >>> with using_rules(load_rules()) as rules:
    ...     [r.id for r in CUE_RULES] == [r.id for r in rules.cue_rules]
    True
    """
    before = ACTIVE[-1]
    _install(rules)
    ACTIVE.append(rules)
    try:
        yield rules
    finally:
        ACTIVE.pop()
        _install(before)


ACTIVE: list[Rules] = [load_rules()]
_install(ACTIVE[0])


def _holds_any(low: str, anchors: tuple[str, ...]) -> bool:
    for anchor in anchors:  # noqa: SIM110 (a loop: no generator object per rule and sentence)
        if anchor in low:
            return True
    return False


def _anchored(rules: tuple[CueRule, ...], low: str, ascii: bool) -> list[CueRule]:
    """The `rules` (in their order) whose anchors occur in `low`, the unit's text in lower case: on ASCII text a rule
    none of whose anchors occurs cannot match, so `relate_unit` does not call `_cue_claims` for it (this is the one
    anchor test of the cue rules). On other text every rule is kept. One call per unit, not one per rule: the test is
    `_holds_any`'s, written out. A rule whose cue SCREEN rules out of `low` cannot match either (decision 0825).

    >>> rules = _rules_naming({"MolecularTarget"})
    >>> kept = {r.id for r in _anchored(rules, "x blocks y", True)}
    >>> {r.id for r in rules if r.lower.search("x blocks y")} <= kept <= {r.id for r in rules if _holds_any(
    ...     "x blocks y", r.anchors)}
    True
    >>> _anchored(rules, "", False) == list(rules)
    True
    """
    if not ascii:
        return list(rules)
    kept = []
    # (the screen's answer first: one look-up in the set of cues that may match `low` rules out most rules before
    # their anchors are tested, decision 0894; a rule is kept as before, when an anchor occurs and the screen allows)
    hits, index = SCREEN.hits(low), SCREEN.index
    for rule in rules:
        if hits is not None:
            k = index.get(id(rule.lower))
            if k is not None and k not in hits:
                continue  # (its cue cannot match: decision 0825)
        for anchor in rule.anchors:
            if anchor in low:
                kept.append(rule)
                break
    return kept


def _guard(pattern: re.Pattern) -> tuple[tuple[str, ...], re.Pattern]:
    """The anchors (GUARDS) and lower-case form (LOWER) of one of the sentence cues, found by the pattern's `id`
    (else, for an equal pattern object of other rules, as GUARDS and LOWER find it)."""
    found = _BY_ID.get(id(pattern))
    return found if found is not None else (GUARDS[pattern], LOWER[pattern])


def _may_match(pattern: re.Pattern, low: str, ascii: bool) -> bool:
    """False when `pattern` (one of GUARDS) cannot match: ASCII text holding none of its anchors, or ruled out by
    SCREEN."""
    if not ascii:
        return True
    anchors, lower = _guard(pattern)
    return SCREEN.may(lower, low) and _holds_any(low, anchors)  # (the screen's set look-up first: decision 0894)


def _search(pattern: re.Pattern, text: str, low: str, ascii: bool) -> re.Match | None:
    """`pattern.search(text)` for one of GUARDS: skipped where it cannot match, without re.I on ASCII text."""
    if not ascii:
        return pattern.search(text)
    anchors, lower = _guard(pattern)
    return lower.search(low) if SCREEN.may(lower, low) and _holds_any(low, anchors) else None


def _finditer(pattern: re.Pattern, text: str, low: str, ascii: bool) -> Iterable[re.Match]:
    """`pattern.finditer(text)` for one of GUARDS, as `_search`."""
    if not ascii:
        return pattern.finditer(text)
    anchors, lower = _guard(pattern)
    return lower.finditer(low) if SCREEN.may(lower, low) and _holds_any(low, anchors) else ()


#: The CUE_RULES `_rules_naming` answered for, and its answers by set of named classes (reset when `using_rules`
#: swaps the rules; at most NAMING_MAX sets are kept, a few dozen occur in practice).
_NAMING: list = [None, {}]
NAMING_MAX = 4096


def _rules_naming(named: set[str]) -> tuple[CueRule, ...]:
    """The cue rules (CUE_RULES, in file order) whose objects intersect `named`, the classes a unit names: the
    others can find no object there (`_cue_claims` returns at once for them), so they are not called at all. A rule
    always has objects (rules.py); one without any would find nothing, as in `_cue_claims`.

    >>> targets = [r.id for r in CUE_RULES if "MolecularTarget" in r.objects]
    >>> [r.id for r in _rules_naming({"MolecularTarget"})] == targets != []
    True
    >>> _rules_naming(set())
    ()
    """
    if _NAMING[0] is not CUE_RULES or len(_NAMING[1]) >= NAMING_MAX:
        _NAMING[:] = [CUE_RULES, {}]
    key = frozenset(named)
    rules = _NAMING[1].get(key)
    if rules is None:
        rules = _NAMING[1][key] = tuple(rule for rule in CUE_RULES if not rule.objects.isdisjoint(key))
    return rules
