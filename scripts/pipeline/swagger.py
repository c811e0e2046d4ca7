"""Swagger 2.0 -> OpenAPI 3.0 with Mermade's ``swagger2openapi`` (pinned), run through npx.

No Python library converts Swagger 2.0 offline (prance's converter posts the document to a web
service); swagger2openapi is the converter the JavaScript OpenAPI tools (Redoc among them) use.
It runs without ``--patch``: a document it cannot convert as written is reported, never fixed
silently. Its version is part of the build's content hash (``stamp.TOOLS`` reads ``PINNED``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from .errors import SpecError

PINNED = "swagger2openapi@7.0.8"
TIMEOUT_SECONDS = 300  # the first run downloads the package


def convert(path: Path, resolve: bool = False) -> dict[str, Any]:
    """The Swagger 2.0 file at ``path`` as an OpenAPI 3.0 document; SpecError if it cannot be converted.

    ``resolve``: the file ``$ref``s others (a multi-file tree). swagger2openapi then reads them and
    converts their parts too (``--resolve``); what they define is inlined where it is used, so a
    schema of another file becomes an inline model named after its place.
    """
    npx = shutil.which("npx")
    if npx is None:
        raise SpecError(path, "1", f"a Swagger 2.0 spec is converted with {PINNED}, which needs Node's npx on PATH")
    try:
        done = subprocess.run(
            [npx, "--yes", PINNED, *(["--resolve"] if resolve else []), str(path)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SpecError(path, "1", f"{PINNED} did not finish within {TIMEOUT_SECONDS} s") from None
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        reason = next((line.strip() for line in lines if "Error" in line), lines[0].strip() if lines else "failed")
        raise SpecError(path, "1", f"Swagger 2.0 conversion ({PINNED}) failed: {reason[:300]}")
    try:
        doc = json.loads(done.stdout)
    except ValueError:
        raise SpecError(path, "1", f"{PINNED} printed something that is not JSON") from None
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise SpecError(path, "1", f"{PINNED} did not produce an OpenAPI 3 document")
    return doc
