"""Recognise entity mentions: lexicon names with their variants, abbreviations the text defines, and
drugs and conditions from the broad vocabularies (graph_build/text/vocabularies.py)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from graph_build.text import (
    dosage_forms,
    foods,
    grain,
    lowered,
    organisms,
    owned_states,
    phrases,
    processes,
    sites,
    targets,
    use_sites,
    vaccine_kinds,
)
from graph_build.text.class_names import class_mentions
from graph_build.text.ester_names import ESTER_CUE, one_ester_name
from graph_build.text.generic_heads import generic_grounding
from graph_build.text.lay_effects import LAY_EFFECT_WORDS, LAY_EFFECTS
from graph_build.text.lay_signs import itch_words, lay_fatigue
from graph_build.text.part_uses import PART_USE_WORDS, PART_USES
from graph_build.text.stated_tired import stated_tired
from graph_build.text.units import COND
from graph_build.text.unknown_drugs import named_drugs
from graph_build.text.vaccine_kinds import live_vaccines
from graph_build.text.vessel_acts import VESSEL_VERB
from graph_build.text.vocabularies import (
    extends,
    first_words,
    look_up,
    name_keys,
    numeric_starts,
    second_starts,
    slugify,
)
from ontology.lexicon import Entity

#: Words: letters and digits, joined by apostrophes (a possessive 's is cut off later).
WORD = re.compile(r"[A-Za-zÀ-ÿ\u0370-\u03ff0-9]+(?:['][A-Za-z]+)?")
#: Where a possessive may end a word (`_words`).
POSSESSIVE = re.compile(r"'[sS]")
_END = itemgetter(1)
#: "long form (ABBR)": an abbreviation in brackets after the words it stands for.
DEFINED = re.compile(r"\(([A-Z][A-Za-z0-9]{0,3}[A-Z0-9](?:-[A-Z0-9]+)?)\)")
#: "long form, often called ABBR", "long form, also known as ABBR" (decision 0787): the abbreviation named after the
#: words it stands for; its letters must be their initials.
CALLED = re.compile(
    r",?\s+((often|also|sometimes|usually|commonly)\s+)?(called|known\s+as|shortened\s+to)\s+"
    r"([A-Z][A-Z0-9]{1,4})\b(?![-'])"
)
#: "long form, or ABBR, ...", "long form (or ABBR)", "long form, or ABBR for short" (decision 0861): the abbreviation
#: offered as the other name right after the words it stands for, ending there (a comma, a full stop, a bracket or "for
#: short" after it); its letters must be their initials, so "a nurse, or STOP to end" defines nothing.
OR_ABBREVIATION = re.compile(r"(?:,\s+|\s+\(|\s+)or\s+([A-Z][A-Z0-9]{1,4})(?:(?=[,.;:)])|\s+for\s+short\b)")
MAX_WORDS = 8
#: What may stand between two words of a name: a space, a hyphen, or a possessive 's and a space ("Parkinson's
#: disease").
_JOINS = frozenset([" ", "-", "'s "])


@dataclass(frozen=True)
class Mention:
    """A mention of an entity at offsets in the normalised text; `source` says how it was found."""

    start: int
    end: int
    slug: str
    text: str
    source: str = "lexicon"


def _words(text: str) -> list[tuple[int, int, str]]:
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]  # (faster than *m.span())
    # a possessive 's is cut off (only the apostrophe group holds "'", in ASCII letters). A word ending with "'s"
    # ends where the text holds "'s": only the words ending at those places are looked at, found by their ends
    # (ascending), not by a second walk over every word (decisions 0705, 0717)
    if "'" in text:
        for possessive in POSSESSIVE.finditer(text):
            end = possessive.end()
            k = bisect.bisect_left(words, end, key=_END)
            if k < len(words) and words[k][1] == end and words[k][2][-2:] in ("'s", "'S"):
                start, _, word = words[k]
                words[k] = (start, end - 2, word[:-2])
    return words


def _key(words: list[str]) -> str:
    return " ".join(w.lower() for w in words)


def _variants(name: str) -> set[str]:
    """The lower-case keys a name matches: as written, and with its last word in singular or plural."""
    words = [w for _, _, w in _words(name)]
    if not words:
        return set()
    base = _key(words)
    head, last = words[:-1], words[-1].lower()
    forms = {last, last + "s", last + "es"}
    if last.endswith("ies"):
        forms.add(last[:-3] + "y")
    elif last.endswith("y"):
        forms.add(last[:-1] + "ies")
    if last.endswith("es"):
        forms.add(last[:-2])
    if last.endswith("s") and len(last) > 3:
        forms.add(last[:-1])
    return {base} | {_key([*head, form]) for form in forms if len(form) > 2}


def _is_abbreviation(name: str) -> bool:
    return " " not in name and len(name) <= 6 and sum(c.isupper() for c in name) >= 2


@cache
def _index(lexicon_items: tuple[tuple[str, Entity], ...]) -> tuple[dict[str, str], dict[str, str], dict]:
    """Three indexes: lower-case keys of names and variants; exact-case keys of abbreviations; the phrase patterns
    of process and effect names (phrases.py)."""
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    for slug, entity in lexicon_items:
        for name in entity.names():
            if _is_abbreviation(name):
                exact.setdefault(name, slug)
                continue
            for key in sorted(_variants(name)):
                folded.setdefault(key, slug)
    return folded, exact, phrases.build_table(lexicon_items, folded, exact, _words)


#: The items of the last lexicon `index` read and its indexes (one lexicon serves a whole build).
_LAST: list = [(), None]


def index(lexicon: dict[str, Entity]) -> tuple[dict[str, str], dict[str, str], dict]:
    items = tuple(lexicon.items())
    if items != _LAST[0]:  # the same entity objects compare by identity first: cheap for an unchanged lexicon
        _LAST[:] = [items, _index(tuple(sorted(items)))]
    return _LAST[1]


_PREFIXES: dict[int, frozenset[str]] = {}


def _prefixes(folded: dict[str, str]) -> frozenset[str]:
    """Every key's word prefixes ("chronic", "chronic pain"): extending a span stops when none fits."""
    found = _PREFIXES.get(id(folded))
    if found is None:
        parts = set()
        for key in folded:
            words = key.split(" ")
            parts.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        found = _PREFIXES[id(folded)] = frozenset(parts)
    return found


def _match(
    text: str, words: list[tuple[int, int, str]], lows: list[str], folded: dict, exact: dict, learned: dict
) -> list[Mention]:
    """The longest name at each word, left to right (a trie walk over the keys' word prefixes); `lows` are the
    words in lower case."""
    mentions = []
    prefixes = _prefixes(folded) if folded else frozenset()
    # only a word that is a key's first word (every key is one of `prefixes`) or a short name starts a mention
    starts = [k for k, low in enumerate(lows) if low in prefixes or words[k][2] in exact or words[k][2] in learned]
    after = 0  # the first word not inside the last mention
    for i in starts:
        if i < after:
            continue
        word = words[i][2]
        key = lows[i]
        short = exact.get(word) or (learned.get(word) if learned else None)
        if short:
            found = (1, short, "lexicon" if word in exact else "abbreviation")
        else:
            slug = folded.get(key)
            found = (1, slug, "lexicon") if slug is not None else None
        n = 1
        while key in prefixes and i + n < len(words) and n < MAX_WORDS:
            # only words separated by a space or a hyphen form a name
            if text[words[i + n - 1][1] : words[i + n][0]] not in _JOINS:
                break
            key = f"{key} {lows[i + n]}"
            n += 1
            if key in folded:
                found = (n, folded[key], "lexicon")
        if found:
            n, slug, source = found
            start, end = words[i][0], words[i + n - 1][1]
            mentions.append(Mention(start, end, slug, text[start:end], source))
            after = i + n
    return mentions


#: classes one concept may carry in two sources (a package's *Seizures* is a disease, the lexicon's seizure a symptom)
_KIN = frozenset(["Disease", "Symptom"])


def _in_lexicon(entity: Entity, lexicon: dict[str, Entity], folded: dict[str, str]) -> Entity:
    """The lexicon's entity for a vocabulary entity whose label is a lexicon name in either number (the package's
    *Seizures* is the lexicon's seizure: one concept, one entity), when their classes agree; else `entity`.

    >>> from ontology.lexicon import load_lexicon
    >>> lx = load_lexicon()
    >>> folded = index(lx)[0]
    >>> _in_lexicon(Entity("seizures", "seizures", "Disease"), lx, folded).slug
    'seizure'
    >>> _in_lexicon(Entity("seizures", "seizures", "Drug"), lx, folded).slug
    'seizures'
    """
    if entity.slug in lexicon:
        return lexicon[entity.slug]
    slug = folded.get(_key([w for _, _, w in _words(entity.label)]))
    known = lexicon.get(slug) if slug is not None else None
    if known is not None and (known.cls == entity.cls or {known.cls, entity.cls} <= _KIN):
        return known
    return entity


def _entity_named(name: str, lexicon: dict[str, Entity], folded: dict[str, str], vocabularies: bool = True):
    """The entity `name` is a name of: the lexicon's, else (with `vocabularies`) the broad vocabularies' as the
    lexicon's own where it is the same concept (`_in_lexicon`); None when nobody knows it. Nothing is added to the
    text's new entities: the caller `_adopt`s the entity when it keeps a mention of it."""
    slug = folded.get(name.lower())
    if slug is not None and slug in lexicon:
        return lexicon[slug]
    hit = look_up(name) if vocabularies else None
    return _in_lexicon(hit.entity, lexicon, folded) if hit is not None else None


def _adopt(entity: Entity, lexicon: dict[str, Entity], new: dict[str, Entity]) -> Entity:
    """`entity` as this text's: the lexicon's own, else the one `new` already holds under its slug, else added."""
    return entity if entity.slug in lexicon else new.setdefault(entity.slug, entity)


def _vocabulary(
    text: str, words: list, lows: list[str], covered: dict[int, range], lexicon: dict[str, Entity], folded: dict
) -> tuple[list, dict]:
    """Mentions of drugs and conditions found in the broad vocabularies among words no lexicon name covers.

    A vocabulary name may also extend a lexicon mention to the left ("menstrual" + "pain", "social" + "anxiety
    disorder"): a longer, more specific name wins; `covered` maps each covered word to its mention's words.
    """
    mentions, new = [], {}
    firsts, pairs = first_words(), second_starts()
    drugs, conditions, indexed = name_keys()
    numeric = numeric_starts()
    sigma = "Σ" in text  # lower() is not letter by letter for a final sigma: no shortcut then
    # the words a vocabulary name may start at, left to right; a hit of n words skips the n - 1 words after it
    starts = [
        k for k, low in enumerate(lows) if low in firsts and (low[0].isalpha() or low in numeric) and k not in covered
    ]
    after = 0  # the first word not inside the last hit
    for i in starts:
        if i < after:
            continue
        hit = None
        start, limit = words[i][0], min(4, len(words) - i)
        reach = limit
        if not sigma or "Σ" not in text[start : words[i + limit - 1][1]]:
            # a longer span's key starts with a shorter one's: it names nothing once no name starts with that;
            # the first word starts a name (it is one of `firsts`); after it, a space and a character no name
            # continues with end the span (`pairs`: the word's letters are all of FIRST_WORD's, so such a name's
            # first word is this word)
            reach = 1
            first = words[i][1] - start
            if limit > 1 and text[words[i][1]] == " ":
                pair = text[start : words[i][1] + 2].lower()
                if len(pair) == first + 2 and pair not in pairs:
                    limit = 1
            while reach < limit and extends(text[start : words[i + reach][1]].lower()):
                reach += 1
            if reach == 1 and lows[i] not in drugs and lows[i] not in conditions and lows[i] not in indexed:
                continue  # the word alone (its key is lows[i]) names nothing: look_up would say None
        for n in range(reach, 0, -1):
            # a covered word's whole mention must lie inside the span (word i itself is not covered)
            if n > 1 and any(
                j in covered and not (covered[j].start >= i and covered[j].stop <= i + n) for j in range(i + 1, i + n)
            ):
                continue
            end = words[i + n - 1][1]
            if n > 1 and "," in text[start:end]:
                continue  # a comma in prose parts list items: "blisters, fever" is no inverted heading (0675)
            found = look_up(text[start:end])
            if found:
                hit = (n, found)
                break
        if hit is None:
            continue
        n, found = hit
        entity = _in_lexicon(found.entity, lexicon, folded)
        entity = new.get(entity.slug) or entity
        if entity.slug not in lexicon:
            name = text[words[i][0] : words[i + n - 1][1]]
            if name.lower() != entity.label and name not in entity.names():
                field = "brand_names" if found.source.endswith(":brand") else "synonyms"
                entity = Entity(**{**entity.__dict__, field: (*getattr(entity, field), name)})
            new[entity.slug] = entity
        start, end = words[i][0], words[i + n - 1][1]
        mentions.append(Mention(start, end, entity.slug, text[start:end], found.source.split(":")[0]))
        after = i + n
    return mentions, new


#: "liver, kidney or" right before a mention "heart disease": modifiers sharing the mention's head words.
CONJUNCTS = re.compile(r"((?:\b[A-Za-z][\w-]*, )*\b[A-Za-z][\w-]*),? (?:and|or) $")


def _coordinated(text: str, mentions: list[Mention], folded: dict, lexicon: dict, new: dict | None) -> list[Mention]:
    """Names hidden in a coordination: "severe liver or kidney disease" also names "liver disease".

    Each conjunct before a mention of two or more words is joined to the mention's last words (longest first);
    the result must be a known name (lexicon, else the broad vocabularies). Conjuncts that are already part of a
    mention are left alone ("headache, back pain and menstrual pain").

    >>> from ontology.lexicon import load_lexicon
    >>> lx = load_lexicon()
    >>> found, _ = recognise("It eases chronic or acute pain", lx, vocabularies=False)
    >>> [(m.text, m.slug) for m in found]
    [('chronic', 'chronic-pain'), ('acute pain', 'acute-pain')]
    """
    out = []
    for m in mentions:
        tail = m.text.split()
        # CONJUNCTS ends with " and " or " or ": only a text ending so right before the mention can match up to it
        joined = len(tail) > 1 and text.endswith((" and ", " or "), 0, m.start)
        match = CONJUNCTS.search(text, max(0, m.start - 80), m.start) if joined else None
        if match is None or match.end() != m.start:
            continue
        for part in re.finditer(r"[A-Za-z][\w-]*", match.group(1)):
            a, b = match.start(1) + part.start(), match.start(1) + part.end()
            if any(o.start < b and a < o.end for o in mentions):
                continue
            for k in range(len(tail) - 1, 0, -1):
                name = f"{part.group(0)} {' '.join(tail[-k:])}"
                entity = _entity_named(name, lexicon, folded, vocabularies=new is not None)
                if entity is not None:
                    slug = entity.slug if new is None else _adopt(entity, lexicon, new).slug
                    out.append(Mention(a, b, slug, text[a:b], "coordination"))
                    break
    return out


#: "feel dizzy or sick", "feeling tired or weak": the second feeling shares the first one's verb (decision 0689).
#: (a degree word before the second: "feel tired or a little sick", decision 0806)
#: (the last of a list of single words after one verb: "feel dizzy, sleepy or sick", decision 0813)
FEEL_PAIR = re.compile(
    r"\b(feel|feels|feeling|felt) ([A-Za-z][\w-]*)(?:, [A-Za-z][\w-]*){0,3},? (or|and) "
    r"(?:(?:a bit|a little|slightly|very) )?([A-Za-z][\w-]*)\b(?! of\b)",
    re.I,
)


def _shared_feel(text: str, mentions: list[Mention], folded: dict, lexicon: dict, new: dict) -> list[Mention]:
    """A feeling coordinated after a named one under one verb: "feel dizzy or sick" also names "feel sick" (nausea),
    which *sick* alone does not ("sick of waiting"; nor "sick and tired of"); the first feeling must be a mention, the
    second none yet, and "feel <second>" a known name.

    >>> from ontology.lexicon import load_lexicon
    >>> found, _ = recognise("Some people feel dizzy or sick.", load_lexicon())
    >>> [(m.text, m.slug) for m in found]
    [('dizzy', 'dizziness'), ('sick', 'nausea')]
    >>> [m.slug for m in recognise("I feel sick and tired of waiting.", load_lexicon())[0]]
    ['nausea']
    >>> [m.slug for m in recognise("Some feel dizzy, sleepy or sick.", load_lexicon())[0]]
    ['dizziness', 'somnolence', 'nausea']
    """
    out = []
    for match in FEEL_PAIR.finditer(text):
        first, second = match.span(2), match.span(4)
        if not any(m.start < first[1] and first[0] < m.end for m in mentions):
            continue
        if any(m.start < second[1] and second[0] < m.end for m in mentions):
            continue
        entity = _entity_named(f"{match.group(1).lower()} {match.group(4).lower()}", lexicon, folded)
        if entity is not None:
            out.append(Mention(*second, _adopt(entity, lexicon, new).slug, match.group(4), "coordination"))
    return out


#: The word "tired" (stated_tired: said of a person, HPO's lay synonym of Fatigue; decision 0943).
TIRED_WORD = re.compile(r"\btired\b", re.I)


def _tired(text: str, mentions: list[Mention], lexicon: dict, folded: dict, new: dict) -> list[Mention]:
    """Fatigue where "tired" is said of a person ("he was tired all the time") and no mention covers it yet; the
    entity is the one "feel tired" names (decision 0943).

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.text, m.slug) for m in recognise("It leaves her tired by the afternoon.", load_lexicon())[0]]
    [('tired', 'fatigue')]
    """
    entity = _entity_named("feel tired", lexicon, folded)
    if entity is None:
        return []
    return [
        Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "lexicon")
        for a, b in stated_tired(text)
        if not any(m.start < b and a < m.end for m in mentions)
    ]


#: The everyday words of Fatigue and of itching (lay_signs: "felt worn out", "the patches itch"; decision 1063).
LAY_SIGN_WORD = re.compile(
    r"\b(?:worn|washed|wiped|exhausted|knackered|shattered|tir\w+\s+(?:easily|quickly)|itch)", re.I
)


def _lay_signs(text: str, mentions: list[Mention], lexicon: dict, folded: dict, new: dict) -> list[Mention]:
    """Fatigue where an everyday word of it is said of a person ("she felt worn out"), and Pruritus where the verb,
    noun or adjective of itching is used ("the patches itch"), where no mention covers the words yet; the entities are
    the ones "feel tired" and "itching" name (decision 1063).

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.text, m.slug) for m in recognise("I felt washed out and my skin itched.", load_lexicon())[0]]
    [('washed out', 'fatigue'), ('itched', 'pruritus')]
    """
    out = []
    for name, spans in (("feel tired", lay_fatigue(text)), ("itching", itch_words(text))):
        entity = _entity_named(name, lexicon, folded) if spans else None
        if entity is None:
            continue
        slug = _adopt(entity, lexicon, new).slug
        out += [
            Mention(a, b, slug, text[a:b], "lexicon")
            for a, b in spans
            if not any(m.start < b and a < m.end for m in mentions + out)
        ]
    return out


#: "sickness" as an item of a list of symptoms ("dizziness, sickness and headaches", "can cause sickness and sweating"):
#: in British health writing, feeling or being sick, the gold sets' nausea; alone it also names any illness ("off with
#: a sickness") or a kind named by the word before ("travel", "morning", "radiation"), so only next to a listed
#: condition, with no word qualifying it (decision 0991).
SICKNESS = re.compile(r"(?<![\w-])sickness\b", re.I)
LIST_JOIN = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", re.I)
#: Before "sickness": a word that names its kind, not a list ("travel sickness", "morning sickness").
SICKNESS_KIND = re.compile(
    r"\b(travel|motion|morning|sea|car|air|altitude|mountain|radiation|sleeping|decompression|serum|milk|"
    r"space|bus|train|plane|the|a|this|that|his|her|my|your|their|its|any|some)\s+$",
    re.I,
)


def _listed_sickness(text: str, mentions: list[Mention], lexicon: dict, folded: dict, new: dict) -> list[Mention]:
    """Nausea where "sickness" is an item of a list whose next or last item is a named condition (decision 0991).

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.text, m.slug) for m in recognise("It can cause dizziness, sickness and headaches.", load_lexicon())[0]]
    [('dizziness', 'dizziness'), ('sickness', 'nausea'), ('headaches', 'headache')]
    >>> [m.slug for m in recognise("She had a sickness and a cough.", load_lexicon())[0]]
    ['cough']
    """
    entity = _entity_named("feel sick", lexicon, folded)
    if entity is None:
        return []
    conds = [m for m in mentions if getattr(lexicon.get(m.slug) or new.get(m.slug), "cls", "") in COND]
    out = []
    for match in SICKNESS.finditer(text):
        a, b = match.span()
        if any(m.start < b and a < m.end for m in mentions) or SICKNESS_KIND.search(text, max(0, a - 20), a):
            continue
        before = any(LIST_JOIN.match(text[m.end : a]) for m in conds if m.end <= a)
        after = any(LIST_JOIN.match(text[b : m.start]) for m in conds if m.start >= b)
        if before or after:
            out.append(Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "lexicon"))
    return out


#: A level word shared by two minerals or quantities: "low sodium or potassium levels", "low sodium and potassium"
#: (decision 0758).
LEVEL_PAIR = re.compile(
    r"\b(?:very )?((?:low|high|raised))( blood)? ([a-z]+),? (?:or|and) ([a-z]+)( levels?)?\b(?! of\b)", re.I
)


def _shared_level(text: str, mentions: list[Mention], folded: dict, lexicon: dict, new: dict) -> list[Mention]:
    """The second of two things a level word is shared by: "low sodium or potassium levels" also names "low potassium"
    (hypokalemia), where "potassium" alone names the mineral. The first ("low sodium") must be a mention already, and
    "<level word> <second>" (with "levels" when the text has it) a known name; the mention returned covers the second
    word (and "levels"), and replaces what was recognised there.

    >>> from ontology.lexicon import load_lexicon
    >>> found, _ = recognise("Do not take it if you have low sodium or potassium levels.", load_lexicon())
    >>> [(m.text, m.slug) for m in found if m.slug.startswith("hypo")]
    [('low sodium', 'hyponatremia'), ('potassium levels', 'hypokalemia')]
    """
    out = []
    for match in LEVEL_PAIR.finditer(text):
        first = match.start(1), match.end(3)
        if not any(m.start <= first[0] and first[1] <= m.end for m in mentions):
            continue
        level = match.group(1).lower()
        names = [f"{level} {match.group(4).lower()}"]
        if match.group(5):
            names.insert(0, f"{names[0]} levels")
        entity = next((e for e in (_entity_named(n, lexicon, folded) for n in names) if e is not None), None)
        if entity is not None and entity.cls in ("Disease", "Symptom"):
            end = match.end(5) if match.group(5) else match.end(4)
            out.append(
                Mention(
                    match.start(4), end, _adopt(entity, lexicon, new).slug, text[match.start(4) : end], "coordination"
                )
            )
    return out


#: Subtype codes coordinated between a family word and their shared head: "dopamine D2 and D3 receptors", "histamine
#: H1, H2 or H3 receptors" (a code holds a digit: D2, H1, 5-HT3, MT1).
_CODE = r"(?:[A-Za-z]{1,3}-?)?\d[A-Za-z0-9]?"
CODED_PAIR = re.compile(
    rf"\b([A-Za-z][a-z-]+) ({_CODE}(?:, {_CODE})*,? (?:and|or) {_CODE}) (receptors?|channels?|transporters?)\b"
)
#: The heads of CODED_PAIR, with the space before them.
CODED_HEADS = (" receptor", " channel", " transporter")


def _coded_pair(text: str, mentions: list[Mention], folded: dict, lexicon: dict, new: dict) -> list[Mention]:
    """Each receptor of "<family> <code> and <code> <head>" ("dopamine D2 and D3 receptors" names the dopamine D2
    and the dopamine D3 receptor), when the vocabularies know every "<family> <code> <head>" as a molecular target;
    the mentions inside the phrase (its family word) give way. Decision 0682."""
    out = list(mentions)
    # (a match ends with a space and one of the heads: a text without them is not scanned word by word)
    for match in CODED_PAIR.finditer(text) if any(head in text for head in CODED_HEADS) else ():
        family, head = match.group(1), match.group(3)
        codes = list(re.finditer(_CODE, match.group(2)))
        found = [_entity_named(f"{family} {c.group(0)} {head}", lexicon, folded) for c in codes]
        if not found or any(e is None or e.cls != "MolecularTarget" for e in found):
            continue
        out = [m for m in out if m.end <= match.start() or match.end() <= m.start]
        for k, (code, entity) in enumerate(zip(codes, found, strict=True)):
            a = match.start() if k == 0 else match.start(2) + code.start()
            b = match.end() if k == len(codes) - 1 else match.start(2) + code.end()
            out.append(Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "coordination"))
    return sorted(out, key=lambda m: m.start)


#: A combined concept's name written as its two parts: "nausea and vomiting", "anxiety or depression".
APART = re.compile(r"^([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) (and|or) ([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)$")


def _apart(mentions: list[Mention], folded: dict, lexicon: dict, new: dict) -> list[Mention]:
    """A vocabulary's combined concept ("Nausea and vomiting", slug nausea-and-vomiting) where the text lists its
    two parts apart: the two things the text names, each a known name of the same kind of thing (lexicon, else the
    vocabularies), instead of one entity for both (docs/decisions/0632). A longer name keeps its concept
    ("postoperative nausea and vomiting" is one condition), as does a pair whose part names nothing ("signs and
    symptoms": *signs* is never a name) or names the whole again."""
    out = []
    for m in mentions:
        match = APART.match(m.text) if m.source != "lexicon" and ("-and-" in m.slug or "-or-" in m.slug) else None
        whole = (lexicon.get(m.slug) or new.get(m.slug)) if match else None
        parts = []
        for k in (1, 3) if whole is not None else ():
            name = match.group(k)
            entity = _entity_named(name, lexicon, folded)
            if (
                entity is None
                or entity.slug == m.slug
                or not (entity.cls == whole.cls or {entity.cls, whole.cls} <= _KIN)
            ):
                break
            _adopt(entity, lexicon, new)
            a = m.start + match.start(k)
            parts.append(Mention(a, a + len(name), entity.slug, name, "apart"))
        out += parts if len(parts) == 2 else [m]
    return out


#: "A, B(,) and/or " before the last conjunct of a list whose members share a head noun ("anti-seizure, anti-anxiety,
#: and muscle relaxant effects"): single-word (or hyphenated) conjuncts separated by commas.
HEAD_LIST = re.compile(
    r"((?:\b[A-Za-z][\w-]*, ){0,5}\b[A-Za-z][\w-]*),? (?:and|or) ((?:[A-Za-z][\w-]* ){0,4}[A-Za-z][\w-]*)"
)


#: The space before a conjunction that HEAD_LIST's ",? (?:and|or) " can hold.
CONJUNCTION = re.compile(r" (?=(?:and|or) )")


def head_lists(text: str) -> Iterator[re.Match]:
    """The matches of HEAD_LIST.finditer(text), found faster: searched only from near each conjunction.

    A match's first group is words joined by ", ": it holds no space that follows anything but a comma. So a
    match whose conjunction is at c starts after the last such space before c, and no later conjunction's match
    starts before that (the space after "and"/"or" follows a letter). The search from there, or from the end of
    the last match, finds the same leftmost match as scanning the whole text (4-5x fewer steps).

    >>> text = "anti-seizure, anti-anxiety, and muscle relaxant effects; pain or fever"
    >>> [m.group(0) for m in head_lists(text)] == [m.group(0) for m in HEAD_LIST.finditer(text)]
    True
    """
    pos = 0
    for conjunction in CONJUNCTION.finditer(text):
        if conjunction.start() < pos:
            continue  # inside the last match
        space = text.rfind(" ", 0, conjunction.start())
        while space > 0 and text[space - 1] == ",":
            space = text.rfind(" ", 0, space - 1)
        match = HEAD_LIST.search(text, max(space + 1, pos))
        if match is None:
            return
        yield match
        pos = match.end()


def _slice(words: list[tuple[int, int, str]], starts: list[int], a: int, b: int, base: int) -> list:
    """The document's words inside text[a:b], with offsets relative to `base` (as _words(text[base:b]) would give
    for a span that starts and ends at word boundaries)."""
    i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
    return [(s - base, e - base, w) for s, e, w in words[i:j] if e <= b]


def _shared_head(
    text: str, mentions: list[Mention], folded: dict, kind, words: list, offsets: list[int]
) -> tuple[list[Mention], list[Mention]]:
    """Modifiers listed before a shared head noun: "anxiolytic, anticonvulsant, and muscle-relaxant properties"
    names "anxiolytic properties" and "anticonvulsant properties" too.

    The last conjunct must end in a known name of two or more words (its head is that name's last words); each
    earlier conjunct joined to the head words (longest first) must be a known name too. A conjunct that is itself a
    name of the last conjunct's class stands alone ("anxiety and panic attacks" is no "anxiety attack"); one of
    another class is read with the head ("anticonvulsant", the drug class, before "... properties"). Returns the
    new mentions and the mentions they replace. `kind` gives a slug's class; `offsets` are the words' starts.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "It has anti-seizure, anti-anxiety, and muscle relaxant effects."
    >>> [m.slug for m in recognise(text, load_lexicon(), vocabularies=False)[0]]
    ['anticonvulsant-effect', 'anxiolytic-effect', 'muscle-relaxant-effect']
    """
    added: list[Mention] = []
    for match in head_lists(text):
        last = _slice(words, offsets, *match.span(2), match.start(2))
        tail = None
        for k in range(len(last), 1, -1):
            slug = folded.get(_key(w for _, _, w in last[-k:]))
            if slug is not None:
                tail = (k, slug)
                break
        if tail is None:
            continue
        k, slug = tail
        base = match.start(2)
        start, end = base + last[-k][0], base + last[-1][1]
        if not any(m.start == start and m.end == end for m in mentions):
            added.append(Mention(start, end, slug, text[start:end], "coordination"))
        head = [w for _, _, w in last[-k + 1 :]]
        for part in re.finditer(r"[A-Za-z][\w-]*", match.group(1)):
            a, b = match.start(1) + part.start(), match.start(1) + part.end()
            if any(m.start == a and m.end == b and kind(m.slug) == kind(slug) for m in mentions):
                continue
            part_words = [w for _, _, w in _words(part.group(0))]
            for n in range(len(head), 0, -1):
                found = folded.get(_key([*part_words, *head[-n:]]))
                if found is not None:
                    added.append(Mention(a, b, found, text[a:b], "coordination"))
                    break
    replaced = [m for m in mentions if any(a.start < m.end and m.start < a.end for a in added)]
    return added, replaced


def _bracketed(
    text: str, words: list, offsets: list[int], mentions: list[Mention], folded: dict
) -> tuple[list[Mention], list[Mention]]:
    """A name interrupted by its own abbreviation: "gamma-aminobutyric acid type A (GABA-A) receptor" names the
    receptor ("X (ABBR) Y" where "X Y" is a known name, longest X first; Y one or two words). The new mention
    spans the whole and replaces the mentions inside it.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "It modulates the gamma-aminobutyric acid type A (GABA-A) receptor."
    >>> [(m.slug, m.text[:9]) for m in recognise(text, load_lexicon(), vocabularies=False)[0]]
    [('gaba-a-receptor', 'gamma-ami')]
    """
    added = []
    for match in DEFINED.finditer(text):
        first_after = bisect.bisect_left(offsets, match.end())
        if first_after >= len(words) or words[first_after][0] != match.end() + 1:
            continue  # "(ABBR) Y": Y follows after one space
        last_before = bisect.bisect_left(offsets, match.start()) - 1
        before = range(max(0, last_before - MAX_WORDS + 1), last_before + 1)
        hit = None
        for i in before:
            for j in (first_after + 1, first_after):
                if j < len(words):
                    key = _key([w[2] for w in words[i : last_before + 1]] + [w[2] for w in words[first_after : j + 1]])
                    if key in folded:
                        hit = (i, j, folded[key])
                        break
            if hit:
                break
        if hit:
            start, end = words[hit[0]][0], words[hit[1]][1]
            added.append(Mention(start, end, hit[2], text[start:end], "lexicon"))
    replaced = [m for m in mentions if any(a.start <= m.start and m.end <= a.end for a in added)]
    return added, replaced


def _phrases(text: str, words: list, lows: list[str], mentions: list[Mention], table: dict, at: tuple) -> list[Mention]:
    """Add the process and effect names written as phrases (graph_build/text/phrases.py); a phrase replaces the
    mentions inside it and gives way to a mention it would cut. `at` maps the words' start and end offsets to their
    positions.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "The influx of negatively charged chloride ions makes the cell more negative."
    >>> [(m.slug, m.text) for m in recognise(text, load_lexicon(), vocabularies=False)[0]]
    [('chloride-influx', 'influx of negatively charged chloride ions')]
    """
    starts, ends = at
    spans = [(starts[m.start], ends[m.end] + 1, m.slug) for m in mentions if m.start in starts and m.end in ends]
    out = list(mentions)
    for a, b, slug in phrases.find(text, words, lows, spans, table):
        s, e = words[a][0], words[b - 1][1]
        if any(m.start == s and m.end == e for m in out):
            continue
        if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in out):
            continue
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(Mention(s, e, slug, text[s:e], "phrase"))
    return out


#: The head noun of a protein's name: what a chemical's name right before it names is an enzyme, a receptor or a
#: carrier ("farnesyl pyrophosphate synthase", "a folate receptor"), not the chemical.
TARGET_HEAD = re.compile(
    r"[ -](synthases?|synthetases?|kinases?|reductases?|oxidases?|dehydrogenases?|hydroxylases?|transferases?|"
    r"phosphatases?|esterases?|cyclases?|polymerases?|isomerases?|ligases?|lyases?|proteases?|peptidases?|"
    r"receptors?|transporters?|cotransporters?|symporters?|channels?|enzymes?|pumps?|carriers?|binding proteins?)\b",
    re.I,
)
#: A protein head that follows a class name names the class's own target, not a drug ("a serotonin receptor" is
#: not serotonin); only drug and chemical mentions are undone.
_CHEMICAL_CLASSES = frozenset(["Drug", "Chemical"])


def _in_target_names(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """Drug mentions that are the first words of a protein's name (a head noun in TARGET_HEAD right after them,
    no longer name recognised over both) are left out: "farnesyl pyrophosphate synthase" is an enzyme the drug
    blocks, and its first words are no drug to make claims about (decision 0622).

    >>> from ontology.lexicon import load_lexicon
    >>> text = "An enzyme called farnesyl pyrophosphate synthase works inside the cell."
    >>> [m.slug for m in recognise(text, load_lexicon())[0]]
    []
    >>> text = "It blocks an enzyme called farnesyl pyrophosphate synthase inside the cell."  # a target (0634)
    >>> [m.slug for m in recognise(text, load_lexicon())[0]]
    ['farnesyl-pyrophosphate-synthase']
    """
    out = []
    for m in mentions:
        entity = lexicon.get(m.slug) or new.get(m.slug)
        if entity is not None and entity.cls in _CHEMICAL_CLASSES and TARGET_HEAD.match(text, m.end):
            continue
        out.append(m)
    return out


#: A class named by what its members do to a target: "xanthine oxidase inhibitors", "a GABA-B receptor agonist".
#: A target written as a short form in capitals and digits ("VMAT2", "COMT", "DPP-4").
SHORT_FORM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]")
ACTING_ON = re.compile(r"[ -](inhibitor|blocker|antagonist|agonist)s?\b", re.I)


def _target_classes(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A recognised molecular target followed by "inhibitor(s)", "blocker(s)", "antagonist(s)" or "agonist(s)" names
    the class of drugs acting so on it (docs/decisions/0631): one DrugClass mention over both, its slug the target's
    (singular) and the head ("xanthine-oxidase-inhibitor"), related (skos:relatedMatch) to the target's identifiers;
    the lexicon's own entity of that slug when it has one.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "Montelukast is a leukotriene receptor antagonist."
    >>> [(m.slug, m.text) for m in recognise(text, load_lexicon())[0]]
    [('montelukast', 'Montelukast'), ('leukotriene-receptor-antagonist', 'leukotriene receptor antagonist')]
    """
    out = []
    for m in mentions:
        entity = lexicon.get(m.slug) or new.get(m.slug)
        head = ACTING_ON.match(text, m.end) if entity is not None and entity.cls == "MolecularTarget" else None
        if head is None:
            out.append(m)
            continue
        kind = head.group(1).lower()
        named = _class_term(text[m.start : head.end()], lexicon)
        if named is not None:  # the vocabulary's own class of that name ("H2 receptor antagonist": decision 0687)
            new.setdefault(named.slug, named)
            out.append(Mention(m.start, head.end(), named.slug, text[m.start : head.end()], "target-class"))
            continue
        base = re.sub(r"-(receptors|channels|enzymes)$", lambda g: "-" + g.group(1)[:-1], m.slug)
        label = entity.label
        if SHORT_FORM.fullmatch(m.text) and not set(re.findall(r"\d", m.text)) <= set(entity.label):
            # a target written by a short form whose subtype number the vocabulary's heading lacks ("VMAT2" under
            # Vesicular Monoamine Transport Proteins, the family): the class is the one the writer names, by the short
            # form (decision 0807); the family's would say more than "VMAT2 inhibitors" does ("COMT inhibitors",
            # "DPP-4 inhibitors" keep their headings' names)
            base, label = slugify(m.text), m.text
        slug = f"{base}-{kind}"
        known = lexicon.get(slug) or new.setdefault(
            slug,
            Entity(slug, f"{label} {kind}", "DrugClass", related=tuple(entity.exact)),
        )
        out.append(Mention(m.start, head.end(), known.slug, text[m.start : head.end()], "target-class"))
    return out


#: Minerals a text names as a supplement: "calcium supplements", "iron tablets", "supplements containing magnesium".
MINERALS = r"calcium|iron|magnesium|potassium|zinc|selenium|iodine"
SUPPLEMENT = re.compile(
    rf"\b(?P<a>{MINERALS})[*_]*\s+(supplements?|tablets)\b|\b(?P<v>vitamin\s+[a-k]\d*)\s+supplements?\b|"
    rf"\bsupplements?\s+(containing|of)\s+[*_]*(?P<c>{MINERALS})\b",
    re.I,
)


def _supplements(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A mineral or a vitamin named as a supplement ("calcium supplements", "iron tablets", "supplements containing
    magnesium", "vitamin A supplements") names the product taken, as the golds write it (calcium-supplement), not the
    element: one DrugClass mention over the phrase, related (skos:relatedMatch) to the element's identifiers when the
    element was recognised (decision 0723). A vitamin's "tablets" stay the vitamin ("vitamin D tablets").

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.slug, m.text) for m in recognise("Take calcium supplements apart from it.", load_lexicon())[0]]
    [('calcium-supplement', 'calcium supplements')]
    """
    out = list(mentions)
    for match in SUPPLEMENT.finditer(text):
        name = " ".join((match.group("a") or match.group("v") or match.group("c")).lower().split())
        name = re.sub(r"^vitamin ([a-k])", lambda g: f"vitamin {g.group(1).upper()}", name)
        inside = [m for m in out if m.start < match.end() and match.start() < m.end]
        element = next((lexicon.get(m.slug) or new.get(m.slug) for m in inside), None)
        slug = slugify(f"{name} supplement")
        related = tuple(element.exact) if element is not None else ()
        known = lexicon.get(slug) or new.setdefault(
            slug, Entity(slug, f"{name} supplement", "DrugClass", related=related)
        )
        out = [m for m in out if m not in inside]
        out.append(Mention(match.start(), match.end(), known.slug, text[match.start() : match.end()], "supplement"))
    return sorted(out, key=lambda m: m.start)


#: Kinds of contraceptive a text names by their make-up, as the golds write them (decision 0723): "the combined pill",
#: "combined (oral) contraceptive pills" are combined oral contraceptives; "combined hormonal contraceptives" (pill,
#: patch or ring) and "hormonal contraception" are wider. "The contraceptive pill" alone is left as it is (the golds
#: read it either way).
CONTRACEPTIVES = (
    (re.compile(r"\bcombined\s+hormonal\s+contracepti(ves?|on)\b", re.I), "combined hormonal contraceptive"),
    (
        re.compile(
            r"\bcombined\s+((oral|contraceptive)\s+){0,2}pills?\b|\bcombined\s+(oral\s+)?contraceptives?\b", re.I
        ),
        "combined oral contraceptive",
    ),
    (re.compile(r"\bhormonal\s+(contracepti(ves?|on)|pills?)\b", re.I), "hormonal contraceptive"),
)


def _contraceptives(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A contraceptive named by its make-up ("the combined pill", "combined hormonal contraceptives") is one DrugClass
    mention over the phrase, minted as the golds write it (combined-oral-contraceptive; decision 0723), replacing what
    was recognised inside it ("oral contraceptive").

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.slug, m.text) for m in recognise("It does not affect the combined pill.", load_lexicon())[0]]
    [('combined-oral-contraceptive', 'combined pill')]
    """
    out = list(mentions)
    taken: list[tuple[int, int]] = []
    for pattern, label in CONTRACEPTIVES:
        if not lowered.may_match(pattern, text):
            continue  # (no scan of a text it cannot match: screened with the document's patterns, decision 0894)
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            slug = slugify(label)
            known = lexicon.get(slug) or new.setdefault(slug, Entity(slug, label, "DrugClass"))
            out = [m for m in out if not (m.start < match.end() and match.start() < m.end)]
            out.append(Mention(match.start(), match.end(), known.slug, match.group(0), "contraceptive"))
    return sorted(out, key=lambda m: m.start)


#: Lay wordings longer than a vocabulary span (`_vocabulary` tries up to 4 words) or coordinated around one concept,
#: as patient leaflets write MedDRA's terms (the EMA's lay terms: "a blocked or runny nose and sore throat" for
#: nasopharyngitis; the NHS's "numbness or tingling in the hands and feet" for peripheral neuropathy): pattern -> the
#: concept's name and class, read through the vocabularies (decision 0726).
_NOSE = r"(blocked|stuffy|runny)(\s+(or|and)\s+(blocked|stuffy|runny))?\s+nose"
_FEELING = r"(numbness|tingling|pins\s+and\s+needles)"
_PERCEIVE = r"(sees?|seeing|saw|hears?|hearing|heard)"
_VOID = r"(pass\s+(urine|water)|pee|wee|urinate)"
_VOIDING = r"(passing\s+(urine|water)|peeing|weeing|urinating)"
#: (decision 1087) How many times a night a person gets up ("up three or four times a night to pass water", "getting
#: up several times in the night to wee"): the count of HPO's Nocturia, said in lay accounts of the bladder and the
#: prostate; the purpose after it (to pass water, for the loo) stays required, as a count alone may be of sleep.
_NIGHT_TIMES = (
    r"((\d+|two|three|four|five|six|several|a\s+few|many)(\s+(or|to)\s+(\d+|three|four|five|six|seven))?"
    r"\s+times\s+)?"
)
#: dizziness or light-headedness "when you stand up" (decision 0851)
_STANDING_DIZZY = (
    r"\b((feel|feels|feeling|felt)\s+)?(dizzy|dizziness|light-?headed(ness)?)\s+(when|as|after)\s+(you\s+|they\s+|people\s+)?"
    r"(stand|standing|stands|get|getting|gets)\s+up\b"
)
LAY_PHRASES: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"\b(an?\s+)?" + _NOSE + r"\s+and\s+(an?\s+)?sore\s+throat\b", re.I), "nasopharyngitis", "Disease"),
    (re.compile(r"\b(an?\s+)?sore\s+throat\s+and\s+(an?\s+)?" + _NOSE + r"\b", re.I), "nasopharyngitis", "Disease"),
    (
        re.compile(
            r"\b" + _FEELING + r"(,?\s+(or|and)\s+" + _FEELING + r")?\s+in\s+(the\s+|your\s+)?(hands|fingers)\s+"
            r"(and|or)\s+(the\s+|your\s+)?(feet|toes)\b",
            re.I,
        ),
        "peripheral neuropathy",
        "Symptom",
    ),
    # (decision 0729) the NHS's "seeing or hearing things that are not there" for hallucinations; dizziness "when you
    # stand up" (decision 0851)
    (
        re.compile(
            r"\b" + _PERCEIVE + r"(\s+(or|and)\s+" + _PERCEIVE + r")?\s+things\s+((that|which)\s+)?"
            r"(are\s+not|aren['\u2019]t|were\s+not|weren['\u2019]t|is\s+not|isn['\u2019]t)\s+(really\s+)?there\b",
            re.I,
        ),
        "hallucinations",
        "Symptom",
    ),
    # (decision 0851) dizziness on standing whose reason the text gives as the blood pressure's fall ("dizzy when they
    # stand up, because their blood pressure drops") is HPO's Orthostatic hypotension ("Decrease in blood pressure
    # upon standing up", its exact lay synonym); without that reason it is the postural dizziness the text says, a
    # name no vocabulary here holds (minted, no identifier): HPO gives no dizziness wording as a synonym of
    # orthostatic hypotension, whose fall of blood pressure the bare feeling does not say
    (
        re.compile(
            _STANDING_DIZZY + r"(\s+(quickly|too\s+quickly|fast|suddenly))?,?\s+(because|as)\s+(of\s+(a\s+)?(low|lower|"
            r"falling|a\s+drop\s+in|a\s+fall\s+in)\s+blood\s+pressure|(your|their|his|her|the)\s+blood\s+pressure\s+"
            r"(drops?|falls?|goes\s+down|dips?))\b",
            re.I,
        ),
        "orthostatic hypotension",
        "Symptom",
    ),
    (re.compile(_STANDING_DIZZY, re.I), "postural dizziness", "Symptom"),
    # (decision 0879) "withdrawal problems / reactions", and a bare "no withdrawal" ("there was no withdrawal", "no
    # withdrawal to worry about"): the withdrawal syndrome "withdrawal symptoms" names; never "withdrawal of" a
    # treatment (the act of stopping it)
    (
        re.compile(
            r"\b(?P<name>withdrawal\s+(problems?|reactions?))\b|\bno\s+(?P<one>withdrawal)\b(?!\s+(of|from)\b|-)", re.I
        ),
        "withdrawal symptoms",
        "Disease",
    ),
    # (decision 0769: "it may / can affect your liver", after a modal only, never "affects the liver enzymes / tests /
    # function": the same injury)
    # (decision 0739) "X can harm / damage the liver": the liver a verb of harm governs is the drug-induced liver
    # injury (MeSH's Chemical and Drug Induced Liver Injury, as "liver damage" in vocab_index.INFORMAL); the mention is
    # the group `name` ("the liver"), so the verb stays the cue (rules.yaml adverse-cue)
    (
        re.compile(
            r"\b(harms?|harming|damages?|damaging|injures?|injuring"
            r"|(can|may|might|could)\s+affect)\s+(?P<name>(the\s+|your\s+)(\*\*|__)?liver)\b"
            r"(?!(\*\*|__)?\s*(enzymes?|tests?|function|cells?)\b|'s)",
            re.I,
        ),
        "chemical and drug induced liver injury",
        "Disease",
    ),
    # (decision 0984) "X can inflame the liver", "it may inflame the pancreas", "Rarely it inflames the gullet": the
    # verb of the organ's inflammation names what its noun does (vocab_index.INFORMAL "inflammation of the liver" is
    # hepatitis, decision 0664); the mention is the organ (the verb stays the cue, rules.yaml adverse-cue), never an
    # organ's part ("the liver enzymes") nor "an inflamed liver" (the adjective the recogniser leaves to the noun)
    *(
        (
            re.compile(
                r"\binflam(e|es|ed|ing)\s+(?P<name>(the\s+|your\s+)(\*\*|__)?(" + organ + r"))\b"
                r"(?!(\*\*|__)?\s*(enzymes?|tests?|function|cells?|wall|tissues?)\b|'s)",
                re.I,
            ),
            name,
            "Disease",
        )
        for organ, name in (
            ("liver", "hepatitis"),
            ("pancreas", "pancreatitis"),
            (r"gullet|oesophagus|esophagus|food\s+pipe", "esophagitis"),
            (r"stomach(\s+lining)?", "gastritis"),
        )
    ),
    # (decision 0757) the everyday "fits" for seizures (the NHS's "seizures (fits)"), only where the word is a noun: the
    # object of a verb of having, causing or preventing ("may cause fits", "has had a fit", "reports of fits"), the
    # subject opening a sentence or a bullet ("Fits have been reported", "- a fit (seizure)"), or the last item of a
    # list ("a fast heartbeat or a fit."); never the verb ("where X fits", "cut to fit the area", "keep fit")
    (
        re.compile(
            r"\b(cause[sd]?|causing|trigger(s|ed|ing)?|bring(s|ing)?\s+on|ha(ve|s|d|ving)|prevent(s|ed|ing)?|"
            r"reports?\s+of|risk\s+of|history\s+of)\s+((any|more|further|no)\s+)?(?P<name>fits)\b"
            r"|\b(cause[sd]?|causing|trigger(s|ed|ing)?|ha(ve|s|d|ving))\s+a\s+(?P<one>fit)\b(?!\s+(of|to|for)\b)",
            re.I,
        ),
        "seizure",
        "Symptom",
    ),
    (
        re.compile(
            r"(^|[.!?]\s+)([-*\u2022]\s+)?(\*\*|__)?((?P<name>fits)(\*\*|__)?(?=\s+(have|has|are|is|and|or|may|can|were)\b)"
            r"|a\s+(?P<one>fit)(\*\*|__)?(?=\s*[(.;]|\s*$))"
            r"|\b(or|and)\s+a\s+(?P<last>fit)(?=\s*[.;)]|\s*$)",
            re.I | re.M,
        ),
        "seizure",
        "Symptom",
    ),
    # (decision 0757) swelling of the face with the lips, tongue or throat, or of the face in an allergic reaction, is
    # angioedema (HPO's and MeSH's term; every gold of the development sets writes it so), not the facial edema of
    # "swelling of the face, hands or feet" in pre-eclampsia
    (
        re.compile(
            r"\bswelling\s+of\s+(the\s+|your\s+)?(face|lips|tongue)((,\s*|,?\s+(and|or)\s+)(the\s+|your\s+)?"
            r"(face|lips|tongue|mouth|throat))+\b"
            r"|\ballerg\w*\s+reactions?\b[^.;]{0,60}?\b(?P<name>swelling\s+of\s+(the\s+|your\s+)?face)\b",
            re.I,
        ),
        "angioedema",
        "Disease",
    ),
    # (decision 0757) "X is not addictive", "it can become habit-forming": the adjective said of the drug after a copula
    # names MeSH's Substance-Related Disorders (entry terms "drug addiction", "drug dependence"), as most golds write
    # it; never the attributive "addictive drugs", whose noun is the mention
    (
        re.compile(
            r"\b(is|are|isn['\u2019]t|aren['\u2019]t|['\u2019]s|be|become|becomes|becoming)\s+((not|never)\s+)?"
            r"((very|highly|particularly|really|physically)\s+)?(?P<name>addictive|habit[- ]forming)\b"
            r"(?!\s+(drugs?|medicines?|substances?|painkillers?))",
            re.I,
        ),
        "substance-related disorders",
        "Disease",
    ),
    # (decision 0759) the NHS's wordings of three signs of the bladder and the bowel, as clauses longer than a
    # vocabulary span or with a comma inside: getting up at night to pass urine (HPO's Nocturia), an urge to pass
    # urine and needing to pass urine urgently (HPO's Urinary urgency), black, tarry stools (HPO's Melena). Markdown
    # emphasis may sit between the words ("**Getting up at night** to pass urine", "a **sudden, strong urge** to")
    (
        re.compile(
            r"\b(wak(e|es|ing)|woken|(get|gets|getting|got)\s+up|up)[*_]*\s+"
            + _NIGHT_TIMES
            + r"(at\s+night|in\s+the\s+night|during\s+the\s+night|a\s+night|every\s+night|each\s+night)[*_]*\s+"
            r"(to\s+"
            + _VOID
            + r"|"
            + _VOIDING
            + r"|for\s+the\s+(loo|toilet|gents|bathroom)|to\s+go\s+to\s+the\s+(loo|toilet|bathroom))\b"
            # (decision 1087) "kept needing the toilet at night": a need of the toilet at night is the bladder's
            r"|\b(need|needs|needed|needing)\s+the\s+(loo|toilet|gents|bathroom)\s+(at\s+night|in\s+the\s+night"
            r"|during\s+the\s+night|every\s+night)\b",
            re.I,
        ),
        "nocturia",
        "Symptom",
    ),
    (
        re.compile(
            r"\b(urge[*_]*\s+to\s+"
            + _VOID
            + r"|(need|needs|needing)\s+to\s+"
            + _VOID
            + r"\s+(suddenly\s+and\s+)?urgently)\b",
            re.I,
        ),
        "urinary urgency",
        "Symptom",
    ),
    (
        re.compile(r"\bblack,?\s+(and\s+|or\s+)?tarry\s+(stools?|poos?|faeces|feces|bowel\s+movements)\b", re.I),
        "melena",
        "Symptom",
    ),
    # (decision 0759) two of HPO's kinds of insomnia and its Chest tightness as people say them: finding it hard to
    # fall asleep, taking hours to, lying awake before dropping off (Sleep onset insomnia, whose lay synonym is
    # "difficulty falling asleep"); waking too early or in the small hours (Terminal insomnia); a tight or heavy chest,
    # a tight band across it, tightness in it (Chest tightness)
    (
        re.compile(
            r"\b((hard|difficult|difficulty|trouble|problems?|struggl(e|es|ing))\s+(to\s+|in\s+)?(fall(ing)?|get(ting)?)"
            r"\s+(asleep|to\s+sleep)|tak(e|es|ing)\s+(hours|ages|a\s+long\s+time)\s+to\s+(fall\s+asleep|get\s+to\s+sleep"
            r"|drop\s+off)|lying\s+awake\s+for\s+(hours|ages|a\s+long\s+time)\s+before\s+(dropping\s+off|falling\s+asleep))\b",
            re.I,
        ),
        "sleep onset insomnia",
        "Symptom",
    ),
    (
        re.compile(
            r"\bwak(e|es|ing)\s+(up\s+)?(too\s+early|very\s+early|in\s+the\s+small\s+hours)\b",
            re.I,
        ),
        "terminal insomnia",
        "Symptom",
    ),
    (
        re.compile(
            r"\b(?P<name>tight(,?\s+(or\s+|and\s+)?heavy)?\s+((band|feeling)\s+(across|around|in)\s+(the\s+|your\s+))?chest"
            r"|tightness(\s+(or|and)\s+heaviness)?\s+(in|of|across)\s+(the\s+|your\s+)chest)\b",
            re.I,
        ),
        "chest tightness",
        "Symptom",
    ),
    # (decision 0959) "I take X for my back", "Y, which he takes for his cholesterol": a person's part or measure after
    # "for" and a possessive names its pain or its raised level (part_uses.py)
    *PART_USES,
    # (decision 1100) a part or a measure of the body x a verb of change: lowered blood counts, a changed taste, a
    # coloured urine, weight gained or lost, a dry mouth (lay_effects.py)
    *LAY_EFFECTS,
)
LAY_PHRASE_CUE = re.compile(
    r"\b(nose|hands|fingers|things|up|liver|inflam\w*|fits?|addictive|habit|swelling|urine|water|pee|wee|urinate|loo|toilet|tarry|asleep|sleep"
    r"|off|early|hours|chest|withdrawal|" + PART_USE_WORDS + "|" + LAY_EFFECT_WORDS + r")\b",
    re.I,
)
#: The groups of a lay phrase's pattern that hold the words naming it, one per alternative ("name" first).
NAME_GROUPS = ("name", "one", "last")

#: "pain in <part>", its parts coordinated ("pain in the muscles, bones or joints", "aches in your arms or legs"):
#: each part's pain as the vocabularies name it (myalgia, bone pain, arthralgia; "arms or legs" the one pain in limb,
#: MedDRA's name, as the EMA's lay term "pain in arms or legs" gives it), not the bare "pain" (decision 0726)
PAIN_PARTS = {
    "muscle": "muscle pain",
    "muscles": "muscle pain",
    "bone": "bone pain",
    "bones": "bone pain",
    "joint": "joint pain",
    "joints": "joint pain",
    "back": "back pain",
    "chest": "chest pain",
    "stomach": "abdominal pain",
    "tummy": "abdominal pain",
    "belly": "abdominal pain",
    "abdomen": "abdominal pain",
    "neck": "neck pain",
    "arm": "pain in limb",
    "arms": "pain in limb",
    "leg": "pain in limb",
    "legs": "pain in limb",
    "limb": "pain in limb",
    "limbs": "pain in limb",
}
#: (decision 0912: any possessive, "pain in their arms or legs", "a pain in his chest")
_OWNER = r"(the\s+|your\s+|their\s+|his\s+|her\s+|my\s+|our\s+)?"
_PART = _OWNER + "(" + "|".join(sorted(PAIN_PARTS, key=len, reverse=True)) + r")\b"
#: (decision 0912) "pain or discomfort in the abdomen", "pain and swelling in the joints": the word coordinated with
#: the pain shares its part, so the part's pain is named, not the bare pain of the whole body (nor the other word's
#: condition of the whole body: a mention inside the phrase gives way to it).
PAIN_OR_WORD = r"(\s+(or|and)\s+(?!pains?\b|the\b|your\b)[a-z]+)?"
PAIN_IN = re.compile(
    r"\b(pains?|aches?|aching)" + PAIN_OR_WORD + r"\s+in\s+" + _PART + r"((,\s+|,?\s+(and|or)\s+)" + _PART + r")*",
    re.I,
)
PART_WORD = re.compile(r"\b(" + "|".join(sorted(PAIN_PARTS, key=len, reverse=True)) + r")\b", re.I)
#: what a part's pain is called when no vocabulary names it (MedDRA's "pain in limb")
_PAIN_CLASS = "Symptom"


def _lay_phrases(text: str, mentions: list[Mention], lexicon: dict, new: dict, folded: dict) -> list[Mention]:
    """One mention of the concept a lay wording names (`LAY_PHRASES`) in place of the mentions inside it ("runny
    nose" and "sore throat" are the one nasopharyngitis of the wording, not two effects), and one of each part's pain
    in "pain in <parts>" (`PAIN_IN`); a wording gives way to a mention it would cut.

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("It can cause a stuffy or runny nose and sore throat.", load_lexicon())[0]]
    ['nasopharyngitis']
    >>> [m.slug for m in recognise("It can cause pain in your muscles or joints.", load_lexicon())[0]]
    ['myalgia', 'arthralgia']
    """
    found: list[tuple[int, int, list[tuple[int, int, str, str]]]] = []
    for pattern, name, cls in LAY_PHRASES:
        # (the words that name it, where more are matched: the named group of the alternative that matched)
        groups = [g for g in NAME_GROUPS if g in pattern.groupindex]
        # (matched in lower case where that is exact, decision 0745)
        for m in lowered.finditer(pattern, text):
            group = next((g for g in groups if m.start(g) >= 0), 0)
            found.append((*m.span(group), [(*m.span(group), name, cls)]))
    for match in lowered.finditer(PAIN_IN, text):
        parts: dict[str, tuple[int, int]] = {}
        for k, part in enumerate(PART_WORD.finditer(text, match.start(), match.end())):
            name = PAIN_PARTS[part.group(1).lower()]
            a, b = parts.get(name, (match.start() if k == 0 else part.start(), part.end()))
            parts[name] = (a, part.end())
        found.append((match.start(), match.end(), [(a, b, n, _PAIN_CLASS) for n, (a, b) in parts.items()]))
    for s, e, named in sorted(found, key=lambda f: f[0]):
        if _straddled(mentions, s, e):
            continue
        mentions = [m for m in mentions if not (s <= m.start and m.end <= e)]
        for a, b, name, cls in named:
            entity = _adopt(_entity_named(name, lexicon, folded) or Entity(slugify(name), name, cls), lexicon, new)
            mentions.append(Mention(a, b, entity.slug, text[a:b], "lay-phrase"))
    return sorted(mentions, key=lambda m: m.start)


#: (decision 0739) everyday words that name a symptom only as an item of a list of symptoms: "stomach pain, wind and
#: bloating", "tummy ache, diarrhoea or wind" (the NHS's "wind" for flatulence, MeSH's Flatulence); alone the word is
#: the weather's. Each -> the vocabulary name it stands for.
LISTED_ONLY = {"wind": "flatulence"}
LISTED_ONLY_WORD = re.compile(r"\b(" + "|".join(LISTED_ONLY) + r")\b", re.I)
#: Between two items of a list, with any Markdown emphasis: ", ", " and ", ", or ".
LISTED_GAP = re.compile(r"[*_]*(\s*,\s*|\s*,?\s+(and|or)\s+)[*_]*")
_LISTED_CLASSES = frozenset({"Symptom", "Disease"})


def _listed_only(text: str, mentions: list[Mention], lexicon: dict, new: dict, folded: dict) -> list[Mention]:
    """A word of `LISTED_ONLY` named as its symptom where a list joins it to a symptom or disease named on either
    side ("bloating, wind and tummy cramps"); never alone ("a cold wind", "wind and rain").

    >>> from ontology.lexicon import load_lexicon
    >>> lx = load_lexicon()
    >>> [m.slug for m in recognise("It can cause bloating, wind and diarrhoea.", lx)[0]]
    ['abdominal-distention', 'flatulence', 'diarrhea']
    >>> [m.slug for m in recognise("Protect your skin from wind and rain.", lx)[0]]
    []
    """
    added = []
    for match in LISTED_ONLY_WORD.finditer(text):
        a, b = match.span()
        if any(m.start < b and a < m.end for m in mentions):
            continue
        before = [m for m in mentions if m.end <= a]
        after = [m for m in mentions if m.start >= b]
        joined = (before and LISTED_GAP.fullmatch(text, before[-1].end, a) and before[-1]) or (
            after and LISTED_GAP.fullmatch(text, b, after[0].start) and after[0]
        )
        if not joined or _class_of(joined.slug, lexicon, new) not in _LISTED_CLASSES:
            continue
        entity = _entity_named(LISTED_ONLY[match.group(1).lower()], lexicon, folded)
        if entity is not None:
            added.append(Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "listed"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: (decision 0726) a receptor named by its subtype before its ligand's name: "NMDA glutamate receptors", "AMPA
#: glutamate receptor", "GABA-A benzodiazepine receptors"; the subtype's receptor is the one named, not the ligand's
#: whole family
SUBTYPE_LIGAND = re.compile(r"\b([A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?)\s+([a-z][a-z-]+)\s+(receptors?)\b")


def _subtype_receptors(text: str, mentions: list[Mention], lexicon: dict, new: dict, folded: dict) -> list[Mention]:
    """The subtype's receptor over "<SUBTYPE> <ligand> receptor(s)" where "<SUBTYPE> receptor" names a target, in
    place of the mentions inside (the ligand's receptor family, the subtype's code).

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("It blocks AMPA glutamate receptors.", load_lexicon())[0]]
    ['ampa-receptor']
    """
    for match in SUBTYPE_LIGAND.finditer(text):
        s, e = match.span()
        entity = _entity_named(f"{match.group(1)} receptor", lexicon, folded)
        if entity is not None and entity.cls == "MolecularTarget" and not _straddled(mentions, s, e):
            mentions = _in_place_of(
                mentions, Mention(s, e, _adopt(entity, lexicon, new).slug, match.group(0), "subtype")
            )
    return sorted(mentions, key=lambda m: m.start)


#: (decision 0747) a receptor subtype spoken as words, as a transcript or a text-to-speech script writes it: "dopamine D
#: two receptors", "histamine H one receptor", "serotonin two A receptors", "adrenergic beta two receptors": the
#: number word is the subtype's digit, inside a receptor's name only (the name must be one a vocabulary knows)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
SPOKEN_SUBTYPE = re.compile(
    r"\b(?P<ligand>[A-Za-z][a-z-]+)\s+(?:(?P<letter>[A-Za-z]|alpha|beta)\s+)?(?P<number>"
    + "|".join(NUMBER_WORDS)
    + r")(?:\s+(?P<sub>[A-D]))?\s+receptors?\b",
    re.I,
)


def _straddled(mentions: list[Mention], s: int, e: int) -> bool:
    """Whether a mention crosses a bound of the span `s`..`e` (one inside it or outside it crosses none)."""
    return any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in mentions)


def _in_place_of(mentions: list[Mention], mention: Mention) -> list[Mention]:
    """`mentions` with `mention` in place of those inside its span.

    >>> [m.slug for m in _in_place_of([Mention(3, 5, "h1", "H1", "x")], Mention(0, 14, "h1-r", "", "subtype"))]
    ['h1-r']
    """
    return [m for m in mentions if not (mention.start <= m.start and m.end <= mention.end)] + [mention]


def _spoken_subtypes(text: str, mentions: list[Mention], lexicon: dict, new: dict, folded: dict) -> list[Mention]:
    """The subtype's receptor over "<ligand> [<letter>] <number word> [<letter>] receptor(s)", in place of the
    mentions inside it, when the name with the number as a digit names a target.

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("It blocks histamine H one receptors.", load_lexicon())[0]]
    ['histamine-h1-receptor']
    """
    for match in SPOKEN_SUBTYPE.finditer(text):
        s, e = match.span()
        digit = NUMBER_WORDS[match.group("number").lower()]
        letter, sub = match.group("letter") or "", match.group("sub") or ""
        names = [f"{match.group('ligand')} {letter}{digit}{sub} receptor"]
        if len(letter) > 1:
            names.append(f"{match.group('ligand')} {letter} {digit}{sub} receptor")
        entity = next((x for x in (_entity_named(n, lexicon, folded) for n in names) if x is not None), None)
        if entity is not None and entity.cls == "MolecularTarget" and not _straddled(mentions, s, e):
            mentions = _in_place_of(
                mentions, Mention(s, e, _adopt(entity, lexicon, new).slug, match.group(0), "subtype")
            )
    return sorted(mentions, key=lambda m: m.start)


#: the generic head of a condition's gloss: "a liver problem", "a rare adrenal tumour", "a heart rhythm problem"
GLOSS_WORD = re.compile(r"\b(problems?|conditions?|diseases?|disorders?|illness(es)?|tumou?rs?|cancers?)\b", re.I)
GLOSS_HEAD = re.compile(GLOSS_WORD.pattern + "$", re.I)
#: what stands between a condition and its gloss (decision 0687): "<A>, a <gloss>" ending the phrase, "<A> (a
#: <gloss>)", and "<gloss> called (known as, named) <A>"; the words before the gloss's head are no list's "and"/"or"
#: ("asthma, a stomach ulcer or kidney disease" is a list of three)
_GLOSS_WORDS = r"((?!(and|or)\b)[\w-]+\s+){0,3}$"
GLOSS_AFTER = re.compile(r",\s+(a|an)\s+" + _GLOSS_WORDS + r"|\s*\(\s*(a|an)\s+" + _GLOSS_WORDS, re.I)
#: (decision 0726) the gloss's head may take a place or part after it before the phrase ends ("a rare tumour of the
#: adrenal gland", "a condition of the nerves in the hands"): words that are no "and"/"or" (a list goes on) nor a
#: comma
_GLOSS_OF = r"(\s+(of|in|on|affecting)(\s+(?!(and|or)\b)[\w'-]+){1,5})?"
GLOSS_END = re.compile(_GLOSS_OF + r"\s*(\)|[.;:]|$|\s+(where|that|which|in which|with|who)\b)", re.I | re.M)
GLOSS_BEFORE = re.compile(r"\s+(called|known as|named)\s+$", re.I)
#: (decision 0747) "<gloss> called <name>" names the named condition only, also when no vocabulary knows the name ("a
#: heart rhythm problem called long Q T syndrome", "a liver condition known as Gilbert's"): the gloss is no object
GLOSS_NAMES = re.compile(r"\s+(called|known as|named)\s+[\w\"'(]", re.I)
#: (decision 0726) "a type of glaucoma called narrow-angle glaucoma", "a rare form of anaemia known as ...": the
#: kind the text names after "called" is the item; the broader condition before it only says what it is a kind of
#: ("people with the type of glaucoma called Z": "the" as well, decision 0812)
KIND_OF_CUE = re.compile(r"\b(types?|kinds?|forms?|sorts?|variet(y|ies))\s+of\b", re.I)
KIND_OF = re.compile(
    r"\b(an?|one|this|that|the)\s+((rare|common|serious|severe|particular|certain)\s+)?"
    r"(types?|kinds?|forms?|sorts?|varieties|variety)\s+of\s+$",
    re.I,
)


def _gloss_after(text: str, start: int, end: int) -> bool:
    """`GLOSS_AFTER.search(text[start:end])`, searched from the last "," or "(" of the span only: after the comma or
    bracket a match opens with, the pattern allows letters, digits, "_", "-" and white space, so that one is the
    span's last "," or "(" (a search from every offset of a long span between two mentions was 3 % of recognising:
    decision 0705)."""
    last = max(text.rfind(",", start, end), text.rfind("(", start, end))
    return last >= 0 and bool(GLOSS_AFTER.search(text[last:end]))


#: (decision 0747) A hyphenated name that is the tail of a longer hyphenated chain of words ("sodium-potassium-chloride
#: co-transporter" holds "potassium-chloride co-transporter", another protein): the chain names something else, so
#: the tail is no mention. Only a name with a hyphen inside its first word: a plain name after a hyphen is left as it
#: was ("amlodipine-valsartan" names both drugs).
CHAIN_BEFORE = re.compile(r"[A-Za-z0-9]-$")
FIRST_WORD_HYPHEN = re.compile(r"[A-Za-z0-9]+-[A-Za-z0-9]")


def _compound_tail(text: str, mention: Mention) -> bool:
    """Whether `mention` is a hyphenated name that is the tail of a longer hyphenated chain of words.

    >>> _compound_tail("the sodium-potassium-chloride pump", Mention(11, 34, "x", "potassium-chloride pump", "exact"))
    True
    >>> _compound_tail("the potassium-chloride pump", Mention(4, 27, "x", "potassium-chloride pump", "exact"))
    False
    """
    return bool(
        mention.start > 1
        and CHAIN_BEFORE.search(text, mention.start - 2, mention.start)
        and FIRST_WORD_HYPHEN.match(mention.text)
    )


#: (decision 0812) A pain of the belly right before "cramps" coordinated with it ("tummy pain or cramps", "stomach ache
#: and cramps"): the cramps are the belly's pain (the golds' abdominal pain), read as the entity of the pain's own
#: mention, never muscle cramps; no identifier is made for them.
BELLY_PAIN = re.compile(r"\b(tummy|stomach|belly|abdominal)\s+(pains?|aches?)\b", re.I)
BELLY_PAIN_BEFORE = re.compile(
    r"\b(?P<part>tummy|stomach|belly|abdominal)\s+(pains?|aches?)\s*(,|or|and|and/or)\s+$", re.I
)
CRAMP_WORDS = frozenset({"cramp", "cramps", "cramping"})


def _belly_cramps(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with "cramps" after a coordinated pain of the belly read as that pain's entity.

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("It eases tummy pain or cramps.", load_lexicon())[0]]
    ['abdominal-pain', 'abdominal-pain']
    """
    out = []
    for m in mentions:
        cramps = m.text.lower() in CRAMP_WORDS
        before = BELLY_PAIN_BEFORE.search(text, max(0, m.start - 30), m.start) if cramps else None
        pain = [p for p in mentions if p.start <= before.start("part") < p.end] if before else []
        if pain:
            m = Mention(m.start, m.end, pain[0].slug, m.text, "belly-cramps")
        out.append(m)
    return out


#: (decision 0871) A gain the sentence says is hard to make ("difficulty putting on weight", "trouble gaining weight",
#: "failing to put on weight"): no gain at all, the opposite of the concept the words name; the mention is dropped.
FAILED_GAINS = frozenset({"weight-gain"})
FAILED_GAIN_BEFORE = re.compile(
    r"\b(difficulty|difficulties|trouble|problems?|struggl(e|es|ing)|fail(s|ing|ure)?|unable|inability|hard|"
    r"difficult)\s+(in\s+|with\s+|to\s+)?$",
    re.I,
)


def _failed_gains(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without a gain the text says is hard to make.

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("It causes difficulty putting on weight.", load_lexicon())[0]]
    []
    >>> [m.slug for m in recognise("It causes putting on weight.", load_lexicon())[0]]
    ['weight-gain']
    """
    return [
        m
        for m in mentions
        if not (m.slug in FAILED_GAINS and FAILED_GAIN_BEFORE.search(text, max(0, m.start - 30), m.start))
    ]


def _without_glosses(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A condition described by a generic gloss names one condition, not two: the gloss ("cholestasis, a liver
    problem where bile does not flow"; "a phaeochromocytoma (a rare adrenal tumour)"; "a heart rhythm problem called
    long QT syndrome") is dropped, so that no relation reads the broader description as a second object. A list goes
    on after its item ("nausea, a headache, or a rash"), and a gloss ends its phrase, so lists keep every item.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "Do not use it if you have cholestasis, a liver problem where bile does not flow."
    >>> [m.slug for m in recognise(text, load_lexicon())[0]]
    ['cholestasis']
    """
    conditions = [m for m in mentions if _class_of(m.slug, lexicon, new) in _KIN]
    glosses = set()
    for gloss in conditions:
        if not GLOSS_HEAD.search(gloss.text):
            continue
        if GLOSS_NAMES.match(text, gloss.end):
            glosses.add(gloss)  # ("a heart rhythm problem called Z": Z, known or not; 0747)
            continue
        # (`_gloss_after(text, named.end, gloss.start)` for every condition named before the gloss: the last "," or "("
        # before the gloss and whether a gloss opens there, found once per gloss, not once per pair; decision 0894)
        last = max(text.rfind(",", 0, gloss.start), text.rfind("(", 0, gloss.start))
        opens = last >= 0 and bool(GLOSS_AFTER.search(text[last : gloss.start]))
        for named in conditions:
            if named is gloss:
                continue
            if named.end <= gloss.start and named.end <= last and opens:
                glosses.add(gloss) if GLOSS_END.match(text, gloss.end) else None
            elif gloss.end <= named.start and GLOSS_BEFORE.fullmatch(text[gloss.end : named.start]):
                glosses.add(gloss)
    for broad in conditions:
        if (
            KIND_OF.search(text, max(0, broad.start - 40), broad.start)
            and (
                GLOSS_NAMES.match(text, broad.end)  # (the kind named, known or not: "the kind of Y known as Z"; 0812)
                or any(
                    named is not broad
                    and broad.end <= named.start
                    and GLOSS_BEFORE.fullmatch(text[broad.end : named.start])
                    for named in conditions
                )
            )
        ):
            glosses.add(broad)
    return [m for m in mentions if m not in glosses]


#: (decision 0836) Words that name a class by another class's name: "the older antidepressants called MAO inhibitors".
CALLED_CUE = re.compile(r"\b(called|known as|named)\b", re.I)


def _classes_called(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A drug class right before "called / known as / named" and another drug class names that class only ("the older
    antidepressants called MAO inhibitors" are the MAO inhibitors: no interaction, use or warning of every
    antidepressant). A drug named so ("an antibiotic called clarithromycin") keeps its class.

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("Avoid the antidepressants called MAOIs.", load_lexicon())[0]]
    ['monoamine-oxidase-inhibitor']
    """
    classes = [m for m in mentions if _class_of(m.slug, lexicon, new) == "DrugClass"]
    broad = {
        b
        for b in classes
        for named in classes
        if b.end <= named.start and named.slug != b.slug and GLOSS_BEFORE.fullmatch(text[b.end : named.start])
    }
    return [m for m in mentions if m not in broad]


def _class_term(name: str, lexicon: dict[str, Entity]) -> Entity | None:
    """The drug class a vocabulary names by this whole name, if any (MeSH's *Histamine H2 Antagonists* for "H2
    receptor antagonist"): one class, one entity, not a second one minted from its target."""
    from graph_build.text.vocab_index import look_up_entity

    entity = look_up_entity(name, lexicon)
    return entity if entity is not None and entity.cls == "DrugClass" else None


#: "allergic to it", "an allergic reaction to the medicine": an allergy to the drug the sentence is about; the drug
#: itself may follow (`_allergic_to_drug`).
#: (A rash named with it, "a rash or an allergic reaction to it", "an allergic reaction or a serious rash with X", is
#: the same reaction to the drug: one mention, decision 0636.)
ALLERGIC = re.compile(
    # ("hypersensitivity to aciclovir", "an allergy to penicillin": the same allergy to a drug, decision 0687)
    # ("has reacted badly to X", "who have had a bad reaction to it before": a past reaction to the drug, the wording
    # of a contraindication; decision 0877)
    # ("anyone who has reacted to X before", "if you have ever reacted to X": the same past reaction without "badly",
    # only after "has / have / had / ever / 've": "his eyes reacted to it", "may react to X too" name none; 0983)
    r"\b(an? (serious |severe )?(skin )?rash or (an )?)?(allergic( reactions?)?|hypersensitivity|allerg(y|ies)|"
    r"reacted (badly|severely)|((?<=\bhas )|(?<=\bhave )|(?<=\bhad )|(?<=\bever )|(?<=['’]ve ))reacted"
    r"|(?<=\bhad )an? ((bad|serious|severe) )?reaction)"
    r"( or (an? )?(serious |severe )?(skin )?rash)?"
    # (a determiner may stand before the drug or class: "an allergic reaction to another H2 blocker", decision 0675)
    r"(?= (to|with) (it\b|them\b|this medicine|the medicine|this drug|((another|any|other|a|an|the) )?(?P<drug>\w)))",
    re.I,
)
ALLERGIC_OVER = re.compile(r" (to|with) ", re.I)


def _drug_hypersensitivity(lexicon: dict[str, Entity], new: dict) -> Entity | None:
    """The vocabulary's drug hypersensitivity, as the lexicon has it or as a new entity of the document (None when
    the vocabulary index is not installed)."""
    hit = look_up("drug hypersensitivity")
    if hit is None:
        return None
    return lexicon.get(hit.entity.slug) or new.setdefault(hit.entity.slug, hit.entity)


def _allergic_to_drug(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """ "allergic to it", "an allergic reaction to X": a mention of drug hypersensitivity (the vocabulary's entity)
    over "allergic ( reaction)", when what follows "to" is a pronoun for a medicine or a drug mention
    (docs/decisions/0631: who must not take a drug is often "people who are allergic to it").

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("People who are allergic to it must not take it.", load_lexicon())[0]]
    ['drug-hypersensitivity']
    """
    entity = _drug_hypersensitivity(lexicon, new)
    if entity is None:
        return mentions
    starts = {m.start: m for m in mentions}
    taken = [(m.start, m.end) for m in mentions]
    added, gone = [], set()
    for match in ALLERGIC.finditer(text):
        if match.group("drug"):
            after = starts.get(match.start("drug"))
            cls = None if after is None else (lexicon.get(after.slug) or new.get(after.slug))
            if cls is None or cls.cls not in ("Drug", "DrugClass"):
                continue
        a, b = match.span()
        # (the vocabulary's broader "allergic reaction" gives way: an allergy to the drug is what is named; so does
        # a rash named with it)
        inside = [m for m in mentions if a <= m.start and m.end <= b]
        if any(s < b and a < e for s, e in taken if (s, e) not in {(m.start, m.end) for m in inside}):
            continue
        gone.update(inside)
        added.append(Mention(a, b, entity.slug, text[a:b], "allergy"))
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in gone] + added, key=lambda m: (m.start, m.end))


#: "asthma or a rash brought on by aspirin", "hives triggered by an NSAID": a reaction a drug brought on, after a
#: history cue ("have had", "a history of"): the reader's drug hypersensitivity, not the bare conditions (decision 0755)
BROUGHT_ON = re.compile(
    r"\s+(brought on|caused|triggered|set off|provoked) by ((another|any|other|a|an|the) )?(?P<drug>\w)", re.I
)
#: what joins two conditions or two drugs in such a phrase ("asthma or a rash", "aspirin or another NSAID")
_JOINED = re.compile(r"\s*(,\s*)?(\bor\b|\band\b|,)\s*((another|any|other|a|an|the) )?", re.I)
#: a history before the conditions: what the reader has had, the wording of a contraindication item
_HAD_BEFORE = re.compile(r"\b(had|history of)\b[^.;:]*$", re.I)


def _reaction_to_drug(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """ "have had asthma or a rash brought on by aspirin or another NSAID": one mention of drug hypersensitivity
    over the conditions and the drugs that brought them on (decision 0755; "allergic to X" is `_allergic_to_drug`).

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("if you have had hives caused by ibuprofen", load_lexicon())[0]]
    ['drug-hypersensitivity']
    """
    entity = _drug_hypersensitivity(lexicon, new)
    if entity is None:
        return mentions
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = {m.start: m for m in ordered}
    ends = {m.end: m for m in ordered}

    def kind(m: Mention) -> str | None:
        return _class_of(m.slug, lexicon, new)

    added, gone = [], set()
    for match in BROUGHT_ON.finditer(text):
        drug = starts.get(match.start("drug"))
        if drug is None or kind(drug) not in ("Drug", "DrugClass"):
            continue
        end, inside = drug.end, [drug]
        while (joined := _JOINED.match(text, end)) and (nxt := starts.get(joined.end())) is not None:
            if kind(nxt) not in ("Drug", "DrugClass"):
                break
            end, inside = nxt.end, [*inside, nxt]
        first = ends.get(match.start())
        if first is None or kind(first) not in COND:
            continue
        start, conditions = first.start, [first]
        while True:
            before = text[:start]
            det = re.search(r"\b(an?|the|any) $", before, re.I)
            head = det.start() if det else start
            joined = re.search(r"\s*(,\s*)?(\bor\b|\band\b|,)\s*$", text[:head], re.I)
            prev = ends.get(joined.start()) if joined else None
            if prev is None or kind(prev) not in COND:
                start = head
                break
            start, conditions = prev.start, [prev, *conditions]
        if not _HAD_BEFORE.search(text, 0, start):
            continue
        gone.update(conditions + inside)
        gone.update(m for m in ordered if start <= m.start and m.end <= end)
        added.append(Mention(start, end, entity.slug, text[start:end], "allergy"))
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in gone] + added, key=lambda m: (m.start, m.end))


#: After an enzyme's or receptor's name, its subtype's number: "cyclo-oxygenase 2", "cyclooxygenase-1" (0755)
#: ("cyclo-oxygenase 1 and 2" names two subtypes: the mention is left as it is)
SUBTYPE_NUMBER = re.compile(r"[- ](?P<n>\d)(?![\d.,]\d|[\w-]|,? (and|or|&) \d)")


def _numbered_subtypes(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A target named with a number right after it is the numbered subtype where the index names it ("cyclo-oxygenase
    2" is cyclooxygenase 2, not every cyclo-oxygenase), as receptor subtypes are (decisions 0726, 0755).

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("It blocks cyclo-oxygenase 2.", load_lexicon())[0]]
    ['cyclooxygenase-2']
    """
    out = []
    for m in mentions:
        number = SUBTYPE_NUMBER.match(text, m.end)
        if number is None or _class_of(m.slug, lexicon, new) != "MolecularTarget":
            out.append(m)
            continue
        n = number.group("n")
        hit = look_up(f"{m.text}-{n}") or look_up(f"{m.text.replace('-', '')}-{n}")
        if hit is None or hit.entity.cls != "MolecularTarget" or hit.entity.slug == m.slug:
            out.append(m)
            continue
        entity = lexicon.get(hit.entity.slug) or new.setdefault(hit.entity.slug, hit.entity)
        out.append(Mention(m.start, number.end(), entity.slug, text[m.start : number.end()], m.source))
    return out


#: "the last three months of pregnancy", "the first 12 weeks of pregnancy", "the third trimester": a stated part of
#: pregnancy is that trimester (the index's Population, MeSH's Pregnancy Trimester), never all pregnant women (0755)
TRIMESTER = re.compile(
    r"\b(?P<part>first|1st|second|2nd|middle|third|3rd|last|final) "
    r"(?P<unit>trimester|(three|3) months|(12|twelve|13) weeks)(?P<of> of (your |her |the |their )?pregnancy)?\b",
    re.I,
)
#: Right before a stated part of pregnancy: the people in it ("Women in the first three months of pregnancy"), who are
#: the trimester's population, never all women (decision 0782)
PEOPLE_IN = re.compile(
    r"\b(women|woman|mothers|anyone|people|those)( who are)? (in|during) (the |their |her |your )?$", re.I
)
_TRIMESTER_OF = {"1st": "first", "2nd": "second", "middle": "second", "3rd": "third", "last": "third", "final": "third"}


#: Women restricted by a wish for a child ("women who are trying for a baby", "a woman planning a pregnancy"): the
#: population of women trying to conceive, never all women (decision 0782)
TRYING = re.compile(
    r"\b(women|a woman)( who (are|is))? (trying (to conceive|to get pregnant|for a baby)|planning (a )?pregnancy)\b",
    re.I,
)


def _trying_to_conceive(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """One mention of the women trying to conceive over "women (who are) trying for a baby" and its kin (0782).

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("Not for women who are trying for a baby.", load_lexicon())[0]]
    ['women-trying-to-conceive']
    """
    hit = look_up("women trying to conceive")
    if hit is None:
        return mentions
    entity = lexicon.get(hit.entity.slug) or new.setdefault(hit.entity.slug, hit.entity)
    added, gone = [], set()
    for match in TRYING.finditer(text):
        a, b = match.span()
        gone.update(m for m in mentions if m.start < b and a < m.end)
        added.append(Mention(a, b, entity.slug, text[a:b], "trying-to-conceive"))
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in gone] + added, key=lambda m: (m.start, m.end))


def _trimesters(text: str, mentions: list[Mention], lexicon: dict[str, Entity], new: dict) -> list[Mention]:
    """A mention of the trimester over a stated part of pregnancy and the words "of pregnancy" (decision 0755).

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("Avoid it in the last three months of pregnancy.", load_lexicon())[0]]
    ['pregnancy-trimester-third']
    """
    added, gone = [], set()
    for match in TRIMESTER.finditer(text):
        unit = match.group("unit").lower()
        if unit != "trimester" and not match.group("of"):
            continue  # "the first three months" of a treatment: no pregnancy named
        part = match.group("part").lower()
        part = _TRIMESTER_OF.get(part, part)
        if unit.endswith("weeks") and part != "first":
            continue  # ("the last 12 weeks of pregnancy" is no trimester; "the first 12 weeks" is the first)
        if unit.endswith("months") and part == "second":
            continue  # ("the second three months" is no way a writer names a trimester)
        hit = look_up(f"{part} trimester")
        if hit is None:
            continue
        entity = lexicon.get(hit.entity.slug) or new.setdefault(hit.entity.slug, hit.entity)
        a, b = match.span()
        people = PEOPLE_IN.search(text, max(0, a - 40), a)
        gone.update(m for m in mentions if m.start < b and (people.start() if people else a) < m.end)
        added.append(Mention(a, b, entity.slug, text[a:b], "trimester"))
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in gone] + added, key=lambda m: (m.start, m.end))


#: Right before a class mention: "non-" denies it ("non-opioid painkillers" are painkillers that are no opioids).
_NON = re.compile(r"\bnon[- ]?$", re.I)


def _class_modifiers(text: str, mentions: list[Mention], lexicon: dict, new: dict) -> list[Mention]:
    """Two class names in a row, "A B", name the narrower class A ("opioid painkillers" are opioids, not any
    painkiller): one mention of A over both words; "non-A B" names B (decision 0622).

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.slug, m.text) for m in recognise("Avoid opioid painkillers.", load_lexicon())[0]]
    [('opioid', 'opioid painkillers')]
    """
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    out: list[Mention] = []
    k = 0
    while k < len(ordered):
        m = ordered[k]
        after = ordered[k + 1] if k + 1 < len(ordered) else None
        if (
            after is not None
            and text[m.end : after.start] == " "
            and _class_of(m.slug, lexicon, new) == "DrugClass"
            and _class_of(after.slug, lexicon, new) == "DrugClass"
            and m.slug != after.slug
        ):
            if _NON.search(text, 0, m.start):
                out.append(after)
            else:
                out.append(Mention(m.start, after.end, m.slug, text[m.start : after.end], m.source))
            k += 2
            continue
        out.append(m)
        k += 1
    return out


#: Before a condition: a "non-" modifier, with a bracketed gloss ("non-epileptic (dissociative) seizures").
#: Or "non-" itself right before it: "non-small cell lung cancer" is no small cell lung cancer.
NON_KIND = re.compile(r"\bnon-([a-z]+\s+(\([^()]{1,40}\)\s+)?)?$", re.I)


def _denied_kind(text: str, m: Mention, lexicon: dict, new: dict) -> bool:
    """Whether a condition mention is modified by "non-X": "non-epileptic seizures" are no kind of seizure the
    drug treats or not, so the mention would make a claim about another condition (decision 0622); a class right
    after "non-" is no class named ("non-opioid medicines" are medicines that are no opioids; decision 0742).

    >>> from ontology.lexicon import load_lexicon
    >>> [m.slug for m in recognise("Non-epileptic (functional) seizures are common.", load_lexicon())[0]]
    []
    """
    if _class_of(m.slug, lexicon, new) == "DrugClass":  # ("non-antifungal creams", "non-opioid medicines": 0742)
        return bool(_NON.search(text, max(0, m.start - 5), m.start))
    if _class_of(m.slug, lexicon, new) not in ("Disease", "Symptom"):
        return False
    # (a vocabulary synonym may hold the "non-" itself and name the plain condition: "non-epileptic seizures")
    if m.text[:4].lower() == "non-" and "non" not in m.slug:
        return True
    return bool(NON_KIND.search(text, max(0, m.start - 60), m.start))


#: The patterns whose match in a text may start a process phrase (graph_build/text/processes.py).
PROCESS_CUES = (
    processes.NOMINALISED,
    processes.URINE_STEP,
    processes.QUANTITY,
    processes.MOVING,
    processes.CROSSING,
    processes.RELEASED_CUE,
    processes.SIGNALS,
    # (the vessels widening or narrowing, decision 0736, was found only in a text holding another cue; 0790)
    processes.VESSELS,
    processes.WIDER_VESSELS,
    processes.FORCE,
    # (the blood's resistance, the heart's need of oxygen and its pace: decision 0807)
    processes.RESISTANCE,
    processes.OXYGEN_NEED,
    processes.PACED_HEART,
    # (the vessels as the object of a verb widening or narrowing them, the heart's work: decision 0892)
    VESSEL_VERB,
    processes.HEART_WORK,
    processes.PACED_ORGAN,
)


def _minted_processes(text: str, mentions: list[Mention], lexicon: dict, new: dict, folded: dict) -> list[Mention]:
    """Processes a mechanism verb governs, named from the text (graph_build/text/processes.py, decision 0635): a
    mention over the phrase, replacing the chemical mentions inside it; none where a named process or effect, or a
    mention the phrase would cut, is there.

    >>> from ontology.lexicon import load_lexicon
    >>> text = "Binding to the receptor reduces the release of neurotransmitters."
    >>> [(m.slug, m.text) for m in recognise(text, load_lexicon())[0]]
    [('neurotransmitter-release', 'release of neurotransmitters')]
    """
    out, earlier = list(mentions), []
    for a, b, name in processes.find(text, mentions, lambda slug: _class_of(slug, lexicon, new)):
        if any(m.start < b and a < m.end and _class_of(m.slug, lexicon, new) in processes.EVENT_CLASSES for m in out):
            continue
        if any(m.start < b and a < m.end and not (a <= m.start and m.end <= b) for m in out):
            continue
        entity = processes.DEFINITE.search(text, max(0, a - 8), a) and processes.named_before(name, earlier)
        entity = _adopt(entity or processes.entity(name, lexicon, folded), lexicon, new)
        out = [m for m in out if not (a <= m.start and m.end <= b)]
        out.append(Mention(a, b, entity.slug, text[a:b], "process"))
        earlier.append(entity)
    return sorted(out, key=lambda m: m.start)


def _class_of(slug: str, lexicon: dict, new: dict) -> str:
    entity = lexicon.get(slug) or new.get(slug)
    return entity.cls if entity is not None else ""


#: A salt's name: "alendronate" is the drug the vocabularies call "alendronic acid" (as valproate is valproic acid);
#: a stem of seven letters at least, so that "nitrate", "phosphate" or "carbonate" name no acid.
SALT = re.compile(r"\b([A-Za-z]{7,})ates?\b")


def _salt_names(
    text: str, mentions: list[Mention], folded: dict, lexicon: dict, new: dict, vocabularies: bool
) -> list[Mention]:
    """Mentions of a drug by its salt's name, "-ate" for "-ic acid", where the acid's name is a drug of the lexicon
    and no mention covers the word (decision 0622: an article about "alendronate" named its drug by no other word
    more than twice, and a vitamin named in passing became its main drug).

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.slug, m.text) for m in recognise("Take alendronate weekly.", load_lexicon())[0]]
    [('alendronic-acid', 'alendronate')]
    """
    covered = [(m.start, m.end) for m in mentions]
    out = []
    for m in SALT.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        entity = _entity_named(m.group(1).lower() + "ic acid", lexicon, folded, vocabularies)
        if entity is None or entity.cls != "Drug":
            continue  # checked before `_adopt`: an acid that is no drug ("glutamic acid") gets no mention to name it
        out.append(Mention(m.start(), m.end(), _adopt(entity, lexicon, new).slug, m.group(0), "salt-name"))
    return out


def _targets_by_head(
    text: str, mentions: list[Mention], lexicon: dict, folded: dict, new: dict, vocabularies: bool
) -> list[Mention]:
    """Targets named by their head noun as the object of a target verb (graph_build/text/targets.py, decision
    0634): a new mention unless a target mention already ends where the name ends or a mention crosses its edge;
    it replaces the mentions inside it ("dopamine" in "dopamine receptors").

    >>> from ontology.lexicon import load_lexicon
    >>> [(m.slug, m.text) for m in recognise("Brivarex binds to vesicle protein 2A (VP2A).", load_lexicon())[0]]
    [('vesicle-protein-2a', 'vesicle protein 2A'), ('vesicle-protein-2a', 'VP2A')]
    """

    def named(name: str) -> Entity | None:
        slug = folded.get(_key([w for _, _, w in _words(name)]))
        return lexicon[slug] if slug in lexicon else _entity_named(name, lexicon, folded, vocabularies)

    out = list(mentions)
    for a, b, entity in [
        *targets.find(text, named),
        *targets.defined_after(text, named),
        *targets.by_ligand(text, named),
    ]:
        inside = [m for m in out if a <= m.start and m.end <= b]
        if any(m.start < b and a < m.end and m not in inside for m in out):
            continue  # a mention across the name's edge (or around it): the recognised name stands
        if not targets.pathogen_own(text[a:b]) and any(
            m.end == b
            and _class_of(m.slug, lexicon, new) == "MolecularTarget"
            and not targets.subtype_code(text[a : m.start])
            for m in inside
        ):
            continue  # "presynaptic alpha-2 adrenergic receptors": the target is already named
        entity = _adopt(entity, lexicon, new)
        out = [m for m in out if m not in inside] + [Mention(a, b, entity.slug, text[a:b], "target-head")]
    for a, b, kind in targets.anaphors(text):
        # "Ondansetron blocks these receptors": the nearest target of that kind named before, in the paragraph
        slug = _target_before(text, a, b, out, lexicon, new)
        if slug is not None and targets.fits_kind((lexicon.get(slug) or new[slug]).label, kind):
            out.append(Mention(a, b, slug, text[a:b], "target-anaphor"))
    for a, b, kind, code in targets.subtype_anaphors(text):
        # "Finasteride blocks the type 2 form of this enzyme": that subtype of the target named before (0671)
        slug = _target_before(text, a, b, out, lexicon, new)
        family = (lexicon.get(slug) or new[slug]) if slug is not None else None
        if family is not None and targets.fits_kind(family.label, kind):
            entity = _adopt(targets.subtype(family, code), lexicon, new)
            out.append(Mention(a, b, entity.slug, text[a:b], "target-anaphor"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _target_before(text: str, a: int, b: int, out: list[Mention], lexicon: dict, new: dict) -> str | None:
    """The slug of the last target mention of `out` before a demonstrative at [a, b), in its paragraph and within
    targets.ANAPHOR_REACH; None when a mention overlaps the demonstrative or no target is named before it."""
    if any(m.start < b and a < m.end for m in out):
        return None
    reach = max(text.rfind("\n\n", 0, a), a - targets.ANAPHOR_REACH)
    before = [
        m for m in out if reach <= m.start and m.end <= a and _class_of(m.slug, lexicon, new) == "MolecularTarget"
    ]
    return before[-1].slug if before else None


def learn_abbreviations(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Abbreviations the text defines, as `long form (ABBR)` right after a recognised mention.

    >>> learn_abbreviations("burning mouth syndrome (BMS) hurts", [Mention(0, 22, "bms-slug", "x")])
    {'BMS': 'bms-slug'}
    >>> learn_abbreviations("Dry eye, often called DE, ...", [Mention(0, 7, "dry-eye", "Dry eye")])
    {'DE': 'dry-eye'}
    >>> learn_abbreviations("an enzyme called ACE", [Mention(3, 9, "enzyme", "enzyme")])
    {}
    """
    ends = {m.end: m for m in mentions}
    learned: dict[str, str] = {}
    for m in DEFINED.finditer(text):
        before = m.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        mention = ends.get(before)
        if mention is not None:
            learned.setdefault(m.group(1), mention.slug)
    # ("bacterial vaginosis, often called BV": the initials of the words named before it; decision 0787)
    for m in mentions:
        called = CALLED.match(text, m.end)
        if called and targets.initials(m.text) == called.group(4).lower():
            learned.setdefault(called.group(4), m.slug)
        offered = OR_ABBREVIATION.match(text, m.end)
        if offered and targets.initials(m.text) == offered.group(1).lower():
            learned.setdefault(offered.group(1), m.slug)
    # ("ACE (angiotensin-converting enzyme)": the abbreviation first, its name in brackets; decision 0771)
    starts = {m.start: m for m in mentions}
    for m in targets.DEFINED_AFTER.finditer(text):
        mention = starts.get(m.start(2))
        if (
            mention is not None
            and mention.end == m.end(2)
            and targets.initials(mention.text) == m.group(1).replace("-", "").lower()
        ):
            learned.setdefault(m.group(1), mention.slug)
    return learned


#: A one-word mention of adjective form, and an organ right after it: the two name a condition of that organ.
ADJECTIVE = re.compile(r"[A-Za-z]+(able|ive|less)")
ORGAN_AFTER = re.compile(r"\s+(bowels?|bladder|colon|gut|legs?|stomach)\b", re.I)

#: A one-word mention whose sense the word right before it changes (decision 0675): "oily spotting" is an oily
#: discharge from the bowel, not bleeding between periods; "liver injury" is damage to an organ, not a wound (the
#: heading *Wounds and Injuries*). Nothing is named then: the word alone would name the other sense.
OTHER_SENSE_BEFORE = {
    "spotting": frozenset(["oily", "faecal", "fecal", "greasy"]),
    "injury": frozenset(["liver", "hepatic", "kidney", "renal", "lung", "brain", "nerve", "heart", "cardiac"]),
    "injuries": frozenset(["liver", "hepatic", "kidney", "renal", "lung", "brain", "nerve", "heart", "cardiac"]),
    # (a verb: "while the rash is still blistering" says how a rash is, no blister of its own; decision 0721)
    "blistering": frozenset(["is", "are", "still", "was", "were", "starts", "stops"]),
    # (the weather: "the wind was strong", "a cold wind"; decision 0740)
    "wind": frozenset(
        ["the", "cold", "strong", "high", "north", "south", "east", "west", "solar", "trade", "head", "tail"]
    ),
    # (becoming pregnant is no pregnancy yet: "women who may become pregnant", "trying to get pregnant"; 0741)
    "pregnant": frozenset(
        ["become", "becomes", "becoming", "became", "get", "gets", "getting", "got", "fall", "falls"]
    ),
    # (an electric shock, or the "electric-shock feelings" of stopping an antidepressant, is no circulatory shock;
    # decision 0810)
    "shock": frozenset(["electric", "electrical"]),
    "shocks": frozenset(["electric", "electrical"]),
    # (a light that flashes, what sets off a seizure or a migraine, "triggered by flashing lights", is no flash seen
    # where there is none, photopsia; decision 0836)
    "flashing lights": frozenset(["by", "avoid", "avoiding", "strobe"]),
    "flashing light": frozenset(["by", "avoid", "avoiding", "strobe"]),
}
WORD_BEFORE = re.compile(r"([A-Za-z]+)[ -]$")
#: After a stimulus's name, a verb that makes it what sets off an attack ("Flashing lights can trigger seizures").
TRIGGER_AFTER = re.compile(
    r"(\s+(and|or)\s+[\w\s-]{1,30}?)?\s+((can|may|might|could|often|sometimes|also|do|will)\s+)*"
    r"(trigger|set\s+off|bring\s+on|provoke|brings?\s+on|sets?\s+off|triggers?|provokes?|cause|causes)\b",
    re.I,
)
#: After a one-word mention, words that make it another sense (decision 0721): a verb with its object ("shaking the
#: bottle", "shaking it") is no tremor, nor a likeness ("shaking like Parkinson's"); "hypo-" is a prefix
#: ("hypo-allergenic"), no low blood sugar.
OTHER_SENSE_AFTER = {
    "shaking": re.compile(r"\s+(it|them|the|your|this|that|well|hands|off|out|like)\b", re.I),
    "hypo": re.compile(r"-"),
    # ("the collapse of a lung / of the vertebra" is an organ's; decision 0740)
    "collapse": re.compile(r"\s+of\b", re.I),
    # ("the slow movement of food through the gut" is the gut's, no bradykinesia; decision 0768)
    "slow movement": re.compile(r"\s+(of|through|in)\b", re.I),
    "slow movements": re.compile(r"\s+(of|through|in)\b", re.I),
    # ("very tired of waiting" is weariness of something, no fatigue; decision 0775)
    # ("Flashing lights can trigger seizures": a light that flashes sets off the attack, no photopsia; 0836)
    "flashing lights": TRIGGER_AFTER,
    "flashing light": TRIGGER_AFTER,
    # ("the strain on the heart", "puts a strain on the kidneys" is a load the organ bears, no sprain or strain of a
    # muscle; decision 0892)
    "strain": re.compile(r"\s+on\b", re.I),
    "strains": re.compile(r"\s+on\b", re.I),
    "very tired": re.compile(r"\s+of\b", re.I),
    "extremely tired": re.compile(r"\s+of\b", re.I),
    # ("wind down", "wind turbines", "wind-chill": the verb and the weather, no flatulence; "wind with a discharge"
    # is a sign of its own, flatus with discharge; decision 0740)
    "wind": re.compile(
        r"-|\s+(down|up|back|turbines?|farms?|speed|chill|power|instruments?|blew|blows|blowing)\b"
        r"|\s+with\s+(an?\s+)?(\w+\s+)?discharge",
        re.I,
    ),
}


#: "sting" names an animal's sting only with the animal, a bite or an allergy next to it ("a bee sting", "wasp
#: stings", "insect bites and stings", "a sting allergy"); otherwise it is the feeling ("feel a brief sting or burning
#: in the nose", "it may sting a little"), no bites and stings (decision 0850).
STING_WORDS = frozenset(["sting", "stings", "stung"])
STING_ANIMAL = re.compile(
    r"\b(bees?|wasps?|hornets?|insects?|jellyfish|scorpions?|ants?|stingrays?|animals?|bites?|bitten|allerg\w*|"
    r"anaphyla\w*)\b",
    re.I,
)


def _feeling_sting(text: str, m: Mention) -> bool:
    """Whether a "sting" mention is the feeling, no animal's sting: no animal or bite within a few words of it.

    >>> _feeling_sting("feel a brief sting or burning", Mention(13, 18, "bites-and-stings", "sting"))
    True
    >>> _feeling_sting("after a wasp sting", Mention(13, 18, "bites-and-stings", "sting"))
    False
    >>> _feeling_sting("insect bites and stings", Mention(17, 23, "bites-and-stings", "stings"))
    False
    >>> _feeling_sting("as salt water stings.\\n\\nUnlike antibiotics", Mention(14, 20, "bites-and-stings", "stings"))
    True
    """
    if m.text.lower() not in STING_WORDS:
        return False
    # (the window takes whole words and stays on the mention's line: cut mid-word, "antibiotics" on the next line
    # was read as "ant"; decision 0865)
    start, end = max(0, m.start - 25), min(len(text), m.end + 25)
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    start = max(start, text.rfind("\n", 0, m.start) + 1)
    line_end = text.find("\n", m.end)
    end = min(end, line_end) if line_end >= 0 else end
    return not STING_ANIMAL.search(text, start, end)


#: "burn" / "burns" names the injury as a noun ("minor burns and scalds", "a burn from hot water"); as a verb of
#: feeling ("the drops may sting or burn", "it burns for a moment", "burns when you pass urine") it is a sensation,
#: which no vocabulary of the lexicon names in general (its "burning sensation" is the mouth's), so no mention
#: (decision 0872; 0850's felt sting is the same guard for "sting").
BURN_WORDS = frozenset(["burn", "burns", "burned", "burnt"])
#: Right before a burn word: a modal, "to", a subject pronoun or an adverb of frequency makes it a verb; "sting or",
#: "itch and" makes it a feeling coordinated with another.
BURN_VERB_BEFORE = re.compile(
    r"\b(may|might|can|could|will|would|to|it|they|often|sometimes|usually|also|slightly|briefly|"
    r"(sting|stings|itch|itches|tingle|tingles|smart|smarts)\s+(or|and))\s+$",
    re.I,
)
#: Right after a burn word: a feeling's span or moment ("burns for a moment", "burn a little", "burns when you pee")
#: or another feeling coordinated ("burn or sting").
BURN_VERB_AFTER = re.compile(
    r"\s+(for\s+a\s+(moment|minute|few|short|little|while|second)|a\s+(little|bit)|slightly|briefly|at\s+first|"
    r"when|while|as\s+you|(or|and)\s+(sting|stings|itch|itches|tingle|tingles|smart|smarts)\b)",
    re.I,
)


def _feeling_burn(text: str, m: Mention) -> bool:
    """Whether a "burn(s)" mention of the injury is the verb of feeling (decision 0872).

    >>> _feeling_burn("The drops may sting or burn.", Mention(23, 27, "burns", "burn"))
    True
    >>> _feeling_burn("It burns for a moment.", Mention(3, 8, "burns", "burns"))
    True
    >>> _feeling_burn("Use it for minor burns and scalds.", Mention(17, 22, "burns", "burns"))
    False
    """
    if m.slug != "burns" or m.text.lower() not in BURN_WORDS:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[max(line_start, m.start - 30) : m.start]
    return bool(BURN_VERB_BEFORE.search(before) or BURN_VERB_AFTER.match(text, m.end))


def _generic_alone(text: str, m: Mention, lexicon: dict, new: dict) -> bool:
    """Whether a one-word mention is a generic head ("isomerase", "kinase") grounded to one protein, or one a code
    before it names otherwise (generic_heads.py, decision 0860)."""
    if " " in m.text or m.source == "target-head":
        return False
    entity = lexicon.get(m.slug) or new.get(m.slug)
    return entity is not None and generic_grounding(text, m.start, m.text, entity.label)


def _other_sense(text: str, m: Mention) -> bool:
    """Whether the word before a one-word mention gives it another sense (`OTHER_SENSE_BEFORE`), or "-like" after
    it makes it a resemblance ("flu-like symptoms" are no flu; decision 0716).

    >>> _other_sense("oily spotting", Mention(5, 13, "metrorrhagia", "spotting"))
    True
    >>> _other_sense("some spotting", Mention(5, 13, "metrorrhagia", "spotting"))
    False
    >>> _other_sense("flu-like symptoms", Mention(0, 3, "human-influenza", "flu"))
    True
    >>> _other_sense("shaking the bottle", Mention(0, 7, "tremor", "shaking"))
    True
    """
    if text.startswith("-like", m.end) or _feeling_sting(text, m) or _feeling_burn(text, m):
        return True
    after = OTHER_SENSE_AFTER.get(m.text.lower())
    if after is not None and after.match(text, m.end):
        return True
    senses = OTHER_SENSE_BEFORE.get(m.text.lower())
    before = WORD_BEFORE.search(text, max(0, m.start - 20), m.start) if senses else None
    return bool(before) and before.group(1).lower() in senses


#: A word that reduces the sign after it ("It can reduce sweating", "less sweating", "cuts down sweating"): the
#: reduced form of the sign, never the excess form a bare word may name ("sweating" is HPO's Hyperhidrosis;
#: decision 0734).
REDUCING = re.compile(
    r"\b(reduc(e|es|ed|ing)|less|lower(s|ed|ing)?|decreas(e|es|ed|ing)|cut(s|ting)?\s+down(\s+on)?|fewer)"
    r"\s+((the|your|their)\s+)?$",
    re.I,
)
REDUCING_CUE = re.compile(r"\b(reduc|less|lower|decreas|cut)", re.I)
#: An entity label of an excess form ("Hyperhidrosis", "Excessive salivation", "Increased urination").
EXCESS_LABEL = re.compile(r"^(hyper|excess|increased\b)", re.I)


def _reduced_signs(text: str, mentions: list[Mention], lexicon: dict, new: dict, folded: dict) -> list[Mention]:
    """A one-word sign after a reducing word as its reduced form, the vocabulary's "decreased <sign>" over the words
    from the reducing word on ("reduce sweating": Hypohidrosis); with no such term, no mention when the word names
    an excess form (decision 0734)."""
    out = []
    for m in mentions:
        before = REDUCING.search(text, max(0, m.start - 30), m.start) if " " not in m.text else None
        if before is None:
            out.append(m)
            continue
        reduced = _entity_named("decreased " + m.text.lower(), lexicon, folded)
        if reduced is not None and reduced.slug != m.slug:
            a = before.start()
            out.append(Mention(a, m.end, _adopt(reduced, lexicon, new).slug, text[a : m.end], "reduced"))
            continue
        entity = lexicon.get(m.slug) or new.get(m.slug)
        if entity is not None and (EXCESS_LABEL.match(entity.label) or EXCESS_LABEL.match(m.slug)):
            continue  # (the excess form read from a reduced sign: no claim)
        out.append(m)
    return out


def recognise(text: str, lexicon: dict[str, Entity], *, vocabularies: bool = True) -> tuple[list[Mention], dict]:
    """Entity mentions in `text` (normalised), sorted by offset, and the new entities the vocabularies gave.

    >>> from ontology.lexicon import load_lexicon
    >>> found, _ = recognise("Klonopin treats Panic-Attacks", load_lexicon(), vocabularies=False)
    >>> [(m.slug, m.text) for m in found]
    [('clonazepam', 'Klonopin'), ('panic-attack', 'Panic-Attacks')]
    """
    folded, exact, phrase_table = index(lexicon)
    words = _words(text)
    lows = [w[2].lower() for w in words]
    mentions = _match(text, words, lows, folded, exact, {})
    new: dict[str, Entity] = {}
    starts = {w[0]: k for k, w in enumerate(words)}
    ends = {w[1]: k for k, w in enumerate(words)}
    if vocabularies:
        covered = {}
        for m in mentions:
            span = range(starts[m.start], ends[m.end] + 1)
            covered.update(dict.fromkeys(span, span))
        extra, new = _vocabulary(text, words, lows, covered, lexicon, folded)
        mentions = [m for m in mentions if not any(e.start <= m.start and m.end <= e.end for e in extra)]
        mentions = sorted(mentions + extra, key=lambda m: m.start)
        if " and " in text or " or " in text:
            mentions = _apart(mentions, folded, lexicon, new)
            mentions = _coded_pair(text, mentions, folded, lexicon, new)
            if lowered.search(FEEL_PAIR, text):
                mentions = sorted(mentions + _shared_feel(text, mentions, folded, lexicon, new), key=lambda m: m.start)
            if lowered.search(LEVEL_PAIR, text):
                level = _shared_level(text, mentions, folded, lexicon, new)
                mentions = [m for m in mentions if not any(x.start <= m.start and m.end <= x.end for x in level)]
                mentions = sorted(mentions + level, key=lambda m: m.start)
    if vocabularies and lowered.search(TIRED_WORD, text):
        mentions = sorted(mentions + _tired(text, mentions, lexicon, folded, new), key=lambda m: m.start)
    if vocabularies and lowered.search(LAY_SIGN_WORD, text):  # ("felt worn out", "it itches": decision 1063)
        mentions = sorted(mentions + _lay_signs(text, mentions, lexicon, folded, new), key=lambda m: m.start)
    if vocabularies and lowered.search(SICKNESS, text):  # ("dizziness, sickness and headaches": decision 0991)
        mentions = sorted(mentions + _listed_sickness(text, mentions, lexicon, folded, new), key=lambda m: m.start)
    mentions += _coordinated(text, mentions, folded, lexicon, new if vocabularies else None)
    offsets = [w[0] for w in words]  # sorted: where each word starts (bisected by the two steps below)
    added, replaced = _shared_head(text, mentions, folded, lambda s: (lexicon.get(s) or new[s]).cls, words, offsets)
    if "(" in text:
        more, gone = _bracketed(text, words, offsets, mentions, folded)
        added, replaced = added + more, replaced + gone
    if added:
        mentions = [m for m in mentions if m not in replaced] + added
    if phrase_table:
        mentions = _phrases(text, words, lows, mentions, phrase_table, (starts, ends))
    # ("eye drops", MeSH's Ophthalmic Solutions, a kind of drug there: the form it names; decision 0879)
    mentions = [
        m
        for m in mentions
        if not (
            getattr(lexicon.get(m.slug) or new.get(m.slug), "cls", "") == "DrugClass"
            # (... and one such drop, "It is an eye drop for Y": the form, no class of the drug; decision 0928)
            and (
                dosage_forms.whole_form(m.text) or (m.text.endswith(" drop") and dosage_forms.whole_form(m.text + "s"))
            )
        )
    ]
    for a, b, entity in dosage_forms.find(text, [(m.start, m.end) for m in mentions]):
        known = lexicon.get(entity.slug) or new.setdefault(entity.slug, entity)
        mentions.append(Mention(a, b, known.slug, text[a:b], "dosage-form"))
    for a, b, entity in sites.find(text, [(m.start, m.end) for m in mentions]):  # (decision 0644)
        mentions.append(Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "site"))
    if vocabularies and "hose " in text:  # ("anyone whose bowel is blocked": decision 0877)
        for a, b, name in owned_states.find(text, [(m.start, m.end) for m in mentions]):
            hit = look_up(name)
            if hit is not None:
                mentions.append(Mention(a, b, _adopt(hit.entity, lexicon, new).slug, text[a:b], "owned-state"))
    if vocabularies:  # foods and drinks as interaction partners (decision 0748)
        for a, b, entity in foods.find(text, [(m.start, m.end) for m in mentions]):
            mentions.append(Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "food"))
    for a, b, name in organisms.find(text):  # an organism or a treatment named as a cause (decision 0740)
        cls = "NonDrugTherapy" if name in organisms.THERAPIES else "Entity"
        known = lexicon.get(slugify(name)) or new.setdefault(slugify(name), Entity(slugify(name), name, cls))
        mentions = [m for m in mentions if m.end <= a or b <= m.start] + [
            Mention(a, b, known.slug, text[a:b], "organism")
        ]
    if lowered.search(SUPPLEMENT, text):  # (decision 0723)
        mentions = _supplements(text, mentions, lexicon, new)
    if "ombined" in text or "ormonal" in text:  # (decision 0723)
        mentions = _contraceptives(text, mentions, lexicon, new)
    if "ive" in text and "accin" in text:  # ("Live vaccines must not be given": decision 0969)
        for a, b, slug in live_vaccines(text):
            known = lexicon.get(slug) or new.setdefault(slug, Entity(slug, vaccine_kinds.NAME, "DrugClass"))
            mentions = [m for m in mentions if m.end <= a or b <= m.start] + [
                Mention(a, b, known.slug, text[a:b], "vaccine-kind")
            ]
        mentions.sort(key=lambda m: m.start)
    if lowered.search(TARGET_HEAD, text):
        mentions = _in_target_names(text, mentions, lexicon, new)
    if lowered.search(ACTING_ON, text):
        mentions = _target_classes(text, mentions, lexicon, new)
    mentions = _class_modifiers(text, mentions, lexicon, new)
    if any(lowered.search(p, text) for p in PROCESS_CUES):
        mentions = _minted_processes(text, mentions, lexicon, new, folded)
    if vocabularies:  # class names by their form, in class statements (decision 0637)
        mentions = class_mentions(
            text,
            mentions,
            lambda s: _class_of(s, lexicon, new),
            lambda name: _entity_named(name, lexicon, folded),
            new,
            Mention,
        )
    if (
        "llergi" in text or "llergy" in text or "ypersensitivity" in text or "eact" in text
    ):  # (after the class names by their form: "allergic to another H2 blocker", 0675)
        mentions = _allergic_to_drug(text, mentions, lexicon, new)
    if " by " in text:  # ("asthma brought on by aspirin": a reaction to the drug, decision 0755)
        mentions = _reaction_to_drug(text, mentions, lexicon, new)
    if any(map(str.isdigit, text)):  # ("cyclo-oxygenase 2": the numbered subtype, decision 0755; map: 1114)
        mentions = _numbered_subtypes(text, mentions, lexicon, new)
    if "trimester" in text or "onths of" in text or "eeks of" in text:  # (a part of pregnancy, decision 0755)
        mentions = _trimesters(text, mentions, lexicon, new)
    if "trying" in text or "planning" in text:  # (women trying to conceive, decision 0782)
        mentions = _trying_to_conceive(text, mentions, lexicon, new)
    if "non-" in text or "Non-" in text:
        mentions = [m for m in mentions if not _denied_kind(text, m, lexicon, new)]
    if "ate" in text:
        mentions += _salt_names(text, mentions, folded, lexicon, new, vocabularies)
    if targets.cues(text):
        mentions = _targets_by_head(text, mentions, lexicon, folded, new, vocabularies)
    # "irritable bowel", "overactive bladder", "restless legs": an adjective naming an organ's condition, not the
    # symptom the adjective alone names (decision 0662)
    mentions = [m for m in mentions if not (ADJECTIVE.fullmatch(m.text) and ORGAN_AFTER.match(text, m.end))]
    mentions = [m for m in mentions if not _other_sense(text, m)]
    # ("isomerase" alone is no one protein, nor is "delta-7,8 isomerase" the word's entity; decision 0860)
    mentions = [m for m in mentions if not _generic_alone(text, m, lexicon, new)]
    if "-" in text:  # ("the sodium-potassium-chloride co-transporter": not the potassium-chloride one; 0747)
        mentions = [m for m in mentions if not _compound_tail(text, m)]
    if lowered.search(REDUCING_CUE, text):
        mentions = _reduced_signs(text, mentions, lexicon, new, folded)
    if "eceptor" in text:
        mentions = _subtype_receptors(text, mentions, lexicon, new, folded)
        mentions = _spoken_subtypes(text, mentions, lexicon, new, folded)
    if lowered.search(LAY_PHRASE_CUE, text) or lowered.search(PAIN_IN, text):
        mentions = _lay_phrases(text, mentions, lexicon, new, folded)
    if lowered.search(LISTED_ONLY_WORD, text):
        mentions = _listed_only(text, mentions, lexicon, new, folded)
    if GLOSS_WORD.search(text) or lowered.search(KIND_OF_CUE, text):
        mentions = _without_glosses(text, mentions, lexicon, new)
    if CALLED_CUE.search(text):
        mentions = _classes_called(text, mentions, lexicon, new)
    if "ramp" in text and lowered.search(BELLY_PAIN, text):
        mentions = _belly_cramps(text, mentions)
    if any(m.slug in FAILED_GAINS for m in mentions):
        mentions = _failed_gains(text, mentions)
    if vocabularies:  # a condition at the grain the text names it (decision 0698)
        mentions = grain.narrowed(
            text,
            mentions,
            lambda s: _class_of(s, lexicon, new),
            lambda s: (lexicon.get(s) or new.get(s) or Entity(s, s, "")).label,
            lambda name: _entity_named(name, lexicon, folded),
            lambda a, b, entity: Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "narrowed"),
        )
    if vocabularies and use_sites.CUE.search(text):  # an effect where a medicine went in or on (decision 0912)
        mentions = use_sites.at_use_sites(
            text,
            mentions,
            lambda s: _class_of(s, lexicon, new),
            lambda name: _entity_named(name, lexicon, folded),
            lambda a, b, entity: Mention(a, b, _adopt(entity, lexicon, new).slug, text[a:b], "use-site"),
        )
    if vocabularies:  # a drug no vocabulary names, named as a medicine and repeated as the subject (decision 0845)
        unknown, minted = named_drugs(
            text,
            mentions,
            lambda s: _class_of(s, lexicon, new),
            lambda a, b, s: Mention(a, b, s, text[a:b], "named-drug"),
            lambda name: _entity_named(name, lexicon, folded),
        )
        for slug, entity in minted.items():
            new.setdefault(slug, entity)
        unknown = [m for m in unknown if (lexicon.get(m.slug) or new[m.slug]).cls == "Drug"]
        spans = {(m.start, m.end) for m in unknown}  # (a salt's mention taken by its base's minted drug, 0851)
        mentions = [m for m in mentions if (m.start, m.end) not in spans] + unknown
        # (a drug named by its ester's full name and then by its first word is one medicine: decision 1112)
        if ESTER_CUE.search(text):
            mentions = one_ester_name(mentions, lambda s: _class_of(s, lexicon, new))
    learned = {a: s for a, s in learn_abbreviations(text, mentions).items() if a not in exact}
    if learned:
        by_start = {m.start for m in mentions}
        # (where ", or ABBR," offers it, the abbreviation is the long form's other name, no second mention: "A deep
        # vein thrombosis, or DVT, is a clot" has one subject; decision 0861)
        by_start |= {o.start(1) for m in mentions if (o := OR_ABBREVIATION.match(text, m.end))}
        mentions += [
            m
            for m in _match(text, words, lows, {}, {}, learned)
            if m.source == "abbreviation" and m.start not in by_start
        ]
    return sorted(mentions, key=lambda m: (m.start, m.end)), new
