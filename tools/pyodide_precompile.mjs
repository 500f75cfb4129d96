// Compiles the Python files of zip archives to bytecode inside the vendored Pyodide, under Node.
//
// The browser's Python is Pyodide's CPython (3.14 for Pyodide 314.x), which no build machine
// needs to have: compiling inside Pyodide itself gives bytecode for exactly the interpreter
// that will load it. A boot that finds `.pyc` files skips compiling the standard library and
// jaxlite from source, which is most of a stock boot's time.
//
// Usage: node tools/pyodide_precompile.mjs PYODIDE_DIR IN.zip OUT.zip MOUNT [IN OUT MOUNT ...]
//   MOUNT is the path the archive will have in the browser's file system (co_filename of the
//   code objects starts with it). The output holds the archive's other files unchanged and a
//   sourceless, unchecked-hash `.pyc` in place of each `.py`: zipimport loads it without
//   looking for the source, and the runner shows learners only frames of their own code.

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pyodideDir, ...rest] = process.argv.slice(2);
if (!pyodideDir || rest.length === 0 || rest.length % 3 !== 0) {
  console.error("usage: pyodide_precompile.mjs PYODIDE_DIR IN.zip OUT.zip MOUNT [...]");
  process.exit(2);
}
const { loadPyodide } = await import(resolve(pyodideDir, "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL: resolve(pyodideDir) + "/" });

const COMPILE = `
import importlib.util, marshal, zipfile

def precompile(source, target, mount):
    compiled = 0
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            if not info.filename.endswith(".py"):
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            # A file that does not compile stays as source: the learner sees the same
            # SyntaxError a stock boot would give.
            try:
                code = compile(data, mount + info.filename, "exec", dont_inherit=True)
            except SyntaxError:
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            # PEP 552 header: flags 0b01 = hash-based, not checked against a source.
            header = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little")
            pyc = header + importlib.util.source_hash(data) + marshal.dumps(code)
            entry = zipfile.ZipInfo(info.filename + "c", date_time=info.date_time)
            out.writestr(entry, pyc, compress_type=zipfile.ZIP_DEFLATED)
            compiled += 1
    return compiled
`;
pyodide.runPython(COMPILE);
const precompile = pyodide.globals.get("precompile");
for (let i = 0; i < rest.length; i += 3) {
  const [source, target, mount] = rest.slice(i, i + 3);
  pyodide.FS.writeFile("/tmp/in.zip", readFileSync(source));
  const count = precompile("/tmp/in.zip", "/tmp/out.zip", mount);
  writeFileSync(target, pyodide.FS.readFile("/tmp/out.zip"));
  console.log(`${source}: ${count} modules compiled in Pyodide ${pyodide.version}`);
}
