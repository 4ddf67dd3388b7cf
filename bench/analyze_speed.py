#!/usr/bin/env python3
"""End-to-end speed of `corroborate analyze` on a large corpus of real news text, two builds side by side.

The corpus is made of the real articles in ../shared/bench (gva-incidents, gva, isaf, acled, idmc),
cycled to N articles (default 100,000) as one JSON Lines file. Each copy after the first gets its own
url and a different publication date (a few days later), and its paragraphs are rotated, so that
copies are read as related coverage rather than byte-identical duplicates; the per-article work
(cleaning, annotation, parsing, claims) is the same as on real coverage.

The builds run alternately (A B A B ...), each with --threads 2 --quiet, and the script prints wall
time, user+system CPU and peak memory of each run, then the ratio of the medians. Before timing it
checks that both wrote a report with articles and claims.

Usage: bench/analyze_speed.py [--n 100000] [--runs 2] [--old path/to/old/corroborate] [--new build/corroborate]
Exits 0 with a message when ../shared/bench is missing.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"


def real_texts():
    out = []
    p = SHARED / "gva-incidents" / "articles.jsonl"
    if p.exists():
        for line in p.open(encoding="utf-8"):
            r = json.loads(line)
            out.append((r.get("title", ""), r.get("published") or "2015-01-01", r.get("text", "")))
    p = SHARED / "gva" / "X_train.json"
    if p.exists():
        for r in json.load(p.open(encoding="utf-8")):
            out.append(("", (r.get("publish_date") or "2015-01-01")[:10], r.get("text", "")))
    for name, field in (("isaf/isaf_dev.jsonl", "text"), ("acled/acled_dev.jsonl", "text")):
        p = SHARED / name
        if p.exists():
            for line in p.open(encoding="utf-8"):
                r = json.loads(line)
                out.append(("", "2012-01-01", r.get(field, "")))
    p = SHARED / "idmc" / "idmc_labelled.jsonl"
    if p.exists():
        for line in p.open(encoding="utf-8"):
            r = json.loads(line)
            out.append(("", "2015-01-01", r.get("Excerpt", "")))
    return [t for t in out if t[2].strip()]


def shifted(date, days):
    import datetime
    try:
        d = datetime.date.fromisoformat(date[:10])
    except ValueError:
        d = datetime.date(2015, 1, 1)
    return (d + datetime.timedelta(days=days)).isoformat()


def write_corpus(path, n):
    texts = real_texts()
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            title, published, text = texts[i % len(texts)]
            copy = i // len(texts)
            paras = [p for p in text.split("\n\n") if p.strip()]
            if copy and len(paras) > 1:
                k = copy % len(paras)
                paras = paras[k:] + paras[:k]
            f.write(json.dumps({"url": f"https://example.org/{i}", "title": title,
                                "published": shifted(published, 3 * copy), "text": "\n\n".join(paras)}) + "\n")
    return len(texts)


def run(binary, corpus, out):
    """Wall time, CPU time and peak memory of one analyze run (its own rusage, from wait4)."""
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.monotonic()
    proc = subprocess.Popen([binary, "analyze", corpus, "--out", out, "--quiet", "--threads", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--old", default="")
    ap.add_argument("--new", default=str(ROOT / "build" / "corroborate"))
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"analyze_speed: {SHARED} not found; nothing to measure")
        return 0
    builds = [("new", args.new)] + ([("old", args.old)] if args.old else [])
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        distinct = write_corpus(corpus, args.n)
        size = os.path.getsize(corpus) / 1e6
        print(f"corpus: {args.n} articles ({distinct} distinct real texts, cycled), {size:.0f} MB")
        for name, binary in builds:  # output check before timing
            out = os.path.join(tmp, "check-" + name)
            run(binary, corpus, out)
            report = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))
            if not report.get("articles") or not report.get("claims"):
                print(f"analyze_speed: {name} wrote no articles or claims", file=sys.stderr)
                return 1
            print(f"  {name}: {len(report['articles'])} articles, {len(report['claims'])} claims, {len(report['events'])} events")
        walls = {name: [] for name, _ in builds}
        for r in range(args.runs):
            for name, binary in builds:
                wall, cpu, rss = run(binary, corpus, os.path.join(tmp, "out-" + name))
                walls[name].append(wall)
                print(f"  run {r + 1} {name}: wall {wall:.1f} s, cpu {cpu:.1f} s, peak RSS {rss:.0f} MB")
        if args.old:
            ratio = statistics.median(walls["new"]) / statistics.median(walls["old"])
            print(f"new / old wall time (medians): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
