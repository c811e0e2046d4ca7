"""Hatch build hook: ship a PEP 561 ``py.typed`` marker in every package of the wheel.

openapi-python-client writes none with ``--meta none``, and generated/ is never edited by hand,
so the marker is added at build time to each package listed in
[tool.hatch.build.targets.wheel] packages that does not already have one.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TypedMarkerHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install imports from the source tree; mypy reads it there
        self._markers = tempfile.TemporaryDirectory(prefix="py-typed-")
        for entry in self.build_config.packages:
            package = Path(self.root, entry)
            if (package / "py.typed").exists():
                continue
            marker = Path(self._markers.name, package.name, "py.typed")
            marker.parent.mkdir(parents=True)
            marker.touch()
            build_data["force_include"][str(marker)] = f"{package.name}/py.typed"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        markers = getattr(self, "_markers", None)
        if markers is not None:
            markers.cleanup()
