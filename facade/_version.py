"""The distribution's version and the provider specs it was cut from.

Written by ``nox -s bump -- patch|minor|major`` (scripts/release.py): do not edit by hand.
``nox -s build`` refuses while a spec's current hash differs from the one recorded here, so a
changed spec can never ship under an old version number.
"""

from __future__ import annotations

from typing import Final

__version__ = "1.0.0"

# sha256 of each provider's spec in specs/<provider>/ when __version__ was set.
SPEC_SHA256: Final[dict[str, str]] = {
    "castai": "8e3384d348b5742954c27ec6aebccf9cbfd1ff99ab54d282f11d23038aecb46d",
    "cloudapi": "bef97b17c102ca80ac1df7d54dbb22fce148e98a32554be45721034e03122339",
    "fluence": "eb6d685cdc45552abaae44b8a55fb7d2eed986a99653f882b875993b7ec185c9",
    "fluence_cloud": "94e3029d48a55d43ca9858e263f5a8ed286234794c7824a26cddb293d0887dae",
    "ionet": "b827d2417dfb8c31bebebcb87560a21e9c0483595a1e013b8352eaf3af88bd4a",
    "stackpoint": "370c5d6eb9a4e4586ff197075eafcad4d0c41c60bb38e9f6352ad3fd7abdd220",
}
