"""Measure extracted claims against curated (gold) claims: precision, recall and F1 per predicate and overall,
and the accuracy of negation and hedging on the claims both agree on.

A claim is compared as (document, subject, predicate, object, negated): qualifiers and certainty do not count
toward the match, so that one fact is one item. Negation accuracy: over gold claims whose
(document, subject, predicate, object) the extractor also found, the share where `negated` agrees. Hedging
accuracy likewise for "hedged or not" (certainty other than Asserted).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import RDFS

from graph_build.claims import Claim
from graph_build.curated import load_curated
from graph_build.read import read_corpus
from graph_build.text.extract import extract_document
from graph_build.text.not_one_concept import not_one_concept
from graph_build.text.pk_phrases import OTHER_NAMES
from graph_build.text.spelling_variants import one_spelling
from graph_build.text.targets import TARGET_ACTIONS
from graph_build.text.vocabularies import SALT_CATIONS
from ontology.lexicon import Entity, load_lexicon
from ontology.schema import fits, local_name, ontology_graph, predicates, qualifiers

Item = tuple[str, str, str, str, bool]


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    overall: Score
    per_predicate: dict[str, Score]
    negation_accuracy: float | None
    hedging_accuracy: float | None
    compared: int
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "per_predicate": {p: s.as_dict() for p, s in sorted(self.per_predicate.items())},
            "negation_accuracy": None if self.negation_accuracy is None else round(self.negation_accuracy, 4),
            "hedging_accuracy": None if self.hedging_accuracy is None else round(self.hedging_accuracy, 4),
            "matched_triples": self.compared,
        }

    def table(self) -> str:
        rows = [f"{'predicate':<24} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
        for name, s in [*sorted(self.per_predicate.items()), ("OVERALL (micro)", self.overall)]:
            rows.append(
                f"{name:<24} {s.true_positives:>4} {s.false_positives:>4} {s.false_negatives:>4} "
                f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            )
        for label, value in (
            ("negation accuracy", self.negation_accuracy),
            ("hedging accuracy", self.hedging_accuracy),
        ):
            shown = "n/a" if value is None else f"{value:.3f}"
            rows.append(f"{label}: {shown} (over {self.compared} triples found by both)")
        return "\n".join(rows)


def _items(claims: list[Claim]) -> dict[Item, bool]:
    """Item -> hedged, one per document the claim's evidence cites."""
    items: dict[Item, bool] = {}
    for c in claims:
        for doc in {e.document for e in c.evidence}:
            key = (doc, c.subject, c.predicate, c.object, c.negated)
            items[key] = items.get(key, False) or c.hedged
    return items


def score(gold: list[Claim], found: list[Claim]) -> Report:
    """Compare two lists of claims.

    >>> from graph_build.claims import Evidence
    >>> ev = [Evidence("d", "q", 0, 1)]
    >>> g = [Claim("a", "treats", "b", evidence=ev), Claim("a", "treats", "c", evidence=ev)]
    >>> f = [Claim("a", "treats", "b", evidence=ev), Claim("a", "isA", "x", evidence=ev)]
    >>> r = score(g, f)
    >>> (r.overall.precision, r.overall.recall)
    (0.5, 0.5)
    """
    gold_items, found_items = _items(gold), _items(found)
    overall, per = Score(), {}
    for item in set(gold_items) | set(found_items):
        s = per.setdefault(item[2], Score())
        in_gold, in_found = item in gold_items, item in found_items
        for target in (s, overall):
            if in_gold and in_found:
                target.true_positives += 1
            elif in_found:
                target.false_positives += 1
            else:
                target.false_negatives += 1
    triples_found: dict[tuple, list[Item]] = {}
    for item in found_items:
        triples_found.setdefault(item[:4], []).append(item)
    neg_ok = hedge_ok = compared = 0
    for item, hedged in gold_items.items():
        candidates = triples_found.get(item[:4], [])
        if not candidates:
            continue
        compared += 1
        match = next((c for c in candidates if c[4] == item[4]), None)
        neg_ok += match is not None
        hedge_ok += match is not None and found_items[match] == hedged
    return Report(
        overall,
        per,
        neg_ok / compared if compared else None,
        hedge_ok / compared if compared else None,
        compared,
        sorted(set(gold_items) - set(found_items)),
        sorted(set(found_items) - set(gold_items)),
    )


def evaluate(corpus: str | Path, gold: str | Path | None = None, *, facts_only: bool = False) -> Report:
    """Extract claims from every document of `corpus` and score them against the curated claims.

    `gold` is a folder of <document-id>.yaml claims files (default: the corpus's claims/ folder); only documents
    with a gold file are scored. `facts_only`: candidates (below the confidence threshold) are left out.
    """
    gold_claims, found = extracted_and_gold(corpus, gold)
    return score(gold_claims, [c for c in found if not (facts_only and c.candidate)])


def extracted_and_gold(corpus: str | Path, gold: str | Path | None = None) -> tuple[list[Claim], list[Claim]]:
    """The gold claims of `corpus` (as `evaluate` reads them) and the claims extracted from its documents that have
    a gold file, unmerged (one evidence each: the rule that found it)."""
    corpus = Path(corpus)
    documents = read_corpus(corpus)
    lexicon = load_lexicon()
    gold_root = Path(gold).parent if gold is not None else corpus
    if gold is not None and Path(gold).name != "claims":
        gold_root = _as_claims_folder(Path(gold))
    results = [extract_document(d, lexicon) for d in documents]
    gold_claims = salt_names_as_acids(load_gold(gold_root, documents, lexicon, [r.entities for r in results]), lexicon)
    gold_claims = own_allergies_by_name(target_headings_as_entities(gold_claims, lexicon), lexicon)
    scored = {e.document for c in gold_claims for e in c.evidence}
    found = [c for r in results for c in r.claims if c.evidence[0].document in scored]
    return one_concept_one_name(restrictions_named(gold_claims, found, lexicon), found, lexicon), found


def one_concept_one_name(gold: list[Claim], found: list[Claim], lexicon: dict) -> list[Claim]:
    """The gold's entities named as the extractor names them where the two names are one concept of a vocabulary
    (decision 0687): each name, read whole (never a part of it), is the same term of the vocabulary index (one MeSH
    descriptor with its entry terms, one HPO term with its synonyms) or the same lexicon entry, or both carry one
    exact CURIE. A broader or narrower concept is another term ("hypertension" is not "pulmonary hypertension", a
    class not its member), and a name no vocabulary knows whole matches only itself, up to its spelling (decision
    0863: "haemorrhagic stroke" is "hemorrhagic stroke", "synaptic noradrenaline" "synaptic norepinephrine"). A gold
    name the extractor also uses, or one that two of the extractor's names share, stays as written.

    >>> from graph_build.claims import Evidence
    >>> ev = [Evidence("d", "q", 0, 1)]
    >>> g = [Claim("x", "isA", "antiparasitic-agents", evidence=ev)]
    >>> f = [Claim("x", "isA", "antiparasitic-agent", evidence=ev)]
    >>> [c.object for c in one_concept_one_name(g, f, load_lexicon())]
    ['antiparasitic-agent']
    """
    from dataclasses import replace

    found_ends = {end for c in found for end in (c.subject, c.object)}
    by_key: dict[object, set[str]] = {}
    for slug in found_ends:
        for key in concept_keys(slug, lexicon):
            by_key.setdefault(key, set()).add(slug)
    names: dict[str, str] = {}
    for slug in {end for c in gold for end in (c.subject, c.object)} - found_ends:
        same = {other for key in concept_keys(slug, lexicon) for other in by_key.get(key, ())}
        if len(same) == 1:
            names[slug] = same.pop()
    if not names:
        return gold
    return [replace(c, subject=names.get(c.subject, c.subject), object=names.get(c.object, c.object)) for c in gold]


#: The qualifiers that restrict a claim's object in words a gold may build into the object's name.
RESTRICTIONS = frozenset({"severity", "temporalContext", "population"})


def restrictions_named(gold: list[Claim], found: list[Claim], lexicon: dict) -> list[Claim]:
    """A gold object that builds a restriction into its name ("severe-kidney-disease", "recent-myocardial-infarction")
    named as the extractor names the same restriction: its object with the restriction in a qualifier
    (`kidney-diseases` with severity "severe"; decision 0881). Where, in the same document and for the same subject and
    predicate, an extracted claim's qualifier value and object read together ("severe" + "kidney diseases") are the
    gold's name up to number and spelling, the gold object takes the extracted object's name; an extracted claim
    without that qualifier (the bare condition, which says more than the text) stays unmatched.

    >>> from graph_build.claims import Evidence
    >>> ev = [Evidence("d", "q", 0, 1)]
    >>> g = [Claim("x", "contraindicatedIn", "severe-kidney-disease", evidence=ev)]
    >>> f = [Claim("x", "contraindicatedIn", "kidney-diseases", qualifiers=(("severity", ("severe",)),), evidence=ev)]
    >>> [c.object for c in restrictions_named(g, f, {})]
    ['kidney-diseases']
    >>> [c.object for c in restrictions_named(g, [Claim("x", "contraindicatedIn", "kidney-diseases", evidence=ev)], {})]
    ['severe-kidney-disease']
    >>> g = [Claim("x", "contraindicatedIn", "children-under-6", evidence=ev)]
    >>> age = (("temporalContext", ("under 6 years",)),)
    >>> f = [Claim("x", "contraindicatedIn", "children", qualifiers=age, evidence=ev)]
    >>> [c.object for c in restrictions_named(g, f, {})]
    ['children']
    """
    from dataclasses import replace

    restricted: dict[tuple, list[tuple[str, str]]] = {}
    for x in found:
        for name, values in x.qualifiers:
            for value in values if name in RESTRICTIONS else ():
                if isinstance(value, str) and value and not value[0].isdigit():
                    key = (x.evidence[0].document, x.subject, x.predicate)
                    restricted.setdefault(key, []).append((value, x.object))
    if not restricted:
        return gold
    found_objects = {x.object for x in found}
    out = []
    for c in gold:
        options = restricted.get((c.evidence[0].document if c.evidence else None, c.subject, c.predicate), ())
        if options and c.object not in found_objects and "-" in c.object:
            mine = concept_keys(c.object, lexicon)
            named = {
                obj
                for value, obj in options
                # (an age limit without its unit: "children under 6 years" is the gold's "children under 6")
                for said in dict.fromkeys((value, re.sub(r"\s+years?(\s+old)?$", "", value)))
                for together in (f"{said} {obj}", f"{obj} {said}")
                if mine & concept_keys(re.sub(r"[\s-]+", "-", together.lower()), lexicon)
            }
            if len(named) == 1:
                c = replace(c, object=named.pop())
        out.append(c)
    return out


#: a slug's name that is one short form with its number ("dpp 4" read as "dpp-4", "cox-2", "at1")
CODED_SHORT = re.compile(r"^[a-z]{2,5}-?[0-9][a-z]?$")


def concept_keys(slug: str, lexicon: dict) -> frozenset:
    """What identifies the concept a slug's name denotes, read whole: its lexicon entry (the slug's own, or the
    one whose name it is) with its exact CURIEs, else the vocabulary index's term for the name (with its exact
    CURIE), else the exact CURIEs of the drug record the drug vocabulary resolves the name to; none of these for a name
    no one knows and for the names of `NOT_ONE_CONCEPT`. Two lexicon entries are two concepts even where an index term
    joins their names (HPO's muscle spasm lists "muscle cramp"; MeSH's *Hypnotics and Sedatives* is one heading): the
    lexicon's distinction stands. Every name also keys its own words, in either
    number and without a class's "agent" ("antispasmodic agents" is "antispasmodic"), and in one spelling (British and
    American spellings, a substance's international and US names: `spelling_variants.one_spelling`, decision 0863),
    and an act on a target the act's kind (`same_act`) with the target's keys (decision 0694).

    >>> lexicon = load_lexicon()
    >>> bool(concept_keys("squalene-epoxidase", lexicon) & concept_keys("squalene-monooxygenase", lexicon))
    True
    >>> concept_keys("hypertension", load_lexicon()) & concept_keys("pulmonary-hypertension", load_lexicon())
    frozenset()
    >>> sorted(name for _, name in concept_keys("angina-stable", lexicon) & concept_keys("stable-angina", lexicon))
    ['angina stable', 'anginastable', 'stable angina', 'stableangina']
    >>> concept_keys("angina-stable", lexicon) & concept_keys("unstable-angina", lexicon)
    frozenset()
    >>> any(k[0] == "term" for k in concept_keys("dpp-4", lexicon) & concept_keys("dipeptidyl-peptidase-4", lexicon))
    True
    >>> sorted(n for _, n in concept_keys("haemorrhagic-stroke", lexicon) & concept_keys("hemorrhagic-stroke", lexicon))
    ['hemorrhagic stroke', 'hemorrhagicstroke', 'stroke hemorrhagic', 'strokehemorrhagic']
    >>> sorted(concept_keys("lightheadedness", lexicon) & concept_keys("light-headedness", lexicon))
    [('run together', 'lightheadedness')]
    >>> concept_keys("haemophilia", lexicon) & concept_keys("hemophilia-a", lexicon)
    frozenset()
    """
    from graph_build.text.targets import subtype_orders
    from graph_build.text.vocab_index import _lexicon_names, look_up, singular_names

    for action in TARGET_ACTIONS:
        if slug.endswith("-" + action) and slug not in lexicon:
            target = slug.removesuffix("-" + action)
            act = same_act(action, target)
            # (the target named alike is itself even where no vocabulary knows it: "x-receptor" is "x-receptor")
            return frozenset((act, key) for key in {*concept_keys(target, lexicon), ("slug", target)})
    name = slug.replace("-", " ")
    # a class named by its adjective alone or with "agent", "drug", "medicine" after it ("an antispasmodic", "an
    # antispasmodic agent") is one name, in either number (decision 0694)
    bare = CLASS_NOUN.sub("", name) or name
    worded = {("words", form) for form in (bare, *singular_names(bare))}
    # a name in MeSH's inverted heading order, its comma lost in a slug ("angina-stable", "urinary-bladder-overactive"),
    # is the same words read naturally ("stable angina"), also where no vocabulary knows either order (0713, 0767)
    worded |= {("words", form) for form in natural_orders(bare)}
    # the same words up to spelling are one name: British and American spellings of a word, a substance's international
    # and US names ("haemorrhagic stroke" is "hemorrhagic stroke", "synaptic noradrenaline" "synaptic norepinephrine";
    # spelling_variants.yaml, decision 0863); read alike on the gold's names and the extractor's
    worded |= {("words", one_spelling(form)) for _, form in worded}
    # a word written whole, hyphenated or as two words is one word ("lightheadedness", "light-headedness": a slug reads
    # the hyphen as a space), so every name keys its words run together as well (decision 1026)
    worded |= {("run together", form.replace(" ", "")) for _, form in worded}
    if name in NOT_ONE_CONCEPT:
        return frozenset(worded)
    # a pharmacokinetic parameter under its other names ("time to peak" is the time to peak concentration, decision
    # 0895): the parameters are minted, no vocabulary the project reads has them
    worded |= {("parameter", slug) for slug, names in PARAMETER_NAMES.items() if name in names}
    entry = lexicon.get(slug)
    if entry is None:
        known = _lexicon_names(id(lexicon), lexicon).get(name) or _exact_labels(id(lexicon), lexicon).get(name)
        entry = lexicon.get(known) if known is not None else None
    keys: set = set() if entry is None else {("entry", entry.slug), *entry.exact}
    coded = re.sub(r"\b([a-z]+) (\d+[a-z]?)\b", r"\1-\2", name)  # a slug loses the hyphen of "alpha-2", "cox-2"
    coded = re.sub(r"\b(anti|non) (?=[a-z])", r"\1-", coded)  # and of "anti-inflammatory", "non-steroidal" (0694)
    named = dict.fromkeys((name, coded, *subtype_orders(name), *subtype_orders(coded)))  # "m3 muscarinic": one term
    # a type numbered in Arabic or Roman numerals is one type ("type 1 diabetes mellitus" is HPO's "Type I diabetes
    # mellitus"; decision 1026)
    named |= dict.fromkeys(roman_types(one) for one in list(named))
    forms = [form for one in named for form in (one, *singular_names(one), one + "s")]
    # a short form with its number, its capitals lost in a slug ("dpp-4", "cox-2"): the index knows it in capitals
    # only, as a text writes it (decision 0843)
    forms += [one.upper() for one in named if CODED_SHORT.match(one)]
    # an eponym's possessive, its apostrophe lost in a slug ("wilsons disease" is "Wilson's disease"; decision 0868)
    forms += [form for one in named for form in possessive_forms(one)]
    term = next(filter(None, map(look_up, forms)), None)  # either number (decision 0640)
    if term is None and entry is None:
        term = next(filter(None, map(look_up, natural_orders(coded))), None)  # "arrhythmias, cardiac" (0713)
    if term is not None and entry is None:
        keys.add(("term", term.number))
        if term.curie and term.strength == "exact":
            keys.add(term.curie)
    elif entry is None:
        # (a salt's name in either order is one name: "sodium valproate" is the drug vocabulary's "valproate sodium",
        # a synonym of its Valproic Acid record; only where the name as written resolves to no record, decision 0851)
        ids = _drug_record_ids(name)
        orders = {i for one in natural_orders(name) for i in [_drug_record_ids(one)] if i} if not ids else set()
        one_order = orders.pop() if len(orders) == 1 else ()
        keys.update(ids or one_order or _salt_record_ids(name) or _inn_record_ids(name))
    if entry is None:
        # the disease vocabulary's MeSH descriptor the name is: its own name, an eponym's possessive its entry term
        # ("wilsons disease" is Hepatolenticular Degeneration's "Wilson's Disease"), or a term of its preferred concept
        # (`MESH_PREFERRED_TERMS`: "rash" is Exanthema's); never any entry term, MeSH files narrower concepts as
        # entry terms (orthopnea under Dyspnea, micturition syncope under Syncope: decision 0868)
        keys.update(_condition_record_keys(name))
    return frozenset(keys | worded | _allergy_keys(slug, lexicon))


#: A minted pharmacokinetic parameter's slug -> the names it goes by, its own read whole among them (decision 0895).
PARAMETER_NAMES = {slug: frozenset({slug.replace("-", " "), *names}) for slug, names in OTHER_NAMES.items()}


#: The last word of a slug naming an allergy to the drug named before it ("dithranol-hypersensitivity").
ALLERGY_WORDS = ("hypersensitivity", "allergy")


def _allergy_keys(slug: str, lexicon: dict) -> frozenset:
    """An allergy to a drug, named by any of the drug's names: ("allergy", CURIE) for each exact identifier of the
    drug the slug's first words name ("dithranol-hypersensitivity" is "anthralin-hypersensitivity": both DrugBank
    DB11157; decision 0881). A name that keys no identifier ("pentosan" alone) keys nothing here.

    >>> lexicon = load_lexicon()
    >>> _allergy_keys("dithranol-hypersensitivity", lexicon) == _allergy_keys("anthralin-allergy", lexicon) != set()
    True
    >>> _allergy_keys("pentosan-hypersensitivity", lexicon), _allergy_keys("drug-hypersensitivity", lexicon)
    (frozenset(), frozenset())
    """
    for word in ALLERGY_WORDS:
        drug = slug.removesuffix("-" + word)
        if drug != slug and drug and slug not in lexicon:
            return frozenset(("allergy", k) for k in concept_keys(drug, lexicon) if isinstance(k, str))
    return frozenset()


_EXACT_LABELS: dict[int, dict[str, str]] = {}


def _exact_labels(key: int, lexicon: dict) -> dict[str, str]:
    """The labels the lexicon gives its entries' exact identifiers (lower case) -> the entry's slug, for a label only
    one entry carries: a name that is the label of a concept the lexicon maps an entry to exactly is that entry (the
    lexicon's insomnia is MeSH D007319, *Sleep Initiation and Maintenance Disorders*: a gold writing the heading's
    name writes insomnia; the vocabulary index reads names of four words at most, so it cannot join them).

    >>> _exact_labels(0, load_lexicon())["sleep initiation and maintenance disorders"]
    'insomnia'
    """
    if key not in _EXACT_LABELS:
        _EXACT_LABELS.clear()
        owners: dict[str, set[str]] = {}
        for slug, entry in lexicon.items():
            for curie in entry.exact:
                label = entry.target_labels.get(curie)
                if label:
                    owners.setdefault(label.lower(), set()).add(slug)
        _EXACT_LABELS[key] = {label: slugs.pop() for label, slugs in owners.items() if len(slugs) == 1}
    return _EXACT_LABELS[key]


def _drug_record_ids(name: str) -> tuple[str, ...]:
    """The exact identifiers of the one drug record the drug vocabulary resolves `name` to (a synonym of the record:
    *hyoscine* is DrugBank's Scopolamine, DB00747; decision 0727), or none. Drugs only: the disease package also maps
    some narrower names to a broader record, which is no identity."""
    from graph_build.text.vocabularies import look_up as look_up_record

    found = look_up_record(name)
    if found is None or found.entity.cls != "Drug":
        return ()
    return tuple(found.entity.exact)


#: a possessive's word in a slug, the apostrophe lost: a capital-less name's word of three letters at least and "s",
#: before another word ("wilsons disease", "graves disease": Graves' keeps its "s")
POSSESSIVE = re.compile(r"\b([a-z]{3,}?)(s)(?= [a-z])")


def possessive_forms(name: str, *, mark_only: bool = False) -> list[str]:
    """The forms of a name whose words may be an eponym's possessive with its apostrophe lost in a slug: the word with
    "'s" and the word alone, as MeSH writes the eponym ("Wilson Disease"); read only in the index and the disease
    vocabulary, whole, so a form that names nothing adds nothing (decision 0868).

    >>> possessive_forms("wilsons disease")
    ["wilson's disease", 'wilson disease']
    >>> possessive_forms("graves disease")[-1], possessive_forms("rash"), possessive_forms("diabetes mellitus")[0]
    ('grave disease', [], "diabete's mellitus")
    >>> possessive_forms("wilson disease", mark_only=True)
    ["wilson's disease"]
    """
    if mark_only:  # the possessive of a word as written ("wilson disease": "wilson's disease")
        return [name[: m.end()] + "'s" + name[m.end() :] for m in re.finditer(r"\b[a-z]{3,}\b(?= [a-z])", name)]
    out = []
    for m in POSSESSIVE.finditer(name):
        for mark in ("'s", ""):
            out.append(name[: m.start()] + m.group(1) + mark + name[m.end() :])
    return list(dict.fromkeys(out))


def _condition_record_keys(name: str) -> tuple:
    """The disease vocabulary's record (a MeSH descriptor, as the recogniser reads it: `vocabularies._find_condition`)
    that `name` is, as ("condition", record name) with its confirmed MeSH id: where the name is the record's own name,
    or one of `MESH_PREFERRED_TERMS` of it, or an eponym's possessive its apostrophe lost in a slug ("wilsons disease",
    `possessive_forms`) that the record lists. Any other entry term is none (MeSH files narrower concepts under a
    heading as entry terms: "orthopnea" under Dyspnea, "haemophilia" under Hemophilia A), nor a name of
    `NOT_ONE_CONCEPT` (decision 0868).

    >>> _condition_record_keys("rash") == _condition_record_keys("exanthema") != ()
    True
    >>> _condition_record_keys("wilsons disease") == _condition_record_keys("hepatolenticular degeneration") != ()
    True
    >>> _condition_record_keys("wilson disease") == _condition_record_keys("wilsons disease")
    True
    >>> _condition_record_keys("orthopnea"), _condition_record_keys("haemophilia"), _condition_record_keys("walking")
    ((), (), ())
    """
    from graph_build.text.vocabularies import _find_condition, _variants

    conditions = _variants()[1]
    # (a heading's name in MeSH's inverted order, its commas lost in a slug, is the heading:
    # "rhinitis-allergic-seasonal", decision 1059)
    for form in (name, *possessive_forms(name), *_comma_headings().get(name, ())):
        canonicals = conditions.get(form)
        if form in NOT_ONE_CONCEPT or not canonicals or len(canonicals) != 1:
            continue
        found = _find_condition(form)
        if found is None:
            continue
        record = canonicals[0]
        # (an eponym the record also lists in the possessive: "wilson disease" beside "wilson's disease")
        eponym = form != name or any(conditions.get(p) == [record] for p in possessive_forms(form, mark_only=True))
        if form == record or MESH_PREFERRED_TERMS.get(form) == record or eponym or _heading_of(form) == record:
            return (("condition", record), *found.entity.exact)
    return ()


@cache
def _comma_headings() -> dict[str, tuple[str, ...]]:
    """A MeSH heading of the disease vocabulary written with commas ("rhinitis, allergic, seasonal"), its commas
    dropped as a slug drops them -> the heading (decision 1059)."""
    from graph_build.text.vocabularies import _variants

    out: dict[str, set[str]] = {}
    for canonicals in _variants()[1].values():
        for record in canonicals:
            if "," in record:
                out.setdefault(record.replace(",", ""), set()).add(record)
    return {name: tuple(sorted(records)) for name, records in out.items()}


#: The plural nouns MeSH closes a heading with where the heading is the disorder its other words name ("Migraine
#: Disorders", "Dry Eye Syndromes", "Sleep Apnea Syndromes"), decision 1026.
HEADING_NOUNS = ("disorders", "syndromes")


def _heading_of(form: str) -> str | None:
    """The heading `form` is the name of when the disease vocabulary files it as an entry term of a MeSH heading that
    is `form` (in one spelling) with one of `HEADING_NOUNS` after it: that entry term is the heading's own concept
    ("migraine" of *Migraine Disorders*, "sleep apnoea" of *Sleep Apnea Syndromes*), else None (decision 1026).

    >>> _heading_of("migraine"), _heading_of("sleep apnoea"), _heading_of("dry eye")
    ('migraine disorders', 'sleep apnea syndromes', 'dry eye syndromes')
    >>> _heading_of("headache"), _heading_of("orthopnea")
    (None, None)
    """
    from graph_build.text.vocabularies import _variants

    canonicals = _variants()[1].get(form) or ()
    heads = {f"{spelt} {noun}" for spelt in {form, one_spelling(form)} for noun in HEADING_NOUNS}
    return canonicals[0] if len(canonicals) == 1 and canonicals[0] in heads else None


#: A type's number in Roman numerals, as a vocabulary may write it ("Type II diabetes mellitus"), decision 1026.
ROMAN_TYPES = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}


def roman_types(name: str) -> str:
    """`name` with a type's Arabic number written in Roman numerals.

    >>> roman_types("type 2 diabetes mellitus"), roman_types("type 12 collagen"), roman_types("stage 2")
    ('type ii diabetes mellitus', 'type 12 collagen', 'stage 2')
    """
    return re.sub(r"\btype ([1-4])\b", lambda m: "type " + ROMAN_TYPES[m.group(1)], name)


#: Names of a MeSH descriptor's preferred concept (the descriptor's own meaning, not a narrower concept filed under
#: it) that the disease vocabulary lists among the descriptor's entry terms without saying so -> the record's name;
#: from the MeSH record (concept list) of each descriptor (decision 0868). HPO's *Skin rash* lists "rash" only as a
#: broad synonym, so MeSH's is the exact name.
MESH_PREFERRED_TERMS = {
    "rash": "exanthema",  # D005076 Exanthema, preferred concept terms: Exanthema, Exanthem, Rash, Skin Rash
    "skin rash": "exanthema",
    "exanthem": "exanthema",
    # decision 1059: each name below is a term of the descriptor's preferred concept in the MeSH record (the one
    # meaning, not a narrower concept filed under it), and the disease vocabulary files it under that descriptor alone
    "kidney stones": "kidney calculi",  # Kidney Calculi: Kidney Calculi, Renal Calculi, Kidney Stones
    "skin cancer": "skin neoplasms",  # Skin Neoplasms: Skin Neoplasms, Cancer of Skin, Skin Cancer
    "benign prostatic hyperplasia": "prostatic hyperplasia",  # Prostatic Hyperplasia: Benign Prostatic Hyperplasia
    "g6pd deficiency": "glucosephosphate dehydrogenase deficiency",  # D005955: G6PD Deficiency, Glucose-6-Phosphate
    "glucose 6 phosphate dehydrogenase deficiency": "glucosephosphate dehydrogenase deficiency",  # Dehydrogenase D.
    "jet lag": "jet lag syndrome",  # D020179 Jet Lag Syndrome: Jet Lag, Jet Lag Disorder
    "dengue fever": "dengue",  # Dengue: Dengue Fever, Classical Dengue, Break Bone Fever
    "hashimoto thyroiditis": "hashimoto disease",  # Hashimoto Disease: Hashimoto's Thyroiditis
    "gastroesophageal reflux disease": "gastroesophageal reflux",  # Gastroesophageal Reflux: GERD
    "postural tachycardia syndrome": "postural orthostatic tachycardia syndrome",  # D054972: POTS
    "acne": "acne vulgaris",  # Acne Vulgaris: Acne (PubMed reads "acne" as this heading)
    "allergic reaction": "hypersensitivity",  # Hypersensitivity: Allergy, Allergic Reaction
    "hay fever": "rhinitis, allergic, seasonal",  # D006255 Rhinitis, Allergic, Seasonal: Hay Fever, Pollinosis
    "bleeding": "hemorrhage",  # Hemorrhage: Hemorrhage, Hemorrhages, Bleeding, Bleedings
}


def _salt_record_ids(name: str) -> tuple[str, ...]:
    """A salt named as its cation and its anion's "-ate" ("sodium picosulfate", "picosulfate sodium") keys the drug
    record the anion alone resolves to, where that record is the anion's acid ("picosulfuric acid": DrugBank files
    the salts under the acid) or is that cation's salt ("cromoglicate" is the Cromolyn sodium record, decision 0873) -
    only where no record answers the name as written or reversed (decision 0868). A record of another name ("sodium
    bicarbonate" for "bicarbonate") is another drug, and is not taken.

    >>> _salt_record_ids("sodium picosulfate") == _salt_record_ids("picosulfate sodium") == ("DRUGBANK:DB09268",)
    True
    >>> _salt_record_ids("sodium cromoglicate")
    ('DRUGBANK:DB01003',)
    >>> _salt_record_ids("potassium chloride"), _salt_record_ids("picosulfate")
    ((), ())
    >>> _salt_record_ids("potassium cromoglicate")
    ()
    """
    from graph_build.text.vocabularies import look_up as look_up_record

    words = name.split()
    if len(words) != 2 or not (SALT_CATIONS & set(words)) or set(words) <= SALT_CATIONS:
        return ()
    anion = next(w for w in words if w not in SALT_CATIONS)
    if not anion.endswith("ate") or len(anion) < 7:
        return ()
    found = look_up_record(anion)
    label = found.entity.label.lower() if found else ""
    cation = next(w for w in words if w in SALT_CATIONS)
    # the record is the anion's acid ("picosulfuric acid") or the same cation's salt under the US name of the anion
    # ("cromoglicate" is DrugBank's Cromolyn sodium record: "sodium cromoglicate" is that record; decision 0873)
    acid = re.fullmatch(re.escape(anion[:-3]) + r"[a-z]*ic acid", label)
    if found is None or found.entity.cls != "Drug" or not (acid or cation in label.split()):
        return ()
    return tuple(found.entity.exact)


#: The second word of an international nonproprietary name that marks a form of the substance the first word names
#: (a pegylated protein, a glycosylation variant): a text names the drug by the first word alone once it has
#: named it whole ("certolizumab pegol", then "certolizumab"), decision 1059. The measure's own list, apart from the
#: reader's `vocabularies.INN_MODIFIERS` (which also strips salt words and is guarded by protein stems): here the name
#: joins only when exactly one record carries a variant word.
VARIANT_WORDS = ("pegol", "alfa", "beta", "gamma", "delta")


def _inn_record_ids(name: str) -> tuple[str, ...]:
    """The exact identifiers of the one drug record whose name is `name` (one word, itself no record) with one of
    `VARIANT_WORDS` after it ("andexanet" is DrugBank's Andexanet alfa); none where two forms have a record each
    (epoetin alfa and epoetin beta are two drugs: "epoetin" is neither), decision 1059, nor where the name is a
    record's own since decision 1071 made it one ("certolizumab" is read as Certolizumab pegol by the recogniser).

    >>> _inn_record_ids("andexanet")
    ('DRUGBANK:DB14562',)
    >>> _inn_record_ids("interferon"), _inn_record_ids("certolizumab pegol"), _inn_record_ids("certolizumab")
    ((), (), ())
    """
    if " " in name or _drug_record_ids(name):
        return ()
    records = {ids for modifier in VARIANT_WORDS if (ids := _drug_record_ids(f"{name} {modifier}"))}
    return records.pop() if len(records) == 1 else ()


def natural_orders(name: str) -> list[str]:
    """The orders in which a name written in MeSH's inverted heading order ("Arrhythmias, Cardiac", "Leukemia,
    Promyelocytic, Acute"), its commas lost in a slug, reads naturally: its head moved after the words that modify it
    ("cardiac arrhythmias"), or all its words reversed ("acute promyelocytic leukemia"). The same name read whole,
    in another order, never a part of it (decision 0713).

    >>> natural_orders("arrhythmias cardiac"), natural_orders("leukemia promyelocytic acute")[-1]
    (['cardiac arrhythmias'], 'acute promyelocytic leukemia')
    """
    words = name.split()
    if len(words) < 2:
        return []
    rotations = [" ".join(words[k:] + words[:k]) for k in range(1, len(words))]
    return list(dict.fromkeys([*rotations, " ".join(reversed(words))]))


#: the noun after a class's adjective that adds nothing to its name ("antispasmodic agent" is "antispasmodic")
CLASS_NOUN = re.compile(r" (agent|drug|medicine|medication)s?$")
#: the acts that are one act under two names (decision 0694): a receptor's or a channel's blockade is its
#: antagonism, and "inhibition" of one is the same act; its activation, agonism and stimulation are one act. An
#: enzyme's or a carrier's inhibition stays its own name (nobody writes its "antagonism"; its "blockade" is left
#: apart), and no blocking act is ever an activating one.
ONE_ACT = {"blockade": "blockade", "antagonism": "blockade"}
GATED_ONE_ACT = {
    "inhibition": "blockade",
    "activation": "activation",
    "agonism": "activation",
    "stimulation": "activation",
}
#: the last word of a receptor's or a channel's name
GATED_HEAD = re.compile(r"-(receptors?|channels?)$")


def same_act(action: str, target: str) -> str:
    """The name of the act `action` on `target` that every name of the same act shares (decision 0694).

    >>> same_act("antagonism", "mu-opioid-receptor"), same_act("inhibition", "muscarinic-m3-receptor")
    ('blockade', 'blockade')
    >>> same_act("stimulation", "imidazoline-i1-receptor"), same_act("inhibition", "xanthine-oxidase")
    ('activation', 'inhibition')
    """
    if GATED_HEAD.search(target):
        return ONE_ACT.get(action) or GATED_ONE_ACT.get(action, action)
    return ONE_ACT.get(action, action)


#: names a vocabulary files under a concept they are narrower than or other than (an MeSH entry term, an HPO
#: "exact" synonym): a reading of them is no identity (decision 0687). The names, with why each, are data:
#: graph_build/text/not_one_concept.yaml (decision 0744), shared with the index's `BROADER_NAMES`.
NOT_ONE_CONCEPT = not_one_concept()


#: In a gold quote: an allergy to the medicine itself, by pronoun or name ("allergic to it", "an allergic reaction to
#: X", "hypersensitivity to X"); {names} is filled with the subject's names.
OWN_ALLERGY = (
    r"\b(allerg\w*|hypersensitiv\w*|reacted|reaction)\b[^.;:]{{0,24}}?\b(to|with)\s+(it|this\s+medicine|{names})\b"
)


def own_allergies_by_name(claims: list[Claim], lexicon: dict) -> list[Claim]:
    """The older golds' `X contraindicatedIn drug-hypersensitivity` for an allergy to X itself (sealed29 and before)
    named as the newer golds and the extractor name it, `X-hypersensitivity` (decision 0822: a contraindication in any
    drug allergy says more than "allergic to it"). Only where a quote of the claim names the allergy to X by pronoun
    or by one of X's names; a gold drug-hypersensitivity for another allergen stays as written. A naming split, not a
    reading: both golds mean the allergy to the drug.

    >>> from graph_build.claims import Evidence
    >>> ev = [Evidence("d", "Not if allergic to it.", 0, 1)]
    >>> c = Claim("x", "contraindicatedIn", "drug-hypersensitivity", evidence=ev)
    >>> [x.object for x in own_allergies_by_name([c], {})]
    ['x-hypersensitivity']
    """
    from dataclasses import replace

    out = []
    for c in claims:
        if c.predicate == "contraindicatedIn" and c.object == "drug-hypersensitivity":
            entity = lexicon.get(c.subject)
            names = {c.subject.replace("-", " "), *(n.lower() for n in (entity.names() if entity else ()))}
            own = re.compile(OWN_ALLERGY.format(names="|".join(map(re.escape, sorted(names)))), re.I)
            if any(own.search(e.quote) for e in c.evidence):
                c = replace(c, object=f"{c.subject}-hypersensitivity")
        out.append(c)
    return out


def salt_names_as_acids(claims: list[Claim], lexicon: dict) -> list[Claim]:
    """The gold's drugs named by their salt ("alendronate") as the acid the recogniser reads that name as
    ("alendronic acid", recognise._salt_names, decision 0622): one drug under two names is one entity. Only this
    identity is applied; a vocabulary's other readings of a gold name (a coarser heading, a related chemical) are not
    the same concept and stay as the gold wrote them (decision 0638).

    >>> from graph_build.claims import Evidence
    >>> from ontology.lexicon import load_lexicon
    >>> c = Claim("alendronate", "treats", "osteoporosis", evidence=[Evidence("d", "q", 0, 1)])
    >>> [(x.subject, x.object) for x in salt_names_as_acids([c], load_lexicon())]
    [('alendronic-acid', 'osteoporosis')]
    """
    from dataclasses import replace

    from graph_build.text.recognise import recognise

    acids: dict[str, str] = {}
    for slug in sorted({end for c in claims for end in (c.subject, c.object)} - set(lexicon)):
        name = slug.replace("-", " ")
        mentions, _ = recognise(name, lexicon)
        whole = [m for m in mentions if (m.start, m.end, m.source) == (0, len(name), "salt-name")]
        if len(mentions) == 1 and whole:
            acids[slug] = whole[0].slug
    if not acids:
        return claims
    return [replace(c, subject=acids.get(c.subject, c.subject), object=acids.get(c.object, c.object)) for c in claims]


def target_headings_as_entities(claims: list[Claim], lexicon: dict) -> list[Claim]:
    """The gold's molecular targets named by their MeSH heading ("carbonic anhydrases", "opioid receptors mu" for
    *Receptors, Opioid, mu*, its comma-separated parts in any order) as the entity the recogniser makes from that
    heading's term (`carbonic-anhydrase`, `mu-opioid-receptor`: decisions 0634, 0640 name a count class in the
    singular and a receptor as running text writes it). A heading is its descriptor, so the two names are one
    concept; an entry term is not taken (MeSH files narrower concepts under a heading as entry terms: *melatonin MT3
    receptor* under *Receptors, Melatonin*), nor any other reading of a gold name (decision 0638).

    >>> from graph_build.claims import Evidence
    >>> c = Claim("x", "bindsTo", "opioid-receptors-mu", evidence=[Evidence("d", "q", 0, 1)])
    >>> [x.object for x in target_headings_as_entities([c], load_lexicon())]
    ['mu-opioid-receptor']
    """
    from dataclasses import replace

    headings = _target_headings()
    ends = {end for c in claims for end in (c.subject, c.object) if end not in lexicon}
    names = {slug: headings[slug] for slug in ends if headings.get(slug, slug) != slug}
    if not names:
        return claims
    return [replace(c, subject=names.get(c.subject, c.subject), object=names.get(c.object, c.object)) for c in claims]


@cache
def _target_headings() -> dict[str, str]:
    """slug of a MeSH target heading (each order of its comma-separated parts) -> the slug of the entity the
    recogniser makes from its term."""
    from itertools import permutations

    from graph_build.text.vocab_index import _mesh_class, _natural, look_up_entity
    from graph_build.text.vocabularies import _drugs, slugify

    out: dict[str, str] = {}
    for record in _drugs().get("drug_canonical_to_data", {}).values():
        if record.get("drugbank_id") or _mesh_class(record.get("mesh_tree") or []) != "MolecularTarget":
            continue
        heading = str(record.get("name", ""))
        entity = look_up_entity(_natural(heading))
        if entity is None or entity.cls != "MolecularTarget":
            continue
        parts = heading.split(", ")
        for order in permutations(parts) if len(parts) <= 4 else [parts]:
            out.setdefault(slugify(" ".join(order)), entity.slug)
    return out


def load_gold(root: Path, documents: list, lexicon: dict, minted: Iterable[dict] = ()) -> list[Claim]:
    """The gold claims of root/claims as `evaluate` reads them. Gold files may name entities of the broad
    vocabularies (new drugs), found by the extractor or not: the gold's own roles type them first, then come the
    entities the extractor `minted` (one dict per document), so that how the extractor classed a name cannot stop
    the gold loading; a name nobody knows gets a placeholder."""
    extended = dict(lexicon)
    extended.update(_vocabulary_entities(root / "claims", extended))
    for entities in minted:
        for slug, entity in entities.items():
            extended.setdefault(slug, entity)
    return load_curated(root, documents, extended)


def _vocabulary_entities(folder: Path, known: dict) -> dict:
    """Entities the gold names that the lexicon lacks but the broad vocabularies know under the same slug; a name
    known to nobody gets a placeholder whose class fits every role the gold gives it."""
    import yaml

    from graph_build.text.vocabularies import look_up

    found: dict = {}
    hits: dict = {}
    roles: dict[str, list[tuple[str, bool]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for claim in data.get("claims") or []:
            for slug, is_object in ((claim.get("subject"), False), (claim.get("object"), True)):
                if not isinstance(slug, str) or slug in known:
                    continue
                if slug not in hits:
                    hit = look_up(slug.replace("-", " "))
                    hits[slug] = hit.entity if hit is not None and hit.entity.slug == slug else None
                if claim.get("predicate") in predicates():
                    roles.setdefault(slug, []).append((claim["predicate"], is_object))
            found.update(_qualifier_entities(claim.get("qualifiers"), known, found))
    for slug, entity in hits.items():
        uses = roles.get(slug, [])
        if entity is not None and all(_fits(entity.cls, use) for use in uses):
            found[slug] = entity
        elif uses:
            # known to nobody (e.g. a statistic the extractor would mint), or known to a vocabulary under a class
            # the gold's roles do not admit (a bacterium the drug package lists): a placeholder of the roles'
            # class, so that the gold loads and a missed entity counts as a missed claim
            found[slug] = Entity(slug, slug, _placeholder_class(uses))
        elif entity is not None:
            found[slug] = entity
    return found


def _fits(cls: str, use: tuple[str, bool]) -> bool:
    """Whether class `cls` may stand at the end of `use` ((predicate, is_object))."""
    predicate, is_object = use
    return fits(cls, predicates()[predicate], RDFS.range if is_object else RDFS.domain)


def _placeholder_class(uses: list[tuple[str, bool]]) -> str:
    """The first class of a role that fits all of `uses` ((predicate, is_object) pairs), else the first role's."""
    classes = [_end_class(predicate, is_object) for predicate, is_object in uses]
    for cls in classes:
        if all(_fits(cls, use) for use in uses):
            return cls
    return classes[0]


def _qualifier_entities(raw: object, known: dict, found: dict) -> dict:
    """Placeholders for the entities a gold claim's qualifiers name (a population, a drug it failed after) that
    nobody knows: qualifiers are not scored, so the gold must load whether or not the extractor met the entity."""
    specs = qualifiers()
    placeholders = {}
    for name, values in (raw or {}).items() if isinstance(raw, dict) else ():
        spec = specs.get(name)
        if spec is None or spec.kind != "entity":
            continue
        for slug in values if isinstance(values, list) else [values]:
            if isinstance(slug, str) and slug not in known and slug not in found and slug not in placeholders:
                placeholders[slug] = Entity(slug, slug, local_name(spec.range))
    return placeholders


def _end_class(predicate: str, is_object: bool) -> str:
    """The ontology class at one end of a predicate (range for the object, domain for the subject), local name."""
    value = ontology_graph().value(predicates()[predicate], RDFS.range if is_object else RDFS.domain)
    return local_name(value) if value is not None else "Thing"


def _as_claims_folder(folder: Path) -> Path:
    """load_curated reads <root>/claims; give it a root whose claims/ is `folder` (a temporary link)."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="drugkg-gold-"))
    (root / "claims").symlink_to(folder.resolve(), target_is_directory=True)
    return root


def write_json(report: Report, path: Path) -> None:
    from base.atomic import write_text

    write_text(path, json.dumps(report.as_dict(), indent=2, sort_keys=True) + "\n")
