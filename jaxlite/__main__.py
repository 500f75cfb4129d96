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
        sys.stdout.flush()
        sys.stderr.write("".join(_format_exception(exc)))
        sys.stderr.flush()
        return 1
    sys.stdout.flush()
    return 0


_PKG_DIR = os.path.dirname(os.path.abspath(__file__))


def _user_frame(fs):
    # frames inside jaxlite are hidden, as JAX hides its internal frames
    return not os.path.abspath(fs.filename).startswith(_PKG_DIR + os.sep)


def _format_exception(exc):
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__)
    if os.environ.get("JAXLITE_TRACEBACK") != "full":
        seen = set()
        stack = [te]
        while stack:
            t = stack.pop()
            if id(t) in seen:
                continue
            seen.add(id(t))
            frames = [fs for fs in t.stack if _user_frame(fs)]
            t.stack = traceback.StackSummary.from_list(frames)
            for nxt in (t.__cause__, t.__context__):
                if nxt is not None:
                    stack.append(nxt)
    return te.format()


def main(argv):
    if len(argv) < 2 or argv[0] != "run":
        return _usage()
    return run(argv[1], argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
