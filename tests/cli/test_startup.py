"""Help and completion read only manifests: no generated package, httpx or YAML is imported for them."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import clean_environ

PROBE = """
import contextlib, json, os, sys
from facade._cli import main
with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
    codes = [main([]), main(["castai"]), main(["cloudapi", "listUsers", "--help"]), main(["completion", "zsh"])]
    os.environ.update({"_COMPUTE_CLIENTS_COMPLETE": "bash_complete", "COMP_WORDS": "compute-clients cloudapi list",
                       "COMP_CWORD": "2"})
    try:
        main([])
    except SystemExit as done:
        codes.append(done.code)
loaded = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"codes": codes, "loaded": loaded}))
"""


def test_help_and_completion_import_no_generated_code_and_no_httpx() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=clean_environ(), check=False
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.splitlines()[-1])
    assert found["codes"] == [0, 0, 0, 0, 0]
    heavy = [m for m in found["loaded"] if m.endswith("_client") or m in {"httpx", "httpcore", "attrs", "yaml"}]
    assert heavy == []
