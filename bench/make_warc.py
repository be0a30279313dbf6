#!/usr/bin/env python3
"""Build a large benchmark WARC from the scrapinghub HTML pages.

    python3 bench/make_warc.py [--size-mb 1024] [--src DIR] [--out DIR] [--plain]
                               [--no-encoding] [--name bench]

Writes OUT/NAME.warc.gz (one gzip member per record, as crawlers do) and,
with --plain, OUT/NAME.warc (the same records uncompressed).  Records are
`response` records with HTTP heads, cycling through the pages in these
variants: plain 200, chunked, gzip-encoded, chunked + gzip, plus non-HTML
(image/jpeg) and non-200 (404, 301) responses and a `request` record before
every fifth response.  --size-mb is the uncompressed size to reach.
Output goes to bench/out/ (gitignored): the pages must not enter the repo.
Python 3 standard library only.
"""
import argparse
import glob
import gzip
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def gz(data, level=6):
    c = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


def chunked(data, size):
    out = bytearray()
    for i in range(0, len(data), size):
        part = data[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return bytes(out) + b"0\r\n\r\n"


def record(wtype, block, uri, ctype, n):
    head = ("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-%012x>\r\n"
            "WARC-Date: 2024-05-%02dT%02d:%02d:%02dZ\r\nWARC-Target-URI: %s\r\n"
            "Content-Type: %s\r\nContent-Length: %d\r\n\r\n"
            % (wtype, n, n, 1 + n % 28, n % 24, n % 60, (n * 7) % 60, uri, ctype, len(block)))
    return head.encode() + block + b"\r\n\r\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--src", default="/work/shared/data/extraction/scrapinghub/html")
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--plain", action="store_true", help="also write the uncompressed .warc")
    ap.add_argument("--no-encoding", action="store_true",
                    help="no chunked or gzip-encoded bodies (measures WARC framing alone)")
    ap.add_argument("--name", default="bench", help="output base name")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.src, "*.html.gz")))
    if not files:
        raise SystemExit("no pages in %s" % args.src)
    pages = []
    for f in files:
        with gzip.open(f, "rb") as fh:
            pages.append(fh.read())
    # Encoded bodies are the same for every repeat of a page: compute once.
    gz_bodies = {}
    rnd = random.Random(7)
    jpeg = bytes(rnd.getrandbits(8) for _ in range(30000))
    os.makedirs(args.out, exist_ok=True)
    target = args.size_mb << 20
    out_gz = open(os.path.join(args.out, args.name + ".warc.gz"), "wb")
    out_plain = open(os.path.join(args.out, args.name + ".warc"), "wb") if args.plain else None
    total = 0
    n = 0
    counts = {}

    def emit(raw, kind):
        nonlocal total
        out_gz.write(gz(raw))
        if out_plain:
            out_plain.write(raw)
        total += len(raw)
        counts[kind] = counts.get(kind, 0) + 1

    emit(record("warcinfo", b"software: bench/make_warc.py\r\n", "", "application/warc-fields", 0),
         "warcinfo")
    while total < target:
        i = n % len(pages)
        body = pages[i]
        uri = "http://bench.example/%d/page-%d" % (n // len(pages), i)
        v = n % 20
        if args.no_encoding and 10 <= v <= 16:
            v = 0
        hdr = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: bench\r\n"
        if v in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
            http = hdr + b"Content-Length: %d\r\n\r\n" % len(body) + body
            kind = "html"
        elif v in (10, 11, 12):
            http = hdr + b"Transfer-Encoding: chunked\r\n\r\n" + chunked(body, 8192)
            kind = "html-chunked"
        elif v in (13, 14, 15):
            if i not in gz_bodies:
                gz_bodies[i] = gz(body)
            http = hdr + b"Content-Encoding: gzip\r\n\r\n" + gz_bodies[i]
            kind = "html-gzip"
        elif v == 16:
            if i not in gz_bodies:
                gz_bodies[i] = gz(body)
            http = (hdr + b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + chunked(gz_bodies[i], 4096))
            kind = "html-chunked-gzip"
        elif v == 17:
            http = b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + jpeg
            kind = "jpeg"
        elif v == 18:
            http = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n" + body[:2000]
            kind = "404"
        else:
            http = b"HTTP/1.1 301 Moved Permanently\r\nLocation: http://bench.example/\r\n\r\n"
            kind = "301"
        if n % 5 == 0:
            emit(record("request", b"GET /page-%d HTTP/1.1\r\nHost: bench.example\r\n\r\n" % i, uri,
                        "application/http; msgtype=request", n), "request")
        emit(record("response", http, uri, "application/http; msgtype=response", n), kind)
        n += 1
    out_gz.close()
    if out_plain:
        out_plain.close()
    print("wrote %d records, %.1f MB uncompressed, %.1f MB gzip: %s" % (
        sum(counts.values()), total / 1e6, os.path.getsize(os.path.join(args.out, args.name + ".warc.gz")) / 1e6,
        ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
