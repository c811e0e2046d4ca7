"""The distribution's version and the provider specs it was cut from.

Written by ``nox -s bump -- patch|minor|major`` (scripts/release.py): do not edit by hand.
``nox -s build`` refuses while a spec's current hash, or that of our overlay and generator
config for it, differs from the one recorded here, so a changed client can never ship under
an old version number.
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

# sha256 of what we add to each spec (overlay.yaml, generator.yaml) when __version__ was set.
ADDITIONS_SHA256: Final[dict[str, str]] = {
    "castai": "eea1478551e041198457a57082090f75752fda2037bcb60ff3a2ec0b5579e606",
    "cloudapi": "a71d2ed30d2a6f00009d9ab313a363c5cc0ce970d08f9f1204b0a110abd0916b",
    "fluence": "9f3f2f2bce1bfae124ca839b2ca72075b3b06f0ef73610905df4cc2e2eac6671",
    "fluence_cloud": "fe9aab350df5f13ee7708035800fcc89138838b7292e43fc210b7b86daae7d6c",
    "ionet": "258c8d0dbc3d2e19d7c95f70c62688a722312836a1871dcb6d1d8c2230af5903",
    "stackpoint": "763523c7fc6093d3fb2df8332368b5103df1bc484b5d67aa7018fe5cefd8c288",
}
