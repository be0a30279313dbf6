# Story grouping through the CLI, on reports we wrote: two ingests a day apart, a wire copy and a
# late report join the first story under its id; `stories --format json` lists each story's documents.
. "$NP_ROOT/tests/e2e_lib.sh"
db="$WORK/g.db"
body='The ferry Northern Lark ran aground on the Skerrow reef on Monday evening with 212 passengers on board, the coast guard said. All passengers were taken off by lifeboats from Brennick and Oldhaven within four hours, and eleven people were treated for cold and minor injuries at the Brennick hospital. The ferry operator, Westsound Lines, said the captain had reported a steering failure shortly after leaving Oldhaven harbour in heavy seas. Salvage teams will try to refloat the vessel at high tide on Wednesday, once divers have checked the hull for damage. The maritime safety board has opened an investigation and asked the operator for the maintenance records of the steering system, which was replaced two years ago. Services between the islands are suspended until a replacement vessel arrives from the mainland.'
python3 - "$WORK" "$body" <<'PY'
import json, sys
work, body = sys.argv[1], sys.argv[2]
day1 = [
    {"id": "ferry-a", "outlet": "Island Post", "published": "2026-05-04", "title": "Ferry Northern Lark runs aground on Skerrow reef", "text": body},
    {"id": "ferry-b", "outlet": "Coast Radio", "published": "2026-05-04", "title": "212 rescued as Westsound ferry hits reef", "text": "Lifeboats from Brennick and Oldhaven rescued all 212 passengers of the Westsound Lines ferry Northern Lark after it struck the Skerrow reef on Monday. Eleven people were treated at Brennick hospital. The captain reported a steering failure in heavy seas; the maritime safety board is investigating."},
    {"id": "fair", "outlet": "Island Post", "published": "2026-05-04", "title": "Wool fair draws record crowd in Tollan", "text": "The spring wool fair in Tollan drew a record crowd of nine thousand visitors, with spinners and weavers from across the region showing their work in the old market hall."},
]
day2 = [
    {"id": "ferry-wire", "outlet": "Mainland Daily", "published": "2026-05-05", "title": "Ferry aground off the islands", "text": body + " Reporting by the Northern Wire."},
    {"id": "ferry-c", "outlet": "Mainland Daily", "published": "2026-05-05", "title": "Northern Lark salvage planned for Wednesday", "text": "Salvage crews will try to refloat the Northern Lark from the Skerrow reef at Wednesday's high tide, Westsound Lines said, after divers inspect the hull. The ferry grounded on Monday with 212 passengers, all rescued by Brennick and Oldhaven lifeboats."},
]
for name, docs in (("day1.jsonl", day1), ("day2.jsonl", day2)):
    with open(f"{work}/{name}", "w") as f:
        f.writelines(json.dumps(d) + "\n" for d in docs)
PY
expect_rc 0 "ingest day 1" -- "$NEWSPRISM" --db "$db" --quiet ingest "$WORK/day1.jsonl"
expect_rc 0 "stories json" -- "$NEWSPRISM" --db "$db" stories --format json
cp "$WORK/out" "$WORK/s1.json"
expect_rc 0 "ingest day 2" -- "$NEWSPRISM" --db "$db" --quiet ingest "$WORK/day2.jsonl"
expect_rc 0 "stories json again" -- "$NEWSPRISM" --db "$db" stories --format json
python3 - "$WORK/s1.json" "$WORK/out" <<'PY' && pass "reports grouped, ids kept, copy marked" || fail "grouping through the CLI"
import json, sys
before, after = (json.load(open(p))["stories"] for p in sys.argv[1:3])
story = lambda stories, key: next(s["id"] for s in stories for d in s["docs"] if d["doc"] == key)
docs = {d["doc"]: d for s in after for d in s["docs"]}
ferry = story(before, "ferry-a")
assert story(before, "ferry-b") == ferry, "day-1 reports of the grounding split"
assert story(before, "fair") != ferry, "the fair joined the grounding"
for key in ("ferry-a", "ferry-b", "ferry-wire", "ferry-c"):
    assert story(after, key) == ferry, f"{key} not in story {ferry}"
assert docs["ferry-wire"].get("copy_of") == docs["ferry-a"]["id"], "wire copy not marked"
assert "copy_of" not in docs["ferry-c"], "independent report marked as a copy"
for d in docs.values():
    assert d["id"] and d["outlet"] and d["title"] and d["published"], d
PY
finish
