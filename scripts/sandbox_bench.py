"""Requests per second of a sandbox list page of 100 items (CloudAPI listUsers), and start-up of all."""

from __future__ import annotations

import concurrent.futures
import time

import httpx

from facade.sandbox import Sandbox, SandboxGroup, serve


def main(seconds: float = 3.0, workers: int = 4) -> None:
    """Print start-up time of every sandbox and list-page throughput."""
    import facade.sandbox._app  # noqa: F401 - import time is not start-up time

    started = time.perf_counter()
    group = serve("all", seed=1)
    assert isinstance(group, SandboxGroup)
    with group:
        print(f"start-up of {len(group)} sandboxes: {time.perf_counter() - started:.3f} s")
    sb = serve("cloudapi", seed=1, scale=10)
    assert isinstance(sb, Sandbox)
    with sb:
        headers = {"Authorization": f"Bearer {sb.api_key}"}

        def worker(_: int) -> int:
            done = 0
            with httpx.Client(base_url=sb.base_url, headers=headers) as client:
                end = time.perf_counter() + seconds
                while time.perf_counter() < end:
                    client.get("/v1/users", params={"limit": 100}).raise_for_status()
                    done += 1
            return done

        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            total = sum(pool.map(worker, range(workers)))
        print(f"listUsers limit=100: {total / seconds:.0f} requests/s ({workers} client threads)")


if __name__ == "__main__":
    main()
