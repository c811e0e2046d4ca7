"""Rebuild specs/castai/openapi.yaml from CAST AI's generated Go client (oapi-codegen output).

CAST AI publishes its spec at https://api.cast.ai/v1/spec/openapi.json but no copy of it is
kept anywhere we can read; the Go client its terraform provider generates from it is. This
package undoes oapi-codegen's mapping (see ``_schemas``) and writes the spec and the list of
live operations. Usage: ``python scripts/castai_spec UPSTREAM_DIR --commit SHA``.
"""

from __future__ import annotations

from ._cli import Output, build, main

__all__ = ["Output", "build", "main"]
