#!/usr/bin/env python3
"""bench/serve_bench.py BASE_URL STORY_ID DB — requests per second of the web
server for /story/N (cold: brief built; cached: from the store's cache),
/search and /api/search, against a static file served by the same server in
the same run (the baseline).  Sequential keep-alive requests from one client,
then 4 client threads.  Prints one line per figure."""
import http.client
import sqlite3
import statistics
import sys
import threading
import time
from urllib.parse import urlparse

base, story, db = sys.argv[1], sys.argv[2], sys.argv[3]
u = urlparse(base)


def fetch(conn, path):
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise SystemExit("%s -> %d" % (path, r.status))
    return len(body)


def sequential(path, n):
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
    lat = []
    size = 0
    for _ in range(n):
        t = time.perf_counter()
        size = fetch(conn, path)
        lat.append(time.perf_counter() - t)
    conn.close()
    return n / sum(lat), statistics.median(lat), size


def parallel(path, n, threads=4):
    done = []

    def worker():
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
        for _ in range(n):
            fetch(conn, path)
        conn.close()
        done.append(n)

    ts = [threading.Thread(target=worker) for _ in range(threads)]
    t = time.perf_counter()
    for x in ts:
        x.start()
    for x in ts:
        x.join()
    return sum(done) / (time.perf_counter() - t)


def drop_cache():
    c = sqlite3.connect(db, timeout=30)
    try:
        c.execute("DELETE FROM brief_cache")
    except sqlite3.OperationalError:
        pass  # no table yet: nothing cached
    c.commit()
    c.close()


static = "/static/style.css"
rs, ls, _ = sequential(static, 500)
rp = parallel(static, 250)
print("static file %-22s %8.0f req/s sequential (median %.2f ms), %8.0f req/s with 4 clients" % (static, rs, ls * 1000, rp))
page = "/story/%s" % story
cold = []
for _ in range(3):
    drop_cache()
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=300)
    t = time.perf_counter()
    size = fetch(conn, page)
    cold.append(time.perf_counter() - t)
    conn.close()
print("%-34s cold (brief built): median %.0f ms over 3 (%s ms); page %d bytes" % (
    page, statistics.median(cold) * 1000, ", ".join("%.0f" % (c * 1000) for c in cold), size))
for path, n in ((page, 100), ("/api/stories/%s" % story, 100), ("/search?q=water", 200),
                ("/api/search?q=water", 200), ("/", 200)):
    r, lat, size = sequential(path, n)
    p = parallel(path, n // 2)
    print("%-34s %8.1f req/s sequential (median %.2f ms, %.4fx static), %8.1f req/s with 4 clients; %d bytes" % (
        path + (" cached" if "story" in path else ""), r, lat * 1000, r / rs, p, size))
