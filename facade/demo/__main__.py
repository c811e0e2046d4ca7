"""``python -m facade.demo [--provider NAME] [--base-url URL] [--json PATH]``."""

from __future__ import annotations

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
