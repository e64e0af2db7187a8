// program.go loads what a launch names: a .rs file (lowered by the Rust
// front end with its crate) or a .mir file, and the item to evaluate: a
// const, static or anon const by the name `mirlsp eval --json` prints, or
// a fn called with argument literals as the Evaluate lens calls it.

package dap

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"mirlsp/internal/cli"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// LaunchArgs are the arguments of `launch` (and of `restart`).
type LaunchArgs struct {
	// Program is the .rs or .mir file.
	Program string `json:"program"`
	// Item is the const, static or anon const to evaluate, named as
	// `mirlsp eval --json` names it (FOO, Foo::{constant#0}, inner::BASE).
	Item string `json:"item,omitempty"`
	// Function is a fn to call with Args (argument literals, as the
	// Evaluate lens takes them) instead of an item.
	Function string   `json:"function,omitempty"`
	Args     []string `json:"args,omitempty"`
	// StopOnEntry stops before the first statement.
	StopOnEntry bool `json:"stopOnEntry,omitempty"`
	// StepLimit is the number of ConstEvalCounter steps (0: rustc's
	// 2,000,000; -1: none).
	StepLimit int64 `json:"stepLimit,omitempty"`
	// NoDebug runs the evaluation without stopping (launch's noDebug).
	NoDebug bool `json:"noDebug,omitempty"`
}

// program is a loaded launch.
type program struct {
	args  LaunchArgs
	files []*mir.File
	// paths and texts are per file ("" for the generated call).
	paths []string
	texts [][]byte
	idx   []*mir.LineIndex
	// root is the item evaluated; call is set for a Function launch (the
	// generated const that calls it, whose frame is not stepped through).
	root *mir.Item
	call *mir.Item
	// rust is set for a .rs program: steps go by Rust statement.
	rust bool
	// title names the evaluation (the thread's name).
	title string
	// shadowed holds the bodies never evaluated: a fn rustc printed
	// twice, whose `// MIR FOR CTFE` body is the one evaluated.
	shadowed map[*mir.Item]*mir.Item
}

// load reads a launch's program.
func load(a LaunchArgs) (*program, error) {
	if a.Program == "" {
		return nil, fmt.Errorf("launch needs `program`: a .rs or .mir file")
	}
	path, err := filepath.Abs(a.Program)
	if err != nil {
		return nil, err
	}
	p := &program{args: a}
	var names []string // the items one can launch
	switch {
	case strings.HasSuffix(path, ".rs"):
		rp, err := cli.LoadRust(path)
		if err != nil {
			return nil, err
		}
		p.rust = true
		for i, f := range rp.Crate.Files {
			fp := f.Path
			if i == rp.File {
				fp = path
			} else if abs, err := filepath.Abs(fp); err == nil {
				fp = abs
			}
			p.add(rp.Prog.Files[i], fp, f.Text)
		}
		for _, it := range rp.Prog.Items {
			if it.File != rp.File {
				continue
			}
			names = append(names, it.Name)
			if a.Item != "" && it.Name == a.Item {
				if it.MIR == nil {
					return nil, fmt.Errorf("`%s` is not evaluated: %s", it.Name, it.Unsupported)
				}
				p.root = it.MIR
			}
		}
	case strings.HasSuffix(path, ".mir"):
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		f, errs := mirparse.Parse(path, src)
		if len(errs) > 0 {
			return nil, fmt.Errorf("%v", errs[0])
		}
		p.add(f, path, src)
		for _, it := range f.Items {
			if it.Kind.IsData() {
				names = append(names, it.Name)
				if a.Item != "" && it.Name == a.Item {
					p.root = it
				}
			}
		}
	default:
		return nil, fmt.Errorf("%s: only .rs and .mir files are debugged", a.Program)
	}
	p.shadowed = map[*mir.Item]*mir.Item{}
	ctfe := map[string]*mir.Item{}
	for _, f := range p.files {
		for _, it := range f.Items {
			if it.CTFE {
				ctfe[it.Name] = it
			}
		}
	}
	for _, f := range p.files {
		for _, it := range f.Items {
			if c := ctfe[it.Name]; c != nil && c != it {
				p.shadowed[it] = c
			}
		}
	}
	switch {
	case a.Function != "":
		fn := p.findFn(a.Function)
		if fn == nil {
			return nil, fmt.Errorf("no fn `%s` in %s", a.Function, a.Program)
		}
		f, it, err := cli.CallConst(fn, a.Args)
		if err != nil {
			return nil, err
		}
		p.add(f, "", nil)
		p.root, p.call = it, it
		p.title = fmt.Sprintf("%s(%s)", fn.Name, strings.Join(a.Args, ", "))
	case a.Item == "":
		sort.Strings(names)
		return nil, fmt.Errorf("launch needs `item` (one of %s) or `function`", strings.Join(names, ", "))
	case p.root == nil:
		return nil, fmt.Errorf("no const, static or anon const `%s` in %s (there are: %s)", a.Item, a.Program, strings.Join(names, ", "))
	default:
		p.title = "evaluation of `" + a.Item + "`"
	}
	return p, nil
}

func (p *program) add(f *mir.File, path string, text []byte) {
	p.files = append(p.files, f)
	p.paths = append(p.paths, path)
	p.texts = append(p.texts, text)
	p.idx = append(p.idx, mir.NewLineIndex(text))
}

// findFn finds a fn by its MIR name, in the launched file first.
func (p *program) findFn(name string) *mir.Item {
	for _, f := range p.files {
		for _, it := range f.Items {
			if it.Kind == mir.ItemFn && it.Body != nil && it.Name == name {
				return it
			}
		}
	}
	return nil
}

// fileOf returns the index of a path among the program's files (-1).
func (p *program) fileOf(path string) int {
	abs, err := filepath.Abs(path)
	if err != nil {
		return -1
	}
	for i, q := range p.paths {
		if q != "" && (q == abs || sameFile(q, abs)) {
			return i
		}
	}
	return -1
}

func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// line is the 1-based line of a byte offset of file k.
func (p *program) pos(k int, off int) (line, col int) {
	if k < 0 || k >= len(p.idx) || p.texts[k] == nil {
		return 0, 0
	}
	return p.idx[k].Position(off)
}
