"""ETL: spreadsheets as clerks type them -> the DuckDB warehouse. Entry point: ``python -m etl``."""
