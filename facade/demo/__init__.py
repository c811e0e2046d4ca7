"""The main job: a realistic workflow per provider, run through the facade (``nox -s demo``).

``python -m facade.demo`` starts the five local sandboxes and drives each provider the way an
application would, then shows a table per provider (operation, result, items, ms, attempts).
``--provider NAME --base-url URL`` points one workflow at a real account; ``--json PATH`` writes
the same results for machines. See ``python -m facade.demo --help``.
"""

from __future__ import annotations

from ._cli import main

__all__ = ["main"]
