"""drugkg: a knowledge graph of drugs, conditions and mechanisms, traced to the sentences that state them."""

__version__ = "0.1.0"
