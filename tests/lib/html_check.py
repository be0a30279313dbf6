"""tests/lib/html_check.py — parse an HTML page we rendered and check that no
article text became markup: no <script> element other than our own external
/static/app.js, no event-handler attributes, no javascript:/data: URLs, no
inline style or script when the page is served (CSP), balanced structure.

usage: html_check.py FILE [--standalone] [--expect-text TEXT]...
Exits 1 with the reasons when a check fails."""
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    def __init__(self, standalone):
        super().__init__(convert_charrefs=True)
        self.standalone = standalone
        self.problems = []
        self.stack = []
        self.text = []
        self.tags = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for k, v in attrs:
            if k.startswith("on"):
                self.problems.append("event handler attribute %s=%r on <%s>" % (k, v, tag))
            if k in ("href", "src", "action") and v is not None:
                low = v.strip().lower()
                ours = tag == "link" and dict(attrs).get("rel") == "icon" and v == "data:,"  # the empty icon
                if low.startswith(("javascript:", "data:", "vbscript:")) and not ours:
                    self.problems.append("dangerous URL %s=%r" % (k, v))
                if k == "href" and low.startswith("http") and tag == "a":
                    rel = dict(attrs).get("rel", "")
                    if "noopener" not in rel or "noreferrer" not in rel:
                        self.problems.append("external link without rel=noopener noreferrer: %r" % v)
            if k == "style":
                self.problems.append("inline style attribute on <%s>" % tag)
        if tag == "script":
            src = dict(attrs).get("src")
            if self.standalone or src != "/static/app.js":
                self.problems.append("script element %r" % (attrs,))
        if tag == "link" and self.standalone:
            self.problems.append("external resource %r in a standalone page" % (attrs,))
        if tag == "meta" and dict(attrs).get("http-equiv"):
            self.problems.append("meta http-equiv %r" % (attrs,))
        if tag == "style" and not self.standalone:
            self.problems.append("inline <style> in a served page")
        if tag in ("iframe", "object", "embed", "svg", "img", "base", "frame", "math"):
            self.problems.append("unexpected <%s>" % tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append("unbalanced </%s> (open: %s)" % (tag, self.stack[-3:]))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def main():
    args = sys.argv[1:]
    path = args.pop(0)
    standalone = "--standalone" in args
    expect = [args[i + 1] for i, a in enumerate(args) if a == "--expect-text"]
    with open(path, "rb") as f:
        raw = f.read()
    try:
        page = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8:", e)
        return 1
    c = Checker(standalone)
    c.feed(page)
    c.close()
    if c.stack:
        c.problems.append("unclosed elements: %s" % c.stack)
    text = "".join(c.text)
    for t in expect:
        if t not in text:
            c.problems.append("text %r not shown" % t)
    for p in c.problems[:20]:
        print("problem:", p)
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())
