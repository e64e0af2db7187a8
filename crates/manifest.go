// manifest.go reads the graph without cargo: Cargo.toml files (workspace,
// members, dependencies, features, targets), Cargo.lock for versions and
// .cargo/config.toml for `[source]` replacement; features are unified
// the way Cargo's resolver does for a normal build.

package crates

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

type manifestDep struct {
	Version         string   `toml:"version"`
	Path            string   `toml:"path"`
	Package         string   `toml:"package"`
	Optional        bool     `toml:"optional"`
	DefaultFeatures *bool    `toml:"default-features"`
	DefaultFeatAlt  *bool    `toml:"default_features"`
	Features        []string `toml:"features"`
	Workspace       bool     `toml:"workspace"`
	Git             string   `toml:"git"`
}

// UnmarshalTOML accepts `dep = "1.0"` and `dep = { ... }`.
func (d *manifestDep) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		d.Version = v
		return nil
	case map[string]any:
		str := func(k string) string { s, _ := v[k].(string); return s }
		d.Version, d.Path, d.Package, d.Git = str("version"), str("path"), str("package"), str("git")
		d.Optional, _ = v["optional"].(bool)
		d.Workspace, _ = v["workspace"].(bool)
		for _, k := range []string{"default-features", "default_features"} {
			if b, ok := v[k].(bool); ok {
				d.DefaultFeatures = &b
			}
		}
		if fs, ok := v["features"].([]any); ok {
			for _, f := range fs {
				if s, ok := f.(string); ok {
					d.Features = append(d.Features, s)
				}
			}
		}
		return nil
	}
	return fmt.Errorf("dependency: unexpected %T", v)
}

type manifestTarget struct {
	Name string `toml:"name"`
	Path string `toml:"path"`
}

type manifestFile struct {
	Package *struct {
		Name    string `toml:"name"`
		Version any    `toml:"version"` // a string, or {workspace = true}
		Edition any    `toml:"edition"`
		Build   any    `toml:"build"` // a path, or false
	} `toml:"package"`
	Lib          *manifestTarget           `toml:"lib"`
	Bin          []manifestTarget          `toml:"bin"`
	Dependencies map[string]manifestDep    `toml:"dependencies"`
	Features     map[string][]string       `toml:"features"`
	Target       map[string]targetManifest `toml:"target"`
	Workspace    *workspaceManifest        `toml:"workspace"`
}

type targetManifest struct {
	Dependencies map[string]manifestDep `toml:"dependencies"`
}

type workspaceManifest struct {
	Members      []string               `toml:"members"`
	Exclude      []string               `toml:"exclude"`
	Dependencies map[string]manifestDep `toml:"dependencies"`
	Package      struct {
		Edition string `toml:"edition"`
		Version string `toml:"version"`
	} `toml:"package"`
}

type lockFile struct {
	Package []struct {
		Name         string   `toml:"name"`
		Version      string   `toml:"version"`
		Source       string   `toml:"source"`
		Dependencies []string `toml:"dependencies"`
	} `toml:"package"`
}

type configFile struct {
	Source map[string]struct {
		ReplaceWith   string `toml:"replace-with"`
		Directory     string `toml:"directory"`
		LocalRegistry string `toml:"local-registry"`
	} `toml:"source"`
}

func readTOML(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if _, err := toml.Decode(string(data), v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// maxPackages bounds the graph read without cargo.
const maxPackages = 5000

// reader is the state of one readManifests call.
type reader struct {
	opts     Options
	root     string // workspace root dir
	ws       *workspaceManifest
	cfg      *Cfg
	lock     map[string][]string // name → locked versions
	lockDeps map[string][]string // "name version" → its dependency entries
	sources  []string            // directories holding NAME-VERSION crate directories
	pkgs     map[string]*rpkg    // by directory
	order    []*rpkg
}

// rpkg is a package being resolved.
type rpkg struct {
	p        *Package
	m        *manifestFile
	deps     []rdep
	features map[string]bool
	optOn    map[string]bool // optional deps enabled (by their key in the manifest)
	// pending feature requests on optional deps not enabled yet (`a?/f`).
	weak map[string][]string
}

type rdep struct {
	key  string // the key in [dependencies]
	d    manifestDep
	pkg  *rpkg
	name string // the extern name
}

// readManifests builds the graph from manifest files.
func readManifests(manifest string, opts Options) (*Graph, error) {
	r := &reader{opts: opts, pkgs: map[string]*rpkg{}, lock: map[string][]string{}, lockDeps: map[string][]string{}}
	r.cfg = NewCfg(HostCfg())
	if len(r.cfg.set) == 0 {
		r.cfg = NewCfg(DefaultTargetCfg)
	}
	dir := filepath.Dir(manifest)
	r.root = dir
	// The workspace root: the nearest Cargo.toml with [workspace],
	// this one included.
	for d := dir; ; {
		var m manifestFile
		if err := readTOML(filepath.Join(d, "Cargo.toml"), &m); err == nil && m.Workspace != nil {
			r.root, r.ws = d, m.Workspace
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	var lf lockFile
	if err := readTOML(filepath.Join(r.root, "Cargo.lock"), &lf); err == nil {
		for _, p := range lf.Package {
			r.lock[p.Name] = append(r.lock[p.Name], p.Version)
			r.lockDeps[p.Name+" "+p.Version] = p.Dependencies
		}
	}
	r.findSources()
	members := []string{dir}
	if r.ws != nil {
		members = r.memberDirs()
		if r.root != dir && !contains(members, dir) {
			members = append(members, dir)
		}
	}
	g := &Graph{Root: r.root, Source: "Cargo.toml"}
	var roots []*rpkg
	for _, m := range members {
		rp, err := r.load(m, "")
		if err != nil {
			if m == dir {
				return nil, err
			}
			continue
		}
		rp.p.Member = true
		roots = append(roots, rp)
	}
	active, err := r.resolveFeatures(roots)
	if err != nil {
		return nil, err
	}
	for _, rp := range r.order {
		if !active[rp] {
			continue
		}
		for f := range rp.features {
			rp.p.Features = append(rp.p.Features, f)
		}
		for _, d := range rp.deps {
			if d.pkg != nil && (!d.d.Optional || rp.optOn[d.key]) {
				rp.p.Deps = append(rp.p.Deps, Dep{Name: d.name, Pkg: d.pkg.p})
			}
		}
		g.Packages = append(g.Packages, rp.p)
	}
	g.order()
	return g, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// memberDirs expands the workspace's members (globs allowed).
func (r *reader) memberDirs() []string {
	var out []string
	for _, m := range r.ws.Members {
		matches, err := filepath.Glob(filepath.Join(r.root, m))
		if err != nil {
			continue
		}
		sort.Strings(matches)
		for _, d := range matches {
			if _, err := os.Stat(filepath.Join(d, "Cargo.toml")); err != nil {
				continue
			}
			excluded := false
			for _, e := range r.ws.Exclude {
				if filepath.Join(r.root, e) == d {
					excluded = true
				}
			}
			if !excluded && !contains(out, d) {
				out = append(out, d)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(r.root, "Cargo.toml")); err == nil {
		var m manifestFile
		if readTOML(filepath.Join(r.root, "Cargo.toml"), &m) == nil && m.Package != nil && !contains(out, r.root) {
			out = append([]string{r.root}, out...)
		}
	}
	return out
}

// findSources lists the directories registry dependencies are read from:
// a `[source]` replacement's directory (.cargo/config.toml from the
// workspace up, then $CARGO_HOME's), then $CARGO_HOME/registry/src/*.
func (r *reader) findSources() {
	home := r.opts.CargoHome
	if home == "" {
		home = os.Getenv("CARGO_HOME")
	}
	if home == "" {
		if h, err := os.UserHomeDir(); err == nil {
			home = filepath.Join(h, ".cargo")
		}
	}
	var configs []string
	for d := r.root; ; {
		configs = append(configs, filepath.Join(d, ".cargo", "config.toml"), filepath.Join(d, ".cargo", "config"))
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if home != "" {
		configs = append(configs, filepath.Join(home, "config.toml"), filepath.Join(home, "config"))
	}
	for _, c := range configs {
		var cf configFile
		if readTOML(c, &cf) != nil {
			continue
		}
		// Follow crates-io's replacement chain.
		name := "crates-io"
		for i := 0; i < 8; i++ {
			s, ok := cf.Source[name]
			if !ok {
				break
			}
			dir := s.Directory
			if dir == "" {
				dir = s.LocalRegistry
			}
			if dir != "" {
				if !filepath.IsAbs(dir) {
					// Relative to the directory holding .cargo.
					dir = filepath.Join(filepath.Dir(filepath.Dir(c)), dir)
				}
				r.sources = append(r.sources, dir)
				break
			}
			if s.ReplaceWith == "" {
				break
			}
			name = s.ReplaceWith
		}
		if len(r.sources) > 0 {
			break
		}
	}
	if home != "" {
		regs, _ := filepath.Glob(filepath.Join(home, "registry", "src", "*"))
		sort.Strings(regs)
		r.sources = append(r.sources, regs...)
	}
}

// load reads the package in dir (once).
func (r *reader) load(dir, wantName string) (*rpkg, error) {
	dir = filepath.Clean(dir)
	if rp, ok := r.pkgs[dir]; ok {
		return rp, nil
	}
	if len(r.pkgs) >= maxPackages {
		return nil, fmt.Errorf("more than %d packages", maxPackages)
	}
	var m manifestFile
	if err := readTOML(filepath.Join(dir, "Cargo.toml"), &m); err != nil {
		return nil, err
	}
	if m.Package == nil {
		return nil, fmt.Errorf("%s: no [package]", filepath.Join(dir, "Cargo.toml"))
	}
	p := &Package{Name: m.Package.Name, Dir: dir, Edition: "2015"}
	if v, ok := m.Package.Version.(string); ok {
		p.Version = v
	} else if r.ws != nil {
		p.Version = r.ws.Package.Version
	}
	switch e := m.Package.Edition.(type) {
	case string:
		p.Edition = e
	case map[string]any:
		if r.ws != nil && r.ws.Package.Edition != "" {
			p.Edition = r.ws.Package.Edition
		}
	}
	switch b := m.Package.Build.(type) {
	case string:
		p.BuildScript = true
	case bool:
		p.BuildScript = b
	default:
		_, err := os.Stat(filepath.Join(dir, "build.rs"))
		p.BuildScript = err == nil
	}
	lib := filepath.Join(dir, "src", "lib.rs")
	libName := CrateName(p.Name)
	if m.Lib != nil {
		if m.Lib.Path != "" {
			lib = filepath.Join(dir, m.Lib.Path)
		}
		if m.Lib.Name != "" {
			libName = CrateName(m.Lib.Name)
		}
	}
	if _, err := os.Stat(lib); err == nil {
		p.Lib = &Target{Name: libName, Kind: "lib", SrcPath: lib, Edition: p.Edition}
	}
	if len(m.Bin) == 0 {
		if main := filepath.Join(dir, "src", "main.rs"); fileExists(main) {
			p.Bins = append(p.Bins, &Target{Name: CrateName(p.Name), Kind: "bin", SrcPath: main, Edition: p.Edition})
		}
	}
	named := map[string]bool{}
	for _, b := range m.Bin {
		path := b.Path
		if path == "" {
			path = filepath.Join("src", "bin", b.Name+".rs")
		}
		named[b.Name] = true
		p.Bins = append(p.Bins, &Target{Name: CrateName(b.Name), Kind: "bin", SrcPath: filepath.Join(dir, path), Edition: p.Edition})
	}
	// Binaries found by cargo's autobins: src/bin/NAME.rs, src/bin/NAME/main.rs.
	found, _ := filepath.Glob(filepath.Join(dir, "src", "bin", "*.rs"))
	mains, _ := filepath.Glob(filepath.Join(dir, "src", "bin", "*", "main.rs"))
	found = append(found, mains...)
	sort.Strings(found)
	for _, f := range found {
		name := strings.TrimSuffix(filepath.Base(f), ".rs")
		if name == "main" {
			name = filepath.Base(filepath.Dir(f))
		}
		if !named[name] {
			named[name] = true
			p.Bins = append(p.Bins, &Target{Name: CrateName(name), Kind: "bin", SrcPath: f, Edition: p.Edition})
		}
	}
	rp := &rpkg{p: p, m: &m, features: map[string]bool{}, optOn: map[string]bool{}, weak: map[string][]string{}}
	r.pkgs[dir] = rp
	r.order = append(r.order, rp)
	deps := map[string]manifestDep{}
	for k, d := range m.Dependencies {
		deps[k] = d
	}
	for key, t := range m.Target {
		if !r.targetMatches(key) {
			continue
		}
		for k, d := range t.Dependencies {
			deps[k] = d
		}
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		d := deps[key]
		if d.Workspace && r.ws != nil {
			wd := r.ws.Dependencies[key]
			wd.Optional = d.Optional
			wd.Features = append(append([]string(nil), wd.Features...), d.Features...)
			if d.DefaultFeatures != nil {
				wd.DefaultFeatures = d.DefaultFeatures
			}
			if wd.Path != "" && !filepath.IsAbs(wd.Path) {
				wd.Path = filepath.Join(r.root, wd.Path)
			}
			d = wd
		}
		pkgName := key
		if d.Package != "" {
			pkgName = d.Package
		}
		rd := rdep{key: key, d: d, name: CrateName(key)}
		if depDir := r.depDir(p, dir, pkgName, d); depDir != "" {
			if dp, err := r.load(depDir, pkgName); err == nil {
				rd.pkg = dp
			}
		}
		rp.deps = append(rp.deps, rd)
	}
	return rp, nil
}

func fileExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// targetMatches reports whether a [target.KEY] table applies to the host.
func (r *reader) targetMatches(key string) bool {
	if inner, ok := strings.CutPrefix(key, "cfg("); ok && strings.HasSuffix(inner, ")") {
		pr, err := ParsePred(strings.TrimSuffix(inner, ")"))
		return err == nil && r.cfg.Eval(pr)
	}
	host := hostTriple()
	if host == "" {
		host = "x86_64-unknown-linux-gnu"
	}
	return key == host
}

// depDir finds the directory of a dependency: its path, else the locked
// (or highest compatible) version in the registry sources.
func (r *reader) depDir(p *Package, dir, name string, d manifestDep) string {
	if d.Path != "" {
		if filepath.IsAbs(d.Path) {
			return d.Path
		}
		return filepath.Join(dir, d.Path)
	}
	if d.Git != "" {
		return r.gitDir(name)
	}
	var versions []string
	// The version Cargo.lock gives this dependent.
	for _, e := range r.lockDeps[p.Name+" "+p.Version] {
		f := strings.Fields(e)
		if len(f) >= 2 && f[0] == name {
			versions = append(versions, f[1])
		} else if len(f) == 1 && f[0] == name {
			versions = append(versions, r.lock[name]...)
		}
	}
	if len(versions) == 0 {
		versions = r.lock[name]
	}
	for _, v := range versions {
		if !reqMatches(d.Version, v) {
			continue
		}
		for _, s := range r.sources {
			if cand := filepath.Join(s, name+"-"+v); fileExists(filepath.Join(cand, "Cargo.toml")) {
				return cand
			}
		}
	}
	// No lock entry: the highest version found that the requirement takes.
	best, bestV := "", ""
	for _, s := range r.sources {
		matches, _ := filepath.Glob(filepath.Join(s, name+"-*"))
		for _, m := range matches {
			v := strings.TrimPrefix(filepath.Base(m), name+"-")
			if v == "" || v[0] < '0' || v[0] > '9' || !reqMatches(d.Version, v) || !fileExists(filepath.Join(m, "Cargo.toml")) {
				continue
			}
			if best == "" || compareVersions(v, bestV) > 0 {
				best, bestV = m, v
			}
		}
	}
	return best
}

// gitDir finds a git dependency's checkout under $CARGO_HOME/git/checkouts.
func (r *reader) gitDir(name string) string {
	home := r.opts.CargoHome
	if home == "" {
		home = os.Getenv("CARGO_HOME")
	}
	if home == "" {
		return ""
	}
	matches, _ := filepath.Glob(filepath.Join(home, "git", "checkouts", "*", "*", "Cargo.toml"))
	sort.Strings(matches)
	for _, m := range matches {
		var mf manifestFile
		if readTOML(m, &mf) == nil && mf.Package != nil && mf.Package.Name == name {
			return filepath.Dir(m)
		}
	}
	return ""
}

// resolveFeatures enables features from the roots as Cargo does: each
// member with its default features; a dependency with the features its
// dependents request, plus its defaults unless every request turns them
// off; optional dependencies when a feature names them.
func (r *reader) resolveFeatures(roots []*rpkg) (map[*rpkg]bool, error) {
	type req struct {
		rp   *rpkg
		feat string // "" activates the package (its non-optional deps)
	}
	var queue []req
	active := map[*rpkg]bool{}
	enableDep := func(rp *rpkg, d rdep, extra []string) {
		if d.pkg == nil {
			return
		}
		queue = append(queue, req{d.pkg, ""})
		if d.d.DefaultFeatures == nil || *d.d.DefaultFeatures {
			queue = append(queue, req{d.pkg, "default"})
		}
		for _, f := range d.d.Features {
			queue = append(queue, req{d.pkg, f})
		}
		for _, f := range extra {
			queue = append(queue, req{d.pkg, f})
		}
	}
	depByKey := func(rp *rpkg, key string) (rdep, bool) {
		for _, d := range rp.deps {
			if d.key == key {
				return d, true
			}
		}
		return rdep{}, false
	}
	// explicitDep: the manifest names optional dep x as `dep:x` somewhere,
	// so x is not an implicit feature.
	explicitDep := func(rp *rpkg, x string) bool {
		for _, vals := range rp.m.Features {
			for _, v := range vals {
				if v == "dep:"+x {
					return true
				}
			}
		}
		return false
	}
	enableOpt := func(rp *rpkg, key string) {
		d, ok := depByKey(rp, key)
		if !ok || rp.optOn[key] {
			return
		}
		rp.optOn[key] = true
		enableDep(rp, d, rp.weak[key])
	}
	for _, rt := range roots {
		queue = append(queue, req{rt, ""}, req{rt, "default"})
	}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1_000_000 {
			return nil, fmt.Errorf("feature resolution does not end")
		}
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		rp := q.rp
		if q.feat == "" {
			if active[rp] {
				continue
			}
			active[rp] = true
			for _, d := range rp.deps {
				if !d.d.Optional {
					enableDep(rp, d, nil)
				} else if rp.optOn[d.key] {
					enableDep(rp, d, rp.weak[d.key])
				}
			}
			continue
		}
		f := q.feat
		if rp.features[f] {
			continue
		}
		vals, isFeature := rp.m.Features[f]
		if !isFeature {
			// An optional dependency's implicit feature.
			if d, ok := depByKey(rp, f); ok && d.d.Optional && !explicitDep(rp, f) {
				rp.features[f] = true
				enableOpt(rp, f)
			}
			continue
		}
		rp.features[f] = true
		for _, v := range vals {
			switch {
			case strings.HasPrefix(v, "dep:"):
				enableOpt(rp, strings.TrimPrefix(v, "dep:"))
			case strings.Contains(v, "/"):
				dep, feat, _ := strings.Cut(v, "/")
				weak := strings.HasSuffix(dep, "?")
				dep = strings.TrimSuffix(dep, "?")
				d, ok := depByKey(rp, dep)
				if !ok {
					continue
				}
				if d.d.Optional && !rp.optOn[dep] {
					if weak {
						rp.weak[dep] = append(rp.weak[dep], feat)
						continue
					}
					if !explicitDep(rp, dep) {
						queue = append(queue, req{rp, dep})
					}
					enableOpt(rp, dep)
				}
				if d.pkg != nil {
					queue = append(queue, req{d.pkg, feat})
				}
			default:
				queue = append(queue, req{rp, v})
			}
		}
	}
	return active, nil
}

// reqMatches reports whether version v satisfies a Cargo requirement
// (comma-separated comparators; a bare version is a caret requirement).
func reqMatches(req, v string) bool {
	req = strings.TrimSpace(req)
	if req == "" || req == "*" {
		return true
	}
	for _, c := range strings.Split(req, ",") {
		if !comparatorMatches(strings.TrimSpace(c), v) {
			return false
		}
	}
	return true
}

func comparatorMatches(c, v string) bool {
	op := ""
	for _, o := range []string{">=", "<=", "=", ">", "<", "^", "~"} {
		if strings.HasPrefix(c, o) {
			op, c = o, strings.TrimSpace(c[len(o):])
			break
		}
	}
	c = strings.TrimSuffix(strings.TrimSuffix(c, ".*"), ".*")
	want := parseVersion(c)
	n := len(strings.Split(strings.SplitN(c, "-", 2)[0], "."))
	have := parseVersion(v)
	cmp := compareParsed(have, want)
	switch op {
	case ">=":
		return cmp >= 0
	case ">":
		return cmp > 0
	case "<=":
		return cmp <= 0
	case "<":
		return cmp < 0
	case "=":
		for i := 0; i < n && i < 3; i++ {
			if have[i] != want[i] {
				return false
			}
		}
		return true
	case "~":
		if cmp < 0 {
			return false
		}
		k := 2
		if n == 1 {
			k = 1
		}
		for i := 0; i < k; i++ {
			if have[i] != want[i] {
				return false
			}
		}
		return true
	}
	// Caret: the same leftmost non-zero part among those given.
	if cmp < 0 {
		return false
	}
	for i := 0; i < n && i < 3; i++ {
		if have[i] != want[i] {
			return false
		}
		if want[i] != 0 {
			return true
		}
	}
	return true
}

func parseVersion(s string) [3]int {
	var out [3]int
	core, _, _ := strings.Cut(s, "+")
	core, _, _ = strings.Cut(core, "-")
	for i, part := range strings.SplitN(core, ".", 3) {
		n, _ := strconv.Atoi(part)
		out[i] = n
	}
	return out
}

func compareParsed(a, b [3]int) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func compareVersions(a, b string) int { return compareParsed(parseVersion(a), parseVersion(b)) }
