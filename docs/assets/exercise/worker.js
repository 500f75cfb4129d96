// The exercise worker: boots Pyodide (self-hosted) with jaxlite as `jax`, then runs jobs.
import { loadPyodide } from "./vendor/pyodide/pyodide.mjs";

const here = new URL("./", import.meta.url);

async function boot() {
  const started = performance.now();
  const pyodide = await loadPyodide({
    indexURL: new URL("vendor/pyodide/", here).href,
    // Nothing beyond the core: jaxlite is pure Python and needs no package.
    packages: [],
  });
  const pyodideMs = performance.now() - started;
  const [archive, runner] = await Promise.all([
    fetch(new URL("jaxlite.zip", here)).then(checked).then((r) => r.arrayBuffer()),
    fetch(new URL("runner.py", here)).then(checked).then((r) => r.text()),
  ]);
  const lib = "/home/pyodide/exercise";
  pyodide.FS.mkdirTree(lib);
  pyodide.unpackArchive(archive, "zip", { extractDir: lib });
  pyodide.FS.writeFile(`${lib}/exercise_runner.py`, runner);
  pyodide.runPython(
    `import sys\nsys.path.insert(0, ${JSON.stringify(lib)})\n` +
      "import jaxlite\njaxlite.install()\nimport exercise_runner\nexercise_runner.prepare()\n",
  );
  const handle = pyodide.globals.get("exercise_runner").handle;
  const bootMs = performance.now() - started;
  postMessage({ type: "ready", bootMs, pyodideMs, jaxliteMs: bootMs - pyodideMs });
  return handle;
}

function checked(response) {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response;
}

const ready = boot().catch((error) => {
  postMessage({ type: "boot-error", message: String(error && error.stack || error) });
  throw error;
});

// Jobs arrive one at a time (the page waits for each answer); a runaway one is ended by the
// page terminating this worker.
onmessage = async (event) => {
  const { id, request } = event.data;
  let handle;
  try {
    handle = await ready;
  } catch {
    return;
  }
  postMessage({ type: "started", id });
  const started = performance.now();
  try {
    const answer = handle(JSON.stringify(request));
    postMessage({ type: "done", id, answer, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "done", id, failure: String(error && error.message || error) });
  }
};
