"""``python -m facade.sandbox [PROVIDER|all] [--port N] [--seed N] [--scale X] [--clock-speed X]``: serve."""

from __future__ import annotations

import argparse
import signal
import threading

from ._sandbox import Sandbox, SandboxGroup, available, serve


def main(argv: list[str] | None = None) -> int:
    """Start the sandboxes, print each base URL and key, wait for Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m facade.sandbox", description=__doc__)
    parser.add_argument("provider", nargs="?", default="all", choices=[*available(), "all"])
    parser.add_argument("--port", type=int, default=0, help="port (with 'all': the first of consecutive ports)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies the seeded collection sizes")
    parser.add_argument("--clock-speed", type=float, default=1.0, help="sandbox seconds per real second (0: frozen)")
    args = parser.parse_args(argv)
    running = serve(args.provider, seed=args.seed, scale=args.scale, port=args.port, clock_speed=args.clock_speed)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with running:
        group = running.sandboxes.values() if isinstance(running, SandboxGroup) else [running]
        for sb in group:
            _print(sb)
        print("Ctrl-C to stop.", flush=True)
        stop.wait()
    return 0


def _print(sb: Sandbox) -> None:
    extra = "  ".join(f"{k}={v}" for k, v in sb.credentials.items() if v != sb.api_key)
    print(f"{sb.provider:<11} {sb.base_url}  api_key={sb.api_key}  {extra}".rstrip(), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
