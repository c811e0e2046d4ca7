"""The distribution's version and the provider specs it was cut from.

Written by ``nox -s bump -- patch|minor|major`` (scripts/release.py): do not edit by hand.
``nox -s build`` refuses while a spec's current hash differs from the one recorded here, so a
changed spec can never ship under an old version number.
"""

from __future__ import annotations

from typing import Final

__version__ = "1.0.0"

# sha256 of specs/<provider>/openapi.yaml when __version__ was set.
SPEC_SHA256: Final[dict[str, str]] = {
    "castai": "57d06f28ff1ddc7e1993349d454173da98f22bb5c4e3df7a0644b42c269f9d35",
    "cloudapi": "bef97b17c102ca80ac1df7d54dbb22fce148e98a32554be45721034e03122339",
    "fluence": "9091eac05021b2824e3e1c8a890d3f3ccee293673910855cca7a6f2e00746464",
    "ionet": "b827d2417dfb8c31bebebcb87560a21e9c0483595a1e013b8352eaf3af88bd4a",
    "stackpoint": "623c932432412ac418f191e6e94324df44ea555aa70806af755bcfa5bca9e366",
}
