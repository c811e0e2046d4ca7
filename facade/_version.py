"""The distribution's version; bump it when a spec changes (see README, "Publishing")."""

__version__ = "0.1.0"
