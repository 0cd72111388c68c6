#!/usr/bin/env python3
"""Whether a Dask worker's memory stays flat over a long run (doc/scale.md).

    PYTHONPATH=build/python python3 bench/dask_memory.py [--rounds R]

One worker process (one thread) stores the news of ../shared/news into a
throwaway PostgreSQL cluster with dyad.dask.ingest, R rounds (default 10)
of the 675 articles eight times over, each round under new ids so that
every article is coded and stored; after each round it prints the worker's
resident memory now (VmRSS) and at its peak.
"""

import json
import os
import resource
import sys

import dask.bag as db
from distributed import Client, LocalCluster

import dyad.dask

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "python"))
import pg_cluster  # noqa: E402

NEWS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "news")


def memory_mib():
    with open("/proc/self/status") as f:
        now = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    return now / 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv):
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 10
    news = []
    for name in ("wikinews.jsonl", "globalvoices.jsonl"):
        with open(os.path.join(NEWS, name), encoding="utf-8") as f:
            news += [json.loads(line) for line in f if line.strip()]
    cluster = pg_cluster.Cluster()
    try:
        url = cluster.url("memory")
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=50) as lc, \
                Client(lc) as client:
            stored = 0
            for r in range(rounds):
                articles = [dict(a, id=f"{a['id']}#{r}.{k}") for k in range(8) for a in news]
                bag = db.from_sequence(articles, npartitions=len(articles) // 100)
                stored += sum(c["added"] for c in client.compute(
                    dyad.dask.ingest(bag, url)).result())
                now, peak = next(iter(client.run(memory_mib).values()))
                print(f"round {r + 1:2d}: {stored:6d} articles stored, worker resident "
                      f"{now:5.0f} MiB (peak {peak:.0f} MiB)", flush=True)
    finally:
        cluster.close()


if __name__ == "__main__":
    main(sys.argv)
