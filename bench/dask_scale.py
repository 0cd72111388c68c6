#!/usr/bin/env python3
"""What coding news on Dask into PostgreSQL costs, and how it grows with
workers (doc/scale.md).

    PYTHONPATH=build/python python3 bench/dask_scale.py build/dyad [--times N]

Takes the real news of ../shared/news, replicated N times under new ids
(default 8), starts a throwaway PostgreSQL cluster (tests/python/pg_cluster.py)
and times: `dyad ingest` into it (one thread); dyad.dask.ingest on a
LocalCluster of 1 and of 2 worker processes (one thread each) into fresh
databases; and dyad.dask.code_bag alone (no store) on the same clusters.
Prints articles/s; the CPU time used (the dyad processes' and, for a
store, the PostgreSQL server's) and so the core-hours a million articles
cost; the speed-up of 2 workers over 1; and each worker's peak resident
memory after the
run. Times include reading the articles, not the cluster's start nor the
workers' Coders (built first, and timed apart). Each figure is the fastest
of three runs.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import dask.bag as db
from distributed import Client, LocalCluster

import dyad.dask

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "python"))
import pg_cluster  # noqa: E402

NEWS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "news")


def worker_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_cpu(cluster):
    """CPU seconds the PostgreSQL cluster's processes have used: the
    postmaster with the backends it has reaped, and the live backends."""
    tick = os.sysconf("SC_CLK_TCK")
    with open(os.path.join(cluster.dir, "data", "postmaster.pid")) as f:
        postmaster = int(f.readline())
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(pid) == postmaster:
            total += sum(int(x) for x in fields[11:15])  # its own and reaped children's
        elif int(fields[1]) == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / tick


def main(argv):
    times = 8
    if "--times" in argv:
        i = argv.index("--times")
        times = int(argv[i + 1])
        del argv[i:i + 2]
    binary = argv[1]
    news = []
    for name in ("wikinews.jsonl", "globalvoices.jsonl"):
        with open(os.path.join(NEWS, name), encoding="utf-8") as f:
            news += [json.loads(line) for line in f if line.strip()]
    articles = [dict(a, id=f"{a['id']}#{k}") for k in range(times) for a in news]
    n = len(articles)
    megabytes = sum(len(a["text"].encode()) for a in articles) / 1e6
    print(f"{n} articles ({megabytes:.1f} MB of text: ../shared/news x {times})")
    cluster = pg_cluster.Cluster()
    tmp = tempfile.TemporaryDirectory()
    try:
        jsonl = os.path.join(tmp.name, "news.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a) + "\n")

        def report(what, seconds, cpu, one=None):
            line = (f"{what:38s} {seconds:6.1f} s {n / seconds:6.0f} articles/s, CPU "
                    f"{cpu:6.1f} s = {cpu / n * 1e6 / 3600:5.2f} core-h per million")
            if one:
                line += f" (x{one / seconds:.2f} of 1 worker)"
            print(line, flush=True)

        def cli_run(args, server=False):
            start, used, before = time.perf_counter(), os.times(), server_cpu(cluster)
            subprocess.run([binary, *args], check=True, stderr=subprocess.DEVNULL)
            now = os.times()
            cpu = (now.children_user - used.children_user + now.children_system -
                   used.children_system)
            return time.perf_counter() - start, cpu + (
                server_cpu(cluster) - before if server else 0)

        report("dyad ingest (1 thread), PostgreSQL",
               *fastest(lambda r: cli_run(["ingest", "--db", cluster.url(f"cli{r}"), jsonl],
                                          server=True)))
        report("dyad code (1 thread)",
               *fastest(lambda r: cli_run(["code", jsonl, "-o", os.devnull])))
        partitions = max(8, n // 100)
        base = {}
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=50) as lc, \
                    Client(lc) as client:
                # Each worker's Coder is built before the clock starts.
                start = time.perf_counter()
                client.run(lambda: dyad.dask._coder((None, "auto", ())) and None)
                print(f"{workers} worker(s): Coder built in "
                      f"{time.perf_counter() - start:.1f} s", flush=True)
                for what, make in (
                        ("code_bag", lambda r: dyad.dask.code_bag(
                            db.read_text(jsonl, blocksize=jsonl_block(jsonl, partitions))
                            .map(json.loads)).count()),
                        ("ingest", lambda r: dyad.dask.ingest(
                            db.read_text(jsonl, blocksize=jsonl_block(jsonl, partitions))
                            .map(json.loads), cluster.url(f"dask{workers}_{r}")))):

                    def dask_run(r):
                        used, server = client.run(worker_cpu), server_cpu(cluster)
                        start = time.perf_counter()
                        client.compute(make(r)).result()
                        seconds = time.perf_counter() - start
                        cpu = sum(client.run(worker_cpu).values()) - sum(used.values())
                        if what == "ingest":
                            cpu += server_cpu(cluster) - server
                        return seconds, cpu

                    seconds, cpu = fastest(dask_run)
                    report(f"dyad.dask.{what}, {workers} worker(s)", seconds, cpu,
                           base.get(what) if workers == 2 else None)
                    base.setdefault(what, seconds)
                rss = client.run(worker_rss_mib)
                print(f"  peak resident memory per worker: "
                      f"{', '.join(f'{v:.0f} MiB' for v in rss.values())}")
    finally:
        cluster.close()
        tmp.cleanup()


def fastest(run, repeat=3):
    """The (seconds, CPU seconds) of the fastest of `repeat` runs: on a
    shared machine, the run least slowed by others."""
    return min(run(r) for r in range(repeat))


def jsonl_block(path, partitions):
    return max(1 << 16, os.path.getsize(path) // partitions + 1)


if __name__ == "__main__":
    main(sys.argv)
