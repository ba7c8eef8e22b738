"""Backchannel: who said what, where, when - in public or in private."""

# Read by hatchling for the package's version (see pyproject.toml); a constant
# rather than importlib.metadata, which costs the shell path 50 ms to import.
__version__ = "0.1.0"
