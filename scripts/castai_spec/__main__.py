"""``python scripts/castai_spec ...`` and ``python -m scripts.castai_spec ...`` both work."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

if not __package__:
    # Run as a directory: make the package importable under its own name.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.exit(importlib.import_module(__package__ or "castai_spec").main())
