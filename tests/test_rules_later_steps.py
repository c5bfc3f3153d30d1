"""Decision 0685: the first numbered step of a mechanism places the drug's target in a site ("1) X blocks T receptors
in the brain and inner ear": X actsOn brain, inner ear); later steps and prose do not. The sentences are invented
from the general pattern, with names of the lexicon and the vocabularies; each test asserts the exact set of claims
of the predicates concerned."""

import pytest
from extracting import claims


def _sites(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] == "actsOn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first step with a closing bracket, two coordinated sites
        (
            "How it works:\n\n1) Cimetidine blocks histamine H2 receptors in the stomach and brain.\n",
            {("cimetidine", "actsOn", "stomach", False), ("cimetidine", "actsOn", "brain", False)},
        ),
        # "Step 1:" and a neutral verb
        (
            "How it works:\n\nStep 1: Ropinirole attaches to dopamine D2 receptors in the brain.\n",
            {("ropinirole", "actsOn", "brain", False)},
        ),
        # the receptor on cells in an organ, in Markdown emphasis
        (
            "How it works:\n\n1. Temazepam attaches to the **GABA-A receptor** on nerve cells in the brain.\n",
            {("temazepam", "actsOn", "brain", False)},
        ),
        # cells and a muscle a first step places the receptor on, by their anatomical names
        (
            "How it works:\n\n1. Nizatidine blocks histamine H2 receptors on the parietal cells of the stomach.\n",
            {("nizatidine", "actsOn", "parietal-cells", False)},
        ),
        (
            "How it works:\n\n1. Vibegron activates beta-3 adrenergic receptors on the detrusor muscle.\n",
            {("vibegron", "actsOn", "detrusor-muscle", False)},
        ),
        # the inner ear is a site
        (
            "How it works:\n\n1. Cimetidine blocks histamine H2 receptors in the inner ear.\n",
            {("cimetidine", "actsOn", "inner-ear", False)},
        ),
        # a later step: where its effect happens, not the drug's site
        (
            "How it works:\n\n1. Cimetidine blocks histamine H2 receptors.\n"
            "2. It also blocks histamine H1 receptors in the brain.\n",
            set(),
        ),
        # prose: no step number, but the medicine's own act in prose places its receptor (decision 0751)
        ("Tamsulosin blocks alpha-1 receptors in the prostate.\n", {("tamsulosin", "actsOn", "prostate", False)}),
        ("How it works:\n\nIt binds to calcium channels in the brain.\n", set()),
        # a site named in the first step without a target placed in it
        ("How it works:\n\n1. Cimetidine blocks histamine H2 receptors. The brain is not affected.\n", set()),
    ],
)
def test_first_step_site(lexicon, text, expected):
    assert _sites(text, lexicon) == expected


def _steps(text: str, lexicon: dict) -> set[tuple]:
    return {k for k in claims(text, lexicon) if k[1] in ("increases", "decreases", "causes")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Blocking these receptors" after the first step's blockade: the blockade is step 2's subject
        (
            "How it works:\n\n1) Cimetidine blocks histamine H2 receptors.\n"
            "2) Blocking these receptors lowers the release of histamine.\n",
            {("histamine-h2-receptor-blockade", "decreases", "histamine-release", False)},
        ),
        # the same with a full stop after the number, and the next step's sign after a lowered step
        (
            "How it works:\n\n1. Cimetidine blocks histamine H2 receptors.\n"
            "2. Blocking these receptors lowers the release of histamine.\n3. This reduces acid secretion.\n",
            {
                ("histamine-h2-receptor-blockade", "decreases", "histamine-release", False),
                ("histamine-release", "increases", "acid-secretion", False),
            },
        ),
        # the act named as a noun with the target named again
        (
            "How it works:\n\n1. Salbutamol activates beta-2 adrenergic receptors.\n"
            "2. Activation of beta-2 adrenergic receptors increases the release of histamine.\n",
            {("beta-2-adrenergic-receptor-activation", "increases", "histamine-release", False)},
        ),
        # a gerund of another kind than the step before's act: not that act (the drug in focus, as before 0685)
        (
            "How it works:\n\n1. Salbutamol activates beta-2 adrenergic receptors.\n"
            "2. Blocking these receptors increases the release of histamine.\n",
            {("albuterol", "increases", "histamine-release", False)},
        ),
        # no act before (a neutral first verb): the gerund's target gives no subject
        (
            "How it works:\n\n1) Ropinirole attaches to dopamine D2 receptors.\n"
            "2) Stimulating these receptors increases the release of dopamine.\n",
            set(),
        ),
    ],
)
def test_act_of_the_step_before(lexicon, text, expected):
    assert _steps(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quantities of the body by their MeSH names, raised or lowered, coordinated
        (
            "Dexamfetamine can raise the heart rate and blood pressure.\n",
            {
                ("dextroamphetamine", "increases", "heart-rate", False),
                ("dextroamphetamine", "increases", "blood-pressure", False),
            },
        ),
        (
            "Timolol lowers the pressure inside the eye.\n",
            {("timolol", "decreases", "intraocular-pressure", False)},
        ),
        (
            "Paracetamol also lowers body temperature.\n",
            {("acetaminophen", "decreases", "body-temperature", False)},
        ),
        # a participle naming a state in a bracket: no verb acting on the quantity
        ("Timolol is used for ocular hypertension (raised eye pressure).\n", set()),
        # a quantity that is not governed by a verb of raising or lowering
        ("Check your blood pressure before you take dexamfetamine.\n", set()),
    ],
)
def test_quantities(lexicon, text, expected):
    found = {k for k in claims(text, lexicon) if k[1] in ("increases", "decreases")}
    assert found == expected


def test_lowered_blood_pressure_restates_a_use(lexicon):
    text = "Amlodipine is used to treat high blood pressure. It lowers blood pressure by relaxing the arteries.\n"
    assert ("amlodipine", "decreases", "blood-pressure", False) not in claims(text, lexicon)
    assert ("amlodipine", "treats", "hypertension", False) in claims(text, lexicon)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the drug works, and, contrasted with it, where it does not
        (
            "Clonidine lowers blood pressure. It works in the brain rather than directly on the heart or blood "
            "vessels.\n",
            {
                ("clonidine", "actsOn", "brain", False),
                ("clonidine", "actsOn", "heart", True),
                ("clonidine", "actsOn", "blood-vessels", True),
            },
        ),
        # the site it works in unnamed: the one drug of the sentence, not the contrasted organ
        (
            "Miglitol is a tablet that works inside the gut rather than on the pancreas.\n",
            {("miglitol", "actsOn", "pancreas", True)},
        ),
        # "rather than" without a placing verb: nothing
        ("Take metformin with food rather than on an empty stomach.\n", set()),
        # the bowel is the intestines (MeSH's heading)
        ("Loperamide works in the bowel.\n", {("loperamide", "actsOn", "intestines", False)}),
    ],
)
def test_contrasted_sites(lexicon, text, expected):
    assert _sites(text, lexicon) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kinds of organism a drug kills or works against, by MeSH's headings, negation kept
        (
            "Permethrin kills mites. It does not work against viruses.\n",
            {("permethrin", "actsOn", "mites", False), ("permethrin", "actsOn", "viruses", True)},
        ),
        ("Clotrimazole kills the fungus.\n", {("clotrimazole", "actsOn", "fungi", False)}),
        ("Adapalene does not kill bacteria.\n", {("adapalene", "actsOn", "bacteria", True)}),
        # worms are not read (a text's worms may be one species)
        ("Mebendazole kills the worms.\n", set()),
        # an organism named without a verb of killing or working against
        ("Bacteria can become resistant to amoxicillin.\n", set()),
    ],
)
def test_organisms_acted_on(lexicon, text, expected):
    assert _sites(text, lexicon) == expected
