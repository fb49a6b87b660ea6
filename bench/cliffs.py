#!/usr/bin/env python3
"""bench/cliffs.py — time kosei on adversarial one-pattern drafts at 1x and 4x their size.

    python3 bench/cliffs.py [--kosei PATH] [--only NAME,NAME] [--small N]

Each pattern is repeated N times (default 20,000) and 4N times, mostly on one line (the shape of
text extracted from PDF without line breaks), and kosei checks each file with all rules and
--jobs 1. A linear tool takes about 4x as long for 4x the input; the ratio column shows where it
does not. Every pattern here once was quadratic somewhere (a search to the end of the line or of
the text for each occurrence) — see bench/RESULTS.md. Files go to bench/corpus/cliffs/ (gitignored).
Not part of the test suite: timings on a shared machine are noisy, and 4x-size runs that also
produce 4x as many findings pay for memory (page zeroing) as well.
"""
import argparse
import os
import subprocess
import sys
import time

PATTERNS = {
    # name: (repeated text, what it once made quadratic)
    "number-run": ("１ 2 ", "quantity/date prefilter walked the whole run of digits and spaces"),
    "amounts-one-line": ("予算額 100億円、", "each amount's sentence normalized from the line start"),
    "enumerations-one-line": ("① AI・半導体 ② 造船 ③ 量子 ", "context words and markers of the whole line per group"),
    "ministry-tags-one-line": ("【経産】", "each tag read its line from the start"),
    "link-targets-unclosed": ("](あ", "a search to the end of the line for ')' per ']('"),
    "tags-unclosed": ("<a あ", "a search to the end of the line for '>' per '<'"),
    "brackets-then-closers": (None, "every closer searched all openers left open"),
    "old-forms": ("德永の件について。\n", "each jinmeiyo old form searched the whole text"),
    "brackets-mixed": ("「（【", "(findings: memory)"),
    "term-variants": ("サーバーとサーバ、", "(findings: memory)"),
    "circled-lines": ("① 量子\n", ""),
    "fields-one-line": ("量子、", ""),
    "dates-one-line": ("令和7年度、", ""),
    "zero-width": ("あ\u200b", ""),
}


def write(path, name, n):
    text, _ = PATTERNS[name]
    with open(path, "w", encoding="utf-8") as out:
        if text is None:  # openers, two paragraph breaks, as many closers of the same family
            out.write("（" * n + "\n\n\n" + "）" * n + "\n")
        else:
            out.write(text * n)


def timed(kosei, path):
    start = time.perf_counter()
    subprocess.run([kosei, "check", "--jobs", "1", "--quiet", "--color", "never", path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kosei", default="build-bench/kosei")
    parser.add_argument("--only", default="")
    parser.add_argument("--small", type=int, default=20000)
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.chdir(root)
    if not os.access(args.kosei, os.X_OK):
        sys.exit(f"cliffs.py: {args.kosei} is not an executable kosei (build it, or pass --kosei)")
    folder = os.path.join("bench", "corpus", "cliffs")
    os.makedirs(folder, exist_ok=True)
    names = [n for n in PATTERNS if not args.only or n in args.only.split(",")]
    print("| pattern | 1x size | 1x s | 4x s | ratio | once quadratic in |")
    print("|---|---:|---:|---:|---:|---|")
    for name in names:
        times = []
        size = 0
        for factor in (1, 4):
            path = os.path.join(folder, f"{name}.{factor}.md")
            write(path, name, args.small * factor)
            if factor == 1:
                size = os.path.getsize(path)
            times.append(min(timed(args.kosei, path) for _ in range(2)))
        ratio = times[1] / max(times[0], 0.005)
        print(f"| {name} | {size / 1e6:.2f} MB | {times[0]:.2f} | {times[1]:.2f} | {ratio:.1f} | "
              f"{PATTERNS[name][1]} |", flush=True)


if __name__ == "__main__":
    main()
