"""How the dashboard page copes with a full window: 10,000 events, measured in Chromium.

Fills a dashboard's window with synthetic events (no broker: the window is filled directly),
serves it, opens the page in headless Chromium (Debian's ``chromium`` and ``chromium-driver``)
and reports, over ``--runs`` repetitions:

- server: rendering every part of the page in Python (unfiltered, and filtered by category);
- browser: loading the page (navigation start to the load event), applying a filter (a change
  of the category select until the new parts are in the page), clearing it, and a live update
  (events added to the window until the page shows them, Server-Sent Events included).

    python benchmarks/dashboard.py [--events 10000] [--runs 5] [--json results.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from stream.dashboard import BackgroundServer, Dashboard  # noqa: E402
from stream.dashboard.view import Query, event_types  # noqa: E402
from stream.dashboard.window import RollingWindow  # noqa: E402

CHROMIUM = os.environ.get("EVENTSTREAM_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = (
    os.environ.get("EVENTSTREAM_CHROMEDRIVER")
    or shutil.which("chromedriver")
    or "/usr/bin/chromedriver"
)
INSTALL_HINT = (
    "no Chromium/ChromeDriver for the browser tests: apt-get install -y chromium chromium-driver "
    "(Debian, as root; .ci/run does it) and pip install selenium"
)
COUNTRIES = [
    "UKR",
    "RUS",
    "USA",
    "CHN",
    "IRN",
    "ISR",
    "PSE",
    "LBN",
    "SYR",
    "TUR",
    "FRA",
    "DEU",
    "GBR",
    "POL",
    "LTU",
    "PRK",
    "KOR",
    "JPN",
    "IND",
    "PAK",
    "AFG",
    "IRQ",
    "SAU",
    "YEM",
    "EGY",
    "QAT",
    "SDN",
    "ETH",
    "SOM",
    "NGA",
    "MLI",
    "VEN",
    "COL",
    "BRA",
    "MEX",
    "CAN",
    "AUS",
    "TWN",
    "PHL",
    "VNM",
]
SENTENCES = (
    "{a} forces {t} positions near {p} on Tuesday, officials said.",
    "The foreign minister of {a} {t} his counterpart from {b} in {p}.",
    "{a} {t} {b} over the incident, the ministry said in a statement.",
)


def synthetic_events(count: int, seed: int = 7) -> Iterator[dict]:
    """``count`` schema-shaped events: random types, countries, days over two months, half
    of them dated by their publication day."""
    from stream.extract.ontology import load_ontology

    ontology = load_ontology()
    rng = random.Random(seed)
    types = event_types()
    for n in range(count):
        kind = rng.choice(types)
        a, b = rng.sample(COUNTRIES, 2)
        day = f"2025-{rng.randint(3, 4):02d}-{rng.randint(1, 28):02d}"
        texted = rng.random() < 0.5
        trigger = kind.replace("_", " ")
        sentence = rng.choice(SENTENCES).format(a=a, b=b, t=trigger, p=f"City{n % 50}")
        yield {
            "event_id": f"{n:032x}",
            "article_id": f"article-{n // 3}",
            "published_at": f"{day}T12:00:00Z",
            "type": kind,
            "category": ontology[kind].category,
            "cameo": ontology[kind].cameo,
            "actors": [
                {"text": a, "name": a, "kind": "country", "country": a, "role": None, "code": a}
            ],
            "targets": [
                {"text": b, "name": b, "kind": "country", "country": b, "role": None, "code": b}
            ],
            "date": {
                "value": day if texted else None,
                "start": day if texted else None,
                "end": day if texted else None,
                "granularity": "day" if texted else "unknown",
                "text": "Tuesday" if texted else None,
                "basis": "text" if texted else "publication",
                "mod": None,
                "status": "past",
            },
            "location": {"text": f"City{n % 50}", "name": f"City{n % 50}", "country": b},
            "quantities": [
                {"value": 12, "unit": "people", "approximate": False, "text": "12 people"}
            ]
            if n % 7 == 0
            else [],
            "evidence": {"sentence": sentence, "start": 0, "end": len(sentence)},
            "trigger": trigger,
            "negated": False,
            "confidence": 0.7,
        }


def chrome(width: int = 1400, height: int = 1000):
    """A headless Chromium driven by Selenium; raises RuntimeError(INSTALL_HINT) without one."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:
        raise RuntimeError(INSTALL_HINT) from exc
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        raise RuntimeError(INSTALL_HINT)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


# Dispatches a change of a filter select and resolves with the milliseconds until the page's
# parts were replaced (app.js counts its refreshes in body.dataset.refreshes).
APPLY_FILTER_JS = """
const [name, value, done] = arguments;
const before = Number(document.body.dataset.refreshes || 0);
const select = document.getElementById('f-' + name);
const started = performance.now();
select.value = value;
select.dispatchEvent(new Event('change', {bubbles: true}));
(function wait() {
  if (Number(document.body.dataset.refreshes || 0) > before) {
    requestAnimationFrame(() => done(performance.now() - started));
  } else { setTimeout(wait, 5); }
})();
"""


def measure(events: int, runs: int) -> dict:
    """Every timing of the module docstring, in milliseconds (median and max over ``runs``)."""
    window = RollingWindow(events, "event_id")
    for event in synthetic_events(events):
        window.add(event)
    dashboard = Dashboard(window, RollingWindow(100, "incident_id"))
    server = BackgroundServer(dashboard)
    url = server.start()
    timings: dict[str, list[float]] = {}

    def timed(name: str, millis: float) -> None:
        timings.setdefault(name, []).append(millis)

    driver = chrome()
    try:
        for run in range(runs):
            for label, query in (("all", {}), ("category", {"category": "military"})):
                dashboard._cache.clear()
                started = time.perf_counter()
                dashboard.view(Query.parse(query))
                timed(f"server_render_{label}_ms", (time.perf_counter() - started) * 1000)
            dashboard._cache.clear()
            driver.get(url)
            timed(
                "page_load_ms",
                driver.execute_script(
                    "const t = performance.getEntriesByType('navigation')[0];"
                    "return t.loadEventEnd - t.startTime;"
                ),
            )
            timed("filter_ms", driver.execute_async_script(APPLY_FILTER_JS, "category", "military"))
            timed("clear_filter_ms", driver.execute_async_script(APPLY_FILTER_JS, "category", ""))
            rows = driver.execute_script("return document.querySelectorAll('#events tr').length")
            if rows < 100:
                raise RuntimeError(f"the page shows {rows} rows of {events} events")
            before = driver.execute_script("return Number(document.body.dataset.refreshes || 0)")
            started = time.perf_counter()
            for extra in synthetic_events(20, seed=1000 + run):
                extra["event_id"] = f"live{run:04d}" + extra["event_id"][8:]
                window.add(extra)
            while (
                driver.execute_script("return Number(document.body.dataset.refreshes || 0)")
                <= before
            ):
                time.sleep(0.005)
            timed("live_update_ms", (time.perf_counter() - started) * 1000)
    finally:
        driver.quit()
        server.stop()
    return {
        "events": events,
        "runs": runs,
        **{
            name: {"median": round(statistics.median(v), 1), "max": round(max(v), 1)}
            for name, v in timings.items()
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="Also write the results to this file")
    args = parser.parse_args(argv)
    try:
        results = measure(args.events, args.runs)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for name, value in results.items():
        print(f"{name:26} {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
