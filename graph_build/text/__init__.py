"""Text mining: the stages that read a document's text into machine-read claims with evidence
(normalise -> segment -> recognise -> relate, with negation, confidence and the vocabularies they use)."""
