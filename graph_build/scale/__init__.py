"""The build beyond one machine: the corpus read in partitions, each document extracted by the build's own
per-document function on a Dask cluster, the results merged by content hash into N-Triples parts and CSV
claim tables, and loaded into a SPARQL store (docs/scale.md, decision 0910).

partition.py plans and reads partitions; reduce.py turns extractions into records and merges a bucket of
records into triples and table rows (pure functions, no engine); distributed.py runs both on Dask;
load.py loads the parts into an Oxigraph store.
"""
