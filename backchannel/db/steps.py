"""The names of the schema's migration steps, without importing sqlite-utils.

Opening an up-to-date desk compares these names with the desk's own record
of applied steps; only a desk that needs migrating imports sqlite-utils
(``schema.py``), which saves the app and the shell a fifth of a second.
``schema.py`` checks at import that its migrations match this list.
"""

MIGRATION_SET = "backchannel"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils.Migrations.migrations_table

STEPS: tuple[str, ...] = (
    "m001_core_tables",
    "m002_full_text_search",
    "m003_changes",
    "m004_intake",
    "m005_compare",
    "m006_authors",
    "m007_three_clocks",
    "m008_stemming",
    "m009_day_ordered_search",
    "m010_conflicts",
    "m011_live_speaker_index",
    "m012_odd_name_indexes",
)
