#!/usr/bin/env python3
"""Report level on gva-incidents (issue 11): the whole corpus through `corroborate analyze`.

All 2,999 articles of ../shared/bench/gva-incidents go into one temporary JSON Lines file (id, url,
title, published, text), analysed in one run. Articles map back to incidents by their record path
("file.jsonl:N", N = line). Per incident:

  event     = the event holding most of the incident's articles (ties: the first in report order)
  headline  = per category (killed, injured), among that event's incident-scope figures of the
              category, the one with the most claims, then the most outlets, then the larger value;
              its best value, else its low; 0 when the event has no such figure

Printed: killed / injured accuracy over all incidents and over incidents with 2+ articles beside the
majority answers (1 killed, 0 injured), and B-cubed F1 of the events against the incidents, beside one
event per article (over the
articles the report read; duplicates are in their original's event). Articles the cleaner rejected
(empty, debris) count as singletons on the system side.

Usage: python3 bench/gva_incidents_report.py [DIR] [--verbose] [--bin build/corroborate]
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def bcubed(gold, system):
    """B-cubed precision, recall, F1; gold and system map item -> cluster label."""
    g_members = collections.defaultdict(set)
    s_members = collections.defaultdict(set)
    for item, c in gold.items():
        g_members[c].add(item)
    for item, c in system.items():
        s_members[c].add(item)
    p = r = 0.0
    for item in gold:
        g = g_members[gold[item]]
        s = s_members[system[item]]
        inter = len(g & s)
        p += inter / len(s)
        r += inter / len(g)
    n = len(gold)
    p, r = p / n, r / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def headline(figures, category):
    cands = [f for f in figures if f.get("category") == category and f.get("scope", "incident") == "incident"]
    if not cands:
        return 0, None

    def value(f):
        v = f.get("best")
        return v if v is not None else (f.get("low") or 0)

    best = max(cands, key=lambda f: (len(f.get("claims", [])), f.get("outlets", 0), value(f)))
    return value(best), best


def main():
    args = [a for a in sys.argv[1:]]
    verbose = "--verbose" in args
    binary = os.path.join(HERE, "..", "build", "corroborate")
    if "--bin" in args:
        binary = args[args.index("--bin") + 1]
        args.remove("--bin")
        args.remove(binary)
    args = [a for a in args if not a.startswith("--")]
    data = args[0] if args else os.path.join(HERE, "..", "..", "shared", "bench", "gva-incidents")
    arts_path = os.path.join(data, "articles.jsonl")
    if not os.path.exists(arts_path):
        print(f"gva_incidents_report: {arts_path} not found; nothing to measure")
        return 0
    articles = [json.loads(l) for l in open(arts_path, encoding="utf-8") if l.strip()]
    incidents = [json.loads(l) for l in open(os.path.join(data, "incidents.jsonl"), encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = os.path.join(tmp, "corpus.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for i, a in enumerate(articles, 1):
                rec = {"id": f"g{i}", "url": a.get("url", ""), "title": a.get("title", ""),
                       "published": a.get("published", ""), "text": a.get("text", "")}
                f.write(json.dumps(rec) + "\n")
        out = os.path.join(tmp, "out")
        subprocess.run([binary, "analyze", jsonl, "--out", out, "--quiet"], check=False)
        with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
            report = json.load(f)

    line_of = {}
    for a in report["articles"]:
        path = a.get("path", "")
        if ":" in path:
            line_of[a["id"]] = int(path.rsplit(":", 1)[1])
    by_id = {a["id"]: a for a in report["articles"]}
    event_of_line = {}
    for a in report["articles"]:
        ev = a.get("event") or ""
        if not ev and a.get("duplicate_of"):
            ev = by_id.get(a["duplicate_of"], {}).get("event", "")
        if a["id"] in line_of:
            event_of_line[line_of[a["id"]]] = ev or ("single-" + a["id"])
    figures_of = collections.defaultdict(list)
    for f in report.get("figures", []):
        figures_of[f.get("event", "")].append(f)
    claims_by_id = {c["id"]: c for c in report.get("claims", [])}

    lines_of_incident = collections.defaultdict(list)
    for i, a in enumerate(articles, 1):
        lines_of_incident[a["incident_id"]].append(i)

    tallies = {"all incidents": [0, 0, 0, 0, 0], "2+ articles": [0, 0, 0, 0, 0]}
    for inc in incidents:
        lines = lines_of_incident.get(inc["incident_id"], [])
        evs = collections.Counter(event_of_line[l] for l in lines if l in event_of_line)
        ev = evs.most_common(1)[0][0] if evs else ""
        pk, fk = headline(figures_of.get(ev, []), "killed")
        pi, fi = headline(figures_of.get(ev, []), "injured")
        gk, gi = inc["num_killed"], inc["num_injured"]
        for name, t in tallies.items():
            if name == "2+ articles" and len(lines) < 2:
                continue
            t[0] += 1
            t[1] += pk == gk
            t[2] += pi == gi
            t[3] += gk == 1
            t[4] += gi == 0
        if verbose and (pk != gk or pi != gi):
            print(f"=== incident {inc['incident_id']} ({len(lines)} articles, event {ev or '-'} holds {evs.most_common(1)[0][1] if evs else 0}) "
                  f"gold killed {gk} injured {gi}; predicted {pk} / {pi}")
            for cat, f in (("killed", fk), ("injured", fi)):
                if f is None:
                    continue
                print(f"  {cat} figure {f['id']} low {f.get('low')} best {f.get('best')} high {f.get('high')} claims {len(f.get('claims', []))} outlets {f.get('outlets')}")
                for cid in f.get("claims", [])[:2]:
                    c = claims_by_id.get(cid, {})
                    print(f"    {c.get('value_text')} | {c.get('sentence', '')[:240]}")

    for name, (n, k, i, bk, bi) in tallies.items():
        pct = lambda a: 100.0 * a / n if n else 0.0
        print(f"gva-incidents report, {name} ({n}): killed {pct(k):5.1f}% (majority 1: {pct(bk):5.1f}%), "
              f"injured {pct(i):5.1f}% (majority 0: {pct(bi):5.1f}%)")
    gold = {}
    system = {}
    for i, a in enumerate(articles, 1):
        gold[i] = a["incident_id"]
        system[i] = event_of_line.get(i, f"rejected-{i}")
    p, r, f1 = bcubed(gold, system)
    events = len(set(system.values()))
    _, _, f1_single = bcubed(gold, {i: i for i in gold})
    print(f"  events: B-cubed F1 {f1:.3f} (P {p:.3f}, R {r:.3f}; one event per article: {f1_single:.3f}); {events} events for "
          f"{len(set(gold.values()))} incidents; {len(articles) - len(event_of_line)} articles not read")
    return 0


if __name__ == "__main__":
    sys.exit(main())
