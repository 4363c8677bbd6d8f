// eventstream dashboard: keeps the page's parts current without reloading.
// The server renders every part; this script fetches them again when the window changes
// (told by Server-Sent Events on /updates) or when a filter changes (kept in the URL).
"use strict";
(function () {
  const parts = ["summary", "filters", "timeline", "countries", "events", "incidents"];
  const statusEl = document.getElementById("status");
  const labels = { live: "live", connecting: "connecting…", reconnecting: "reconnecting…", unreachable: "broker unreachable" };
  let shown = Number(document.body.dataset.version);  // version the parts were rendered at
  let latest = shown;
  let inFlight = false, again = false, heldBack = false;

  function setStatus(state, detail) {
    statusEl.dataset.state = state;
    statusEl.textContent = labels[state] || state;
    statusEl.title = detail || "";
  }
  setStatus(statusEl.dataset.state);

  async function refresh() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const seenIds = new Set([...document.querySelectorAll("#events tr[data-id]")].map(r => r.dataset.id));
      const started = performance.now();
      const response = await fetch("/view" + location.search, { cache: "no-store" });
      if (!response.ok) throw new Error(response.statusText);
      const data = await response.json();
      for (const id of parts) {
        const el = document.getElementById(id);
        if (!el || el.innerHTML === data.parts[id]) continue;
        const active = document.activeElement;
        if (active && /^(SELECT|INPUT)$/.test(active.tagName) && el.contains(active)) {
          heldBack = true;  // not under the user's hands (an open select); done on focusout
          continue;
        }
        el.innerHTML = data.parts[id];
      }
      if (seenIds.size) {
        for (const row of document.querySelectorAll("#events tr[data-id]")) {
          if (!seenIds.has(row.dataset.id)) row.classList.add("fresh");
        }
      }
      shown = data.version;
      document.body.dataset.version = String(shown);
      document.body.dataset.renderMs = String(Math.round(performance.now() - started));
      document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
    } catch (err) {
      again = true;
      await new Promise(r => setTimeout(r, 1000));
    } finally {
      inFlight = false;
      if (again || latest !== shown) { again = false; setTimeout(refresh, 200); }
    }
  }

  function navigate(url) {
    history.pushState(null, "", url);
    refresh();
  }

  document.addEventListener("click", (e) => {
    const link = e.target.closest("a[data-filter]");
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    navigate(link.getAttribute("href") || link.getAttribute("xlink:href"));
  });

  const form = document.getElementById("filters");
  form.addEventListener("change", () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value) params.set(key, value);
    const query = params.toString();
    navigate(query ? "?" + query : location.pathname);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); form.dispatchEvent(new Event("change")); });
  form.addEventListener("focusout", () => { if (heldBack) { heldBack = false; setTimeout(refresh, 0); } });
  window.addEventListener("popstate", refresh);

  function connect() {
    const source = new EventSource("/updates");
    source.onmessage = (e) => {
      const status = JSON.parse(e.data);
      setStatus(status.broker, status.error);
      latest = status.version;
      if (latest !== shown) refresh();
    };
    source.onerror = () => {
      setStatus("reconnecting", "the dashboard server does not answer; retrying");
      if (source.readyState === EventSource.CLOSED) { source.close(); setTimeout(connect, 2000); }
    };
  }
  connect();
})();
