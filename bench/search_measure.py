#!/usr/bin/env python3
"""Measures khotin's search against Pagefind on one built site, in headless Chromium driven over the plain
WebDriver protocol (chromedriver, no Selenium package needed):
  * bytes a first query fetches (fresh browser profile per query; khotin: manifest + shards + search.js + the
    10 result files shown; Pagefind: pagefind.js + wasm + entry + meta + index chunks + the 10 result fragments);
  * recall on Vietnamese queries typed without diacritics: of the articles that hold every word of the
    intended accented query, the share each engine returns.
Usage: search_measure.py PUBLIC_DIR  (public/pagefind must exist: run pagefind first)
"""
import gzip, json, os, re, socket, subprocess, sys, threading, time, unicodedata, urllib.parse, urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

PUBLIC = os.path.abspath(sys.argv[1])
QUERIES = [  # typed without diacritics → what the reader means
    ("to chuc xay dung dang", "tổ chức xây dựng đảng"),
    ("dang vien", "đảng viên"),
    ("dai bieu quoc hoi", "đại biểu quốc hội"),
    ("dong chi", "đồng chí"),
    ("dao tao", "đào tạo"),
    ("doan ket", "đoàn kết"),
    ("doi moi", "đổi mới"),
    ("danh gia", "đánh giá"),
    ("dia phuong", "địa phương"),
    ("thi dua yeu nuoc", "thi đua yêu nước"),
    ("can bo tre", "cán bộ trẻ"),
    ("nguyen hong dien", "nguyễn hồng diên"),
    ("hdnd", "hđnd"),
    ("nghi quyet", "nghị quyết"),
    ("phat trien dang vien", "phát triển đảng viên"),
]
WORD = re.compile(r"\w+")

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

SERVED = []  # (path, bytes) of every response: what a browser fetched, workers included

class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a): pass
    def send_header(self, key, value):
        if key == "Content-Length": SERVED.append((urllib.parse.urlparse(self.path).path, int(value)))
        super().send_header(key, value)
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript", ".json": "application/json"}

def serve():
    port = free_port()
    httpd = ThreadingHTTPServer(("127.0.0.1", port), partial(Quiet, directory=PUBLIC))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}/"

class Driver:
    def __init__(self):
        self.port = free_port()
        self.proc = subprocess.Popen(["/usr/bin/chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    def call(self, method, path, body=None):
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                     data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(req, timeout=600))["value"]
    def session(self, profile):
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--user-data-dir={profile}"]}}}}
        sid = self.call("POST", "/session", caps)["sessionId"]
        self.call("POST", f"/session/{sid}/timeouts", {"script": 600000})
        return sid
    def close(self): self.proc.terminate()

def run_async(d, sid, script, *args):
    return d.call("POST", f"/session/{sid}/execute/async", {"script": script, "args": list(args)})

RESOURCES = "return performance.getEntriesByType('resource').map(function (r) { return [r.name, r.encodedBodySize]; });"

def gz(path):
    with open(path, "rb") as f: return len(gzip.compress(f.read(), 9))

def khotin_first_query(d, base, q, n):
    sid = d.session(f"/tmp/searchbench/profiles/k{n}")
    SERVED.clear()
    d.call("POST", f"/session/{sid}/url", {"url": base + "vi/tim-kiem/?q=" + urllib.parse.quote(q)})
    run_async(d, sid, "var done = arguments[arguments.length - 1]; window.khotinSearch.ready.then(function () { setTimeout(done, 300); });")
    shown = d.call("POST", f"/session/{sid}/execute/sync", {"script": "return document.querySelectorAll('.search-result').length;", "args": []})
    d.call("DELETE", f"/session/{sid}")
    res = [r for r in SERVED if r[0].startswith("/search/") or r[0].endswith("search.js")]
    raw = sum(r[1] for r in res)
    gzipped = sum(gz(os.path.join(PUBLIC, urllib.parse.urlparse(r[0]).path.lstrip("/"))) for r in res)
    return raw, gzipped, len(res), shown

PF_FIRST = """var done = arguments[arguments.length - 1];
import('/pagefind/pagefind.js').then(async function (pf) { await pf.init(); var r = await pf.search(arguments[0]);
  await Promise.all(r.results.slice(0, 10).map(function (x) { return x.data(); })); setTimeout(function () { done(r.results.length); }, 300); });"""

KEYSTROKE = """var done = arguments[arguments.length - 1];
var input = document.querySelector('#search-query'), status = document.querySelector('.search-status'),
    list = document.querySelector('.search-results'), before = status.textContent, t0, statusAt = null;
new MutationObserver(function (changes, observer) {
  if (statusAt === null && status.textContent !== before) statusAt = performance.now() - t0;
  if (statusAt !== null && list.querySelector('li h2 a')) { observer.disconnect(); done([statusAt, performance.now() - t0]); }
}).observe(document.querySelector('.search'), {childList: true, subtree: true, characterData: true});
input.value = arguments[0]; t0 = performance.now(); input.dispatchEvent(new Event('input', {bubbles: true}));"""

def khotin_keystroke(d, base, q, n):
    """Milliseconds from the last keystroke of q to the result count announced and the first result shown,
    with the shards of q minus its last letter already loaded (the reader has been typing)."""
    sid = d.session(f"/tmp/searchbench/profiles/t{n}")
    d.call("POST", f"/session/{sid}/url", {"url": base + "vi/tim-kiem/?q=" + urllib.parse.quote(q[:-1])})
    run_async(d, sid, "var done = arguments[arguments.length - 1]; window.khotinSearch.ready.then(function () { setTimeout(done, 300); });")
    status_ms, first_ms = run_async(d, sid, KEYSTROKE, q)
    d.call("DELETE", f"/session/{sid}")
    return status_ms, first_ms

def pagefind_first_query(d, base, q, n):
    sid = d.session(f"/tmp/searchbench/profiles/p{n}")
    SERVED.clear()
    d.call("POST", f"/session/{sid}/url", {"url": base + "vi/"})
    count = run_async(d, sid, PF_FIRST.replace("arguments[0]", json.dumps(q)))
    d.call("DELETE", f"/session/{sid}")
    res = [r for r in SERVED if r[0].startswith("/pagefind/")]
    return sum(r[1] for r in res), len(res), count

def relevant_docs(meant):
    words = [unicodedata.normalize("NFC", w) for w in meant.split()]
    out = set()
    for url, text in DOCS.items():
        have = set(WORD.findall(text))
        if all(w in have for w in words): out.add(url)
    return out

def load_docs():
    docs = {}
    d = os.path.join(PUBLIC, "search/vi/d")
    for name in os.listdir(d):
        j = json.load(open(os.path.join(d, name), encoding="utf-8"))
        docs[j["url"]] = unicodedata.normalize("NFC", (j["title"] + " " + " ".join(k[0] for k in j["keywords"]) + " " + j["text"]).lower())
    return docs

def recall(d, base):
    sid = d.session("/tmp/searchbench/profiles/recall")
    d.call("POST", f"/session/{sid}/url", {"url": base + "vi/tim-kiem/"})
    numbers_to_url = {}
    rows = []
    for typed, meant in QUERIES:
        relevant = relevant_docs(meant)
        # both lists the page shows: the words together, then apart
        found = run_async(d, sid, "var done = arguments[arguments.length - 1]; window.khotinSearch.search(arguments[0]).then(done);", typed)
        nums = found["together"] + found["apart"]
        kh = set()
        for n in nums:
            if n not in numbers_to_url:
                numbers_to_url[n] = json.load(open(os.path.join(PUBLIC, f"search/vi/d/{n}.json"), encoding="utf-8"))["url"]
            kh.add(numbers_to_url[n])
        rows.append([typed, meant, relevant, kh])
    d.call("POST", f"/session/{sid}/url", {"url": base + "vi/"})
    for row in rows:
        urls = run_async(d, sid, """var done = arguments[arguments.length - 1];
          import('/pagefind/pagefind.js').then(async function (pf) { await pf.init(); var r = await pf.search(arguments[0]);
          var out = []; for (var i = 0; i < r.results.length; i += 200) { var part = await Promise.all(r.results.slice(i, i + 200).map(function (x) { return x.data(); }));
          part.forEach(function (x) { out.push(x.url); }); } done(out); });""".replace("arguments[0]", json.dumps(row[0])))
        row.append({u.lstrip("/") for u in urls})
    d.call("DELETE", f"/session/{sid}")
    return rows

def size(path):
    total = 0
    for root, _, files in os.walk(path):
        for f in files: total += os.path.getsize(os.path.join(root, f))
    return total

if __name__ == "__main__":
    base = serve()
    d = Driver()
    try:
        print("## index size on disk (bytes)")
        for name, p in [("khotin search/ (all)", "search"), ("khotin search/vi/w+p (postings)", None),
                        ("khotin search/*/d (result files)", None), ("pagefind/ (all)", "pagefind"), ("pagefind/fragment", "pagefind/fragment")]:
            if p: print(f"{name}: {size(os.path.join(PUBLIC, p))}")
        print(f"khotin postings (w, p, manifests): {sum(size(os.path.join(PUBLIC, 'search', l, k)) for l in ('vi','en') for k in ('w','p')) + sum(os.path.getsize(os.path.join(PUBLIC, 'search', l, 'manifest.json')) for l in ('vi','en'))}")
        print(f"khotin result files (d): {sum(size(os.path.join(PUBLIC, 'search', l, 'd')) for l in ('vi','en'))}")
        print("\n## first query, bytes fetched (fresh profile; 10 results loaded)")
        print("| query | khotin bytes | khotin gzip | khotin files | Pagefind bytes | Pagefind files | results khotin / Pagefind |")
        for n, (typed, meant) in enumerate(QUERIES + [(m, m) for _, m in QUERIES[:3]]):
            raw, gzipped, files, shown = khotin_first_query(d, base, typed, n)
            praw, pfiles, pcount = pagefind_first_query(d, base, typed, n)
            print(f"| {typed} | {raw} | {gzipped} | {files} | {praw} | {pfiles} | {shown}+ / {pcount} |", flush=True)
        print("\n## keystroke to results, shards of the query so far already loaded (ms)")
        print("| query (last letter typed) | result count announced | first result shown |")
        for n, (typed, _) in enumerate(QUERIES):
            status_ms, first_ms = khotin_keystroke(d, base, typed, n)
            print(f"| {typed} | {status_ms:.0f} | {first_ms:.0f} |", flush=True)
        global DOCS
        DOCS = load_docs()
        print("\n## recall, queries typed without diacritics (relevant = articles holding every intended word)")
        print("| typed | meant | relevant | khotin found | khotin recall | Pagefind found | Pagefind recall |")
        tk = tp = 0
        for typed, meant, rel, kh, pf in recall(d, base):
            rk = len(rel & kh) / len(rel) if rel else 1.0
            rp = len(rel & pf) / len(rel) if rel else 1.0
            tk += rk; tp += rp
            print(f"| {typed} | {meant} | {len(rel)} | {len(kh)} | {rk:.2f} | {len(pf)} | {rp:.2f} |", flush=True)
        print(f"| mean | | | | {tk/len(QUERIES):.2f} | | {tp/len(QUERIES):.2f} |")
    finally:
        d.close()
