#!/usr/bin/env python3
"""Throughput of the Python binding against dyad code, on the same articles.

    PYTHONPATH=build/python python3 bench/python_throughput.py build/dyad FILE.jsonl... [--times N]

Codes the articles (JSON Lines, repeated N times) with `dyad code` (-j 1 and
-j 2, JSON Lines out to /dev/null) and with Coder.code_many (jobs 1 and 2,
every event turned into a dict), and prints articles/s and the binding's
time relative to the CLI's. Medians of three runs. Also the CPU time each
used per article (the CLI's process; the binding's whole Python process),
which a machine shared with other work slows less than the wall clock.
"""

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

import dyad


def cpu_seconds():
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def median_time(run, repeat=3):
    """Median wall seconds and median CPU seconds of `repeat` runs."""
    times, cpu = [], []
    for _ in range(repeat):
        start, used = time.perf_counter(), cpu_seconds()
        run()
        times.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - used)
    return statistics.median(times), statistics.median(cpu)


def main(argv):
    times = 1
    if "--times" in argv:
        i = argv.index("--times")
        times = int(argv[i + 1])
        del argv[i:i + 2]
    binary, inputs = argv[1], argv[2:]
    lines = []
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            lines += [line for line in f if line.strip()]
    lines *= times
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.writelines(lines)
        corpus = f.name
    try:
        coder = dyad.Coder()
        print(f"{len(lines)} articles")
        for jobs in (1, 2):
            cli, cli_cpu = median_time(lambda: subprocess.run(
                [binary, "code", corpus, "-j", str(jobs), "-o", os.devnull], check=True))

            def binding():
                with open(corpus, encoding="utf-8") as f:
                    articles = (json.loads(line) for line in f)
                    for _ in coder.code_many(articles, jobs=jobs):
                        pass

            py, py_cpu = median_time(binding)
            ms = 1000 / len(lines)
            print(f"jobs {jobs}: dyad code {len(lines) / cli:8.0f} articles/s, "
                  f"Coder.code_many {len(lines) / py:8.0f} articles/s "
                  f"(binding time / CLI time {py / cli:.2f}); CPU per article "
                  f"{cli_cpu * ms:.2f} ms and {py_cpu * ms:.2f} ms "
                  f"(binding / CLI {py_cpu / cli_cpu:.2f})")
    finally:
        os.unlink(corpus)


if __name__ == "__main__":
    main(sys.argv)
