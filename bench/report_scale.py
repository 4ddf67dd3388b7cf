#!/usr/bin/env python3
"""How the HTML report scales: a large synthetic run, and the time its pages take to open in Chromium.

Usage: python3 bench/report_scale.py [--articles 100000] [--event-words 0] [--work build/report-scale] [--runs 3]

Builds a JSON Lines corpus from the bundled examples/ texts (the project's own invented articles):
events of Pareto-distributed sizes, each with an invented place name put in for the examples' place
names, its own year and month, its figures scaled and jittered per article, spread over a few days and
300 outlets (and, with --event-words N, a paragraph of N invented words of its own). Runs `build/corroborate analyze` on it, prints the run's time and the report's sizes,
then times the front page, the second front page and event pages in headless Chromium with
bench/report_load.mjs (playwright-core and Debian's chromium, as scripts/install-deps.sh installs).
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SYLLABLES = ["mar", "ven", "dal", "kor", "sel", "bri", "tov", "ash", "len", "quin", "rho", "gal", "pes",
             "dor", "nim", "val", "tur", "ise", "ca", "lo", "ber", "wyn", "sta", "mon"]
# The examples' place names, replaced per event (longest first).
PLACES = ["Port Selwyn", "Marenvale", "Selwyn", "Dressa"]


def templates():
    """(family, kind, body) for every example article; kind is 'text' or 'html'."""
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*", "*"))):
        family = os.path.basename(os.path.dirname(path))
        if path.endswith(".jsonl"):
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    rec = json.loads(line)
                    kind = "html" if rec.get("html") else "text"
                    out.append((family, kind, rec.get("html") or rec.get("text", "")))
        elif path.endswith((".html", ".htm")):
            out.append((family, "html", open(path, encoding="utf-8").read()))
        elif path.endswith(".txt"):
            out.append((family, "text", open(path, encoding="utf-8").read()))
    return out


def place_name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


NUMBER = re.compile(r"(?<![\d,.:])(\d{1,3}(?:,\d{3})*)(?![\d:])(?![\d,.]*\s*(?:" + "|".join(m[:3] for m in MONTHS) + r"))")


def vary(body, event, rng):
    for old in PLACES:
        body = body.replace(old, event["place"]).replace(old.upper(), event["place"].upper())
    body = body.replace("2025-03-", "%04d-%02d-" % (event["year"], event["month"]))
    body = body.replace("March", MONTHS[event["month"] - 1]).replace("2025", str(event["year"]))

    def scale(m):
        v = int(m.group(1).replace(",", ""))
        if v < 5:
            return m.group(1)
        v = max(5, int(v * event["scale"] * rng.choice([1, 1, 1, 0.9, 1.1])))
        return "{:,}".format(v)
    return NUMBER.sub(scale, body)


def event_paragraph(vocab, rng):
    """A few sentences of the event's own invented words, so that its articles read alike."""
    sentences = []
    for _ in range(3):
        words = rng.sample(vocab, min(len(vocab), 7))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def build_corpus(n, folder, event_words, seed=11):
    rng = random.Random(seed)
    tpl = templates()
    families = sorted({t[0] for t in tpl})
    os.makedirs(folder, exist_ok=True)
    written, part, f, events = 0, 0, None, 0
    used = set()
    while written < n:
        name = place_name(rng)
        while name in used:
            name = place_name(rng) + place_name(rng).lower()
        used.add(name)
        event = {"place": name, "year": rng.randint(2001, 2024), "month": rng.randint(1, 12),
                 "day": rng.randint(1, 20), "scale": rng.choice([0.5, 1, 1, 2, 3, 8, 20])}
        vocab = [place_name(rng).lower() for _ in range(event_words)]
        family = families[events % len(families)]
        mine = [t for t in tpl if t[0] == family]
        size = min(n - written, min(3000, 1 + int(rng.paretovariate(1.2) * 3)))
        events += 1
        for _ in range(size):
            if written % 10000 == 0:
                if f:
                    f.close()
                part += 1
                f = open(os.path.join(folder, "part-%03d.jsonl" % part), "w", encoding="utf-8")
            _, kind, body = rng.choice(mine)
            day = min(28, event["day"] + rng.randint(0, 6))
            outlet = "outlet%03d" % rng.randint(1, 300)
            body = vary(body, event, rng)
            if vocab:
                extra = event_paragraph(vocab, rng)
                body = body.replace("</p>", "</p><p>" + extra + "</p>", 1) if kind == "html" else body + "\n\n" + extra + "\n"
            rec = {"url": "https://%s.example/%d/%s-%d" % (outlet, event["year"], name.lower(), written),
                   "title": "", "published": "%04d-%02d-%02dT09:00:00Z" % (event["year"], event["month"], day),
                   kind: body}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1
    if f:
        f.close()
    return events


def du(path):
    total, files = 0, 0
    for root, _, names in os.walk(path):
        for name in names:
            total += os.path.getsize(os.path.join(root, name))
            files += 1
    return total, files


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100000)
    ap.add_argument("--work", default=os.path.join(ROOT, "build", "report-scale"))
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "corroborate"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--event-words", type=int, default=0,
                    help="invented words of its own per event, put in each of its articles (0: events differ only in "
                         "place, date and figures, so the clusterer merges them into few, very large events)")
    args = ap.parse_args()
    tag = "%d" % args.articles + ("-w%d" % args.event_words if args.event_words else "")
    corpus = os.path.join(args.work, "corpus-" + tag)
    out = os.path.join(args.work, "report-" + tag)
    if not os.path.isdir(corpus):
        t0 = time.time()
        planted = build_corpus(args.articles, corpus, args.event_words)
        print("corpus: %d articles in %d planted events, %.1f MB, built in %.1f s"
              % (args.articles, planted, du(corpus)[0] / 1e6, time.time() - t0))
    t0 = time.time()
    p = subprocess.run([args.binary, "analyze", corpus, "--out", out, "--quiet"], capture_output=True)
    elapsed = time.time() - t0
    if p.returncode not in (0, 1):
        sys.exit("analyze failed (%d): %s" % (p.returncode, p.stderr.decode()[-500:]))
    report = json.load(open(os.path.join(out, "report.json")))
    sizes = [len(e["articles"]) for e in report["events"]]
    print("analyze: %.1f s; %d articles, %d events (largest %d articles), %d claims, %d figures"
          % (elapsed, len(report["articles"]), len(report["events"]), max(sizes or [0]), len(report["claims"]),
             len(report["figures"])))
    del report
    events_bytes, events_files = du(os.path.join(out, "events"))
    print("report.html %.1f KB; events/ %d pages, %.1f MB; report.json %.1f MB"
          % (os.path.getsize(os.path.join(out, "report.html")) / 1e3, events_files, events_bytes / 1e6,
             os.path.getsize(os.path.join(out, "report.json")) / 1e6))
    p = subprocess.run(["node", os.path.join(ROOT, "bench", "report_load.mjs"), out, str(args.runs)],
                       capture_output=True, cwd=ROOT)
    if p.returncode:
        sys.exit("report_load.mjs failed: " + p.stderr.decode()[-800:])
    for name, r in json.loads(p.stdout).items():
        print("%-20s %-28s %9.1f KB %7d elements  load median %5d ms, worst %5d ms"
              % (name, r["file"], r["bytes"] / 1e3, r["elements"], r["median_ms"], r["worst_ms"]))


if __name__ == "__main__":
    main()
