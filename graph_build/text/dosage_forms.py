"""Recognise dosage forms the lexicon does not list: "extended-release capsules", "an oral solution", "a
sublingual tablet".

Dosage forms are a small closed vocabulary (the heads and release or route modifiers below, as in the EDQM Standard
Terms and the FDA's dosage form list), so a phrase of known modifiers before a known head names a form. A new
form becomes a Formulation entity labelled with its singular words ("extended-release capsule"); no identifier is
attached (none is looked up).
"""

from __future__ import annotations

import re

from graph_build.text.vocabularies import slugify
from ontology.lexicon import Entity

HEADS = {
    "tablet": "tablet",
    "tablets": "tablet",
    "capsule": "capsule",
    "capsules": "capsule",
    "caplet": "caplet",
    "caplets": "caplet",
    "solution": "solution",
    "solutions": "solution",
    "suspension": "suspension",
    "injection": "injection",
    "injections": "injection",
    "infusion": "infusion",
    "patch": "patch",
    "patches": "patch",
    "cream": "cream",
    "gel": "gel",
    "ointment": "ointment",
    "spray": "spray",
    "syrup": "syrup",
    "drops": "drops",
    "lozenge": "lozenge",
    "lozenges": "lozenge",
    "suppository": "suppository",
    "suppositories": "suppository",
    "inhaler": "inhaler",
    "elixir": "elixir",
    "granules": "granules",
    "powder": "powder",
    "film": "film",
    "films": "film",
    "implant": "implant",
    "lotion": "lotion",
    "liquid": "liquid",
    # ("given by drip", "given as a drip": an infusion into a vein, as lay texts name it; decision 0826)
    "drip": "infusion",
}
#: A head that is also a common word ("a liquid"): alone, it names a form only after a word of forms ("comes as a
#: liquid", "and as a liquid"), never after "in" or "and" alone ("dissolve it in a liquid"); a liquid medicine named
#: without a route is one taken by mouth, as lay leaflets mean it (decision 0714).
COMMON_WORD_HEADS = {"liquid": "oral", "drip": "intravenous"}
#: After a head without modifiers: a relative clause that says which kind it is ("tablets that can be dispersed in
#: water" are dispersible tablets, "tablets that melt in the mouth" orodispersible): the bare head would be coarser
#: than the text, so the mention is left out (decision 0714, as grain.py leaves out what it cannot compose).
KIND_CLAUSE = re.compile(
    r"[*_]{0,2}\s+(that|which)\s+((can|may|should|must|will)\s+)?(be\s+)?(you\s+can\s+)?"
    r"(dissolv|dispers|melt|chew|suck)",
    re.I,
)
#: The kind clauses that do say which kind: the head takes the modifier the clause amounts to ("tablets that melt in
#: the mouth" are dissolving tablets, "tablets you can chew" chewable ones, "tablets that can be dispersed in water"
#: dispersible ones; decision 0729). A kind clause not listed here still leaves the mention out (above).
KIND_CLAUSES: tuple[tuple[re.Pattern[str], str], ...] = (
    # ("an injection under the skin of the tummy": the route in lay words after an injection's head, "-ion(s)"; not
    # "into a vein" or "into a muscle", which the golds and decision 0750 leave a bare injection; decision 0879)
    (
        re.compile(r"(?:(?<=ion)|(?<=ions))[*_]{0,2}\s+(given\s+)?(just\s+)?(under|beneath)\s+the\s+skin\b", re.I),
        "subcutaneous",
    ),
    (
        re.compile(
            r"[*_]{0,2}\s+(that|which)\s+((can|will|should)\s+)?(melt|dissolve|disintegrate)s?\s+"
            r"(in|on|under)\s+(the|your)\s+(mouth|tongue)\b",
            re.I,
        ),
        "dissolving",
    ),
    (
        re.compile(
            r"[*_]{0,2}\s+(that|which)\s+(can|may|should|must)\s+be\s+(swallowed\s+(whole\s+)?or\s+)?"
            r"(dispersed|dissolved|stirred)\s+(in|into)\s+(a\s+(little|glass\s+of)\s+)?water\b",
            re.I,
        ),
        "dispersible",
    ),
    (
        re.compile(
            r"[*_]{0,2}\s+(((that|which)\s+)?you\s+(can|should|must)\s+chew|(that|which)\s+(can|may|should|must)\s+be"
            r"\s+chewed|to\s+(be\s+)?chew(ed)?)\b",
            re.I,
        ),
        "chewable",
    ),
)
#: Modifiers a writer words another way: the word -> the modifier it stands for, for every head or (as a pair with
#: the head) for one head only ("a skin patch" is a transdermal patch, a "skin cream" only a cream; decision 0729).
MODIFIER_ALIASES: dict[str | tuple[str, str], str] = {
    # ("a nose spray", "nose drops": the nasal forms, decision 0879)
    "nose": "nasal",
    "orodispersible": "dissolving",
    "melt-in-the-mouth": "dissolving",
    "melt-in-mouth": "dissolving",
    "orally-disintegrating": "dissolving",
    ("skin", "patch"): "transdermal",
    # ("slow-release tablets", "MR capsules": a release the writer does not name more closely is the BNF's
    # modified release, the name the development golds give it most; decision 0826)
    "slow-release": "modified-release",
    "mr": "modified-release",
    # ("a liquid suspension": a liquid named without a route is taken by mouth, COMMON_WORD_HEADS; decision 0896)
    ("liquid", "suspension"): "oral",
}
#: Modifiers of one head only: the EDQM Standard Terms' "Capsule, soft" ("It comes as soft capsules"; "soft" says no
#: kind of a tablet or a cream; decision 0908).
HEAD_MODIFIERS = frozenset({("soft", "capsule")})
LONE_COMMON_CONTEXT = re.compile(
    r"\b(comes?|came|available|supplied|sold|as|forms?|formulations?|(given|used) by)\W*((an?) )?$", re.I
)
MODIFIERS = frozenset(
    {
        "immediate-release",
        "extended-release",
        "delayed-release",
        "sustained-release",
        "controlled-release",
        "modified-release",
        "prolonged-release",
        "slow-release",
        "long-acting",
        "short-acting",
        "oral",
        "orally",
        "disintegrating",
        "dissolving",
        "sublingual",
        "buccal",
        "chewable",
        "effervescent",
        "dispersible",
        "film-coated",
        "enteric-coated",
        "gastro-resistant",
        "coated",
        "liquid",
        "intrathecal",
        "intravenous",
        "intramuscular",
        "subcutaneous",
        "transdermal",
        "topical",
        "nasal",
        "rectal",
        "vaginal",
        "ophthalmic",
        "eye",
        "ear",
        "injectable",
        "inhalation",
        "soluble",
        "xr",
        "er",
        "sr",
        "cr",
        "dr",
        "ir",
    }
)
#: A single head word names a form only where the text speaks of forms: "comes as tablets", "Forms | Tablets".
LONE_HEAD_CONTEXT = re.compile(
    # ("given by injection", decision 0750: a route's "by" after a verb of giving)
    # ("forms" not as a verb with its object: "it soaks up water and forms a gel" names no form; decision 0896)
    r"\b(comes?|came|available|supplied|sold|given|taken|prescribed|provided|forms?(?!\s+(?:an?|one|single)\s)|"
    r"formulations?|as|and|or|in|"
    r"(given|used|taken) by)\W*"
    r"((an?|one|single) [*_]{0,2})?"  # (with an article: "comes as a cream", "or an **injection**", 0642, 0750)
    # (and a strength: "comes as a **50 mg tablet**", "as 100 mg tablets", decision 0714)
    r"([*_]{0,2}\d+(\.\d+)?\s?(mg|micrograms?|mcg|g|ml)\s)?$",
    re.I,
)
#: A plain word that says no kind between the context and a lone head ("comes as ordinary tablets", "as small
#: tablets"): the head is the bare form, as without it (decision 0729). Up to three such words, a size, colour or shape
#: among them ("comes as a small white tablet", "a small yellow tablet": what it looks like, no kind; decision 0976).
PLAIN_WORD = re.compile(
    r"((ordinary|standard|plain|regular|normal|small|little|tiny|large|big|round|oval|white|yellow|pink|blue|orange|"
    r"red|green|brown|purple|grey|gray),? ){1,3}$",
    re.I,
)
#: A percentage strength right before a lone head: a product, so a form, whatever comes before ("a 5% cream", "the 1%
#: gel"); a dose in mg is not enough ("one 40 mg tablet three times a day" is how much to take; decision 0729).
STRENGTH_BEFORE = re.compile(r"\d+(\.\d+)?\s?%[*_]{0,2}\s$")
HEAD = re.compile(r"\b(" + "|".join(sorted(HEADS, key=len, reverse=True)) + r")\b")
HEAD_ANY_CASE = re.compile(HEAD.pattern, re.I)
#: The heads no shorter head is part of ("tablet", not "tablets"): a text holds a head only if it holds one of these.
_SHORTEST_HEADS = tuple(sorted(h for h in HEADS if not any(o != h and o in h for o in HEADS)))
#: Right after a common-word head: another head it modifies ("liquid suspension").
HEAD_AFTER = re.compile(r" (" + "|".join(sorted(HEADS, key=len, reverse=True)) + r")\b")
#: The word right before a position, with the single space after it (modifiers are read backwards from the head).
BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*) $")


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Dosage-form phrases in `text` outside the `taken` spans: (start, end, entity).

    >>> [(e.slug, text[a:b]) for text in ["It comes as extended-release capsules and an oral solution."]
    ...  for a, b, e in find(text, [])]
    [('extended-release-capsule', 'extended-release capsules'), ('oral-solution', 'oral solution')]
    """
    found: list[tuple[int, int, Entity]] = []
    # matched in lower case (faster than a case-insensitive pattern); offsets hold where lowering keeps lengths
    low = text.lower()
    if len(low) == len(text):
        if not any(head in low for head in _SHORTEST_HEADS):
            return found  # HEAD matches only a head as written: most texts hold none (a substring test is cheaper)
        matches = HEAD.finditer(low)
    else:
        matches = HEAD_ANY_CASE.finditer(text)
    for match in matches:
        head, end = HEADS[match.group(0).lower()], match.end()
        if text.startswith("-", end):
            continue  # a head word inside a hyphenated modifier ("film-coated tablets") is no form (decision 0675)
        a, modifiers = match.start(), []
        while before := BEFORE.search(text, max(0, a - 40), a):
            word = before.group(1).lower()
            word = MODIFIER_ALIASES.get((word, head), MODIFIER_ALIASES.get(word, word))
            if word not in MODIFIERS and (word, head) not in HEAD_MODIFIERS:
                break
            a = before.start()
            modifiers.insert(0, word)
        if any(s < end and a < e for s, e in taken):
            continue
        listed = found and re.fullmatch(r",? ?(and |or )?((an?) )?", text[found[-1][1] : a])  # "capsules, a cream"
        if not modifiers and not listed and not _lone_context(text, a):
            continue
        if not modifiers and (kind := _kind(text, end)) is not None:
            if not kind:
                continue
            modifiers = [kind]
        word = match.group(0).lower()
        if word in COMMON_WORD_HEADS and HEAD_AFTER.match(low if len(low) == len(text) else text.lower(), end):
            continue  # ("a liquid suspension": the common word is the next head's modifier, no form of its own; 0896)
        if word in COMMON_WORD_HEADS and not modifiers:
            if not LONE_COMMON_CONTEXT.search(text, max(0, a - 40), a):
                continue
            modifiers = [COMMON_WORD_HEADS[word]]
        label = " ".join([*modifiers, head])
        found.append((a, end, Entity(slugify(label), label, "Formulation")))
    # "capsules of inhalation powder": a bare head that holds a named form is its
    # container (EDQM's "inhalation powder, hard capsule" is the powder's form), not a second form (decision 0726)
    return [f for k, f in enumerate(found) if not (k + 1 < len(found) and _holds(text, f, found[k + 1]))]


def whole_form(text: str) -> bool:
    """Whether `text` is wholly one dosage form with a modifier ("eye drops", "nasal spray"): a vocabulary that names
    it as a kind of drug (MeSH's Ophthalmic Solutions) names the form (decision 0879).

    >>> whole_form("eye drops"), whole_form("**eye drops**"), whole_form("drops"), whole_form("steroid eye drops")
    (True, False, False, False)
    """
    found = find(text, [])
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text) and "-" in found[0][2].slug


def _lone_context(text: str, a: int) -> bool:
    """A lone head at `a` stands where the text speaks of forms: after a word of forms (a plain word between or
    not), or after a percentage strength."""
    plain = PLAIN_WORD.search(text, max(0, a - 40), a)
    for at in (a, plain.start()) if plain else (a,):
        if LONE_HEAD_CONTEXT.search(text, max(0, at - 40), at):
            return True
    return bool(STRENGTH_BEFORE.search(text, max(0, a - 12), a))


def _kind(text: str, end: int) -> str | None:
    """The modifier a kind clause after a bare head amounts to; "" for a kind clause that says no listed kind;
    None where no kind clause follows."""
    for pattern, modifier in KIND_CLAUSES:
        if pattern.match(text, end):
            return modifier
    return "" if KIND_CLAUSE.match(text, end) else None


#: what stands between a container head and the form it holds: "of", with an article or not
CONTAINER_OF = re.compile(r"\s+of\s+((an?|the)\s+)?", re.I)


def _holds(text: str, outer: tuple[int, int, Entity], inner: tuple[int, int, Entity]) -> bool:
    """`outer` is a bare head (one word) right before "of" and `inner`, a form with its modifiers."""
    return (
        " " not in outer[2].label and " " in inner[2].label and bool(CONTAINER_OF.fullmatch(text, outer[1], inner[0]))
    )
