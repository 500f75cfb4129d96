// The exercise's code editor: CodeMirror 6 with Python, bundled by hooks/vendor.py (esbuild).
import { EditorState, Prec } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  indentOnInput, bracketMatching, syntaxHighlighting, indentUnit, LanguageSupport,
} from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
// The language alone (parser, indentation, folding): python() would also bring the
// autocompletion package, which this editor does not use.
import { pythonLanguage } from "@codemirror/lang-python";

// Colours come from CSS (tok-* classes and Material's variables), so the editor follows the
// light/dark palette without a second theme.
function create(parent, { doc, label, onRun, onSubmit, onChange }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        new LanguageSupport(pythonLanguage),
        syntaxHighlighting(classHighlighter),
        // Ctrl/Cmd+Enter runs and Ctrl/Cmd+Shift+Enter submits; they must win over the
        // default "insert blank line" binding.
        Prec.highest(keymap.of([
          { key: "Mod-Enter", run: () => { onRun(); return true; } },
          { key: "Mod-Shift-Enter", run: () => { (onSubmit ?? onRun)(); return true; } },
        ])),
        // Tab indents; Escape then Tab leaves the editor (CodeMirror's keyboard escape hatch).
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    // A transaction, so Ctrl+Z in the editor undoes it as well.
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    focus: () => view.focus(),
  };
}

window.ExerciseEditor = { create };
