"""Where things are: the repository this copy of the pipeline sits in, and its folders."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE / "templates"
ROOT = PACKAGE.parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
FACADE = ROOT / "facade"


def rel(path: Path) -> str:
    """``path`` relative to the repository (as error messages and headers name files)."""
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def package_of(provider: str) -> str:
    return f"{provider}_client"
