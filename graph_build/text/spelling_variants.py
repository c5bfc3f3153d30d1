"""One spelling of a name for the measure: British and American spellings of a word, and the international and US
names of one substance, read as one (decision 0863). The rules are data (spelling_variants.yaml): each row one part
of a word and where in a word it stands, so a name changes only where it holds that part there.

>>> one_spelling("haemorrhagic stroke"), one_spelling("synaptic noradrenaline"), one_spelling("nerve stabilisation")
('hemorrhagic stroke', 'synaptic norepinephrine', 'nerve stabilization')
>>> one_spelling("haemophilia") == one_spelling("hemophilia a")
False
>>> one_spelling("toe swelling"), one_spelling("sour taste"), one_spelling("disease"), one_spelling("aerosol")
('toe swelling', 'sour taste', 'disease', 'aerosol')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from base.errors import DrugkgError

DATA = Path(__file__).with_name("spelling_variants.yaml")
#: where a word part stands (spelling_variants.yaml's header says what each means)
PLACES = frozenset({"start", "inside", "word", "suffix"})
SPELLING_KEYS = frozenset({"british", "american", "where", "examples", "min_before", "after", "endings"})
VOCABULARIES = frozenset({"drug-vocabulary", "mesh"})
SUBSTANCE_KEYS = frozenset({"international", "us", "vocabulary", "record", "note"})
#: the letter right before a suffix row's part, by its `after` ("stabilise", not "bruise" or "praise"; "analyse")
LETTERS = {"consonant": "[b-df-hj-np-tv-z]", "vowel": "[aeiouy]", "letter": "[a-z]"}


@dataclass(frozen=True)
class Spelling:
    """One row: a word part in British and American spelling, where in a word it stands, and words it reads."""

    british: str
    american: str
    where: str
    examples: tuple[str, ...]
    min_before: int = 0
    after: str = "letter"
    endings: tuple[str, ...] = ()

    def pattern(self) -> re.Pattern[str]:
        part = re.escape(self.british)
        if self.where == "start":
            return re.compile(rf"\b{part}")
        if self.where == "word":
            return re.compile(rf"\b{part}\b")
        if self.where == "suffix":
            endings = "|".join(sorted(map(re.escape, self.endings), key=len, reverse=True))
            before = rf"[a-z]{{{max(self.min_before - 1, 0)}}}{LETTERS[self.after]}"
            return re.compile(rf"(?<={before}){part}(?=(?:{endings})\b)")
        return re.compile(part)


@dataclass(frozen=True)
class Substance:
    """One substance's international and US names, and the vocabulary that lists both as one concept."""

    international: str
    us: str
    vocabulary: str
    record: str
    note: str = ""


def _checked(entry: dict, keys: frozenset[str], n: int, path: Path) -> dict:
    unknown = set(entry) - keys
    if unknown or any(isinstance(v, str) and v != v.lower() and k not in {"record", "note"} for k, v in entry.items()):
        raise DrugkgError(f"{path}: entry {n + 1} ({entry}): bad entry (keys {sorted(unknown)})")
    return entry


@cache
def rules(path: Path = DATA) -> tuple[tuple[Spelling, ...], tuple[Substance, ...]]:
    """The rows of the data file, checked (an unknown key, place or vocabulary, or a part in capitals, is an error
    naming the file and the row)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    spellings = []
    for n, entry in enumerate(data.get("spellings") or []):
        entry = _checked(entry, SPELLING_KEYS, n, path)
        if entry.get("where") not in PLACES or not entry.get("british") or not entry.get("examples"):
            raise DrugkgError(f"{path}: spelling {n + 1} ({entry.get('british')}): bad place or no examples")
        if (entry["where"] == "suffix") != bool(entry.get("endings")) or entry.get("after", "letter") not in LETTERS:
            raise DrugkgError(f"{path}: spelling {n + 1} ({entry['british']}): endings belong to a suffix row")
        spellings.append(
            Spelling(
                entry["british"],
                entry["american"],
                entry["where"],
                tuple(entry["examples"]),
                int(entry.get("min_before", 0)),
                entry.get("after", "letter"),
                tuple(entry.get("endings") or ()),
            )
        )
    substances = []
    for n, entry in enumerate(data.get("substances") or []):
        entry = _checked(entry, SUBSTANCE_KEYS, n, path)
        if entry.get("vocabulary") not in VOCABULARIES or not entry.get("record"):
            raise DrugkgError(f"{path}: substance {n + 1} ({entry.get('international')}): no vocabulary or record")
        substances.append(
            Substance(entry["international"], entry["us"], entry["vocabulary"], entry["record"], entry.get("note", ""))
        )
    return tuple(spellings), tuple(substances)


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:
    spellings, substances = rules()
    return (
        *((row.pattern(), row.american) for row in spellings),
        *((re.compile(rf"\b{re.escape(row.international)}\b"), row.us) for row in substances),
    )


def one_spelling(name: str) -> str:
    """`name` (lower case, words apart by spaces or hyphens) with each British part of spelling_variants.yaml in its
    American spelling and each substance's international name as its US name; a name holding none is returned as it
    is. Read on both sides of a comparison, it makes two names one only when they are the same words up to spelling.

    >>> one_spelling("oestrogen"), one_spelling("anaemia"), one_spelling("haematoma"), one_spelling("paediatric")
    ('estrogen', 'anemia', 'hematoma', 'pediatric')
    """
    for pattern, american in _compiled():
        name = pattern.sub(american, name)
    return name
