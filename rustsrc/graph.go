// graph.go loads a crate with the dependencies its files reach: each
// dependency is a crate of its own (its own root module, `crate::`, cfg
// and extern prelude), and its files follow the first crate's in
// Crate.Files, so that one Lower resolves paths across crates. A
// dependency is loaded only when a path, `use` or `extern crate` of an
// already loaded crate names it.

package rustsrc

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"mirlsp/crates"
	"mirlsp/rustsrc/syntax"
)

// CrateSpec describes a crate of a graph to LoadGraph.
type CrateSpec struct {
	Name    string // rustc's crate name (`-` as `_`)
	Root    string // the root file
	Edition string
	Cfg     *crates.Cfg // its target cfgs and features
	// Deps is the extern prelude: the names the crate's code uses for
	// its dependencies.
	Deps map[string]*CrateSpec
	// BuildScript: the crate has a build script (its cfgs and generated
	// files are not known).
	BuildScript bool
	// Key identifies the crate for caches: package, version, features.
	Key string
}

// CrateRoot is one crate of a loaded graph.
type CrateRoot struct {
	Name    string
	File    int // index in Crate.Files of the root file
	NFiles  int // Files[File:File+NFiles] are the crate's
	Edition string
	Key     string
	// Externs maps the extern prelude's names to indexes in Crate.Roots.
	Externs map[string]int
}

// maxGraphCrates bounds the crates one LoadGraph reads.
const maxGraphCrates = 1000

// LoadGraph loads spec's crate and, lazily, the dependencies its files
// name, transitively.
func LoadGraph(spec *CrateSpec, read ReadFile) *Crate {
	out := &Crate{Root: spec.Root, modOf: map[*syntax.Mod]int{}, cfgDone: true}
	index := map[*CrateSpec]int{}
	var specs []*CrateSpec
	var add func(s *CrateSpec) int
	add = func(s *CrateSpec) int {
		if i, ok := index[s]; ok {
			return i
		}
		cfg := s.Cfg
		if cfg == nil {
			cfg = DefaultCfg
		}
		c := loadFiles(s.Root, read, cfg, s.Edition)
		off := len(out.Files)
		out.Files = append(out.Files, c.Files...)
		for m, k := range c.modOf {
			out.modOf[m] = k + off
		}
		r := &CrateRoot{Name: s.Name, File: off, NFiles: len(c.Files), Edition: s.Edition, Key: s.Key, Externs: map[string]int{}}
		i := len(out.Roots)
		index[s] = i
		out.Roots = append(out.Roots, r)
		specs = append(specs, s)
		if len(out.Roots) >= maxGraphCrates {
			markBuildScript(s, c.Files)
			return i
		}
		for _, name := range namesUsed(c.Files) {
			if d := s.Deps[name]; d != nil {
				r.Externs[name] = add(d)
			}
		}
		// Macros expand once the dependencies (and their exported
		// macros) are loaded; an expansion may name more of them.
		expandMacros(out, i, off, cfg)
		markBuildScript(s, c.Files)
		for _, name := range namesUsed(c.Files) {
			if _, ok := r.Externs[name]; !ok && s.Deps[name] != nil {
				r.Externs[name] = add(s.Deps[name])
			}
		}
		return i
	}
	add(spec)
	return out
}

func quoteNames(set map[string]bool) string {
	var out []string
	for k := range set {
		out = append(out, "`"+k+"`")
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// namesUsed lists the first segments of the paths, uses and extern
// crates of files: the names that may be dependencies.
func namesUsed(files []*File) []string {
	seen := map[string]bool{}
	var out []string
	note := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, f := range files {
		if f.AST == nil {
			continue
		}
		syntax.Inspect(f.AST, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.Path:
				if len(n.Segments) > 0 {
					note(n.Segments[0].Name.Name)
				}
			case *syntax.UseTree:
				if n.Prefix != nil && len(n.Prefix.Segments) > 0 {
					note(n.Prefix.Segments[0].Name.Name)
				}
			case *syntax.ExternCrate:
				note(n.Name.Name)
			case *syntax.MacCall:
				// A macro's tokens may name a crate (dep::CONST inside
				// assert!(..)).
				noteTokens(n.Args, note)
			case *syntax.MacroRules:
				// So may a macro's body (its expansions are not in
				// the tree).
				noteTokens(n.Body.Trees, note)
			}
			return true
		})
	}
	sort.Strings(out)
	return out
}

func noteTokens(trees []syntax.TokenTree, note func(string)) {
	for i, t := range trees {
		if t.Delim != syntax.NoDelim {
			noteTokens(t.Trees, note)
			continue
		}
		if t.Tok.Kind == syntax.IdentTok && i+1 < len(trees) && trees[i+1].Tok.Kind == syntax.PathSep {
			note(t.Tok.Text)
		}
	}
}

// crateOfFile returns the index in Roots of the crate holding file k
// (0 for a crate loaded alone).
func (c *Crate) crateOfFile(k int) int {
	for i, r := range c.Roots {
		if k >= r.File && k < r.File+r.NFiles {
			return i
		}
	}
	return 0
}

// CrateOfFile returns the crate holding file k, or nil for a crate
// loaded alone.
func (c *Crate) CrateOfFile(k int) *CrateRoot {
	if len(c.Roots) == 0 {
		return nil
	}
	return c.Roots[c.crateOfFile(k)]
}

// collectDeps makes the root module of every dependency of the graph;
// their paths start with the crate's name, so their items' names are
// unique in the program (dep::FOO).
func (p *prog) collectDeps() {
	p.crateRoots = []*module{p.root}
	for i, r := range p.crate.Roots {
		if i == 0 {
			continue
		}
		m := newModule("", nil, r.File)
		m.path = r.Name
		m.crateIdx = i
		p.crateRoots = append(p.crateRoots, m)
		if r.File < len(p.crate.Files) {
			p.collectItems(m, p.crate.Files[r.File].AST.Items, r.File)
		}
	}
}

// crateRootOf returns the root module of m's crate.
func (p *prog) crateRootOf(m *module) *module {
	for i := 0; m != nil && i < 1<<16; i++ {
		m = realMod(m)
		if m.parent == nil {
			return m
		}
		m = m.parent
	}
	return p.root
}

// externOf resolves a name of the extern prelude of m's crate to the
// root module of that dependency.
func (p *prog) externOf(m *module, name string) *def {
	if len(p.crate.Roots) == 0 {
		return nil
	}
	root := p.crateRootOf(m)
	if root == nil || root.crateIdx >= len(p.crate.Roots) {
		return nil
	}
	i, ok := p.crate.Roots[root.crateIdx].Externs[name]
	if !ok || i >= len(p.crateRoots) {
		return nil
	}
	return &def{kind: defMod, name: name, module: p.crateRoots[i]}
}

// markUnsupportedCrates makes the items of files that cannot be
// evaluated (a build script's cfgs) unsupported, and so everything that
// uses them.
func (p *prog) markUnsupportedCrates() {
	reason := func(file int) string {
		if file < 0 || file >= len(p.crate.Files) {
			return ""
		}
		return p.crate.Files[file].Unsupported
	}
	for _, cd := range p.consts {
		if r := reason(cd.def.file); r != "" {
			cd.bad = r
		} else if r := p.taintedItem(cd.def.file, cd.ast); cd.ast != nil && r != "" {
			cd.bad = r
		} else if r := p.taintedName(cd.def.mod, cd.def.name); cd.static && cd.def.mod != nil && r != "" {
			cd.bad = r
		}
	}
	for _, f := range p.fns {
		if r := reason(f.def.file); r != "" {
			f.bad = r
		} else if r := p.taintedItem(f.def.file, f.ast); f.ast != nil && r != "" {
			f.bad = r
		}
	}
}

// SpecFor returns the crate of graph g whose source tree holds file,
// with its dependencies, configured by target (the target's cfgs) and
// each package's features; nil when no target of g holds file.
func SpecFor(g *crates.Graph, file string, target *crates.Cfg) *CrateSpec {
	pkg, tgt := g.CrateOf(file)
	if tgt == nil {
		return nil
	}
	if target == nil {
		target = DefaultCfg
	}
	libs := map[*crates.Package]*CrateSpec{}
	var lib func(p *crates.Package) *CrateSpec
	spec := func(p *crates.Package, t *crates.Target) *CrateSpec {
		s := &CrateSpec{Name: t.Name, Root: t.SrcPath, Edition: t.Edition, Cfg: target.WithFeatures(p.Features),
			BuildScript: p.BuildScript, Deps: map[string]*CrateSpec{},
			Key: fmt.Sprintf("%s %s %s [%s]", p.Name, p.Version, t.Kind, strings.Join(p.Features, ","))}
		return s
	}
	fillDeps := func(s *CrateSpec, p *crates.Package) {
		for _, d := range p.Deps {
			if d.Pkg.Lib == nil || d.Pkg.ProcMacro {
				continue
			}
			s.Deps[d.Name] = lib(d.Pkg)
		}
	}
	lib = func(p *crates.Package) *CrateSpec {
		if s, ok := libs[p]; ok {
			return s
		}
		s := spec(p, p.Lib)
		libs[p] = s
		fillDeps(s, p)
		return s
	}
	if tgt.Kind == "lib" {
		return lib(pkg)
	}
	s := spec(pkg, tgt)
	fillDeps(s, pkg)
	if pkg.Lib != nil && !pkg.ProcMacro {
		// A binary sees its package's library.
		s.Deps[pkg.Lib.Name] = lib(pkg)
	}
	return s
}

// globalRoot resolves the first name of a path written ::name: a crate
// of the extern prelude, else (Rust 2015, or an `extern crate x as
// name;` in the crate root) a name of the crate root.
func (p *prog) globalRoot(m *module, name string, n ns, depth int) *def {
	if p.edition2015(m) {
		// The crate root first: in 2015 a crate is visible only through
		// an `extern crate`.
		if root := p.crateRootOf(m); root != nil {
			if d := p.lookupIn(root, name, n, depth+1); d != nil {
				return d
			}
		}
	}
	if d := p.externOf(m, name); d != nil && n == nsType {
		return d
	}
	if root := p.crateRootOf(m); root != nil {
		return p.lookupIn(root, name, n, depth+1)
	}
	return nil
}

// ModuleFile returns the index in Files of the file a `mod x;`
// declaration loaded.
func (c *Crate) ModuleFile(m *syntax.Mod) (int, bool) {
	k, ok := c.modOf[m]
	return k, ok
}

// fileUnsupported is why the items of m's file are not evaluated.
func (p *prog) fileUnsupported(m *module) string {
	k := realMod(m).file
	if k < 0 || k >= len(p.crate.Files) {
		return ""
	}
	return p.crate.Files[k].Unsupported
}

// HostCfg is the configuration of the host target: `rustc --print cfg`,
// or DefaultCfg without rustc.
var HostCfg = sync.OnceValue(func() *crates.Cfg {
	if lines := crates.HostCfg(); len(lines) > 0 {
		return crates.NewCfg(lines)
	}
	return DefaultCfg
})

// LoadRoot loads the crate rooted at root: in its Cargo graph (with the
// dependencies it reaches, its features and cfgs) when a Cargo.toml above
// it has a target rooted there, else alone as Load does.
func LoadRoot(root string, read ReadFile) *Crate {
	if g, err := crates.Cached(root, crates.Options{}); err == nil {
		if spec := SpecFor(g, root, HostCfg()); spec != nil && filepath.Clean(spec.Root) == filepath.Clean(root) {
			return LoadGraph(spec, read)
		}
	}
	return Load(root, read)
}

// edition2015 reports whether m's crate is a Rust 2015 crate of a graph.
func (p *prog) edition2015(m *module) bool {
	root := p.crateRootOf(m)
	if root == nil || root.crateIdx >= len(p.crate.Roots) {
		return false
	}
	return p.crate.Roots[root.crateIdx].Edition == "2015"
}
