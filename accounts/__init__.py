"""Accounts: the data managers who may load reports (names, roles, password hashes) and the sign-in back-off.
Outside etl/: the dashboard's sign-in uses them, the loader only reads an account's scope (etl.publishing.scope)."""
