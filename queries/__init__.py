"""The read side: the SPARQL query library, its runner, the endpoint and the views of the built graph."""
