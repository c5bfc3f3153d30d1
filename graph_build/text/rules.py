"""The extraction rules as data: graph_build/text/rules.yaml, one schema, validated at load.

A rule is a data entry: its id (the evidence's dkg:method), the predicate it states (a dkg property of
ontology/drugkg.ttl), its cue words as regex alternatives, the anchors that let a sentence skip it, the classes of
its subject and object, and the named general checks of relate.py it asks for. Its measured precision is read from
confidence.yaml (graph_build/text/confidence.py writes it), never typed into the rules file.
Any fault of the file (an unknown key, predicate, class, check or use status, a bad regex, an upper-case letter in
a regex, a duplicate id, a missing anchor list) is one DrugkgError line naming the file and the entry.

`python -m graph_build.text.rules [FILE]` checks a rules file and prints each rule with its precision.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from base.datafile import safe_load
from base.errors import DrugkgError
from graph_build.text.units import AGENT, CHEMICAL, COND, DISEASE, DRUG, PROCESS

RULES_FILE = Path(__file__).with_name("rules.yaml")
CONFIDENCE_FILE = Path(__file__).with_name("confidence.yaml")
#: Class groups a rule's subject and object may name (besides ontology classes).
GROUPS = {"agent": AGENT, "drug": DRUG, "chemical": CHEMICAL, "condition": COND, "disease": DISEASE, "process": PROCESS}
#: The general checks of relate.py a cue rule may ask for (tests/test_rules.py: relate implements exactly these).
CHECKS = {
    "not-in-prohibition-or-interaction": "no claim from a sentence that forbids (should not take) or combines drugs",
    "condition-as-verb": "'not a treatment for leaks that happen when you cough': a one-word condition right after "
    "'when / if / as / while' and a subject pronoun is that clause's verb, no object of the cue (decision 0758)",
    "coordinated-subjects": "'A and B are used for Y', 'A, B or C can help Y': every agent of a plain coordination "
    "ending right before the cue is its subject (commas and one final and/or; no preposition or contrast before the "
    "first item; coordinated.py, decision 0758); with subject-next-to-cue, the coordination ending at the agent right "
    "before the cue ('A and B are fine for Y', decision 0861)",
    "treatment-noun-needs-preposition": "the noun 'treatment' names an indication only as 'treatment of/for/in Y'",
    "no-modal-inside-cue": "'prescribing X should monitor for Y': a modal or watching verb inside the cue",
    "control-group-noun": "'the controls', 'and controls': the control group, no cue",
    "use-status": "the useStatus qualifier from the clause's words (use_status)",
    "indications": "objects after an outcome word are outcomes; 'Y in (people with) Z': Z is a contextCondition",
    "not-first-line-ranks": "the 'not' of 'not the first choice' ranks a use, it does not deny it",
    "denial-cue-denies": "'does nothing for Y', 'is no use for Y', 'has no effect on Y': a cue that itself denies the "
    "use gives only a negated treats, never an asserted one (an object beyond its denial's scope: no claim; 0731)",
    "way-of-taking-is-no-use": "'taking it at bedtime (with food) helps with Y', 'starting on a low dose helps with "
    "Y': a way of taking the drug as the cue's subject helps with the drug's own effect, no use of the drug (0731)",
    "comparison-is-no-class": "'and so are Y', 'as is Y', 'nor are Y' after a statement about another item: Y "
    "shares the statement, no class of the drug (0731)",
    "restricted-denial": "'does not relieve an attack that has started' denies one case, not the use; 'not fast enough "
    "to treat Y' denies a manner or speed (0720); so do 'not other aches', 'pain that comes on at rest', 'the "
    "dizziness of an inner-ear problem', 'arthritis pain' and 'not shown to help people with Y avoid Z' (0761), and "
    "'does not prevent Y from coming back' (its return) and 'not for quick relief of Y' (its speed; 0787)",
    "dose-is-the-drug": "'and large doses may cause Y', 'too much of it can lead to Y': a dose or amount of the drug "
    "as the cause verb's subject: the drug's effect, no cause by the process or condition named before (0765)",
    "situation-clause": "'when the first medicine alone has not controlled Y', 'if it does not help Y': a denied "
    "treats cue inside a subordinate when/if/until clause describes a situation, no denied use: no claim (0765)",
    "risk-lowered-is-prevention": "'reduces the risk of X' prevents X: no effect",
    "effects-after-withdrawal-only": "in a withdrawal, stopping or interaction sentence only side effects named "
    "after the withdrawal are the drug's",
    "no-agent-in-sentence": "a sentence naming an agent states the agent's claims, not this process-level one",
    "population-is-no-effect": "'may cause X in people who have Y': Y is who, not an effect",
    "untreated-is-the-illness": "'Left untreated, the condition can lead to liver cancer', 'left alone it damages "
    "the kidneys and can lead to a stroke': before the cue in its sentence, the illness left untreated, unchecked or "
    "alone (or 'if not treated') is what brings the effect, no drug: no claim (decision 0965)",
    "event-is-no-drug": "'a knock could cause a bad bruise', 'even a small cut may lead to bleeding': an everyday "
    "event (a knock, fall, cut, bump, injury) as the cause verb's own subject brings the effect, no drug does: no "
    "claim, asserted or denied (decision 0860)",
    "situation-is-no-effect": "'can make people dizzy, particularly when they are dehydrated', 'may make you "
    "lightheaded if you are hot': a condition right after 'when/if/while + a person + are/get/have' is the person's "
    "situation when the effect comes, not an effect (decision 0835)",
    "not-its-own-release": "'when X binds, the cell releases less X': a chemical's own release is feedback, not a "
    "step of the mechanism (decision 0663)",
    "participle-after-noun": "'bisphosphonates given for Y': a participle right after a noun no mention ends "
    "modifies that noun, so what is given for Y is not the sentence's drug",
    "kin-is-no-class": "'X is a relative (cousin, derivative, analogue) of some Ys', 'related to the Ys': a kinship, "
    "no membership of the class (decision 0667); 'from the same family as the Ys', 'like the Ys': a comparison "
    "(decision 0773)",
    "combined-use-is-no-class": "'It is an add-on: it is given together with a B', 'X is added to a B': a class "
    "named after a colon or a verb of combined use is what the drug is used with, never its class (decision 0755); "
    "'given as an add-on to a B', 'or instead of a B': what it is added to or replaces (decision 0877)",
    "action-head-is-no-class": "'X is an opioid antagonist' with only 'opioid' recognised: the class is the whole "
    "phrase (an antagonist, blocker or inhibitor of the modifier), never the modifier's class (decision 0692)",
    "denial-until": "'Y causes no pain until a bone breaks': a denial bounded by until/unless/before says nothing of "
    "the object in general: no claim (decision 0761)",
    "owner-in-modifier": "'Stiffness after a stroke shows up as Y': a condition after an opening noun no mention names "
    "and 'after/following' is where that noun comes from, not the owner of Y (decision 0761)",
    "consequence-is-no-object": "'lowers the chance of lasting damage from Y', 'reduces the risk of complications "
    "from Y': a consequence word right before the object is what changes, not Y (decision 0831)",
    "participle-clause-is-no-object": "'lowers your blood count, leaving you pale and more tired': a word after a "
    "participle clause opened after the cue (', leaving / making / causing ...') is that clause's, not what the cue "
    "changes (decision 0850)",
    "use-is-prevention": "'X prevents Y', 'it does not prevent Y': the claim carries temporalContext prevention, so a "
    "denied prevention is no denial of treating Y (decision 0834)",
    "context-is-no-object": "'lowers uric acid in people who keep having gout attacks', 'calms agitation in "
    "delirium': a condition named as the context of a change (after 'in people who have / with', or after another "
    "object and 'in') is no object of the change (decision 0810)",
    "means-is-its-own": "'reduces seizures by blocking sodium channels and boosting GABA': what follows 'by / "
    "through + a verb in -ing' after the cue is that verb's object, never the cue's (a change read across it can turn "
    "its direction round; decision 0810)",
    "relative-clause-of-object": "'reduces the scarring of the muscle that makes heart failure worse': a condition "
    "in a relative clause about an earlier object of the cue is no object of it (decision 0773)",
    "unnamed-relative-is-no-object": "'can lower the number of white blood cells that fight infection': a mention in "
    "a relative clause opened after the cue about a noun no mention names is that clause's, no object of the cue "
    "(step_clauses.py, decision 0944)",
    "gloss-of-an-amount-is-no-object": "'can lower the red blood count (anaemia)': a condition in brackets right after "
    "an amount the cue moves names that amount once moved, no object of the cue, unless a word before says which way "
    "the amount stood ('lowers high blood pressure (hypertension)'; step_clauses.py, decision 1104)",
    "later-clause-is-no-object": "'may lower the white blood cells, and a low white cell count leaves you open to "
    "infections': a mention after a comma, a conjunction and a finite verb or modal of a clause of its own is that "
    "clause's, no object of the cue (step_clauses.py, decision 0944); so is the subject of a coordinated clause "
    "('..., and low potassium makes Y worse') and a mention in the main clause after a fronted clause holding the cue "
    "('Because it lowers the white cells, she may pick up infections'; decision 0987)",
    "setting-is-no-effect": "'makes the nose run in hay fever': a condition after 'in/during' and words of the cue's "
    "own is where the effect happens, not an effect (decision 0761)",
    "bystander-is-no-use": "'to see how I managed', 'for Y in adults who also have Z', 'Y that isn't Z': a person "
    "as the subject of 'manage' copes (no drug manages what follows), what the takers also or already have and what a "
    "relative clause says the object is not are no use (use_bystanders.py, decision 0911); 'treat it as Y' is "
    "regarding, no use (regarded_as.py, decision 0925)",
    "object-in-relative-clause": "'is not a treatment for leaks that happen when you cough': a condition inside a "
    "relative clause about a noun no mention names, right after the cue, is no object of the use (decision 0761)",
    "known-as-names-the-noun-before": "'must not be combined with the medicines known as B': 'known as' right after "
    "a noun that is no agent names that noun, no class of the subject ('X is also known as a B', 'X, known as a B' "
    "stay; decision 0836)",
    "level-change-is-the-antecedent": "'it can lower the amount of Z in the blood, which may cause Y': the "
    "relative clause's antecedent is the change (a low Z), no cause by Z itself (decision 0836)",
    "clause-which-is-no-use": "', which helps with Y' after a clause naming no agent: the clause's event helps, "
    "no drug is said to treat Y (decision 0675)",
    "class-next-to-cue": "'X is not a strong painkiller': the denied class stands right after the cue, at most three "
    "words and no punctuation between; 'not a treatment for Y: you need an antibiotic' denies no class (decision "
    "0804)",
    "as-class-next-to-cue": "'caught it as a kid, and finished two years of antibiotics': after the cue 'as a' the "
    "class stands right after it (at most three words, no punctuation), else 'as a' names something else and the "
    "class another treatment of the story (decision 1098)",
    "compared-class-is-no-class": "'It is not a withdrawal like with sleeping tablets': a class after 'like with' / "
    "'as with' is what the denied noun is compared with, no class of the drug (decision 1098)",
    "caused-is-no-use": "'used for a long time, steroid drops can bring on a cataract': a condition after a verb of "
    "causing ('can cause', 'bring on', 'lead to', 'trigger') between the cue and it is an effect, never a use "
    "(decision 1098)",
    "kind-named-is-no-member": "'with the kind of antidepressant known as an SSRI': after 'the type/kind of Y' and no "
    "drug named before, 'known as / called Z' names the kind, no membership of Y in Z (decision 0804)",
    "participle-as-adjective": "'offered for raised blood pressure', 'with increased eye pressure': a participle cue "
    "after a preposition, determiner or verb of treating is an adjective of a state the drug is for or a person has, "
    "no rise the drug causes (decision 0804)",
    "lay-verb-object-next-to-cue": "'damps down part of the immune system, so infections may happen': the object of "
    "a lay verb of raising or lowering (raise, boost, lift, cut, dampen, damp down, bring down) stands right after it, "
    "only determiners, possessives and words of amount ('the level of', 'the chance of') between; nothing further "
    "(lay_verbs.py, decision 0914)",
    "recurrence-is-no-object": "'lowers the chance of the cancer coming back': a condition followed by its coming "
    "back or returning is its return, no object lowered or raised (lay_verbs.py, decision 0914)",
    "lowered-count-is-an-effect": "'it can lower the platelets': a count of blood cells the recogniser names as its "
    "fall (thrombocytopenia, leukopenia, neutropenia) is the drug's adverse effect, read by adverse-cue, never a "
    "condition the drug lowers (lay_effects.py, decision 1100)",
    "lowering-takes-a-count-only": "'it may lower the number of white cells that fight infection': a verb of "
    "lowering is an adverse cue only for the count of blood cells right after it, named as its fall; nothing further "
    "is its effect (lay_effects.py, decision 1100)",
    "harm-takes-the-nerves-only": "'it may damage the nerves in the feet, causing tingling': a verb of harm before "
    "the nerves is an adverse cue only for the nerves right after it (peripheral neuropathy); what a later clause says "
    "the harm brings is not its object (lay_effects.py, decision 1128)",
    "quality-is-no-object": "'the spasm that makes uveitis so painful': an object of a verb of making followed by "
    "'so / too' and an adjective is given a quality, not caused (step_objects.py, decision 0892)",
    "made-chemical-is-no-cause": "'COX-2 makes prostaglandins': a chemical, protein or ion a verb of making names is "
    "produced, not caused (step_objects.py, decision 0892)",
    "modifier-is-no-object": "'the number of infection-fighting white cells', 'defences against infection': the "
    "first word of a hyphenated compound, or what a defence is against, is no object of the cue (step_objects.py, "
    "decision 0892)",
    "own-verb-is-no-object": "'..., and the pounding headaches ease', 'speed up the heart and lower blood pressure': "
    "an object coordinated after the first, with an intransitive verb of change of its own right after it or another "
    "verb of change right before it, is that clause's or verb's; a condition a verb of slowing names is its course, no "
    "step (step_objects.py, decision 0892)",
    "hedged-pace-is-an-effect": "'Rarely, it may slow the breathing': a hedged verb of slowing or speeding up names a "
    "side effect (respiratory depression, bradycardia), no step of the mechanism (step_objects.py, decision 0892)",
    "partner-change-is-an-interaction": "'Liquorice can lower potassium further', 'Water tablets, taken with it, may "
    "lower potassium': a change by an agent other than the document's medicine, made further or taken together, is "
    "the combination's, an interaction, no step (step_objects.py, decision 0892); so is the document's medicine's "
    "change when the cue's clause names it taken with another ('A and B together can slow the heart'; decision 0987)",
    "lessened-is-no-cause": "'this makes seizures less likely', 'leads to fewer attacks': an object whose chance or "
    "frequency is lowered is no object of a cause (decision 0846)",
    "participle-as-attribute": "'the brain's own calming messenger, GABA', 'a lowering effect': an -ing cue after a "
    "determiner or possessive (one word between at most) and before a plain noun is an adjective of that noun; "
    "nothing after it is calmed, lowered or raised (decision 0846); so is one right before a word for medicines "
    "('similar calming tablets'; step_clauses.py, decision 0944)",
    "hyphenated-cue-is-a-modifier": "'adds to the blood-pressure-lowering effect': a cue right after a word and a "
    "hyphen heads a compound modifier; what it lowers or raises stands before it, nothing after it is the cue's object "
    "(decision 0835)",
    "lower-as-adjective": "'carries a lower risk of X (than Y)': a comparison of risks, nothing is lowered (decision "
    "0675); 'from the lower chambers', 'her lower back': the adjective after a determiner, possessive or preposition "
    "(step_clauses.py, decision 0944)",
    "subject-next-to-cue": "the subject is the agent (or a pronoun for it) right before the cue, only auxiliaries, "
    "adverbs and a negation between: 'X rarely causes Y', 'it does not cause Y' (a cue after a relative pronoun or "
    "another noun is not X's)",
    "subject-of-coordinated-verb": "with subject-next-to-cue: where no subject stands right before the cue, the "
    "agent opening the sentence when a plain verb phrase of its own and 'and' stand between: 'X soaks into the skin "
    "and attaches to T' (no clause opener, negation, punctuation or other agent between; decision 0722)",
    "active-form-is-the-drug": "with subject-next-to-cue: 'the active form' (its, that; 'the switched-on drug') "
    "opening the sentence right before the cue is the drug in focus, which works by what its active form does "
    "(decision 0722)",
    "stopping-is-no-effect": "'Stopping it early raises the risk of Y': stopping or missing the drug, in the cue's "
    "clause before it, brings Y; no adverse effect of the drug (decision 0701)",
    "with-a-partner-is-joint": "'A raises the risk of bleeding with X': an effect with another drug named right after "
    "it is the combination's, no adverse effect of A alone (decision 0701)",
    "postmodifier-own-polarity": "'does not help coughs caused by Y': a relation in a postmodifier of a denied "
    "verb's object (no finite verb between the object and the cue) is not the verb's to deny, and its own negation "
    "('coughs not caused by Y') picks out some cases, denying nothing of Y in general: no denied claim (decision "
    "0718); nor is the verb's hedge its ('sometimes tried for pain caused by Y' asserts what causes it; decision 0740)",
    "some-are-occasional": "'Some people notice A after starting X', 'a few get A': an effect felt by some of the "
    "people is Occasional, as the golds write it (read for passive-voice cues only; decision 0798)",
    "some-made-are-occasional": "'it leaves some people with a cough': an effect the cue's own words give to some "
    "of the people it names after the verb is Occasional, as the golds write it (decision 0942)",
    "other-maker-is-no-drug": "'dust makes her cough', 'a low blood count makes you breathless': a noun right "
    "before a make cue (past auxiliaries and adverbs) that is no pronoun, no word for the medicine and no drug's "
    "mention is the maker; the cue gives the drug nothing (decision 0942)",
    "condition-is-no-claim": "'If X gives you a headache, stop it', 'Unless X has helped, or it gave you a cough, Y "
    "is offered': a cue inside a condition opened by 'if / unless / whether' (a comma and 'or / and' continue it) "
    "states no effect: no claim (decision 0917)",
    "if-after-denial": "'Do not drive if X makes you sleepy': an effect's cue inside the condition of a denied "
    "instruction keeps no denial; the golds write such advice as no claim (decision 0798)",
    "restricted-class": "'X is not a painkiller you should take every day': a denied class followed by a clause or "
    "an infinitive that restricts it denies that kind, not the membership: no claim (decision 0798); nor 'not a "
    "painkiller for toothache': the use is denied, not the class (decision 0916)",
    "if-clause-situation": "'If an ulcer was caused by a painkiller, X is kept going': a passive cue in a clause "
    "opening the sentence with 'if / when / where / once' gives no claim when its verb is past (a patient's case), and "
    "takes its agents only up to that clause's comma, never the main clause's drug (decision 0781)",
    "denial-in-cue": "a cue that holds its own denial ('the gland cannot make Y': a decrease) is denied only by a "
    "negation before it in its clause, not by its own 'cannot' (decision 0751)",
    "negation-at-cue": "a rule that denies reads only a negation right before its cue ('X is not safe in Y'); one "
    "earlier in the sentence ('does not rule it out: X is safe in Y') is not the safety statement's (decision 0701)",
}
SUBJECT_FROM = ("agent", "process")
#: A cue rule's voice: "active" (subject before the cue, objects after it) or "passive" (the objects named before the
#: cue or inside it, the subject after it: "Y is treated with X", "Y caused by X").
#: "inverse": a finite verb whose own subjects are the claim's objects, the claim's subject named after it ("A and B
#: raise the level of X": X interactsWith A, B).
VOICES = ("active", "passive", "inverse")
DEFAULT_TEMPLATE = r"\b({cues})\b"
SECTIONS = {
    "cue_rules": {"id", "predicate", "subject", "object", "cues", "anchors", "template", "subject_from", "checks",
                  "yields_to", "voice", "denies"},
    "sentence_cues": {"id", "predicate", "cues", "anchors", "template"},
    "use_status": {"value", "cues", "anchors"},
    "table_rows": {"id", "predicate", "cues"},
    "code_rules": {"id", "predicate", "where"},
}  # fmt: skip
REQUIRED = {
    "cue_rules": {"id", "predicate", "subject", "object", "cues", "anchors"},
    "sentence_cues": {"id", "predicate", "cues", "anchors"},
    "use_status": {"value", "cues", "anchors"},
    "table_rows": {"id", "predicate", "cues"},
    "code_rules": {"id", "predicate", "where"},
}
#: The section of word lists several cues share: `words: {name: [word, ...]}`; a cue writes `{words.name}` where the
#: list's words stand, joined by "|" (one list for the rules that read the same words; decision 0815).
WORDS = "words"
WORD_LIST = re.compile(r"\{words\.([a-z_]+)\}")
#: Escapes and group syntax with capitals that a lower-case regex may hold.
ESCAPES = re.compile(r"\\.|\(\?P[<=]")


@dataclass(frozen=True)
class Precision:
    """A rule's measured precision (confidence.yaml): judged right and wrong claims, and the smoothed figure."""

    right: int
    wrong: int
    confidence: float


@dataclass(frozen=True)
class CueRule:
    """A 'subject cue objects' rule."""

    id: str
    predicate: str
    cues: tuple[str, ...]
    pattern: re.Pattern  # with re.I
    lower: re.Pattern  # without re.I, for lower-cased ASCII text
    subjects: frozenset[str]
    objects: frozenset[str]
    anchors: tuple[str, ...]
    subject_from: str
    checks: frozenset[str]
    yields_to: str | None
    precision: Precision | None
    voice: str = "active"
    #: The cue states that the predicate does not hold ("safe to take in pregnancy": not contraindicated in it); a
    #: negated cue then states that it holds ("not safe in pregnancy").
    denies: bool = False


@dataclass(frozen=True)
class SentenceCue:
    """The cue of a rule whose logic is code: its pattern, with and without re.I, and anchors."""

    id: str
    predicate: str
    cues: tuple[str, ...]
    pattern: re.Pattern
    lower: re.Pattern
    anchors: tuple[str, ...]
    precision: Precision | None


@dataclass(frozen=True)
class UseStatusCue:
    value: str
    cues: tuple[str, ...]
    pattern: re.Pattern  # no re.I: matched in lower-cased text
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class TableRow:
    id: str
    predicate: str | None
    cues: tuple[str, ...]
    pattern: re.Pattern
    precision: Precision | None


@dataclass(frozen=True)
class CodeRule:
    id: str
    predicate: str
    where: str
    precision: Precision | None


@dataclass(frozen=True)
class Rules:
    cue_rules: tuple[CueRule, ...]
    sentence_cues: dict[str, SentenceCue]
    use_status: tuple[UseStatusCue, ...]
    table_rows: tuple[TableRow, ...]
    code_rules: tuple[CodeRule, ...]

    def catalogue(self) -> list[tuple[str, str, Precision | None]]:
        """Every rule id with its predicate and measured precision, in file order."""
        rows = [(r.id, r.predicate, r.precision) for r in self.cue_rules]
        rows += [(r.id, r.predicate, r.precision) for r in self.sentence_cues.values()]
        rows += [(r.id, r.predicate or "-", r.precision) for r in self.table_rows if r.predicate]
        return rows + [(r.id, r.predicate, r.precision) for r in self.code_rules]


@cache
def shared_words() -> dict[str, tuple[str, ...]]:
    """The shared word lists of the rules file (`words`, unvalidated: `load_rules` checks them), for a module whose own
    regexes read the same words as a rule (decision 1046: the lay verbs of binding, graph_build/text/binding_verbs.py).
    """
    data = safe_load(RULES_FILE.read_text(encoding="utf-8"), RULES_FILE) or {}
    return {name: tuple(words) for name, words in (data.get(WORDS) or {}).items()}


def precisions(path: Path = CONFIDENCE_FILE) -> dict[str, Precision]:
    """Each rule's measured precision from confidence.yaml (empty when the file is absent)."""
    if not path.exists():
        return {}
    table = safe_load(path.read_text(encoding="utf-8"), path) or {}
    return {
        name: Precision(int(row["right"]), int(row["wrong"]), float(row["confidence"]))
        for name, row in (table.get("rules") or {}).items()
    }


class _Checker:
    """Validation of one file, each fault one DrugkgError naming the file and the entry."""

    def __init__(self, path: Path) -> None:
        from ontology.schema import concept_values, entity_classes, predicates
        from ontology.vocab import DKG

        self.path = path
        self.predicates = set(predicates())
        self.classes = set(entity_classes())
        self.use_values = set(concept_values(DKG.UseStatus))
        self.ids: set[str] = set()
        self.words: dict[str, str] = {}

    def word_lists(self, value: object) -> None:
        """The shared word lists, each a name and a non-empty list of lower-case words."""
        if value is None:
            return
        if not isinstance(value, dict):
            self.fail(WORDS, "'words' must map names to lists of words", "write 'name: [word, ...]'")
        for name, words in value.items():
            if not isinstance(name, str) or not re.fullmatch(r"[a-z_]+", name):
                self.fail(WORDS, f"bad word list name {name!r}", "use lower-case letters and underscores")
            listed = self.strings(f"{WORDS}.{name}", name, words)
            self.regex(f"{WORDS}.{name}", "|".join(listed))
            self.words[name] = "|".join(listed)

    def expand(self, where: str, cue: str) -> str:
        """A cue with each `{words.name}` replaced by that list's words joined by "|"."""
        for name in WORD_LIST.findall(cue):
            if name not in self.words:
                self.fail(where, f"unknown word list {name!r}", f"add it under '{WORDS}'")
        return WORD_LIST.sub(lambda m: self.words[m[1]], cue)

    def fail(self, where: str, what: str, fix: str) -> None:
        raise DrugkgError(what, where=f"{self.path}: {where}", fix=fix)

    def entry(self, section: str, k: int, item: object) -> str:
        where = f"{section}[{k}]"
        if not isinstance(item, dict):
            self.fail(where, "an entry must be a mapping", "write 'key: value' lines under '- '")
        name = item.get("id") or item.get("value")
        where = f"{section}[{k}] ({name})" if name else where
        unknown = set(item) - SECTIONS[section]
        if unknown:
            allowed = ", ".join(sorted(SECTIONS[section]))
            self.fail(where, f"unknown key(s) {', '.join(sorted(unknown))}", f"use {allowed}")
        missing = REQUIRED[section] - set(item)
        if missing:
            self.fail(where, f"missing key(s) {', '.join(sorted(missing))}", "add them")
        if "id" in item:
            if not isinstance(item["id"], str) or not re.fullmatch(r"[A-Za-z0-9-]+", item["id"]):
                self.fail(where, f"bad id {item['id']!r}", "use letters, digits and hyphens")
            if item["id"] in self.ids:
                self.fail(where, f"duplicate id '{item['id']}'", "give each rule its own id")
            self.ids.add(item["id"])
        predicate = item.get("predicate")
        optional = predicate is None and section == "table_rows"
        if "predicate" in item and not optional and predicate not in self.predicates:
            self.fail(where, f"unknown predicate {predicate!r}", "use a dkg property of ontology/drugkg.ttl")
        return where

    def strings(self, where: str, key: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            self.fail(where, f"'{key}' must be a non-empty list of strings", "write [a, b, ...]")
        return tuple(value)

    def regex(self, where: str, pattern: str, flags: int = 0) -> re.Pattern:
        try:
            compiled = re.compile(pattern, flags)
        except re.error as error:
            self.fail(where, f"bad regex {pattern!r} ({error})", "correct the pattern")
        if any(c.isupper() for c in ESCAPES.sub("", pattern)):
            self.fail(where, f"regex {pattern!r} holds an upper-case letter", "write cues in lower case (re.I)")
        return compiled

    def cue_pattern(self, where: str, item: dict, flags: int = 0) -> tuple[tuple[str, ...], re.Pattern]:
        cues = tuple(self.expand(where, cue) for cue in self.strings(where, "cues", item["cues"]))
        for cue in cues:
            self.regex(where, cue, flags)
        template = item.get("template", DEFAULT_TEMPLATE)
        if not isinstance(template, str) or template.count("{cues}") != 1:
            self.fail(where, "'template' must hold {cues} once", r"e.g. '\b({cues})\b'")
        return cues, self.regex(where, template.replace("{cues}", "|".join(cues)), flags)

    def anchors(self, where: str, item: dict) -> tuple[str, ...]:
        anchors = self.strings(where, "anchors", item["anchors"])
        if any(a != a.lower() for a in anchors):
            self.fail(where, "anchors must be lower case", "write them in lower case")
        return anchors

    def classes_of(self, where: str, key: str, value: object) -> frozenset[str]:
        out: set[str] = set()
        for name in self.strings(where, key, value):
            if name in GROUPS:
                out |= GROUPS[name]
            elif name in self.classes:
                out.add(name)
            else:
                self.fail(where, f"unknown class {name!r} in '{key}'", f"use {', '.join(GROUPS)} or an ontology class")
        return frozenset(out)


def load_rules(path: Path = RULES_FILE, confidence: Path = CONFIDENCE_FILE) -> Rules:
    """The rules of a rules file, validated; each with its measured precision from `confidence`.

    >>> rules = load_rules()
    >>> treats = next(r for r in rules.cue_rules if r.id == "treats-cue")
    >>> treats.predicate, bool(treats.pattern.search("Y is used to treat X")), treats.precision is not None
    ('treats', True, True)
    """
    path = Path(path)
    if path == RULES_FILE and confidence == CONFIDENCE_FILE:
        return _default()
    return _load(path, confidence)


@cache
def _default() -> Rules:
    return _load(RULES_FILE, CONFIDENCE_FILE)


def _load(path: Path, confidence: Path) -> Rules:
    try:
        data = safe_load(path.read_text(encoding="utf-8"), path)
    except (OSError, yaml.YAMLError) as error:
        what = f"cannot read rules ({error.__class__.__name__})"
        raise DrugkgError(what, where=path, fix="give a readable YAML file") from None
    if not isinstance(data, dict):
        raise DrugkgError("not a mapping of sections", where=path, fix=f"use sections {', '.join(SECTIONS)}")
    unknown = set(data) - set(SECTIONS) - {WORDS}
    if unknown:
        what = f"unknown section(s) {', '.join(sorted(unknown))}"
        raise DrugkgError(what, where=path, fix=f"use {', '.join(SECTIONS)}")
    check, measured = _Checker(path), precisions(confidence)
    check.word_lists(data.get(WORDS))
    sections = {name: data.get(name) or [] for name in SECTIONS}
    for name, items in sections.items():
        if not isinstance(items, list):
            check.fail(name, "a section must be a list of entries", "write '- id: ...' entries")
    cue_rules, sentence, uses, rows, code = [], {}, [], [], []
    for k, item in enumerate(sections["cue_rules"]):
        where = check.entry("cue_rules", k, item)
        cues, pattern = check.cue_pattern(where, item, re.I)
        subject_from = item.get("subject_from", "agent")
        if subject_from not in SUBJECT_FROM:
            check.fail(where, f"unknown subject_from {subject_from!r}", f"use {' or '.join(SUBJECT_FROM)}")
        checks = check.strings(where, "checks", item["checks"]) if "checks" in item else ()
        for name in checks:
            if name not in CHECKS:
                check.fail(where, f"unknown check {name!r}", f"use one of {', '.join(CHECKS)}")
        voice = item.get("voice", "active")
        if voice not in VOICES:
            check.fail(where, f"unknown voice {voice!r}", f"use {' or '.join(VOICES)}")
        denies = item.get("denies", False)
        if not isinstance(denies, bool):
            check.fail(where, f"'denies' must be true or false, not {denies!r}", "write denies: true")
        yields = item.get("yields_to")
        if yields is not None and yields not in check.predicates:
            check.fail(where, f"unknown predicate {yields!r} in 'yields_to'", "use a dkg property")
        cue_rules.append(
            CueRule(
                item["id"], item["predicate"], cues, pattern, re.compile(pattern.pattern),
                check.classes_of(where, "subject", item["subject"]), check.classes_of(where, "object", item["object"]),
                check.anchors(where, item), subject_from, frozenset(checks), yields, measured.get(item["id"]),
                voice, denies,
            )
        )  # fmt: skip
    for k, item in enumerate(sections["sentence_cues"]):
        where = check.entry("sentence_cues", k, item)
        cues, pattern = check.cue_pattern(where, item, re.I)
        sentence[item["id"]] = SentenceCue(
            item["id"], item["predicate"], cues, pattern, re.compile(pattern.pattern), check.anchors(where, item),
            measured.get(item["id"]),
        )  # fmt: skip
    for k, item in enumerate(sections["use_status"]):
        where = check.entry("use_status", k, item)
        if item["value"] not in check.use_values:
            check.fail(where, f"unknown use status {item['value']!r}", "use a dkg:UseStatus of ontology/drugkg.ttl")
        cues, pattern = check.cue_pattern(where, item)
        uses.append(UseStatusCue(item["value"], cues, pattern, check.anchors(where, item)))
    for k, item in enumerate(sections["table_rows"]):
        where = check.entry("table_rows", k, item)
        if item["predicate"] and item["id"] != f"table-row-{item['predicate']}":
            wanted = f"table-row-{item['predicate']}"
            check.fail(where, "a table row's id must be 'table-row-<predicate>'", f"call it {wanted}")
        cues, pattern = check.cue_pattern(where, item, re.I)
        rows.append(TableRow(item["id"], item["predicate"], cues, pattern, measured.get(item["id"])))
    for k, item in enumerate(sections["code_rules"]):
        check.entry("code_rules", k, item)
        code.append(CodeRule(item["id"], item["predicate"], item["where"], measured.get(item["id"])))
    return Rules(tuple(cue_rules), sentence, tuple(uses), tuple(rows), tuple(code))


def report(rules: Rules) -> list[str]:
    """One line per rule: id, predicate, measured right / wrong and precision on the judged sets ("-" when not yet
    measured), then right / wrong and the lower bound on first readings in general writing, text nobody had tuned
    the rule to (decision 0939; "-" when no run has read it): the bound is the most confidence its claims get."""
    from graph_build.text.confidence import first_reading_bound
    from graph_build.text.first_readings import counts_by_register

    first = counts_by_register().get("general") or {}
    lines = []
    for rule_id, predicate, p in rules.catalogue():
        figure = f"{p.right:4d} {p.wrong:4d} {p.confidence:.2f}" if p else "   -    -    -"
        read = first.get(rule_id)
        unseen = f"{read[0]:5d} {read[1]:5d} {first_reading_bound(rule_id):.2f}" if read else "    -     -    -"
        lines.append(f"{rule_id:28s} {predicate:26s} {figure} {unseen}")
    return lines


def main(argv: list[str]) -> int:
    try:
        rules = load_rules(Path(argv[0])) if argv else load_rules()
    except DrugkgError as error:
        print(error.line(), file=sys.stderr)
        return 1
    print(f"{'rule':28s} {'predicate':26s} right wrong precision | first readings: right wrong bound")
    print("\n".join(report(rules)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
