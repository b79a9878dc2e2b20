"""The DuckDB warehouse: schema, publishing, the read-only connection and every query the pages run."""
