#!/usr/bin/env python3
"""End-to-end tests of the corroborate command line.

Usage: run_cli_tests.py BINARY FIXTURES_DIR. Builds hostile inputs in a temporary folder (an empty
file, a binary file, a Latin-1 file, a truncated .warc.gz) beside a good article, and checks the
contract of ../shared/BRIEF.md: exit codes 0/1/2, errors[] with reasons, the good article's claims,
byte-identical reports on two runs, and every subcommand's JSON lines.
"""
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile

BIN, FIXTURES = sys.argv[1], sys.argv[2]
failures = []
passed = 0


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what)


def run(args, stdin=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def json_lines(data):
    return [json.loads(line) for line in data.decode().splitlines() if line.strip()]


tmp = tempfile.mkdtemp(prefix="corroborate-cli-")
try:
    good = os.path.join(FIXTURES, "good", "harbour-blast.txt")

    # 1. A clean folder: exit 0, all four files, every top-level key.
    out = os.path.join(tmp, "out-good")
    rc, _, err = run(["analyze", os.path.join(FIXTURES, "good"), "--out", out, "--quiet"])
    check(rc == 0, f"analyze on a good folder exits 0 (got {rc}: {err[-300:]!r})")
    for name in ["report.json", "report.html", "claims.csv", "claims.hxl.csv"]:
        check(os.path.isfile(os.path.join(out, name)), f"analyze writes {name}")
    report = json.load(open(os.path.join(out, "report.json")))
    check(report.get("schema") == "corroborate.report/1", "schema is corroborate.report/1")
    for key in ["articles", "events", "claims", "figures", "timeline", "summary", "errors"]:
        check(isinstance(report.get(key), list), f"report.json has list {key}")
    killed = [c for c in report["claims"] if c["category"] == "killed"]
    check(any(c["value_low"] == 27 and c["value_high"] is None for c in killed),
          f"'At least 27 people were killed' is a killed claim [27, null] (claims: {report['claims']})")
    check(not any(c["value_low"] in (1998, 4000) for c in report["claims"]), "a year and tonnes are not claims")
    text = report["articles"][0]["text"] if report["articles"] else ""
    check("Share this story" not in text and "Leave a Reply" not in text, "boilerplate is dropped from the text")
    for c in report["claims"]:
        check(text.encode()[c["start"]:c["end"]].decode(errors="replace") != "", f"claim {c['id']} has an evidence span")

    # 1b. report.html in a real browser (Debian's chromium, when installed): it loads from disk with
    # no network; the front page lists the event with its headline figures, the event's page holds the
    # figure cards and the evidence. (tests/browser/report_browser.mjs checks much more.)
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        def dom_of(path):
            p = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + path],
                               capture_output=True, timeout=120)
            return p.returncode, p.stdout.decode("utf-8", "replace")
        try:
            rc_front, dom = dom_of(os.path.join(out, "report.html"))
            check(rc_front == 0 and "<section" in dom and 'class="heads"' in dom and 'href="events/e1.html"' in dom,
                  f"report.html renders in chromium with its event and headline figures (rc {rc_front})")
            rc_event, dom = dom_of(os.path.join(out, "events", "e1.html"))
            check(rc_event == 0 and 'class="card"' in dom and "<mark>" in dom and "<svg" in dom,
                  f"events/e1.html renders in chromium with cards, chart and evidence (rc {rc_event})")
        except subprocess.TimeoutExpired:
            check(False, "chromium rendered the report within 120 s")
    else:
        print("chromium not installed: browser check skipped")

    # 2. Determinism: a second run gives the same bytes.
    out2 = os.path.join(tmp, "out-good-2")
    run(["analyze", os.path.join(FIXTURES, "good"), "--out", out2, "--quiet"])
    pages = sorted(os.listdir(os.path.join(out, "events")))
    check(pages == sorted(os.listdir(os.path.join(out2, "events"))) and "e1.html" in pages, f"events/ holds the same pages ({pages})")
    for name in ["report.json", "report.html", "claims.csv", "claims.hxl.csv"] + ["events/" + p for p in pages]:
        check(open(os.path.join(out, name), "rb").read() == open(os.path.join(out2, name), "rb").read(),
              f"{name} is byte-identical on a second run")
    check(sorted(os.listdir(out)) == ["claims.csv", "claims.hxl.csv", "events", "report.html", "report.json"],
          f"nothing else is left in the report folder ({sorted(os.listdir(out))})")

    # 2a. A report that cannot be written: exit 3, and nothing half-written.
    blocker = os.path.join(tmp, "a-file")
    open(blocker, "w").close()
    rc, _, err = run(["analyze", os.path.join(FIXTURES, "good"), "--out", os.path.join(blocker, "out"), "--quiet"])
    check(rc == 3 and b"cannot write the report" in err, f"an unwritable --out exits 3 (got {rc}: {err[-200:]!r})")

    # 2b. The bundled examples/ (the README's first command): every file read, both crises found, the
    # syndicated copy marked, the French date line read, the undated page left undated.
    examples = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(FIXTURES))), "examples")
    if os.path.isdir(examples):
        out_ex = os.path.join(tmp, "out-examples")
        rc, _, err = run(["analyze", examples, "--out", out_ex, "--quiet"])
        check(rc == 0, f"analyze examples exits 0 (got {rc}: {err[-300:]!r})")
        ex = json.load(open(os.path.join(out_ex, "report.json")))
        check(len(ex["articles"]) >= 10 and not ex["errors"], "examples: at least 10 articles, no errors")
        check(len(ex["events"]) == 2, f"examples: two events (got {len(ex['events'])})")
        check(sum(1 for a in ex["articles"] if a["duplicate_of"]) >= 1, "examples: the syndicated copy is marked")
        by_path = {os.path.basename(a["path"]): a for a in ex["articles"]}
        fr = by_path.get("dressa-courier-2025-03-14.txt", {})
        check(fr.get("published") == "2025-03-14", f"examples: 'Publié le 14 mars 2025' is read (got {fr.get('published')})")
        undated = by_path.get("northern-tribune-analysis.html", {})
        check(undated.get("published") is None and undated.get("published_how") == "none", "examples: the undated page stays undated")
        statuses = {f["status"] for f in ex["figures"]}
        check("conflicting" in statuses, "examples: conflicting figures are found")
        check(any(c["hedged"] for c in ex["claims"]) and any(c["parent"] for c in ex["claims"]),
              "examples: hedged claims and sub-claims are found")

    # 3. A folder of bad inputs beside a good article: exit 1, each bad file in errors[], good claims kept.
    bad = os.path.join(tmp, "mixed")
    os.makedirs(bad)
    shutil.copy(good, os.path.join(bad, "good.txt"))
    open(os.path.join(bad, "empty.txt"), "wb").close()
    with open(os.path.join(bad, "binary.html"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with open(os.path.join(bad, "latin1.txt"), "wb") as f:
        f.write("Caf\u00e9 owners in Mont\u00e9ral said 3 people were hurt on Friday.\n".encode("latin-1"))
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.invalid/a\r\n"
              b"Content-Length: 200\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
              + b"Some text " * 30 + b"</p></body></html>\r\n\r\n")
    gz = gzip.compress(record)
    with open(os.path.join(bad, "truncated.warc.gz"), "wb") as f:
        f.write(gz[: len(gz) // 2])
    out3 = os.path.join(tmp, "out-mixed")
    rc, _, err = run(["analyze", bad, "--out", out3, "--quiet"])
    check(rc == 1, f"analyze with bad inputs exits 1 (got {rc})")
    r3 = json.load(open(os.path.join(out3, "report.json")))
    errored = {os.path.basename(e["path"].split(":")[0].split("#")[0]) for e in r3["errors"]}
    for name in ["empty.txt", "binary.html", "latin1.txt", "truncated.warc.gz"]:
        check(name in errored, f"{name} is listed in errors[] (errors: {r3['errors']})")
    check(all(e.get("error") for e in r3["errors"]), "every error has a reason")
    check(any(c["value_low"] == 27 for c in r3["claims"]), "the good article's claims are still there")

    # 4. Usage errors exit 2.
    rc, _, _ = run(["analyze", "--out", os.path.join(tmp, "x")])
    check(rc == 2, f"analyze without PATH exits 2 (got {rc})")
    rc, _, _ = run(["no-such-command"])
    check(rc == 2, "an unknown command exits 2")
    rc, _, _ = run(["timex", "--dct", "yesterday"], stdin=b"")
    check(rc == 2, "a malformed --dct exits 2")
    for cmd in ["analyze", "clean", "timex", "numbers", "claims", "cluster"]:
        rc, so, _ = run([cmd, "--help"])
        check(rc == 0 and b"Usage" in so, f"{cmd} --help prints usage")

    # 5. The per-stage commands.
    rc, so, _ = run(["numbers"], stdin=b"Nearly 130,000 people fled and at least 82 were killed in 2016.")
    nums = json_lines(so)
    check(rc == 0 and any(n["low"] == 117000 and n["high"] == 130000 and n["kind"] == "approx" for n in nums),
          f"numbers reads 'nearly 130,000' as [117000, 130000] approx ({nums})")
    check(not any(n["text"] == "2016" for n in nums), "numbers does not return a year")
    rc, so, _ = run(["timex", "--dct", "2016-12-01"], stdin=b"Dozens were killed on Wednesday.")
    tx = json_lines(so)
    check(rc == 0 and any(t["value"] == "2016-11-30" and t["type"] == "DATE" for t in tx),
          f"timex resolves 'on Wednesday' against 2016-12-01 ({tx})")
    rc, so, _ = run(["claims", "--dct", "2016-12-01"], stdin=b"Rescuers said 45 people were killed on Wednesday.")
    cl = json_lines(so)
    check(rc == 0 and any(c["category"] == "killed" and c["value_low"] == 45 for c in cl), f"claims finds 45 killed ({cl})")
    rc, so, _ = run(["clean", good])
    cleaned = json_lines(so)
    check(rc == 0 and len(cleaned) == 1 and cleaned[0]["published"] == "2025-03-14",
          f"clean finds the date line ({cleaned})")
    articles = [
        {"id": "x1", "title": "Quake hits coastal town", "published": "2025-01-02",
         "text": "A strong earthquake struck the coastal town of Velna on Monday, killing 14 people. " * 5},
        {"id": "x2", "title": "Quake hits coastal town", "published": "2025-01-02",
         "text": "A strong earthquake struck the coastal town of Velna on Monday, killing 14 people. " * 5},
    ]
    rc, so, _ = run(["cluster"], stdin="\n".join(json.dumps(a) for a in articles).encode())
    cs = json_lines(so)
    check(rc == 0 and len(cs) == 2 and cs[1]["duplicate_of"] == "x1" and cs[0]["event"] == cs[1]["event"],
          f"cluster marks a verbatim copy and puts it in the same event ({cs})")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
