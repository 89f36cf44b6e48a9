"""Typed errors with messages a user can read."""

from __future__ import annotations


class BriefError(Exception):
    """Base class: an expected failure whose message is shown to the user as-is."""


class InputError(BriefError):
    """The input cannot be turned into a brief (missing, unreadable, empty, binary, too large...)."""


class OutputError(BriefError):
    """The output cannot be written (folder missing, read-only, disk full...)."""
