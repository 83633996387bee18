"""Helpers that work inside a caller's transaction (a `Session`): the history, skill tags, lookups."""
