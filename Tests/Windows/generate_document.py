#!/usr/bin/env python3
"""Writes one large plain-text document to standard output for the window
test (scripts/window-test): the head of one Corpus report, then runs of
lines drawn from every UTF-8 Corpus report (so that tables, headings and
the sub-headings above their figures stay whole), with blank lines between
some runs, until the document reaches the size asked for, in MB.
Deterministic: the same size gives the same bytes.

Usage: generate_document.py MB CORPUS_DIR
"""
import os
import random
import sys


def corpus_lines(folder):
    documents = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".txt") or ".big5." in name or ".gb18030." in name or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as file:
            documents.append(file.read().split("\n"))
    return documents


def main():
    size = int(float(sys.argv[1]) * 1024 * 1024)
    documents = corpus_lines(sys.argv[2])
    rng = random.Random(2016)
    out = sys.stdout.buffer
    head = documents[rng.randrange(len(documents))][:8]
    written = 0
    for line in head:
        data = (line + "\n").encode("utf-8")
        out.write(data)
        written += len(data)
    while written < size:
        document = documents[rng.randrange(len(documents))]
        start = rng.randrange(len(document))
        run = document[start:start + rng.randint(1, 30)]
        if rng.randrange(5) == 0:
            run.append("")
        data = "".join(line + "\n" for line in run).encode("utf-8")
        out.write(data)
        written += len(data)


if __name__ == "__main__":
    main()
