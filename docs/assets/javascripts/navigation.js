// Instant navigation on whatever origin serves the site, so one Python worker lasts the visit.
(function () {
  "use strict";

  // Material's own instant navigation follows only links that its sitemap lists, and a
  // sitemap names one origin (the deploy URL). Served from any other origin (a preview,
  // another port, a local build) every click would be a full page load. This hands the
  // same clicks to Material's navigation (its `location$` subject) using the page list that
  // hooks/site_url.py writes, with URLs resolved against where the site actually is.
  const ROOT = new URL("../../", document.currentScript.src);
  let pages = null;

  fetch(new URL("assets/site-pages.json", ROOT))
    .then((response) => (response.ok ? response.json() : []))
    .then((list) => {
      pages = new Set(list.map((path) => new URL(path, ROOT).href));
    })
    .catch(() => {
      // No list: links load pages the ordinary way.
    });

  function pageOf(url) {
    const page = new URL(url);
    page.search = page.hash = "";
    return page.href;
  }

  // The offline copy of the site (hooks/service_worker.py), registered once this page has
  // what it came for: after it loads and, on a problem page, once its Python is ready, so the
  // copy's downloads never slow the first boot. Not written under `mkdocs serve`.
  const offline = document.querySelector('meta[name="course-offline"]');
  if (offline && "serviceWorker" in navigator) {
    const register = () => {
      navigator.serviceWorker.register(new URL(offline.content, ROOT)).catch(() => {
        // An insecure origin, or storage refused: the site works online as before.
      });
    };
    const whenPythonReady = () => new Promise((resolve) => {
      const booting = () => document.querySelector('[data-exercise-runtime="starting"]');
      if (!booting()) return resolve();
      const observer = new MutationObserver(() => {
        if (!booting()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, attributeFilter: ["data-exercise-runtime"] });
      // A Python that never starts does not keep the site from going offline.
      setTimeout(() => {
        observer.disconnect();
        resolve();
      }, 30000);
    });
    window.addEventListener("load", () => whenPythonReady().then(register), { once: true });
  }

  // Listening on the document, below Material's listener on the body: a click that Material
  // already took (its sitemap matched this origin) arrives here with defaultPrevented set.
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
      || event.shiftKey || event.altKey) return;
    if (!pages || !window.location$ || typeof window.location$.next !== "function") return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !pages.has(pageOf(url))) return;
    // A jump within this page is the browser's to make.
    if (url.hash && pageOf(url) === pageOf(location.href)) return;
    event.preventDefault();
    // As Material does: the offset for scroll restoration, then the new history entry.
    history.replaceState({ x: window.scrollX, y: window.scrollY }, "");
    history.pushState(null, "", url);
    window.location$.next(url);
  });
})();
