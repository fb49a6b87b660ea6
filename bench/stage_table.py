#!/usr/bin/env python3
"""The stage table of bench/run.sh from kosei_bench's JSON output (--benchmark_format=json with
--benchmark_report_aggregates_only): per benchmark, the median throughput and its share of the
whole check's time."""
import json
import sys

STAGES = [
    ("BM_Decode", "decode (UTF-8 validation, encodings)"),
    ("BM_SourceMapAndStructure", "source map + structure (lines, outline, masked ranges)"),
    ("BM_Normalize", "matching form (NFKC, unified variants)"),
    ("BM_Lists", "numbered lists"),
    ("BM_FieldMentions", "field mentions (names, anchors, near misses)"),
    ("BM_Amounts", "amounts and dates (X3 grammars, subjects)"),
    ("BM_DocumentWithoutChecks", "**every stage before the checks**"),
    ("BM_ProseChars", "prose characters (shared by the character rules)"),
    ("BM_WholeDocument", "**the whole check** (stages + all default rules + report)"),
]


def main() -> int:
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    median = {}
    for bench in data.get("benchmarks", []):
        if bench.get("aggregate_name") == "median":
            median[bench["run_name"]] = bench
    whole = median.get("BM_WholeDocument")
    print(f"| stage | MB/s | ms per {document_bytes(median) / 1000:.0f} KB | time share |")
    print("|---|--:|--:|--:|")
    for name, label in STAGES:
        bench = median.get(name)
        if not bench:
            continue
        rate = bench["bytes_per_second"] / 1e6
        ms = real_ms(bench)
        share = f"{100 * ms / real_ms(whole):.0f} %" if whole else ""
        print(f"| {label} | {rate:,.0f} | {ms:.2f} | {share} |")
    return 0


def real_ms(bench) -> float:
    unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[bench.get("time_unit", "ns")]
    return bench["real_time"] * unit


def document_bytes(median) -> float:
    """The size of the benchmarked document (every benchmark reads the same one)."""
    for bench in median.values():
        return bench["bytes_per_second"] * real_ms(bench) / 1e3
    return 0


if __name__ == "__main__":
    sys.exit(main())
