// Run Python programs under jaxlite inside Pyodide (Node.js), the way the course site does.
//
// Usage: node run_in_pyodide.mjs REPO_ROOT PROGRAM.py [PROGRAM.py ...]
// Loads only the Pyodide core from REPO_ROOT/node_modules/pyodide (no network, no extra
// packages), copies REPO_ROOT/jaxlite into Pyodide's filesystem, calls jaxlite.install(), runs
// each program as __main__ and prints {"name.py": {stdout, stderr, returncode}} as JSON.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [repoRoot, ...programs] = process.argv.slice(2);
if (!repoRoot || programs.length === 0) {
  console.error("usage: node run_in_pyodide.mjs REPO_ROOT PROGRAM.py [PROGRAM.py ...]");
  process.exit(2);
}
const pyodideDir = path.join(repoRoot, "node_modules", "pyodide");
if (!fs.existsSync(path.join(pyodideDir, "pyodide.mjs"))) {
  console.error("node_modules/pyodide is missing: run `npm ci` first");
  process.exit(3);
}

const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: pyodideDir + path.sep });

// Where the package lives inside Pyodide; kept apart from the working directory on purpose.
const SITE = "/jaxlite_site";

function copyTree(hostDir, guestDir) {
  pyodide.FS.mkdirTree(guestDir);
  for (const entry of fs.readdirSync(hostDir, { withFileTypes: true })) {
    const hostPath = path.join(hostDir, entry.name);
    const guestPath = `${guestDir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== "__pycache__") copyTree(hostPath, guestPath);
    } else if (entry.name.endsWith(".py")) {
      pyodide.FS.writeFile(guestPath, fs.readFileSync(hostPath));
    }
  }
}
copyTree(path.join(repoRoot, "jaxlite"), `${SITE}/jaxlite`);

let out = "";
let err = "";
const decoder = new TextDecoder();
pyodide.setStdout({ write: (buf) => { out += decoder.decode(buf); return buf.length; } });
pyodide.setStderr({ write: (buf) => { err += decoder.decode(buf); return buf.length; } });

pyodide.runPython(`
import sys
sys.path.insert(0, ${JSON.stringify(SITE)})
import jaxlite
jaxlite.install()
`);

const runner = pyodide.runPython(`
import runpy, sys, traceback

def _run_program(path):
    sys.argv = [path]
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException as e:
        traceback.print_exception(e)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0

_run_program
`);

const results = {};
for (const program of programs) {
  const name = path.basename(program);
  const guestPath = `/programs/${name}`;
  pyodide.FS.mkdirTree("/programs");
  pyodide.FS.writeFile(guestPath, fs.readFileSync(program));
  out = "";
  err = "";
  const returncode = runner(guestPath);
  results[name] = { stdout: out, stderr: err, returncode };
}
process.stdout.write(JSON.stringify(results));
