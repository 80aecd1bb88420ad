"""Errors a user can hit, each saying what went wrong and what to do next."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error newskg reports to its users."""


class NoInputError(KgError):
    """Nothing to build from."""


class LexiconError(KgError):
    """A data file under kg/data/ or a user's --lexicon folder is malformed."""


class GoldError(KgError):
    """A gold file for `kg eval` is malformed."""


class OutputError(KgError):
    """The output folder cannot be written."""


class BuildLockedError(OutputError):
    """Another build is writing the same output folder."""


class MissingBuildError(KgError):
    """A command needs a build that is not there."""
