"""The write side: corpus text and curated claims -> claims with evidence -> RDF -> validated files.

Stages, one module each: read, curated (load the curated claims), assemble, validate, write; `build` joins them.
"""
