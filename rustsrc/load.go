// load.go finds a crate's root and reads its module files: the root file
// parsed first, then every `mod x;` followed by Rust 2018's rules
// (x.rs or x/mod.rs beside a mod.rs, lib.rs or main.rs; dir/x.rs below
// any other file), `#[path = "..."]` honoured.

package rustsrc

import (
	"fmt"
	"path/filepath"
	"strings"

	"mirlsp/crates"
	"mirlsp/mir"
	"mirlsp/rustsrc/syntax"
)

// ReadFile reads a file (the server passes one that prefers open editor
// buffers).
type ReadFile func(path string) ([]byte, error)

// Crate is the set of files of one crate.
type Crate struct {
	Root  string
	Files []*File // Files[0] is the root, then modules depth-first in declaration order
	// modOf maps a `mod x;` declaration to the index in Files of its file.
	modOf map[*syntax.Mod]int
	// Roots are the crates of a graph loaded by LoadGraph: Roots[0] is
	// the crate of Files[0], the others its dependencies as far as its
	// files reach. Nil for a crate loaded alone.
	Roots []*CrateRoot
	// cfgDone: the files' cfgs were applied when they were loaded.
	cfgDone bool
	// macros holds the expansions of macro_rules! calls (macros.go).
	macros *macroTable
}

// File is one source file of a crate.
type File struct {
	Path   string
	Text   []byte
	AST    *syntax.File
	Errors []Error
	// unknownCfg holds the cfg names the file tests that rustc and cargo
	// never set (a build script may).
	unknownCfg map[string]bool
	// cfgTaint tells which items depend on them, and cfgTaintReason
	// (when the crate has a build script and not the whole file does)
	// says why those are not evaluated.
	cfgTaint       *cfgTaint
	cfgTaintReason string
	// Unsupported is why the file's items are not evaluated.
	Unsupported string
}

// Error is a syntax error or a missing module file.
type Error struct {
	Path string
	Span mir.Span
	Msg  string
}

func (e Error) Error() string { return fmt.Sprintf("%s: %s", e.Path, e.Msg) }

// FindRoot returns the crate root of file: src/lib.rs or src/main.rs of
// the nearest ancestor directory holding a Cargo.toml whose src tree
// contains file; otherwise file itself.
func FindRoot(file string, exists func(path string) bool) string {
	dir := filepath.Dir(file)
	for {
		if exists(filepath.Join(dir, "Cargo.toml")) {
			src := filepath.Join(dir, "src")
			if rel, err := filepath.Rel(src, file); err == nil && !strings.HasPrefix(rel, "..") {
				for _, name := range []string{"lib.rs", "main.rs"} {
					if p := filepath.Join(src, name); exists(p) {
						return p
					}
				}
			}
			return file
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return file
		}
		dir = parent
	}
}

// maxModuleFiles bounds the files of one crate (a `mod` cycle through
// #[path] cannot run away).
const maxModuleFiles = 4096

// Load parses root and the module files it declares, configured by
// DefaultCfg.
func Load(root string, read ReadFile) *Crate {
	return LoadCfg(root, read, DefaultCfg)
}

// LoadCfg parses root and the module files it declares; items and
// module declarations that cfg leaves out are removed (see cfg.go).
func LoadCfg(root string, read ReadFile, cfg *crates.Cfg) *Crate {
	c := loadFiles(root, read, cfg, "")
	expandMacros(c, 0, 0, cfg)
	return c
}

// loadFiles is LoadCfg without macro expansion.
func loadFiles(root string, read ReadFile, cfg *crates.Cfg, edition string) *Crate {
	c := &Crate{Root: root, modOf: map[*syntax.Mod]int{}, cfgDone: true}
	seen := map[string]bool{}
	// load parses one file; text is its content when already read.
	var load func(path, modDir string, declared *Error, text []byte)
	load = func(path, modDir string, declared *Error, text []byte) {
		f := &File{Path: path}
		c.Files = append(c.Files, f)
		seen[path] = true
		var err error
		if text == nil {
			text, err = read(path)
		}
		if err != nil {
			if declared != nil {
				f.Errors = append(f.Errors, *declared)
			} else {
				f.Errors = append(f.Errors, Error{Path: path, Msg: err.Error()})
			}
			f.AST = &syntax.File{}
			return
		}
		f.Text = text
		ast, perr := syntax.ParseEdition(path, text, edition)
		f.AST = ast
		if list, ok := perr.(syntax.ErrorList); ok {
			for _, e := range list {
				f.Errors = append(f.Errors, Error{Path: path, Span: e.Span, Msg: e.Msg})
			}
		} else if perr != nil {
			f.Errors = append(f.Errors, Error{Path: path, Msg: perr.Error()})
		}
		f.unknownCfg = map[string]bool{}
		f.cfgTaint = newCfgTaint()
		stripCfg(ast, path, text, cfg, f.unknownCfg, f.cfgTaint, edition)
		// The directory of this file's child modules.
		var walk func(items []syntax.Item, dir string)
		walk = func(items []syntax.Item, dir string) {
			for _, it := range items {
				m, ok := it.(*syntax.Mod)
				if !ok {
					continue
				}
				if m.Inline {
					sub := filepath.Join(dir, m.Name.Name)
					if p := pathAttr(m.Attrs); p != "" {
						sub = filepath.Join(dir, p)
					}
					walk(m.Items, sub)
					continue
				}
				var cands []string
				if p := pathAttr(m.Attrs); p != "" {
					cands = []string{filepath.Join(filepath.Dir(path), p)}
					if dir != modDir {
						cands = []string{filepath.Join(dir, p)}
					}
				} else {
					cands = []string{filepath.Join(dir, m.Name.Name+".rs"), filepath.Join(dir, m.Name.Name, "mod.rs")}
				}
				found := ""
				var text []byte
				for _, cand := range cands {
					if seen[cand] {
						found = cand
						break
					}
					// Each candidate is read once.
					if t, err := read(cand); err == nil {
						found, text = cand, t
						if text == nil {
							text = []byte{}
						}
						break
					}
				}
				missing := Error{Path: path, Span: m.Name.Span,
					Msg: fmt.Sprintf("file not found for module `%s`", m.Name.Name)}
				if found == "" {
					f.Errors = append(f.Errors, missing)
					continue
				}
				if seen[found] || len(c.Files) >= maxModuleFiles {
					f.Errors = append(f.Errors, Error{Path: path, Span: m.Name.Span,
						Msg: fmt.Sprintf("module `%s` is loaded twice", m.Name.Name)})
					continue
				}
				c.modOf[m] = len(c.Files)
				sub := filepath.Join(dir, m.Name.Name)
				if filepath.Base(found) == "mod.rs" || pathAttr(m.Attrs) != "" {
					sub = filepath.Dir(found)
				}
				load(found, sub, &missing, text)
			}
		}
		walk(ast.Items, modDir)
	}
	// The root's modules are beside it (a lone file opened as a crate
	// root behaves as lib.rs).
	load(root, filepath.Dir(root), nil, nil)
	return c
}

// pathAttr returns the value of #[path = "..."], or "".
func pathAttr(attrs []*syntax.Attr) string {
	for _, a := range attrs {
		if a.Path == nil || len(a.Path.Segments) != 1 || a.Path.Segments[0].Name.Name != "path" {
			continue
		}
		for _, t := range a.Args {
			if t.Tok.Kind == syntax.Str {
				lit := &syntax.Lit{Kind: syntax.LitStr, Text: t.Tok.Text}
				if s, err := lit.Unquote(); err == nil {
					return s
				}
			}
		}
	}
	return ""
}
