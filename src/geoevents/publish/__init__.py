"""Publishing: warehouse DDL, researcher bundles, Delta Lake tables, the HTML report and validation.

Modules (each a small typed library; ``geoevents.cli.publish`` is the command line over them):

- ``ddl``: DDL per dialect from the Arrow schemas; ``contract_files``: ``schemas/*.schema.json`` and
  the data dictionary.
- ``export``: researcher bundles (``selection``, ``formats``, ``datapackage``, ``codebook_export``,
  ``gdelt``, ``bundle_docs``); ``tableformat``: Delta Lake tables, one commit per run.
- ``report``: the self-contained HTML report (``svg``, ``worldmap``; ``outline_build`` made the map outline).
- ``validate``: contract checks of a dataset root.
"""
