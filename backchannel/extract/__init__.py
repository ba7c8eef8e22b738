"""Pure functions from news text to proposals. Never imports textual or the UI."""
