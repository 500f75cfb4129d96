"""Run many corpus programs under real JAX in one process and print their outputs as JSON.

Importing JAX costs a second or two, so the differential test runs every program here with
`runpy`, capturing stdout, stderr and the exit code each would have had as a script.
Usage: python real_jax_driver.py PROGRAM.py [PROGRAM.py ...]  (one JSON object, by file name)
   or: python real_jax_driver.py --serve  (a path per line in, one JSON result per line out)
"""

import contextlib
import io
import json
import os
import runpy
import sys
import traceback


def run_one(path):
    out, err = io.StringIO(), io.StringIO()
    code = 0
    saved_argv = sys.argv
    sys.argv = [path]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                runpy.run_path(path, run_name="__main__")
            except SystemExit as e:
                if e.code is None:
                    code = 0
                elif isinstance(e.code, int):
                    code = e.code
                else:
                    print(e.code, file=sys.stderr)
                    code = 1
            except BaseException as e:  # noqa: BLE001 - mirror the interpreter's top level
                traceback.print_exception(e)
                code = 1
    finally:
        sys.argv = saved_argv
    return {"stdout": out.getvalue(), "stderr": err.getvalue(), "returncode": code}


def main(paths):
    import jax  # noqa: F401 - import once up front so its cost is not charged to program 1

    results = {}
    for path in paths:
        results[os.path.basename(path)] = run_one(path)
    json.dump(results, sys.stdout)


def serve():
    import jax  # noqa: F401 - once, before the first program

    answers = sys.stdout
    for line in sys.stdin:
        answers.write(json.dumps(run_one(line.rstrip("\n"))) + "\n")
        answers.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        main(sys.argv[1:])
