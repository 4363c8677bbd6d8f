"""Required-event recall, precision, dates, places and quantities on hand-annotated articles.

    python benchmarks/article_eval.py [--set dev|bbc|bbc_check2|bbc_tuneN|own_wireN|own_worldN|own_bbc|own_bbc2]
        [--split tune|check|all] [--errors]
        [--articles ../shared/fixtures/articles/dev.articles.jsonl]
        [--corpus ../shared/corpus/news-mix.jsonl.gz]
        [--gold ../shared/fixtures/articles/dev.gold.json | benchmarks/data/bbc*.gold.json]
        [--scorer ../shared/tools/event_score.py] [--split-file benchmarks/data/dev_split.json]
        [--pred-out pred.jsonl]

Runs the extractor (``stream.extract``, no broker) over whole articles and scores the events
with the shared scorer's own matching (``event_score.py articles``): a predicted event matches
a gold event when the gold evidence is a substring of its sentence, its type is one of the gold
types and, where the gold names actors, its actor or target countries overlap them. Optional
gold events are neither rewarded nor punished; unmatched events and second copies of a required
event count against precision.

The sets (``--set``; each gold file's ``about`` field says what is in it and how it was made;
the BBC and own sets were annotated by hand under ``shared/fixtures/articles/README.md`` before
the extractor was first run on them, so each one's first score is an unseen-text figure):

- ``dev`` (default): the shared dev articles (``--articles``, ``--gold``); ``--split tune`` or
  ``check`` scores one half of the fixed split in ``benchmarks/data/dev_split.json`` (tune on
  ``tune``; ``check`` is only ever reported).
- ``bbc``, ``bbc_check2``: BBC check sets (``benchmarks/data/bbc.gold.json``,
  ``bbc_check2.gold.json``), never tuned on: report their summary line only.
- ``bbc_tune``, ``bbc_tune2`` … ``bbc_tune26`` (no ``bbc_tune22``): BBC tuning sets
  (``benchmarks/data/<set>.gold.json``). The BBC sets' texts are read by id from the news
  corpus (``--corpus``).
- ``own_wire``, ``own_wire2`` … ``own_wire40``: whole articles the project wrote in the style
  of 1980s wire copy, each set on other topics (``own_wire12`` and ``own_wire14`` on the Gulf war
  of 1987-88, ``own_wire15`` and ``own_wire17`` on world news of 1986-89 outside the Middle East
  and the Gulf, ``own_wire16`` and ``own_wire18`` on the Middle East and the Gulf of 1986-89,
  ``own_wire19`` on armed conflict, insurgency and state measures of 1987-89 outside them,
  ``own_wire20`` on diplomacy of 1987-89: visits, talks, appeals, pledges, ties broken and restored,
  ``own_wire21`` on the Gulf war of 1987-88 as a wire desk saw it: the tanker war, the U.S. escorts,
  raids, land fronts, Kuwait, the Gulf states and the Security Council,
  ``own_wire22`` on world news of 1987 outside the Gulf: Central America, southern Africa, Afghanistan,
  Sri Lanka, Lebanon, Chad, the Koreas, the Philippines, expulsions,
  ``own_wire23`` on East-West relations and Europe of 1987-89: arms talks, expulsions, Soviet
  pullouts, NATO exercises, air incidents, the Aegean, Cyprus, Poland, the Baltic, Berlin, Libya and the IRA,
  ``own_wire24`` on the Middle East outside the Gulf war and Africa of 1987-89: Lebanon, the occupied
  territories, Chad and Libya, Angola, Mozambique, Ethiopia, Sudan, the Western Sahara, Kenya and Uganda, Jordan,
  ``own_wire25`` in the style of 2002-2007 wire copy on world diplomacy and conflict of 2004-06: Iraq, Iran and
  the EU three, North Korea, Darfur, Lebanon and Gaza in 2006, Afghanistan and NATO, Russia and Georgia,
  Venezuela and Colombia, Somalia and Ethiopia,
  ``own_wire26`` in the style of 1994-2001 AFP and AP wire copy on world diplomacy and conflict of 1996-2000:
  Kosovo and NATO, Chechnya, the second intifada, Iraq's no-fly zones, the Taiwan Strait, the four-party
  Korea talks, Congo's war, Sierra Leone and ECOMOG, East Timor and INTERFET, Kargil,
  ``own_wire27`` in the style of 2001-2012 Reuters and AP wire copy on world diplomacy and conflict of 2003-2012:
  Afghanistan and drone strikes in Pakistan, Georgia in 2008, Gaza in 2008, Libya and the no-fly zone, Syria and
  the Annan plan, Iran and the P5+1, Sudan and South Sudan at Heglig, the Cheonan, Ivory Coast, Iraq in 2003,
  ``own_wire28`` in the style of 1990-1995 Reuters wire copy on world diplomacy and conflict of 1993-1995:
  Bosnia and NATO, Iraq's no-fly zones, Somalia and Aidid, Rwanda, Chechnya, the North Korea nuclear crisis,
  the Taiwan Strait, Haiti, Turkey and the PKK in northern Iraq, the Cairo Gaza-Jericho accord,
  ``own_wire29`` in the style of 1981-1986 AP, UPI and Reuter wire copy on world diplomacy and conflict of
  1981-1986: the Falklands war, KAL 007 and the Shultz-Gromyko meeting, the Beirut multinational force, Grenada,
  the first Gulf tanker attacks, the Gulf of Sidra, Afghanistan and Pakistan, the Nicaragua embargo, Chad and
  Operation Manta, Poland's martial law and the U.S. sanctions on Moscow,
  ``own_wire30`` in the style of 1973-1980 AP, UPI and Reuter wire copy on world diplomacy and conflict of
  1973-1980: the October 1973 war's ceasefire, the Turkish landing on Cyprus, the Mayaguez, Angola and the Cuban
  troops, Entebbe, the Ogaden war, the Rhodesian raids into Zambia, China's invasion of Vietnam, the break with
  Iran over the hostages, the grain embargo after the Soviet invasion of Afghanistan),
  ``own_wire31`` in the style of 1987 Reuter economic-desk wire copy on states acting in economic and trade
  affairs of 1986-1987: Brazil's interest moratorium, the U.S. tariffs over the EC hormone-beef ban, the U.S. ban
  on Iranian imports, South Africa's halt to U.S. wheat after the sanctions override, Japan's Gulf contribution,
  an OPEC committee's quota charges, Soviet purchases of subsidised U.S. wheat, the China-U.S. textile pact,
  Bonn's expulsion of a Soviet trade official, a U.S. Commerce Secretary in Seoul,
  ``own_wire32`` in the style of 1989-1991 Reuter, AP and UPI wire copy on world diplomacy and conflict of
  1989-1991: the Soviet oil and gas cut to Lithuania, the U.S. invasion of Panama, the U.N. embargo on Iraq
  after the invasion of Kuwait, ECOMOG's landing in Monrovia, Kashmir and India-Pakistan, the Paris Cambodia
  accords, the OMON assault in Riga, the fall of Mogadishu to the USC, the EPRDF's entry into Addis Ababa, the
  Yugoslav army in Slovenia,
  ``own_wire33`` in the style of 2013-2020 Reuters and AP wire copy on world diplomacy and conflict of
  2014-2020: the Minsk ceasefire and Debaltseve, MH17, the Mosul offensive, Russia's first strikes in Syria,
  the Saudi-led campaign in Yemen, the cutting of ties with Qatar, the Singapore summit, Iran's missiles after
  the Soleimani strike, Balakot, Nagorno-Karabakh in 2020,
  ``own_wire34`` in the style of 1987-1988 Reuter world-desk wire copy on the Gulf war and world news of
  1987-1988 mixed as a day's file is: aid frozen on Fiji's republic, the Indian force against the Tamil Tigers,
  the San Jose summit on the Esquipulas verification report, the Ojhri blast and an Afghan raid into Pakistan,
  the aid freezes on Burma, the Nagorno-Karabakh emergency, the Ethiopia-Somalia accord, the Kuwait Airways
  hijack at Larnaca, the London Angola talks, the U.S. protection of neutral Gulf shipping,
  ``own_wire35`` in the style of 2021-2024 Reuters and AP wire copy on world diplomacy and conflict of
  2021-2024: the Kabul airport bombing during the airlift, Russia's invasion of Ukraine, China's drills around
  Taiwan after Pelosi's visit, Russia's exit from the Black Sea grain deal, the Gaza hostage truce, the Jeddah
  ceasefire in Sudan, ECOWAS's standby force for Niger, the U.S.-British strikes on the Houthis, Azerbaijan's
  Karabakh offensive of 2023, Iran's drone and missile attack on Israel,
  ``own_wire36`` in the style of 1982-1986 Reuter world-desk wire copy on world diplomacy and conflict of
  1982-1986 mixed as a day's file is: Britain's break with Libya over the embassy shooting, the PLO's
  departure from Beirut, the TWA 847 hostages, the Achille Lauro hijackers' airliner forced down, the
  Rainbow Warrior admission, the war of the cities of 1985, the Anuradhapura massacre, the Nkomati accord,
  the French raid on Ouadi Doum, Nicaragua and the Contadora treaty,
  ``own_wire37`` in the style of the English services of non-English agencies (Xinhua, TASS, KCNA, Kyodo,
  IRNA, MENA, Anadolu, PTI, Prensa Latina, APS) on diplomacy and conflict of 1986-2002, protocol copy: the
  Hainan plane collision, U.S. warships off the Crimea in 1986, the semi-war order against Team Spirit 93,
  Koizumi in Pyongyang, the Taliban's killing of Iranian diplomats, the Halaib clash after the attempt on
  Mubarak, the Adana agreement, the Lahore Declaration, Cuba's downing of the exiles' aircraft, Algeria and
  Morocco restoring relations),
  ``own_wire38`` in the style of 1962-1972 AP, UPI and Reuters world-desk wire copy on world diplomacy
  and conflict of 1962-1971: the Cuban quarantine, the Sino-Indian war, the U.N. in Katanga, the Gulf of
  Tonkin raids, Rhodesia's declaration of independence and the sanctions, the Six-Day War, the Pueblo, the
  invasion of Czechoslovakia, the Ussuri clash, the India-Pakistan war over East Pakistan,
  ``own_wire39`` in the style of 1983-1992 AP, UPI and Reuter world news digests ('World News Summary',
  'News in brief': six to ten short items from different countries one after another, each with its own
  place line, no dateline for the whole) on world diplomacy and conflict of 1983-1992 among economy,
  sport, court and home-politics items: Chad and Zaire in 1983, Uganda's coups, the Thimphu talks, Marcos's
  flight, the Fiji coup, the Bogor meeting on Cambodia, Burma's and Haiti's coups of 1988, Bush's troops for
  Panama, Lithuania in 1990-91, Croatia's reserve police, Fujimori's self-coup and the Sarajevo march,
  ``own_wire40`` in the style of the BBC Summary of World Broadcasts and FBIS reports of 1984-1994
  (monitored state radio and agency items, each under its own source line, '[Text]', '[Excerpts]',
  '[passage omitted]'; 'our forces' are the broadcaster's state, 'the enemy' the other side) on war
  and diplomacy told by one side: Faw in 1986, Jalalabad in 1989, Massawa in 1990, Aozou in 1987,
  Vi Xuyen in 1984, Wiwili in 1986, Cabinda in 1985, Yemen in 1994, Tajikistan's border and
  Sukhumi in 1993, among harvests, prices and party plenums);
  ``own_world`` … ``own_world11``: such articles of world news in which real events are few
  (home politics, event words in other senses, market news, background), a measure of
  precision; ``own_bbc`` and ``own_bbc2``: whole articles the project wrote in the style of BBC
  News online's politics section (UK ministers on foreign affairs among home politics) and
  business section of 2004-2005 (no publication date, no dateline; state acts among trade,
  aid, debt and company news). Texts and gold ship in the repository
  (``benchmarks/data/<set>.articles.jsonl``, ``<set>.gold.json``); no corpus is needed.

Only ``dev`` has a split. ``--gold`` replaces any set's gold file; ``--articles`` gives the
``dev`` texts and ``--corpus`` the BBC ones.

Before scoring, every gold evidence must lie inside one sentence of its article's text (no line
break or sentence end inside it); otherwise the script names the first bad event and exits with
code 2. ``--errors`` lists missed required events, false positives, duplicates, and wrong dates,
places and quantities of the required events found; never use it on a check set.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from _data import REPO, SHARED, require

DEFAULT_ARTICLES = SHARED / "fixtures" / "articles" / "dev.articles.jsonl"
DEFAULT_GOLD = SHARED / "fixtures" / "articles" / "dev.gold.json"
DEFAULT_SCORER = SHARED / "tools" / "event_score.py"
DEFAULT_SPLIT = REPO / "benchmarks" / "data" / "dev_split.json"
DEFAULT_CORPUS = SHARED / "corpus" / "news-mix.jsonl.gz"
DATA = REPO / "benchmarks" / "data"
BBC_GOLD = {
    name: DATA / f"{name}.gold.json"
    for name in (
        "bbc",
        "bbc_check2",
        "bbc_tune",
        *(f"bbc_tune{n}" for n in range(2, 27) if n != 22),  # no set 22: see docs/events.md
    )
}
OWN_SETS = {
    name: (DATA / f"{name}.articles.jsonl", DATA / f"{name}.gold.json")
    for name in (
        "own_wire",
        *(f"own_wire{n}" for n in range(2, 41)),
        "own_world",
        *(f"own_world{n}" for n in range(2, 12)),
        "own_bbc",
        "own_bbc2",
    )
}
"""Sets whose article texts live in the repository beside their gold (written by the project)."""
SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?][\"')]*\s+(?=[A-Z\"'])"
)
"""A sentence end inside an evidence string: a stop (not after Mr, Dr, St or an initial such as
the S of 'U.S.'), optional closing quotes, space, a capital."""


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer as a module, so its matching and summary are used unchanged."""
    spec = importlib.util.spec_from_file_location("event_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def split_ids(path: Path, split: str) -> set[str] | None:
    """Article ids of one half of the fixed split (None for ``all``)."""
    if split == "all":
        return None
    return set(json.loads(path.read_text(encoding="utf-8"))["articles"][split])


def read_records(path: Path, keep: set[str]) -> list[dict[str, Any]]:
    """The article records of ``path`` (JSON lines, gzipped when it ends in .gz) with an id in
    ``keep``, in file order."""
    opener = gzip.open if path.suffix == ".gz" else open
    records = []
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                if record.get("id") in keep:
                    records.append(record)
    return records


def misplaced_evidence(gold: list[dict[str, Any]], records: list[dict[str, Any]]) -> str | None:
    """The first gold event whose evidence is not inside one sentence of its article's text
    (absent from it, across a line break or past a sentence end), as ``id: evidence``; else None."""
    texts = {r["id"]: r.get("text") or "" for r in records}
    for article in gold:
        text = texts.get(article["id"], "")
        for event in article["events"]:
            evidence = event["evidence"]
            if evidence not in text or "\n" in evidence or SENTENCE_END.search(evidence):
                return f"{event['id']}: {evidence!r}"
    return None


def extract_articles(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events of every article, as the ``eventstream extract`` command emits them."""
    from stream.codec import article_from_record
    from stream.extract import Extractor

    extractor = Extractor()
    articles = [article_from_record(r).article for r in records]
    return [e for events in extractor.extract_many(articles) for e in events]


def _brief(event: dict[str, Any]) -> str:
    who = ",".join(a["country"] or a["text"] for a in event["actors"]) or "-"
    whom = ",".join(a["country"] or a["text"] for a in event["targets"]) or "-"
    date = event["date"]["value"] or "(pub)"
    return f"{event['type']} {who}->{whom} '{event['trigger']}' {date} {event['date']['status']}"


def print_errors(scorer: ModuleType, gold: list[dict], preds: dict[str, list[dict]]) -> None:
    """Each article's missed required events, false positives and duplicate copies."""
    for art in gold:
        golds, events = art["events"], preds.get(art["id"], [])
        matched, _, _ = scorer.match_article(golds, events)
        chosen = {id(p): g_id for g_id, p in matched.items()}
        by_id = {g["id"]: g for g in golds}
        lines: list[str] = []
        for p in events:
            g_id = chosen.get(id(p))
            if g_id is not None:
                g = by_id[g_id]
                if g["required"] and not scorer.date_ok(g, p):
                    lines.append(f"  DATE {g_id} want {g['date'].get('value')} got {_brief(p)}")
                want_place = (g.get("location") or {}).get("country")
                got_place = p.get("location") or {}
                if g["required"] and want_place and got_place.get("country") != want_place:
                    where = g["location"].get("text")
                    lines.append(f"  PLACE {g_id} want {want_place} ({where}) got {got_place}")
                want_qty = (g.get("quantity") or {}).get("value")
                got_qty = [q.get("value") for q in p.get("quantities") or []]
                if g["required"] and want_qty and want_qty not in got_qty:
                    lines.append(f"  QTY  {g_id} want {g['quantity']} got {got_qty}")
            elif scorer.match_article(golds, [p])[1]:  # matches no gold event at all
                lines.append(f"  FP   {_brief(p)}\n       | {p['evidence']['sentence'][:200]}")
            else:
                lines.append(f"  DUP  {_brief(p)}")
        for g in golds:
            if g["required"] and g["id"] not in matched:
                who = ",".join(g.get("actors") or []) or "-"
                whom = ",".join(g.get("targets") or []) or "-"
                lines.append(
                    f"  MISS {g['id']} {'/'.join(g['types'])} {who}->{whom}: {g['evidence']}"
                )
        if lines:
            print(f"== {art['id']}")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=("dev", *BBC_GOLD, *OWN_SETS),
        default="dev",
        help="dev articles, a BBC check or tuning set, or one of our own wire or world-news sets",
    )
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="texts of --set bbc")
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--split-file", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--split", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--pred-out", type=Path, default=None, help="also write the events")
    args = parser.parse_args(argv)

    bbc = args.set in BBC_GOLD
    if args.set != "dev" and args.split != "all":
        parser.error(f"--set {args.set} has no split: it is scored whole")
    if args.set in OWN_SETS:
        args.articles, own_gold = OWN_SETS[args.set]
        args.gold = args.gold or own_gold
    if args.gold is None:
        args.gold = BBC_GOLD[args.set] if bbc else DEFAULT_GOLD
    texts = (args.corpus, "--corpus PATH") if bbc else (args.articles, "--articles PATH")
    require(texts, (args.gold, "--gold PATH"), (args.scorer, "--scorer PATH"))
    if args.set == "dev":
        require((args.split_file, "--split-file PATH"))
    scorer = load_scorer(args.scorer)
    wanted = split_ids(args.split_file, args.split) if args.set == "dev" else None
    gold = json.loads(args.gold.read_text(encoding="utf-8"))["articles"]
    gold = [a for a in gold if wanted is None or a["id"] in wanted]
    keep = {a["id"] for a in gold}
    records = read_records(texts[0], keep)
    if len(records) != len(keep):
        absent = sorted(keep - {r.get("id") for r in records})
        print(
            f"article_eval: {len(absent)} article(s) of {args.gold} not in {texts[0]}, "
            f"e.g. {absent[0]}",
            file=sys.stderr,
        )
        return 2
    misplaced = misplaced_evidence(gold, records)
    if misplaced is not None:
        print(
            f"article_eval: an evidence of {args.gold} is not inside one sentence of its "
            f"article: {misplaced}",
            file=sys.stderr,
        )
        return 2

    t0 = time.perf_counter()
    events = extract_articles(records)
    elapsed = time.perf_counter() - t0
    preds: dict[str, list[dict]] = {}
    for e in events:
        preds.setdefault(e["article_id"], []).append(e)
    if args.pred_out is not None:
        args.pred_out.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8"
        )
    result = scorer.summarize(
        [(a["events"], *scorer.match_article(a["events"], preds.get(a["id"], []))) for a in gold]
    )
    if args.errors:
        print_errors(scorer, gold, preds)
    summary = {
        "set": args.set,
        "split": args.split,
        "articles": len(gold),
        "required": result["required"],
        "found": result["found"],
        "recall": result["recall"],
        "precision": result["precision"],
        "false_positives": result["false_positives"],
        "duplicates": result["duplicates"],
        "dates": result["date_acc"],
        "places": result["location_acc"],
        "quantities": result["quantity_acc"],
        "events": len(events),
        "seconds": round(elapsed, 2),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
