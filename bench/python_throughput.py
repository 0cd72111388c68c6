#!/usr/bin/env python3
"""Throughput of the Python binding against dyad code, on the same articles.

    PYTHONPATH=build/python python3 bench/python_throughput.py build/dyad FILE.jsonl... [--times N]

Codes the articles (JSON Lines, repeated N times) with `dyad code` (-j 1 and
-j 2, JSON Lines out to /dev/null) and with Coder.code_many (jobs 1 and 2,
every event turned into a dict), and prints articles/s and the binding's
time relative to the CLI's. Medians of three runs.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import dyad


def median_time(run, repeat=3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
            cli = median_time(lambda: subprocess.run(
                [binary, "code", corpus, "-j", str(jobs), "-o", os.devnull], check=True))

            def binding():
                with open(corpus, encoding="utf-8") as f:
                    articles = (json.loads(line) for line in f)
                    for _ in coder.code_many(articles, jobs=jobs):
                        pass

            py = median_time(binding)
            print(f"jobs {jobs}: dyad code {len(lines) / cli:8.0f} articles/s, "
                  f"Coder.code_many {len(lines) / py:8.0f} articles/s "
                  f"(binding time / CLI time {py / cli:.2f})")
    finally:
        os.unlink(corpus)


if __name__ == "__main__":
    main(sys.argv)
