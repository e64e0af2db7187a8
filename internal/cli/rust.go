package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"mirlsp/crates"
	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

func init() {
	// Array lengths computed by const fns ([u8; padded(W)]) are evaluated
	// while the Rust front end lowers, by the same evaluator.
	rustsrc.EvalLength = EvalLength
}

// EvalLength evaluates the anon const of an array length for the Rust
// front end (rustsrc.EvalLength).
func EvalLength(files []*mir.File, it *mir.Item) (uint64, bool) {
	ev := eval.NewEvaluator(eval.NewProgram(files...), eval.DefaultConfig)
	res := ev.Eval(context.Background(), it)
	if res.Err != nil {
		return 0, false
	}
	s, err := ev.Render(res, eval.RenderOpts{})
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return n, err == nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// rustOptions are the command line's options for Rust files.
type rustOptions struct {
	wholeCrate bool   // every file of the crate, not only the one named
	cargo      string // "": cargo on PATH; "none": never run cargo
}

// loadGraph loads the crate of path in its Cargo graph, with the
// dependencies it reaches; nil when path is in no target of a graph.
func loadGraph(path string, ro rustOptions) *rustsrc.Crate {
	if crates.FindManifest(path) == "" {
		return nil
	}
	opts := crates.Options{Cargo: ro.cargo}
	if ro.cargo == "none" {
		opts.Cargo = "-"
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	g, err := crates.Discover(abs, opts)
	if err != nil {
		return nil
	}
	spec := rustsrc.SpecFor(g, abs, rustsrc.HostCfg())
	if spec == nil {
		return nil
	}
	return rustsrc.LoadGraph(spec, rustsrc.DiskFile)
}

// ownFiles is the number of files of the crate itself (its
// dependencies' files follow).
func ownFiles(c *rustsrc.Crate) int {
	if r := c.CrateOfFile(0); r != nil {
		return r.NFiles
	}
	return len(c.Files)
}

// loadRust loads the crate of a Rust file and lowers it; syntax errors
// and missing module files are printed (exit status 2).
func loadRust(path string, ro rustOptions, stderr io.Writer) (*rustsrc.Crate, *rustsrc.Program, int, int) {
	code := ExitOK
	c := loadGraph(path, ro)
	if c == nil {
		c = rustsrc.Load(rustsrc.FindRoot(path, exists), rustsrc.DiskFile)
	}
	k := -1
	for i, f := range c.Files[:ownFiles(c)] {
		if sameFile(f.Path, path) {
			k = i
		}
	}
	if k < 0 {
		// The file is not reached from its crate root: a crate of its own.
		c = rustsrc.Load(path, rustsrc.DiskFile)
		k = 0
	}
	for _, f := range c.Files[:ownFiles(c)] {
		idx := mir.NewLineIndex(f.Text)
		for _, e := range f.Errors {
			l, col := idx.Position(e.Span.Start)
			fmt.Fprintf(stderr, "%s:%d:%d: %s\n", e.Path, l, col, e.Msg)
			code = ExitUsage
		}
	}
	return c, rustsrc.Lower(c), k, code
}

func sameFile(a, b string) bool {
	if a == b {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// evalRust evaluates the items of a Rust file.
func evalRust(path string, cfg eval.Config, ro rustOptions, stderr io.Writer) ([]*result, int) {
	c, prog, k, code := loadRust(path, ro, stderr)
	if len(c.Files) == 0 || c.Files[k].Text == nil {
		if code == ExitOK {
			fmt.Fprintf(stderr, "mirlsp: cannot read %s\n", path)
		}
		return nil, ExitUsage
	}
	srcs := make([]*source, len(c.Files))
	fileOf := map[*mir.Item]int{}
	for i, f := range c.Files {
		srcs[i] = &source{name: f.Path, src: f.Text, idx: mir.NewLineIndex(f.Text), file: prog.Files[i]}
		for _, it := range prog.Files[i].Items {
			fileOf[it] = i
		}
	}
	srcs[k].name = path
	frameSrc := func(f eval.Frame) *source {
		if i, ok := fileOf[f.Item]; ok {
			return srcs[i]
		}
		return nil
	}
	ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), cfg)
	var out []*result
	own := ownFiles(c)
	for _, it := range prog.Items {
		if it.File != k && !(ro.wholeCrate && it.File < own) {
			continue
		}
		s := srcs[it.File]
		line, col := s.idx.Position(it.Span.Start)
		j := ItemJSON{File: s.name, Name: it.Name, Kind: KindName(it.Kind), Type: it.Ty, Line: line, Column: col}
		r := &result{src: s, name: it.Name, frameSrc: frameSrc}
		if it.MIR == nil {
			j.Unsupported = it.Unsupported
			r.json = j
			out = append(out, r)
			continue
		}
		res := ev.Eval(context.Background(), it.MIR)
		r.res = res
		full := itemJSON(s, it.MIR, res, ev)
		full.File, full.Name, full.Kind, full.Type, full.Line, full.Column = j.File, j.Name, j.Kind, j.Type, j.Line, j.Column
		if full.Error != nil {
			for i, n := range res.Err.FrameNotes() {
				if n.InCore() {
					continue
				}
				fs := r.sourceOf(n.Frame)
				fl, fc := fs.idx.Position(n.Span.Start)
				full.Error.Frames[i].Line, full.Error.Frames[i].Column = fl, fc
				if fs != s {
					full.Error.Frames[i].File = fs.name
				}
			}
		}
		r.json = full
		out = append(out, r)
	}
	return out, code
}

// showMIR prints the MIR lowered from Rust files in rustc's syntax.
func showMIR(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return ExitUsage
	}
	code := ExitOK
	for _, path := range args {
		c, prog, k, c2 := loadRust(path, rustOptions{}, stderr)
		code = max(code, c2)
		if len(c.Files) == 0 || c.Files[k].Text == nil {
			fmt.Fprintf(stderr, "mirlsp: cannot read %s\n", path)
			code = ExitUsage
			continue
		}
		for _, it := range prog.Items {
			if it.File == k && it.MIR == nil {
				fmt.Fprintf(stdout, "// %s: not evaluated: %s\n", it.Name, it.Unsupported)
			}
		}
		if err := mir.Print(stdout, prog.Files[k]); err != nil {
			fmt.Fprintf(stderr, "mirlsp: %v\n", err)
			code = ExitUsage
		}
	}
	return code
}
