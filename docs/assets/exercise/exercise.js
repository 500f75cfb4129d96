// Live exercises on problem pages (editor, Run/Submit/Stop/Reset, results, saved progress)
// and the playground.
(function () {
  "use strict";

  // Captured while this script is first evaluated: instant navigation never re-runs it, and
  // pages sit at different depths, so every asset is found relative to this file.
  const BASE = new URL("./", document.currentScript.src);
  const STORE_PREFIX = "jax-grad-course:exercise:";

  // ---------------------------------------------------------------------------
  // Saved progress (localStorage, one entry per problem)
  // ---------------------------------------------------------------------------

  function loadState(slug) {
    try {
      return JSON.parse(localStorage.getItem(STORE_PREFIX + slug)) || {};
    } catch {
      return {};
    }
  }

  // False when the browser would not store it (storage full, or turned off as in some
  // private windows): the page says so, and everything still works for this visit.
  function saveState(slug, state) {
    try {
      localStorage.setItem(STORE_PREFIX + slug, JSON.stringify(state));
      return true;
    } catch {
      return false;
    }
  }

  const NOT_SAVED = "This browser would not save your code (its storage is full or turned " +
    "off, as in some private windows). Everything still works, but your code is kept only " +
    "while this page is open: copy it somewhere before you leave.";

  // Shown at once when a test write fails, so nobody types a long answer before learning
  // that it will not be kept; later saves show or hide it again.
  function storageNote() {
    const note = el("p", { class: "exercise-note exercise-storage", role: "alert",
      text: NOT_SAVED });
    const probe = `${STORE_PREFIX}probe`;
    try {
      localStorage.setItem(probe, "1");
      localStorage.removeItem(probe);
      note.hidden = true;
    } catch {
      note.hidden = false;
    }
    return note;
  }

  // ---------------------------------------------------------------------------
  // The Python runtime: one worker for the whole visit, restarted when stopped
  // ---------------------------------------------------------------------------

  // Tells Material's search worker, held back while Python starts, that it may build its
  // index now (assets/javascripts/search-later.js).
  function settled() {
    try {
      const channel = new BroadcastChannel("jax-grad-course-runtime");
      channel.postMessage("settled");
      channel.close();
    } catch {
      // No BroadcastChannel: the search worker starts on its own a little later.
    }
  }

  class Runtime {
    constructor() {
      this.listeners = new Set();
      this.nextId = 1;
      this.pending = null;
      this.start();
    }

    start() {
      this.ready = false;
      this.bootError = null;
      this.bootStarted = performance.now();
      performance.mark("exercise-runtime-start");
      // A problem page's head starts the first worker (hooks/exercise.py); later ones, after
      // a Stop, start here. The marker left behind keeps the head script from starting more.
      const early = window.exerciseEarly;
      window.exerciseEarly = { adopted: true };
      const messages = early && early.worker ? early.messages : [];
      this.worker = early && early.worker ? early.worker
        : new Worker(new URL("worker.js", BASE), { type: "module" });
      this.worker.onmessage = (event) => this.receive(event.data);
      this.worker.onerror = (event) => {
        this.bootError = event.message || "the Python worker could not start";
        this.notify();
        this.finish({ failure: this.bootError });
      };
      this.notify();
      for (const message of messages) this.receive(message);
    }

    receive(message) {
      const job = this.pending;
      if (message.type === "ready") {
        this.ready = true;
        this.readyMs = performance.now() - this.bootStarted;
        // Marks for benchmarks/bench_browser.py (the User Timing API costs nothing here).
        performance.mark("exercise-runtime-ready", { detail: {
          bootMs: message.bootMs, source: message.source, phases: message.phases } });
        settled();
        this.notify();
      } else if (message.type === "boot-error") {
        this.bootError = message.message;
        settled();
        this.notify();
        this.finish({ failure: `Python could not start: ${message.message}` });
      } else if (job && message.id === job.id && message.type === "started") {
        // The time limit counts the learner's code only, not the worker's boot.
        job.timer = setTimeout(() => this.stop("timeout"), job.timeLimit * 1000);
      } else if (job && message.id === job.id && message.type === "done") {
        this.finish(message.failure ? { failure: message.failure }
          : { answer: JSON.parse(message.answer), ms: message.ms });
      }
    }

    run(request, timeLimit, owner) {
      if (this.pending) return Promise.reject(new Error("a run is already in progress"));
      const id = this.nextId++;
      return new Promise((resolve) => {
        this.pending = { id, resolve, timeLimit, owner };
        this.worker.postMessage({ id, request });
      });
    }

    // A run whose page was left (instant navigation keeps this worker) is ended, so the next
    // page starts with Python free and its own Stop and time limit.
    endOrphanedRun() {
      if (this.pending && !this.pending.owner.isConnected) this.stop("left");
    }

    // Ends the current job at once: terminating is the only way to stop Python mid-loop.
    stop(reason) {
      if (!this.pending) return;
      performance.mark("exercise-runtime-stop", { detail: { reason } });
      this.worker.terminate();
      this.finish({ stopped: reason });
      this.start();
    }

    finish(outcome) {
      const job = this.pending;
      if (!job) return;
      clearTimeout(job.timer);
      this.pending = null;
      job.resolve(outcome);
    }

    subscribe(listener) {
      this.listeners.add(listener);
      listener(this);
      return () => this.listeners.delete(listener);
    }

    notify() {
      for (const listener of this.listeners) listener(this);
    }
  }

  let runtime = null;
  let editorScript = null;

  function loadEditor() {
    editorScript ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL("vendor/editor.js", BASE).href;
      script.onload = () => resolve(window.ExerciseEditor);
      script.onerror = () => reject(new Error("the code editor could not be loaded"));
      document.head.appendChild(script);
    });
    return editorScript;
  }

  // ---------------------------------------------------------------------------
  // DOM helpers: learner output only ever goes in as text
  // ---------------------------------------------------------------------------

  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "text") node.textContent = value;
      else if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function pre(className, text) {
    return el("pre", { class: className }, [el("code", { text })]);
  }

  // ---------------------------------------------------------------------------
  // One exercise widget
  // ---------------------------------------------------------------------------

  class Exercise {
    constructor(root) {
      this.root = root;
      this.data = JSON.parse(root.dataset.exerciseSpec);
      this.slug = this.data.slug;
      this.timeLimit = Number(root.dataset.exerciseTimeLimit) || this.data.time_limit || 10;
      this.state = { attempts: 0, solved: false, ...loadState(this.slug) };
      if (typeof this.state.code !== "string") this.state.code = this.data.starter;
      this.build();
      runtime ??= new Runtime();
      this.unsubscribe = runtime.subscribe(() => this.showRuntime());
      loadEditor().then((factory) => this.mountEditor(factory), (error) => {
        this.editorHost.textContent = `${error.message}. Reload the page to try again.`;
      });
    }

    build() {
      const button = (label, handler, extra = {}) =>
        el("button", { type: "button", class: "md-button exercise-button", onclick: handler,
          ...extra }, [label]);
      this.runButton = button("Run", () => this.execute("run"), {
        title: "Run your code on the two examples (Ctrl+Enter)" });
      this.submitButton = button("Submit", () => this.execute("submit"), {
        title: "Run every check case (Ctrl+Shift+Enter)" });
      this.runButton.classList.add("md-button--primary");
      this.stopButton = button("Stop", () => runtime.stop("stop"), {
        title: "Stop the running code and restart Python" });
      this.stopButton.disabled = true;
      this.resetButton = button("Reset", () => this.reset(), {
        title: "Replace your code with the starter (can be undone)" });
      this.undoButton = button("Undo reset", () => this.undoReset());
      this.undoButton.hidden = typeof this.state.undo !== "string";
      this.solutionButton = button("Show solution", () => this.revealSolution(false));

      this.solvedMark = el("span", { class: "exercise-solved-mark", text: "✓ Solved" });
      this.attemptsText = el("span", { class: "exercise-attempts" });
      this.runtimeText = el("span", { class: "exercise-runtime" });
      this.editorHost = el("div", { class: "exercise-editor" }, [
        pre("exercise-editor-placeholder", this.state.code),
      ]);
      this.results = el("div", {
        class: "exercise-results", role: "status", "aria-live": "polite",
        "aria-label": "Results",
      });
      this.solution = el("details", { class: "exercise-solution" }, [
        el("summary", { text: "Reference solution" }),
        pre("exercise-solution-code", this.data.solution),
      ]);
      this.solution.hidden = true;
      // Once solved: on to the next problem in the suggested order (or, after the last one,
      // back to the list).
      const next = this.root.dataset.exerciseNextHref;
      const nextTitle = this.root.dataset.exerciseNextTitle;
      this.nextLink = next ? el("p", { class: "exercise-next" }, nextTitle
        ? ["Next problem: ", el("a", { href: next, text: nextTitle })]
        : ["That was the last problem. ", el("a", { href: next, text: "All problems" })])
        : null;

      this.storageNote = storageNote();
      this.root.append(
        el("div", { class: "exercise-status" }, [this.solvedMark, this.attemptsText,
          this.runtimeText]),
        this.storageNote,
        this.editorHost,
        el("p", { class: "exercise-keys", text: "Ctrl+Enter (⌘+Enter) runs; " +
          "Ctrl+Shift+Enter (⌘+Shift+Enter) submits. In the editor, " +
          "Tab indents; press Esc then Tab to move on to the buttons." }),
        el("div", { class: "exercise-toolbar", role: "group", "aria-label": "Exercise actions" }, [
          this.runButton, this.submitButton, this.stopButton, this.resetButton,
          this.undoButton, this.solutionButton,
        ]),
        this.results,
        ...(this.nextLink ? [this.nextLink] : []),
        this.solution,
      );
      this.showProgress();
      if (this.state.solved || this.state.revealed) this.revealSolution(true);
    }

    mountEditor(factory) {
      this.editorHost.replaceChildren();
      this.editor = factory.create(this.editorHost, {
        doc: this.state.code,
        label: `Your code for ${this.data.title}`,
        onRun: () => this.execute("run"),
        onSubmit: () => this.execute("submit"),
        onChange: (code) => {
          this.state.code = code;
          this.save();
        },
      });
    }

    code() {
      return this.editor ? this.editor.getCode() : this.state.code;
    }

    save() {
      this.storageNote.hidden = saveState(this.slug, this.state);
    }

    setCode(code) {
      this.state.code = code;
      if (this.editor) this.editor.setCode(code);
      else this.editorHost.replaceChildren(pre("exercise-editor-placeholder", code));
      this.save();
    }

    showRuntime() {
      if (!this.root.isConnected) {
        this.unsubscribe();
        return;
      }
      this.runtimeText.textContent = runtime.bootError ? "Python failed to start"
        : runtime.ready ? "Python ready (jaxlite)" : "Starting Python in the background…";
      this.root.dataset.exerciseRuntime = runtime.ready ? "ready" : "starting";
    }

    showProgress() {
      this.solvedMark.hidden = !this.state.solved;
      if (this.nextLink) this.nextLink.hidden = !this.state.solved;
      this.root.dataset.exerciseSolved = this.state.solved ? "true" : "false";
      const n = this.state.attempts;
      this.attemptsText.textContent = n ? `${n} submission${n === 1 ? "" : "s"}` : "";
    }

    setRunning(running) {
      this.runButton.disabled = this.submitButton.disabled = this.resetButton.disabled = running;
      this.stopButton.disabled = !running;
      this.root.dataset.exerciseRunning = running ? "true" : "false";
    }

    async execute(mode) {
      runtime.endOrphanedRun();
      if (runtime.pending) return;
      performance.mark("exercise-run-start");
      const code = this.code();
      // A button pressed from the keyboard is disabled while the code runs, and a disabled
      // button loses the focus: it gets it back afterwards, so Enter can run again.
      const focused = this.root.contains(document.activeElement) ? document.activeElement : null;
      this.setRunning(true);
      this.results.replaceChildren(el("p", { class: "exercise-summary", text: runtime.ready
        ? (mode === "run" ? "Running…" : "Checking…")
        : "Starting Python… your code runs as soon as it is ready." }));
      if (mode === "submit") {
        this.state.attempts += 1;
        this.save();
        this.showProgress();
      }
      const request = { mode, code, exercise: this.data };
      const outcome = await runtime.run(request, this.timeLimit, this.root);
      this.setRunning(false);
      const lost = !document.activeElement || document.activeElement === document.body;
      if (focused && focused.tagName === "BUTTON" && lost && focused.isConnected) focused.focus();
      this.show(mode, outcome);
      performance.measure(`exercise-${mode}`, "exercise-run-start");
    }

    show(mode, outcome) {
      const parts = [];
      if (outcome.stopped) {
        parts.push(el("p", { class: "exercise-summary exercise-summary--fail",
          text: outcome.stopped === "timeout"
            ? `Stopped: your code ran longer than the ${this.timeLimit} s limit. Python was ` +
              "restarted; your code is unchanged."
            : "Stopped. Python was restarted; your code is unchanged." }));
        this.results.dataset.exerciseOutcome = "stopped";
        this.results.replaceChildren(...parts);
        return;
      }
      if (outcome.failure) {
        this.results.dataset.exerciseOutcome = "failure";
        this.results.replaceChildren(el("p", { class: "exercise-summary exercise-summary--fail",
          text: outcome.failure }));
        return;
      }
      const answer = outcome.answer;
      const items = answer.items;
      const passed = items.filter((item) => item.status === "pass").length;
      let summary;
      if (answer.error) {
        summary = "Your code raised an error before any check could run.";
      } else if (mode === "run") {
        summary = `Ran your code on the ${items.length} examples: ${passed} of ` +
          `${items.length} match real JAX.`;
      } else if (passed === items.length) {
        summary = `All ${items.length} checks passed. Problem solved, well done!`;
      } else {
        summary = `${passed} of ${items.length} checks passed.`;
      }
      const good = !answer.error && passed === items.length;
      parts.push(el("p", { class: `exercise-summary exercise-summary--${good ? "pass" : "fail"}`,
        text: summary }));
      if (answer.error) parts.push(pre("exercise-error", answer.error));
      if (answer.output) {
        parts.push(el("p", { class: "exercise-label", text: "Printed output" }));
        parts.push(pre("exercise-output", answer.output));
      }
      if (answer.truncated) {
        parts.push(el("p", { class: "exercise-note", text: `Output truncated: ` +
          `${answer.truncated.toLocaleString()} more characters were not shown.` }));
      }
      if (items.length) {
        parts.push(el("ol", { class: "exercise-cases" }, items.map((item) => this.item(item))));
      }
      this.results.dataset.exerciseOutcome = good ? "pass" : "fail";
      this.results.replaceChildren(...parts);
      if (mode === "submit" && good && !this.state.solved) {
        this.state.solved = true;
        this.save();
        this.showProgress();
        markSolvedInNavigation();
        this.revealSolution(true);
      }
    }

    item(item) {
      const pass = item.status === "pass";
      const li = el("li", { class: "exercise-case", "data-status": item.status }, [
        el("span", { class: "exercise-case-status", text: pass ? "✓ pass" : "✗ fail" }),
        " ",
        el("strong", { text: item.name }),
        el("code", { class: "exercise-call", text: item.call }),
      ]);
      if (item.got_text != null) {
        li.append(el("p", { class: "exercise-label", text: "Your result" }),
          pre("exercise-got", item.got_text));
      }
      if (item.expected_text != null && !pass) {
        li.append(el("p", { class: "exercise-label", text: "Expected (real JAX)" }),
          pre("exercise-expected", item.expected_text));
      }
      if (item.diagnostic) li.append(pre("exercise-diagnostic", item.diagnostic));
      if (item.error) li.append(pre("exercise-error", item.error));
      if (item.output) {
        li.append(el("p", { class: "exercise-label", text: "Printed output" }),
          pre("exercise-output", item.output));
      }
      return li;
    }

    reset() {
      if (!window.confirm("Replace your code with the starter? You can undo this.")) return;
      this.state.undo = this.code();
      this.setCode(this.data.starter);
      this.undoButton.hidden = false;
      this.undoButton.focus();
    }

    undoReset() {
      if (typeof this.state.undo !== "string") return;
      const code = this.state.undo;
      delete this.state.undo;
      this.setCode(code);
      this.undoButton.hidden = true;
      this.resetButton.focus();
    }

    revealSolution(earned) {
      if (!earned && !this.state.solved) {
        const n = this.state.attempts;
        const made = n ? `You have submitted ${n} time${n === 1 ? "" : "s"}.`
          : "You have not submitted an attempt yet.";
        if (!window.confirm(`${made} Show the reference solution?`)) return;
        this.state.revealed = true;
        this.save();
      }
      this.solution.hidden = false;
      this.solution.open = true;
      this.solutionButton.hidden = true;
    }
  }

  // ---------------------------------------------------------------------------
  // Page-level behaviour: hints one at a time, the problems index
  // ---------------------------------------------------------------------------

  function stageHints() {
    const heading = document.getElementById("hints");
    if (!heading) return;
    const hints = [];
    for (let node = heading.nextElementSibling; node && node.tagName !== "H2";
      node = node.nextElementSibling) {
      if (node.tagName === "DETAILS") hints.push(node);
    }
    // A class rather than `hidden`: Material's admonition styles set `display` on details.
    hints.forEach((hint, index) => {
      const next = hints[index + 1];
      if (!next) return;
      next.classList.toggle("exercise-hint-locked", !hint.open);
      hint.addEventListener("toggle", () => {
        if (hint.open) next.classList.remove("exercise-hint-locked");
      });
    });
  }

  // ---------------------------------------------------------------------------
  // The playground: any program, its printed output; shared as #code=<base64url>
  // ---------------------------------------------------------------------------

  const PLAYGROUND_KEY = "jax-grad-course:playground";
  // A program is not a check case: it may train a model for a while before it prints.
  const PLAYGROUND_TIME_LIMIT = 30;
  const PLAYGROUND_EXAMPLE = [
    "import jax",
    "import jax.numpy as jnp",
    "",
    "def loss(w):",
    "    return jnp.sum((2.0 * w - 1.0) ** 2)",
    "",
    "w = jnp.array([0.0, 0.5, 1.0])",
    "print(loss(w))",
    "print(jax.grad(loss)(w))",
    "",
  ].join("\n");

  // base64url of the UTF-8 bytes, without padding: the form the #code= links use.
  function toBase64Url(text) {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function fromBase64Url(text) {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }

  // The code a #code= address carries; null when there is none; an Error when it is not
  // base64url of UTF-8 text (a link cut short when it was copied, say).
  function codeFromAddress() {
    const match = /^#code=([A-Za-z0-9_-]*)$/.exec(location.hash);
    if (!match) return location.hash.startsWith("#code=")
      ? new Error("this link's code is not valid base64url") : null;
    try {
      return fromBase64Url(match[1]);
    } catch {
      return new Error("this link's code could not be read as UTF-8 text");
    }
  }

  class Playground {
    constructor(root) {
      this.root = root;
      const linked = codeFromAddress();
      let saved = null;
      try {
        saved = localStorage.getItem(PLAYGROUND_KEY);
      } catch {
        // No storage (a private window, say): the playground works for this visit.
      }
      this.fromLink = typeof linked === "string";
      this.code = this.fromLink ? linked : saved ?? PLAYGROUND_EXAMPLE;
      this.build(linked instanceof Error ? linked : null);
      runtime ??= new Runtime();
      this.unsubscribe = runtime.subscribe(() => this.showRuntime());
      loadEditor().then((factory) => {
        this.editorHost.replaceChildren();
        this.editor = factory.create(this.editorHost, {
          doc: this.code,
          label: "Your program",
          onRun: () => this.run(),
          onSubmit: () => this.run(),
          onChange: (code) => this.keep(code),
        });
      }, (error) => {
        this.editorHost.textContent = `${error.message}. Reload the page to try again.`;
      });
    }

    build(linkError) {
      const button = (label, handler, title) => el("button", { type: "button",
        class: "md-button exercise-button", onclick: handler, title }, [label]);
      this.runButton = button("Run", () => this.run(), "Run the program (Ctrl+Enter)");
      this.runButton.classList.add("md-button--primary");
      this.stopButton = button("Stop", () => runtime.stop("stop"),
        "Stop the running program and restart Python");
      this.stopButton.disabled = true;
      this.resetButton = button("Reset", () => this.reset(),
        "Replace the code with the starting example");
      this.linkButton = button("Copy link", () => this.share(),
        "Put the code in the page address and copy the link");
      this.runtimeText = el("span", { class: "exercise-runtime" });
      this.editorHost = el("div", { class: "exercise-editor" }, [
        pre("exercise-editor-placeholder", this.code),
      ]);
      this.linkText = el("p", { class: "playground-link" });
      this.linkText.hidden = true;
      this.results = el("div", { class: "exercise-results playground-output", role: "status",
        "aria-live": "polite", "aria-label": "Output" });
      const note = linkError ? el("p", { class: "exercise-summary exercise-summary--fail",
        text: `The code in the address was not loaded: ${linkError.message}.` })
        : this.fromLink ? el("p", { class: "exercise-note",
          text: "This code came with the link; press Run to run it." }) : null;
      if (note) this.results.append(note);
      this.storageNote = storageNote();
      this.root.append(
        el("div", { class: "exercise-status" }, [this.runtimeText]),
        this.storageNote,
        this.editorHost,
        el("p", { class: "exercise-keys", text: "Ctrl+Enter (⌘+Enter) runs. In the editor, " +
          "Tab indents; press Esc then Tab to move on to the buttons." }),
        el("div", { class: "exercise-toolbar", role: "group",
          "aria-label": "Playground actions" },
        [this.runButton, this.stopButton, this.resetButton, this.linkButton]),
        this.linkText,
        this.results,
      );
    }

    showRuntime() {
      if (!this.root.isConnected) {
        this.unsubscribe();
        return;
      }
      this.runtimeText.textContent = runtime.bootError ? "Python failed to start"
        : runtime.ready ? "Python ready (jaxlite)" : "Starting Python in the background…";
      this.root.dataset.playgroundRuntime = runtime.ready ? "ready" : "starting";
    }

    keep(code) {
      this.code = code;
      try {
        localStorage.setItem(PLAYGROUND_KEY, code);
        this.storageNote.hidden = true;
      } catch {
        this.storageNote.hidden = false;
      }
    }

    setCode(code) {
      if (this.editor) this.editor.setCode(code);
      else this.editorHost.replaceChildren(pre("exercise-editor-placeholder", code));
      this.keep(code);
    }

    reset() {
      this.setCode(PLAYGROUND_EXAMPLE);
    }

    share() {
      const code = this.editor ? this.editor.getCode() : this.code;
      const url = new URL(location.href);
      url.hash = `code=${toBase64Url(code)}`;
      history.replaceState(history.state, "", url.href);
      this.linkText.hidden = false;
      this.linkText.replaceChildren("Link to this code: ",
        el("a", { href: url.href, text: "copied", class: "playground-link-anchor" }));
      const copied = navigator.clipboard ? navigator.clipboard.writeText(url.href)
        : Promise.reject(new Error("no clipboard"));
      copied.catch(() => {
        this.linkText.firstChild.textContent = "Link to this code (copy it from the address " +
          "bar): ";
        this.linkText.querySelector("a").textContent = "link";
      });
    }

    async run() {
      runtime.endOrphanedRun();
      if (runtime.pending) return;
      const code = this.editor ? this.editor.getCode() : this.code;
      const focused = this.root.contains(document.activeElement) ? document.activeElement : null;
      this.runButton.disabled = this.resetButton.disabled = true;
      this.stopButton.disabled = false;
      this.root.dataset.playgroundRunning = "true";
      delete this.results.dataset.playgroundOutcome;
      this.results.replaceChildren(el("p", { class: "exercise-summary", text: runtime.ready
        ? "Running…" : "Starting Python… your code runs as soon as it is ready." }));
      const outcome = await runtime.run({ mode: "script", code }, PLAYGROUND_TIME_LIMIT,
        this.root);
      this.runButton.disabled = this.resetButton.disabled = false;
      this.stopButton.disabled = true;
      this.root.dataset.playgroundRunning = "false";
      const lost = !document.activeElement || document.activeElement === document.body;
      if (focused && focused.tagName === "BUTTON" && lost && focused.isConnected) focused.focus();
      this.show(outcome);
    }

    show(outcome) {
      const parts = [];
      let state = "done";
      if (outcome.stopped) {
        state = "stopped";
        parts.push(el("p", { class: "exercise-summary exercise-summary--fail",
          text: outcome.stopped === "timeout"
            ? `Stopped: the program ran longer than ${PLAYGROUND_TIME_LIMIT} s. Python was ` +
              "restarted; your code is unchanged."
            : "Stopped. Python was restarted; your code is unchanged." }));
      } else if (outcome.failure) {
        state = "failure";
        parts.push(el("p", { class: "exercise-summary exercise-summary--fail",
          text: outcome.failure }));
      } else {
        const answer = outcome.answer;
        if (answer.error) state = "error";
        if (answer.output) parts.push(pre("exercise-output", answer.output));
        if (answer.truncated) {
          parts.push(el("p", { class: "exercise-note", text: `Output truncated: ` +
            `${answer.truncated.toLocaleString()} more characters were not shown.` }));
        }
        if (answer.error) parts.push(pre("exercise-error", answer.error));
        if (!answer.output && !answer.error) {
          parts.push(el("p", { class: "exercise-note", text: "The program printed nothing." }));
        }
      }
      this.results.dataset.playgroundOutcome = state;
      this.results.replaceChildren(...parts);
    }
  }

  // The problems index: progress from localStorage, a solved count, and filters.
  function setUpCatalogue() {
    const root = document.querySelector("[data-catalogue]");
    if (!root) return;
    const rows = [...root.querySelectorAll("tr[data-problem]")];
    let solved = 0;
    for (const row of rows) {
      const state = loadState(row.dataset.problem);
      if (state.solved) solved += 1;
      const text = state.solved ? "✓ solved"
        : state.attempts ? `attempted (${state.attempts})` : state.code ? "started" : "";
      const cell = row.querySelector("[data-progress]");
      cell.replaceChildren();
      if (text) {
        cell.append(el("span", {
          class: `exercise-progress exercise-progress--${state.solved ? "solved" : "tried"}`,
          "data-exercise-progress-slug": row.dataset.problem, text }));
      }
    }
    const form = root.querySelector(".catalogue-filters");
    const summary = root.querySelector(".catalogue-summary");
    // A search matches the title or a JAX function the problem uses. Dots, underscores and
    // dashes count as spaces, so `tree_map` finds `jax.tree.map` and `per example` finds
    // "Per-example gradients".
    const words = (text) => text.toLowerCase().replace(/[._\-\s]+/g, " ").trim();
    const searched = new Map(rows.map((row) => [row,
      ` ${words(row.querySelector("a").textContent)} ${words(row.dataset.uses || "")} `]));
    const apply = () => {
      const query = words(form.elements.q.value);
      const category = form.elements.category.value;
      const difficulty = form.elements.difficulty.value;
      let shown = 0;
      for (const row of rows) {
        row.hidden = !((!query || searched.get(row).includes(query))
          && (!category || row.dataset.category === category)
          && (!difficulty || row.dataset.difficulty === difficulty));
        if (!row.hidden) shown += 1;
      }
      const filtered = shown === rows.length ? "" : ` · showing ${shown}`;
      summary.textContent = `Solved ${solved} of ${rows.length} problems${filtered}`;
    };
    form.hidden = false;
    form.addEventListener("input", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    apply();
  }

  // The site's navigation marks each solved problem, on every page (instant navigation keeps
  // the sidebar, so marks already there are left alone).
  const SITE_ROOT = new URL("../../", BASE);

  function markSolvedInNavigation() {
    for (const link of document.querySelectorAll("a.md-nav__link[href]")) {
      const path = new URL(link.getAttribute("href"), location.href).pathname;
      const match = path.startsWith(SITE_ROOT.pathname)
        && /^problems\/([^/]+)\/(index\.html)?$/.exec(path.slice(SITE_ROOT.pathname.length));
      if (!match) continue;
      const solved = Boolean(loadState(match[1]).solved);
      const mark = link.querySelector(".exercise-nav-solved");
      if (solved && !mark) {
        link.append(el("span", { class: "exercise-nav-solved", text: " ✓",
          title: "Solved", "aria-label": "solved" }));
      } else if (!solved && mark) {
        mark.remove();
      }
    }
  }

  function init() {
    if (runtime) runtime.endOrphanedRun();
    for (const root of document.querySelectorAll("[data-exercise]")) {
      if (!root.dataset.exerciseMounted) {
        root.dataset.exerciseMounted = "true";
        new Exercise(root);
      }
    }
    for (const root of document.querySelectorAll("[data-playground]")) {
      if (!root.dataset.playgroundMounted) {
        root.dataset.playgroundMounted = "true";
        new Playground(root);
      }
    }
    if (document.querySelector("[data-exercise]")) stageHints();
    setUpCatalogue();
    markSolvedInNavigation();
  }

  // Material's instant navigation swaps the page without reloading scripts; document$ emits
  // for every page it shows.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
