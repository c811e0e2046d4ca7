"""``python scripts/pipeline ...``: the directory runs as a script, so put its parent on sys.path."""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.cli import main

sys.exit(main())
