import json, sys
sys.path.insert(0, 'benchmarks')
ns = {}
for p in ('part1', 'part2', 'part3'):
    exec(open(f'tmp_w2/{p}.py').read(), ns)
A = ns['A']
arts, gold = [], []
for aid, title, date, text, evs in A:
    arts.append({"id": aid, "title": title, "text": text, "source": "own-wire", "published_at": f"{date}T12:00:00Z"})
    out = []
    for i, (req, types, actors, targets, ev, dv, st, ex) in enumerate(evs, 1):
        assert ev in text, (aid, ev)
        d = {"value": dv, "status": st}
        for k in ("also_accept", "also_accept_null"):
            if k in ex: d[k] = ex[k]
        e = {"id": f"{aid[4:]}.{i}", "required": req, "types": types, "actors": actors, "targets": targets, "evidence": ev, "date": d}
        for k in ("quantity", "location", "negated", "note"):
            if k in ex: e[k] = ex[k]
        out.append(e)
    gold.append({"id": aid, "dct": date, "dateline_date": date, "events": out})
    print(aid, len(text.split()), len(out), sum(e["required"] for e in out), title)
about = ("Fifteen more whole articles written by the project in the style of 1987 Reuters wire copy (not taken from any corpus), "
 "a second set of world news in which real events are few, on kinds of story the first set (own_world) has not: a currency market report "
 "(central banks intervene, dealers attack a currency), a stock market bloodbath, a farm-lobby march at home, a company takeover battle, "
 "a budget speech, a U.N. General Assembly vote, a Commonwealth communique, Gulf war-risk insurance, a human-rights report listing past abuses, "
 "a profile of a rebel leader, a space story, an air crash inquiry, a drug baron's extradition, a war anniversary and a film review. "
 "Each surrounds one to four real diplomatic or military events with text that is no event under shared/fixtures/articles/README.md. "
 "Annotated by hand under that guide before the extractor was first run on them; as in own_world, verbal clashes between domestic parties, "
 "market and company news and figurative uses of war words are left out, while domestic arrests, police action, background history and "
 "speculation are optional. The first score is the unseen article-level figure; later scores are tuned numbers. Soviet Union as RUS and SUN, "
 "rebels by their country (UNITA as AGO), as in dev.gold.json.")
with open('benchmarks/data/own_world2.articles.jsonl', 'w') as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
json.dump({"about": about, "articles": gold}, open('benchmarks/data/own_world2.gold.json', 'w'), indent=1, ensure_ascii=False)
open('benchmarks/data/own_world2.gold.json', 'a').write("\n")
from article_eval import misplaced_evidence
evs = [dict(e, article_id=g["id"]) for g in gold for e in g["events"]]
print(sum(len(g["events"]) for g in gold), sum(e["required"] for g in gold for e in g["events"]))
