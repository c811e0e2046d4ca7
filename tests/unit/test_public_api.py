from __future__ import annotations

import types

import facade


def test_all_is_sorted_and_complete() -> None:
    assert facade.__all__ == sorted(facade.__all__)
    public = {
        name
        for name in dir(facade)
        if name.isidentifier() and not name.startswith("_") and not isinstance(getattr(facade, name), types.ModuleType)
    } - {"annotations", "TYPE_CHECKING", "Any"}
    assert set(facade.__all__) - {"__version__"} == public
    for name in facade.__all__:
        assert getattr(facade, name) is not None  # every lazily imported name resolves


def test_error_tree() -> None:
    for cls in (facade.APIStatusError, facade.APIConnectionError, facade.DecodeError, facade.PaginationError):
        assert issubclass(cls, facade.APIError)
    assert issubclass(facade.APITimeoutError, facade.APIConnectionError)
    for cls in (
        facade.BadRequestError,
        facade.AuthenticationError,
        facade.PermissionDeniedError,
        facade.NotFoundError,
        facade.ConflictError,
        facade.RateLimitError,
        facade.ServerError,
    ):
        assert issubclass(cls, facade.APIStatusError)


def test_providers_and_versions() -> None:
    assert facade.providers() == ["castai", "cloudapi", "fluence", "fluence_cloud", "ionet", "stackpoint"]
    versions = facade.versions()
    assert set(versions) == set(facade.providers())
    assert all(len(v.spec_sha256) == 64 for v in versions.values())


def test_facade_names_no_provider_outside_sandbox() -> None:
    """facade/ (outside sandbox/) holds no per-provider code: provider names only in docstrings."""
    import ast
    from pathlib import Path

    names = {"ionet", "castai", "fluence", "cloudapi", "stackpoint", "io.net", "cast ai", "stackpointcloud"}
    root = Path(facade.__file__).parent
    # _version.py is data written by `nox -s bump` (the spec hashes a release was cut from).
    for path in sorted(set(root.glob("*.py")) - {root / "_version.py"}):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                lowered = node.value.lower()
                assert not any(n in lowered for n in names), f"{path.name}: {node.value!r}"
