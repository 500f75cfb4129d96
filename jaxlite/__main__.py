"""Command line: `python -S -m jaxlite run FILE [ARGS]` runs FILE with jax bound to jaxlite."""

import os
import sys
import traceback


def _usage():
    sys.stderr.write("usage: python -m jaxlite run FILE [ARGS...]\n")
    return 2


def run(path, args):
    import jaxlite
    jaxlite.install()
    sys.argv = [path, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    with open(path, "rb") as fh:
        source = fh.read()
    code = compile(source, path, "exec")
    main = type(sys)("__main__")
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    try:
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        tb = exc.__traceback__
        # drop this runner's own frame so the traceback starts in the user's file
        while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
            tb = tb.tb_next
        sys.stdout.flush()
        traceback.print_exception(type(exc), exc, tb)
        sys.stderr.flush()
        return 1
    sys.stdout.flush()
    return 0


def main(argv):
    if len(argv) < 2 or argv[0] != "run":
        return _usage()
    return run(argv[1], argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
