// Package cli implements the mirlsp command line: `eval`, `check` and
// `version` (the language server is started by `serve`). It reads files,
// evaluates every const, static, anon const and promoted, and reports
// them as text, JSON (the contract scripts rely on, see DESIGN.md) or
// rustc-style diagnostics.
package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"strings"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// Version is the version of the cache's format, part of every cache key
// (with the build's identity, cache.BuildID). `mirlsp version` prints the
// build's own version (BuildVersion).
const Version = "0.1.0"

// BuildVersion describes this build from the information the Go toolchain
// records in the binary: the module version (a pseudo-version such as
// v0.0.0-20261203172816-1015592ee782 for a build of a git checkout,
// "(devel)" when no revision was recorded), the VCS revision and its time,
// and "modified" when the checkout had uncommitted changes:
//
//	mirlsp v0.0.0-20261203172816-1015592ee782 (revision 1015592ee782, 2026-12-03T17:28:16Z)
func BuildVersion() string {
	info, ok := debug.ReadBuildInfo()
	return buildVersion(info, ok)
}

func buildVersion(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "mirlsp (unknown build: no build information)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, at, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return "mirlsp " + version + " (no VCS revision recorded: built outside a git clone or with -buildvcs=false)"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	about := []string{"revision " + rev}
	if at != "" {
		about = append(about, at)
	}
	if modified == "true" {
		about = append(about, "modified")
	}
	return "mirlsp " + version + " (" + strings.Join(about, ", ") + ")"
}

// Exit codes.
const (
	ExitOK     = 0 // everything evaluated
	ExitFailed = 1 // some evaluation failed
	ExitUsage  = 2 // usage, I/O or syntax error
)

const usage = `usage:
  mirlsp                         run the language server on stdio (same as serve)
  mirlsp serve [--log FILE] [--log-level debug|info|warn|error]
  mirlsp eval [--json] [--step-limit N] [--memory-limit BYTES] [--crate] [--cargo PATH|none] FILE...
                                 evaluate every const/static item (.mir, .rs)
  mirlsp check [--step-limit N] [--memory-limit BYTES] [--crate] [--cargo PATH|none] FILE...
                                 print evaluation errors rustc-style; exit 1 if any
  mirlsp dap                     run the debug adapter (Debug Adapter Protocol) on stdio
  mirlsp mir FILE.rs             print the MIR lowered from a Rust file
  mirlsp version                 print the build's version and VCS revision
`

// Serve runs the language server; set by the server package's command so
// that this package does not import it.
var Serve func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// DAP runs the debug adapter; set by the dap package's command.
var DAP func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Run executes the command line args (without the program name).
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		args = []string{"serve"}
	}
	switch args[0] {
	case "serve":
		if Serve == nil {
			fmt.Fprintln(stderr, "mirlsp: this build has no language server")
			return ExitUsage
		}
		return Serve(args[1:], stdin, stdout, stderr)
	case "dap":
		if DAP == nil {
			fmt.Fprintln(stderr, "mirlsp: this build has no debug adapter")
			return ExitUsage
		}
		return DAP(args[1:], stdin, stdout, stderr)
	case "eval", "check":
		fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
		fs.SetOutput(stderr)
		asJSON := false
		if args[0] == "eval" {
			fs.BoolVar(&asJSON, "json", false, "print one JSON array")
		}
		cfg := eval.DefaultConfig
		fs.Int64Var(&cfg.StepLimit, "step-limit", cfg.StepLimit, "ConstEvalCounter steps before \"constant evaluation is taking a long time\" (-1: no limit)")
		memLimit := int64(cfg.MemoryLimit)
		fs.Int64Var(&memLimit, "memory-limit", memLimit, "bytes one evaluation may allocate (the sum of its live allocations' sizes) before \"tried to allocate more memory than available to compiler\" (-1: no limit)")
		var ro rustOptions
		fs.BoolVar(&ro.wholeCrate, "crate", false, "for a .rs file, the items of every file of its crate")
		fs.StringVar(&ro.cargo, "cargo", "", "the cargo binary that reads the crate graph (none: read Cargo.toml and Cargo.lock)")
		if err := fs.Parse(args[1:]); err != nil {
			return ExitUsage
		}
		if fs.NArg() == 0 {
			fmt.Fprint(stderr, usage)
			return ExitUsage
		}
		if cfg.StepLimit < 0 {
			cfg.StepLimit = math.MaxInt64
		}
		switch {
		case memLimit < 0:
			cfg.MemoryLimit = math.MaxUint64
		case memLimit > 0:
			cfg.MemoryLimit = uint64(memLimit)
		}
		return evalFiles(fs.Args(), cfg, ro, args[0] == "check", asJSON, stdout, stderr)
	case "mir":
		return showMIR(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, BuildVersion())
		return ExitOK
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return ExitOK
	}
	fmt.Fprintf(stderr, "mirlsp: unknown command %q\n%s", args[0], usage)
	return ExitUsage
}

// ItemJSON is one object of `eval --json`.
type ItemJSON struct {
	File        string     `json:"file"`
	Name        string     `json:"name"`
	Kind        string     `json:"kind"`
	Type        string     `json:"type"`
	Value       *string    `json:"value,omitempty"`
	Error       *ErrorJSON `json:"error,omitempty"`
	Unsupported string     `json:"unsupported,omitempty"`
	Line        int        `json:"line"`
	Column      int        `json:"column"`
}

// ErrorJSON is a failed evaluation.
type ErrorJSON struct {
	Code    string      `json:"code"`
	Kind    string      `json:"kind"`
	Message string      `json:"message"`
	Line    int         `json:"line"`
	Column  int         `json:"column"`
	Frames  []FrameJSON `json:"frames"`
	// Referenced names the failing constant this item needed: the error
	// is that constant's (rustc reports it once, there).
	Referenced string `json:"referenced,omitempty"`
}

// FrameJSON is one "inside `f`" frame (collapsed as rustc collapses them).
type FrameJSON struct {
	Function string `json:"function"`
	Note     string `json:"note"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	// File is set when the frame lies in another file of the crate.
	File string `json:"file,omitempty"`
}

// source is one input file.
type source struct {
	name string
	src  []byte
	idx  *mir.LineIndex
	file *mir.File
}

func evalFiles(paths []string, cfg eval.Config, ro rustOptions, check, asJSON bool, stdout, stderr io.Writer) int {
	code := ExitOK
	// The .mir files are one program; each .rs file is lowered with its
	// crate. Results are printed in argument order.
	results := map[string][]*result{}
	var mirSrcs []*source
	var files []*mir.File
	for _, path := range paths {
		switch {
		case strings.HasSuffix(path, ".rs"):
			rs, c := evalRust(path, cfg, ro, stderr)
			results[path] = rs
			code = max(code, c)
			continue
		case !strings.HasSuffix(path, ".mir"):
			fmt.Fprintf(stderr, "mirlsp: %s: only .mir and .rs files are evaluated\n", path)
			code = ExitUsage
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "mirlsp: %v\n", err)
			code = ExitUsage
			continue
		}
		f, errs := mirparse.Parse(path, src)
		for _, e := range errs {
			fmt.Fprintf(stderr, "%v\n", e)
			code = ExitUsage
		}
		mirSrcs = append(mirSrcs, &source{name: path, src: src, idx: mir.NewLineIndex(src), file: f})
		files = append(files, f)
	}
	if len(files) > 0 {
		ev := eval.NewEvaluator(eval.NewProgram(files...), cfg)
		for _, s := range mirSrcs {
			for _, it := range s.file.Items {
				if !it.Kind.IsData() {
					continue
				}
				res := ev.Eval(context.Background(), it)
				r := &result{src: s, name: it.Name, res: res}
				r.json = itemJSON(s, it, res, ev)
				results[s.name] = append(results[s.name], r)
			}
		}
	}
	var out []ItemJSON
	// users lists, per failing constant, the items that met it.
	users := map[*mir.Item][]*result{}
	for _, path := range paths {
		for _, r := range results[path] {
			if r.res == nil {
				continue
			}
			if e := r.res.Err; e != nil && e.Referenced != nil && e.UseItem != nil {
				users[e.Referenced] = append(users[e.Referenced], r)
			}
		}
	}
	done := map[string]bool{}
	for _, path := range paths {
		if done[path] {
			continue
		}
		done[path] = true
		for _, r := range results[path] {
			j := r.json
			if j.Error != nil && code == ExitOK {
				code = ExitFailed
			}
			switch {
			case asJSON:
				out = append(out, j)
			case check:
				// An item that needed a failing constant repeats its
				// error; rustc reports it once, at that constant.
				if j.Error != nil && r.res.Err.Referenced == nil {
					writeDiagnostic(stdout, r, r.res.Err)
					for _, u := range users[r.res.Item] {
						writeUseNote(stdout, u)
					}
				}
			default:
				writeText(stdout, j)
			}
		}
	}
	if asJSON {
		if out == nil {
			out = []ItemJSON{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "mirlsp: %v\n", err)
			return ExitUsage
		}
	}
	return code
}

// result is one evaluated item: its JSON form, and what a rustc-style
// diagnostic needs (the sources of its error's frames).
type result struct {
	src  *source
	name string
	res  *eval.Result
	json ItemJSON
	// frameSrc returns the source a frame's span lies in (nil: src).
	frameSrc func(f eval.Frame) *source
}

func (r *result) sourceOf(f eval.Frame) *source {
	if r.frameSrc != nil {
		if s := r.frameSrc(f); s != nil {
			return s
		}
	}
	return r.src
}

// KindName is an item's kind in the JSON contract.
func KindName(k mir.ItemKind) string {
	switch k {
	case mir.ItemStatic, mir.ItemStaticMut:
		return "static"
	case mir.ItemPromoted:
		return "promoted"
	case mir.ItemAnonConst:
		return "anon-const"
	}
	return "const"
}

// ErrorCode is rustc's code for an evaluation error.
func ErrorCode(e *eval.EvalError) string {
	if e.Kind == eval.KindLimit && strings.HasPrefix(e.Msg, "constant evaluation is taking a long time") {
		return "long_running_const_eval"
	}
	return "E0080"
}

func itemJSON(s *source, it *mir.Item, res *eval.Result, ev *eval.Evaluator) ItemJSON {
	line, col := s.idx.Position(it.Span.Start)
	j := ItemJSON{File: s.name, Name: it.Name, Kind: KindName(it.Kind), Type: it.Ty.String(), Line: line, Column: col}
	switch {
	case res.Unsupported():
		j.Unsupported = res.Err.Msg
	case res.Err != nil:
		el, ec := s.idx.Position(res.Err.Span.Start)
		e := &ErrorJSON{Code: ErrorCode(res.Err), Kind: res.Err.Kind.String(), Message: res.Err.Msg, Line: el, Column: ec, Frames: []FrameJSON{}}
		for _, n := range res.Err.FrameNotes() {
			fj := FrameJSON{Function: n.Func, Note: n.Note}
			if !n.InCore() {
				fj.Line, fj.Column = s.idx.Position(n.Span.Start)
			}
			e.Frames = append(e.Frames, fj)
		}
		if res.Err.Referenced != nil {
			e.Referenced = res.Err.Referenced.Name
		}
		j.Error = e
	default:
		v, err := ev.Render(res, eval.RenderOpts{})
		if err != nil {
			j.Unsupported = "the value cannot be printed: " + err.Error()
		} else {
			j.Value = &v
		}
	}
	return j
}

func writeText(w io.Writer, j ItemJSON) {
	head := fmt.Sprintf("%s:%d:%d: %s %s: %s", j.File, j.Line, j.Column, j.Kind, j.Name, j.Type)
	switch {
	case j.Value != nil:
		fmt.Fprintf(w, "%s = %s\n", head, *j.Value)
	case j.Error != nil:
		fmt.Fprintf(w, "%s: error[%s]: %s\n", head, j.Error.Code, j.Error.Message)
		for _, f := range j.Error.Frames {
			file := j.File
			if f.File != "" {
				file = f.File
			}
			if f.Line == 0 {
				// A frame in core, whose source is not at hand.
				fmt.Fprintf(w, "    %s\n", f.Note)
				continue
			}
			fmt.Fprintf(w, "    %s at %s:%d:%d\n", f.Note, file, f.Line, f.Column)
		}
	default:
		fmt.Fprintf(w, "%s: not evaluated: %s\n", head, j.Unsupported)
	}
}

// writeDiagnostic prints an evaluation error as rustc does.
func writeDiagnostic(w io.Writer, r *result, e *eval.EvalError) {
	s := r.src
	code := ErrorCode(e)
	if code == "E0080" {
		fmt.Fprintf(w, "error[E0080]: %s\n", e.Msg)
	} else {
		fmt.Fprintf(w, "error: %s\n", e.Msg)
	}
	notes := e.FrameNotes()
	label := fmt.Sprintf("evaluation of `%s` failed here", r.name)
	switch {
	case strings.HasPrefix(e.Msg, "constructing invalid value"):
		label = "it is undefined behavior to use this value"
	case len(notes) > 0:
		label = fmt.Sprintf("evaluation of `%s` failed inside this call", r.name)
	}
	// As rustc renders it: line numbers right-aligned to the widest of
	// the diagnostic; the error's own notes right after its snippet,
	// then the "inside" frames.
	line, _ := s.idx.Position(e.Span.Start)
	width := len(fmt.Sprint(line))
	for _, n := range notes {
		if n.InCore() {
			continue
		}
		l, _ := r.sourceOf(n.Frame).idx.Position(n.Span.Start)
		width = max(width, len(fmt.Sprint(l)))
	}
	writeSnippet(w, s, e.Span, label, width, len(notes) > 0 || len(e.Notes) > 0)
	pad := strings.Repeat(" ", width)
	for _, n := range e.Notes {
		kind, text := "note", n
		if t, ok := strings.CutPrefix(n, "help: "); ok {
			kind, text = "help", t
		}
		prefix := pad + " = " + kind + ": "
		lines := strings.Split(text, "\n")
		fmt.Fprintf(w, "%s%s\n", prefix, lines[0])
		for _, l := range lines[1:] {
			fmt.Fprintf(w, "%s%s\n", strings.Repeat(" ", len(prefix)), l)
		}
	}
	for i, n := range notes {
		fmt.Fprintf(w, "note: %s\n", n.Note)
		if n.InCore() {
			// core's source is not at hand: the note alone.
			continue
		}
		l := ""
		if i == len(notes)-1 {
			l = "the failure occurred here"
		}
		writeSnippet(w, r.sourceOf(n.Frame), n.Span, l, width, false)
	}
	fmt.Fprintln(w)
}

// writeSnippet prints ` --> file:l:c`, the source line and a caret line.
// writeUseNote is rustc's note at an item that met a failing constant.
func writeUseNote(w io.Writer, u *result) {
	e := u.res.Err
	s := u.sourceOf(eval.Frame{Item: e.UseItem, Span: e.Use})
	line, _ := s.idx.Position(e.Use.Start)
	fmt.Fprintln(w, "note: erroneous constant encountered")
	writeSnippet(w, s, e.Use, "", len(fmt.Sprint(line)), false)
	fmt.Fprintln(w)
}

func writeSnippet(w io.Writer, s *source, sp mir.Span, label string, width int, gutter bool) {
	line, col := s.idx.Position(sp.Start)
	text := s.idx.Line(line)
	pad := strings.Repeat(" ", width)
	fmt.Fprintf(w, "%s--> %s:%d:%d\n", pad, s.name, line, col)
	fmt.Fprintf(w, "%s |\n", pad)
	fmt.Fprintf(w, "%*d | %s\n", width, line, text)
	endLine, endCol := s.idx.Position(sp.End)
	n := endCol - col
	if endLine != line || n < 1 {
		n = len([]rune(text)) - col + 1
	}
	if n < 1 {
		n = 1
	}
	caret := strings.Repeat(" ", col-1) + strings.Repeat("^", n)
	if label != "" {
		caret += " " + label
	}
	fmt.Fprintf(w, "%s | %s\n", pad, caret)
	if gutter {
		fmt.Fprintf(w, "%s |\n", pad)
	}
}
