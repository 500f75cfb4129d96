// The exercise worker: boots Pyodide (self-hosted) with jaxlite as `jax`, then runs jobs.
import { loadPyodide, version } from "./vendor/pyodide/pyodide.mjs";

// Milliseconds since this worker was created at each step of its boot (for nox -s bench).
const phases = { origin: performance.timeOrigin, loaded: performance.now() };
const here = new URL("./", import.meta.url);
const pyodideDir = new URL("vendor/pyodide/", here);
// hooks/vendor.py compiles both archives for these paths (their code objects name them).
const JAXLITE_MOUNT = "/home/pyodide/jaxlite.zip";
// The archives' SHA-256, written in by hooks/vendor.py as it builds them: a stored snapshot is
// then found before they are downloaded. A worker that was not built that way hashes them first.
const BUILT_DIGESTS = null;
const WASM_URL = new URL("pyodide.asm.wasm", pyodideDir).href;
const STDLIB_URL = new URL("python_stdlib.pyc.zip", pyodideDir).href;
const JAXLITE_URL = new URL("jaxlite.zip", here).href;
// Pyodide imports its 1.2 MB Emscripten module, compiles its 9 MB WebAssembly and downloads
// the standard library only once it has its options. All three start now instead.
const pageFetch = globalThis.fetch.bind(globalThis);
import(new URL("pyodide.asm.mjs", pyodideDir).href).catch(() => {});
const compiledWasm = WebAssembly.compileStreaming(pageFetch(WASM_URL));
const stdlibBytes = fetchBytes(STDLIB_URL);
const jaxliteBytes = fetchBytes(JAXLITE_URL);
for (const started of [compiledWasm, stdlibBytes, jaxliteBytes]) started.catch(() => {});
// Pyodide's own requests for the wasm and the standard library are answered from those: the
// wasm with a stand-in that instantiateStreaming (below) knows, the library with its bytes.
const WASM_STAND_IN = new Response(null);
globalThis.fetch = (resource, init) => {
  // Pyodide asks with a URL object; anything else goes to the network as asked.
  const url = resource instanceof URL ? resource.href : resource;
  if (url === WASM_URL) return Promise.resolve(WASM_STAND_IN);
  if (url === STDLIB_URL) return stdlibBytes.then((bytes) => new Response(bytes));
  return pageFetch(resource, init);
};
// What instantiation waits for before Pyodide may go on: a restore's memory being filled in.
let instantiationGate = null;
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async (source, imports) => {
  const response = await source;
  if (response !== WASM_STAND_IN) return instantiateStreaming(response, imports);
  const gate = instantiationGate;
  let module;
  try {
    module = await compiledWasm;
  } catch {
    // Compiling early failed (e.g. the download did): a download of its own decides.
    module = await WebAssembly.compileStreaming(pageFetch(WASM_URL));
  }
  const instance = await WebAssembly.instantiate(module, imports);
  if (gate) await gate;
  return { module, instance };
};
const PREPARE =
  `import sys\nsys.path.insert(0, ${JSON.stringify(JAXLITE_MOUNT)})\n` +
  "import jaxlite\njaxlite.install()\nimport exercise_runner\nexercise_runner.prepare()\n";

// A memory snapshot of Python with jaxlite imported, made in this browser after a normal boot
// and restored on later boots (a repeat visit, a restart after Stop): no interpreter start,
// no imports. Pyodide's snapshot options are private API, so they are used only with the
// exact version they were written for (package.json pins it); any other version, a missing
// Cache API (an insecure origin) or any failure means a normal boot.
const SNAPSHOT_PYODIDE = "314.0.7";
const SNAPSHOT_CACHE = "jax-grad-course-python-snapshot";
const SNAPSHOT_DIGEST_HEADER = "x-snapshot-sha256";
// How a snapshot is stored (see pack()); part of its name, so another layout is never read.
const SNAPSHOT_LAYOUT = "pages-4096";
const snapshots = version === SNAPSHOT_PYODIDE && typeof caches !== "undefined";
// After a restore: what was seeded when the snapshot was made must be seeded again (the
// `random` module's state, if something imported it), then prove jaxlite computes.
const AFTER_RESTORE =
  "import sys\nif 'random' in sys.modules:\n    sys.modules['random'].seed()\n" +
  "import jax, exercise_runner\nassert float(jax.grad(lambda x: x * x)(3.0)) == 6.0\n";

let jobsStarted = 0;

async function boot() {
  const started = performance.now();
  // The stored snapshot's name and size (if there is one), while the archives download.
  const stored = snapshots ? readStored() : Promise.resolve(null);
  stored.catch(() => {});
  // What the archives hash to, once downloaded; the snapshot's name is made from the digests
  // this worker was built with when it has them, so a restore need not wait for the downloads.
  const digests = Promise.all([stdlibBytes, jaxliteBytes]).then(async ([stdlib, archive]) => {
    phases.fetched = performance.now();
    return { stdlib: hex(await sha256(stdlib)), jaxlite: hex(await sha256(archive)) };
  });
  digests.catch(() => {});
  const options = { indexURL: pyodideDir.href, stdLibURL: STDLIB_URL, packages: [] };
  const expected = snapshots ? await snapshotKey(BUILT_DIGESTS || await digests) : null;
  phases.keyed = performance.now();

  let pyodide = null;
  let source = "boot";
  // Another build's snapshot is never looked at; keep() replaces it.
  const found = expected ? await stored.catch(() => null) : null;
  if (found && found.url === snapshotURL(expected)) {
    try {
      pyodide = await restore(found, options, digests);
      source = "snapshot";
    } catch (error) {
      source = `boot (snapshot refused: ${error && error.message || error})`;
      pyodide = null;
      await forget();
    }
  }
  if (!pyodide) {
    pyodide = await loadPyodide({ ...options, _makeSnapshot: snapshots });
    pyodide.FS.writeFile(JAXLITE_MOUNT, await jaxliteBytes);
    pyodide.runPython(PREPARE);
    // Taken once the page has its answer, unless a job got in first (its state would be in
    // the snapshot); the next boot then tries again. Named by what was downloaded.
    if (snapshots) {
      const key = await snapshotKey(await digests);
      setTimeout(() => keep(pyodide, key), 0);
    }
  }
  const handle = pyodide.globals.get("exercise_runner").handle;
  const bootMs = performance.now() - started;
  phases.ready = performance.now();
  postMessage({ type: "ready", bootMs, source, phases });
  return handle;
}

// The snapshot's name: everything that is in it (the Pyodide build, the standard library,
// jaxlite and the runner, and the code that prepared it).
async function snapshotKey({ stdlib, jaxlite }) {
  return hex(await sha256(new TextEncoder().encode(
    [version, SNAPSHOT_LAYOUT, stdlib, jaxlite, PREPARE].join("\n"))));
}

// The one stored snapshot: its name and memory size at once (from its first bytes), the rest
// of it on demand, checked against the digest stored with it.
async function readStored() {
  const cache = await caches.open(SNAPSHOT_CACHE);
  const [request] = await cache.keys();
  if (!request) return null;
  const response = await cache.match(request);
  if (!response || !response.body) return null;
  const reader = response.body.getReader();
  const chunks = [];
  while (chunks.reduce((total, chunk) => total + chunk.length, 0) < 8) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const first = concat(chunks);
  const view = new DataView(first.buffer, first.byteOffset, first.length);
  const length = first.length >= 8 && view.getUint32(0) === PACK_TAG ? view.getUint32(4) : 0;
  async function read() {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    const bytes = concat(chunks);
    phases.read = performance.now();
    const digest = hex(await sha256(bytes));
    phases.verified = performance.now();
    if (digest !== response.headers.get(SNAPSHOT_DIGEST_HEADER)) {
      throw new Error("its bytes do not match its digest");
    }
    return bytes;
  }
  return { url: request.url, length, read };
}

// The chunks as one array (they are replaced by it).
function concat(chunks) {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  chunks.splice(0, chunks.length, out);
  return out;
}

// Over half of Python's memory is pages never written, all zeros: a snapshot is stored as a
// header (a tag, the memory's length), one byte per 4 KB page saying whether it is kept, and
// the kept pages. Half the bytes to read and hash on every restore.
const PAGE = 4096;
const PACK_TAG = 0x4a475031; // "JGP1"

function pack(snapshot) {
  // A word-aligned copy, so that zero pages are found a word at a time.
  const memory = snapshot.byteOffset % 4 ? snapshot.slice() : snapshot;
  const pages = Math.ceil(memory.length / PAGE);
  const words = new Uint32Array(memory.buffer, memory.byteOffset, memory.length >> 2);
  const kept = new Uint8Array(pages);
  let count = 0;
  for (let page = 0; page < pages; page++) {
    const start = page * PAGE;
    const end = Math.min(start + PAGE, memory.length);
    let zero = true;
    // Whole words where the page has them, then any bytes past the last word.
    for (let w = start >> 2; w < end >> 2 && zero; w++) zero = words[w] === 0;
    for (let b = (end >> 2) << 2; b < end && zero; b++) zero = memory[b] === 0;
    if (!zero) {
      kept[page] = 1;
      count++;
    }
  }
  const header = 8;
  const out = new Uint8Array(header + pages + count * PAGE);
  const view = new DataView(out.buffer);
  view.setUint32(0, PACK_TAG);
  view.setUint32(4, memory.length);
  out.set(kept, header);
  let at = header + pages;
  for (let page = 0; page < pages; page++) {
    if (!kept[page]) continue;
    out.set(memory.subarray(page * PAGE, Math.min((page + 1) * PAGE, memory.length)), at);
    at += PAGE;
  }
  return out;
}

// Fills `memory` (all zeros) from a stored snapshot, once the whole of it has been checked.
function unpack(stored, memory) {
  const view = new DataView(stored.buffer, stored.byteOffset, stored.length);
  if (stored.length < 8 || view.getUint32(0) !== PACK_TAG) {
    throw new Error("it is not a stored snapshot");
  }
  const length = view.getUint32(4);
  if (length !== memory.length) throw new Error("its size changed while it was read");
  const pages = Math.ceil(length / PAGE);
  const kept = stored.subarray(8, 8 + pages);
  let count = 0;
  for (const flag of kept) count += flag;
  if (stored.length !== 8 + pages + count * PAGE) throw new Error("its pages are incomplete");
  let at = 8 + pages;
  for (let page = 0; page < pages; page++) {
    if (!kept[page]) continue;
    const start = page * PAGE;
    memory.set(stored.subarray(at, at + Math.min(PAGE, length - start)), start);
    at += PAGE;
  }
}

async function restore(stored, options, digests) {
  // Pyodide gets the memory to restore at once, still empty, and goes on with its own start
  // (the Emscripten module, the wasm instance) while the snapshot is read; instantiation then
  // waits until the memory is filled in. Bytes that turn out unsound end the restore before
  // anything runs: that attempt is left waiting for good, and a normal boot follows.
  if (!stored.length) throw new Error("it is not a stored snapshot");
  const memory = new Uint8Array(stored.length);
  const filled = stored.read().then((bytes) => unpack(bytes, memory));
  instantiationGate = filled.catch(() => new Promise(() => {}));
  let pyodide;
  try {
    pyodide = await Promise.race([
      loadPyodide({ ...options, _loadSnapshot: memory }),
      filled.then(() => new Promise(() => {})),
    ]);
  } finally {
    instantiationGate = null;
  }
  phases.restored = performance.now();
  // The snapshot was looked up by the digests this worker was built with: what was actually
  // downloaded must be the same files (a half-deployed site could serve another build's).
  const actual = await digests;
  if (BUILT_DIGESTS && (actual.stdlib !== BUILT_DIGESTS.stdlib ||
                        actual.jaxlite !== BUILT_DIGESTS.jaxlite)) {
    throw new Error("the archives downloaded are not the ones this worker was built with");
  }
  pyodide.FS.writeFile(JAXLITE_MOUNT, await jaxliteBytes);
  pyodide.runPython(AFTER_RESTORE);
  return pyodide;
}

async function keep(pyodide, key) {
  if (jobsStarted) return;
  try {
    const bytes = pack(pyodide.makeMemorySnapshot());
    const digest = hex(await sha256(bytes));
    const cache = await caches.open(SNAPSHOT_CACHE);
    // One snapshot per origin: the one for this build replaces any other.
    for (const request of await cache.keys()) await cache.delete(request);
    await cache.put(snapshotURL(key), new Response(bytes, {
      headers: { "content-type": "application/octet-stream", [SNAPSHOT_DIGEST_HEADER]: digest },
    }));
    postMessage({ type: "snapshot-stored", bytes: bytes.length });
  } catch (error) {
    // Storage full or refused: every boot stays a normal one.
    postMessage({ type: "snapshot-failed", message: String(error && error.message || error) });
  }
}

async function forget() {
  try {
    await caches.delete(SNAPSHOT_CACHE);
  } catch {
    // Nothing stored, or storage unavailable: nothing to forget.
  }
}

function snapshotURL(key) {
  // A name in the Cache API, never fetched.
  return new URL(`python-snapshot/${key}`, here).href;
}

async function fetchBytes(url) {
  const response = await pageFetch(url);
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function sha256(bytes) {
  return crypto.subtle.digest("SHA-256", bytes);
}

function hex(buffer) {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");
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
  jobsStarted += 1;
  postMessage({ type: "started", id });
  const started = performance.now();
  try {
    const answer = handle(JSON.stringify(request));
    postMessage({ type: "done", id, answer, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "done", id, failure: String(error && error.message || error) });
  }
};
