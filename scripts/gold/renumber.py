#!/usr/bin/env python3
"""Renumbers a gold standard's sentences after dyad's splitter changed.

    scripts/gold/renumber.py tests/gold [--dyad build/dyad] [--news DIR]

Sentence indexes in events.tsv and the counts in articles.tsv are the
splitter's; the byte offsets are the annotators' and never change. This
lists the articles' sentences with today's `dyad eval --sentences`, puts
each event in the sentence that holds its trigger (as `dyad eval` does) and
rewrites the two files in place, printing the articles that changed.
"""
import argparse
import bisect
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--news", default=None)
    args = ap.parse_args()
    art_path = os.path.join(args.gold, "articles.tsv")
    ev_path = os.path.join(args.gold, "events.tsv")
    articles = [l.rstrip("\n").split("\t") for l in open(art_path, encoding="utf-8")]
    ids = [a[0] for a in articles if a[0] and not a[0].startswith("#")]
    cmd = [args.dyad, "eval", "--sentences", *ids]
    if args.news:
        cmd += ["--news", args.news]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    starts = {}
    for line in out.splitlines():
        f = line.split("\t")
        starts.setdefault(f[0], []).append(int(f[2]))
    changed = set()
    lines = []
    for line in open(ev_path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(f) < 10:
            lines.append(line)
            continue
        begins = starts.get(f[0])
        if not begins:
            sys.exit(f"renumber: {f[0]} has no sentences")
        index = str(max(0, bisect.bisect_right(begins, int(f[8])) - 1))
        if index != f[1]:
            changed.add(f[0])
            f[1] = index
        lines.append("\t".join(f) + "\n")
    for a in articles:
        if a[0] in starts and len(a) > 2 and a[2] != str(len(starts[a[0]])):
            changed.add(a[0])
            a[2] = str(len(starts[a[0]]))
    with open(ev_path, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    with open(art_path, "w", encoding="utf-8") as fh:
        fh.writelines("\t".join(a) + "\n" for a in articles)
    for a in sorted(changed):
        print(a)


if __name__ == "__main__":
    main()
