#!/usr/bin/env python3
"""Turns annotators' event lines into the gold standard's offset records.

Annotators write one line per event (doc/annotation.md, section 5):

    ARTICLE_ID | SENTENCE | SOURCE_TEXT | SOURCE_CODE | TARGET_TEXT | TARGET_CODE | TRIGGER_TEXT | EVENT_CODE | MODALITY

and `ARTICLE_ID | DONE` once an article has been read whole. This script finds
each text in its sentence (`text#2` is the second occurrence) and writes
byte offsets into the article's text, so that the repository keeps no copy of
the news. It checks codes and modalities and exits 1 naming every bad line.

Usage: resolve.py --bounds BOUNDS.tsv --news DIR [-o EVENTS.tsv] [--articles ARTICLES.tsv] FILE...
`text#N` counts every occurrence, also inside words, but the one picked must
be whole words. BOUNDS.tsv: article id, sentence index, begin, end (byte offsets), as
`dyad eval --sentences` writes them (its first four columns).
"""
import argparse
import json
import os
import re
import sys

MODALITIES = {"asserted", "reported", "alleged", "hypothetical"}
ACTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
EVENT = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{1,2}$")


def load_conllu(path, texts, files, name):
    """A treebank's documents as dyad reads them (tools/conllu_inputs.cc):
    each "# newdoc id", its "# text" lines joined by blank lines."""
    doc, parts = None, []

    def flush():
        if doc is not None and parts:
            texts[doc] = "\n\n".join(parts).encode("utf-8")
            files[doc] = name

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            m = re.match(r"# newdoc id *=(.*)$", line)
            if m:
                flush()
                doc, parts = m.group(1).strip(" \t\r\n\v\f"), []
                continue
            m = re.match(r"# text *=(.*)$", line)
            if m and doc is not None:
                parts.append(m.group(1).strip(" \t\r\n\v\f"))
    flush()


def load_news(news_dir):
    texts, files = {}, {}
    for name in sorted(os.listdir(news_dir)):
        if name.endswith(".conllu"):
            load_conllu(os.path.join(news_dir, name), texts, files, name)
            continue
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(news_dir, name), encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                texts[a["id"]] = a["text"].encode("utf-8")
                files[a["id"]] = name
    return texts, files


def load_bounds(path):
    bounds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            bounds.setdefault(parts[0], []).append((int(parts[2]), int(parts[3])))
    return bounds


def find(text, sentence, span, what):
    """Byte span of `span` ("words" or "words#N") inside text[sentence]."""
    if span == "-":
        return None
    m = re.match(r"^(.*?)(?:#(\d+))?$", span)
    needle, nth = m.group(1).encode("utf-8"), int(m.group(2) or 1)
    begin, end = sentence
    # The listing shows line breaks inside a sentence as spaces.
    hay = text[begin:end].replace(b"\n", b" ")
    at = -1
    for _ in range(nth):
        at = hay.find(needle, at + 1)
        if at < 0:
            raise ValueError(f'{what} "{span}" not found in the sentence')
    # A span is whole words: "he" must not be the end of "The".
    before = hay[:at].decode("utf-8", "ignore")[-1:]
    after = hay[at + len(needle):].decode("utf-8", "ignore")[:1]
    words = needle.decode("utf-8")
    if (before.isalnum() and words[0].isalnum()) or (after.isalnum() and words[-1].isalnum()):
        raise ValueError(f'{what} "{span}" falls inside a word; pick another occurrence (#N)')
    return begin + at, begin + at + len(needle)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bounds", required=True)
    ap.add_argument("--news", required=True)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--articles", help="also write the articles read whole")
    ap.add_argument("--annotator", default="")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    texts, files = load_news(args.news)
    bounds = load_bounds(args.bounds)
    rows, done, errors = [], [], 0
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                fields = [x.strip() for x in line.split(" | ")]
                try:
                    if len(fields) == 2 and fields[1] == "DONE":
                        if fields[0] not in texts:
                            raise ValueError(f"unknown article {fields[0]}")
                        done.append(fields[0])
                        continue
                    if len(fields) != 9:
                        raise ValueError(f"{len(fields)} fields, want 9")
                    art, sent, s_text, s_code, t_text, t_code, g_text, code, mod = fields
                    if art not in texts:
                        raise ValueError(f"unknown article {art}")
                    idx = int(sent)
                    if not 0 <= idx < len(bounds.get(art, [])):
                        raise ValueError(f"no sentence {idx} in {art}")
                    if not ACTOR.match(s_code):
                        raise ValueError(f'bad source code "{s_code}"')
                    if t_code != "-" and not ACTOR.match(t_code):
                        raise ValueError(f'bad target code "{t_code}"')
                    if (t_text == "-") != (t_code == "-"):
                        raise ValueError("target text and code must both be - or neither")
                    if not EVENT.match(code):
                        raise ValueError(f'bad event code "{code}"')
                    if mod not in MODALITIES:
                        raise ValueError(f'bad modality "{mod}"')
                    sentence = bounds[art][idx]
                    s = find(texts[art], sentence, s_text, "source")
                    t = find(texts[art], sentence, t_text, "target") or (0, 0)
                    g = find(texts[art], sentence, g_text, "trigger")
                    rows.append([art, idx, s[0], s[1], s_code, t[0], t[1], t_code if t_code != "-" else "",
                                 g[0], g[1], code, mod])
                except ValueError as e:
                    print(f"{path}:{lineno}: {e}", file=sys.stderr)
                    errors += 1
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    out.write("# article\tsentence\tsource_begin\tsource_end\tsource\ttarget_begin\ttarget_end\t"
              "target\ttrigger_begin\ttrigger_end\tcode\tmodality\n")
    order = {a: i for i, a in enumerate(dict.fromkeys(done + [r[0] for r in rows]))}
    for r in sorted(rows, key=lambda r: (order[r[0]], r[1], r[8], r[2])):
        out.write("\t".join(str(x) for x in r) + "\n")
    if args.articles:
        with open(args.articles, "w", encoding="utf-8") as f:
            f.write("# article\tfile\tsentences\tannotator\n")
            for a in dict.fromkeys(done):
                f.write(f"{a}\t{files[a]}\t{len(bounds[a])}\t{args.annotator}\n")
    missing = {r[0] for r in rows} - set(done)
    for a in sorted(missing):
        print(f"warning: {a} has events but no DONE line", file=sys.stderr)
    print(f"{len(rows)} events, {len(set(done))} articles read whole, {errors} bad lines", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
