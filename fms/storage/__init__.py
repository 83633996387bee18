"""Where the database lives and how it is opened, checked, backed up and migrated.

The modules here that run before the main window is shown (`locations`, `preflight`,
`revisions`) import only the standard library and platformdirs: SQLAlchemy and Alembic
cost most of a second to import and the first paint must not wait for them.
"""
