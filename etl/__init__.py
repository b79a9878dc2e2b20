"""ETL: spreadsheets as clerks type them -> the DuckDB warehouse. Entry point: ``python -m etl`` (etl.cli).

The loader by stage, each a package that imports only the stages before it (tests/test_imports.py):

- ``etl.reading``: any supported file into sheets of cells (formats, legacy encodings, formulas);
- ``etl.reference``: official units of both maps, the metrics catalogue, values as typed;
- ``etl.tables``: the table on each sheet, the binding of each cell, the ledger of every cell;
- ``etl.publishing``: loading a batch into the warehouse, the archive, undo, the dry run, the annotated copy.

``etl.messages`` holds the reject reasons every stage gives. User accounts live outside, in ``accounts``.
"""
