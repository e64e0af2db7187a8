// Package crates finds the Cargo crate graph a Rust file belongs to:
// the workspace, its members, their path, registry, directory (vendored,
// Debian's /usr/share/cargo/registry) and git dependencies, each with its
// edition, its library target's root file, its resolved features and the
// names its dependents know it by (renamed dependencies, `-` as `_`).
//
// With cargo on PATH the graph is `cargo metadata --format-version 1
// --offline` (exact versions, resolved features). Without it, Cargo.toml
// and Cargo.lock are read with a TOML library: versions come from
// Cargo.lock (else the highest compatible version found), sources from
// $CARGO_HOME/registry/src, `[source]` replacement in .cargo/config.toml
// and path dependencies, and features are unified as Cargo's resolver
// does (defaults, features requested by dependents, `dep:` and `a/b`
// forms). Build scripts, proc macros and the network are never run.
//
// The package imports nothing of mirlsp: it hands the front end crate
// roots, names, editions and cfgs.
package crates

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Graph is the crate graph of a Cargo workspace.
type Graph struct {
	Root     string     // the workspace root directory
	Packages []*Package // members first, then dependencies, each once
	// Source tells how the graph was found: "cargo metadata" or
	// "Cargo.toml" (read without cargo).
	Source string
}

// Package is one package of the graph (one version of a crate).
type Package struct {
	Name    string // the package name as in Cargo.toml (may contain `-`)
	Version string
	Dir     string // the directory of its Cargo.toml
	Edition string // "2015", "2018", "2021", "2024"
	Lib     *Target
	Bins    []*Target
	// Features are the enabled features, sorted.
	Features []string
	Deps     []Dep // normal dependencies (not dev or build), by extern name
	// BuildScript: the package has a build script, whose output (cfgs,
	// generated files) mirlsp does not have.
	BuildScript bool
	ProcMacro   bool
	Member      bool // a workspace member
}

// Target is a crate of a package: its library or a binary.
type Target struct {
	Name    string // the crate name, `-` as `_`
	Kind    string // "lib" or "bin"
	SrcPath string // the root file
	Edition string
}

// Dep is a dependency as its dependent sees it.
type Dep struct {
	Name string // the extern crate name (renamed, `-` as `_`)
	Pkg  *Package
}

// Options configure Discover.
type Options struct {
	// Cargo is the cargo binary; "" looks it up on PATH; "-" never runs
	// cargo (the TOML reader is used).
	Cargo string
	// CargoHome is $CARGO_HOME; "" takes the environment's or ~/.cargo.
	CargoHome string
	// WriteLock lets cargo write a missing Cargo.lock (for tools that own
	// the project; an editor never writes into a user's project).
	WriteLock bool
}

// ErrNoManifest is returned when no Cargo.toml is found above a file.
var ErrNoManifest = errors.New("no Cargo.toml")

// FindManifest returns the Cargo.toml nearest to path (a file or
// directory), or "".
func FindManifest(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs // a relative path's parents are above the working directory
	}
	dir := path
	if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
		dir = filepath.Dir(path)
	}
	for {
		p := filepath.Join(dir, "Cargo.toml")
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Discover finds the crate graph of the package whose Cargo.toml is
// nearest to path.
func Discover(path string, opts Options) (*Graph, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	manifest := FindManifest(path)
	if manifest == "" {
		return nil, ErrNoManifest
	}
	if opts.Cargo != "-" {
		if g, err := metadata(manifest, opts); err == nil {
			return g, nil
		}
	}
	return readManifests(manifest, opts)
}

// CrateOf returns the package and target whose source tree holds file:
// the target whose root directory is the nearest ancestor of file.
func (g *Graph) CrateOf(file string) (*Package, *Target) {
	file = filepath.Clean(file)
	var best *Target
	var bestPkg *Package
	bestLen := -1
	for _, p := range g.Packages {
		for _, t := range p.Targets() {
			dir := filepath.Dir(t.SrcPath)
			if !within(file, dir) {
				continue
			}
			// A lib wins over bins in the same directory (src/main.rs
			// and src/lib.rs); the deepest directory wins otherwise.
			l := len(dir)
			if t.Kind == "lib" {
				l++
			}
			if file == t.SrcPath {
				l += 1 << 20
			}
			if l > bestLen {
				best, bestPkg, bestLen = t, p, l
			}
		}
	}
	return bestPkg, best
}

// Targets lists the package's lib (first) and bins.
func (p *Package) Targets() []*Target {
	var out []*Target
	if p.Lib != nil {
		out = append(out, p.Lib)
	}
	return append(out, p.Bins...)
}

// Package returns the package of the given name (the first one when
// several versions are in the graph), or nil.
func (g *Graph) Package(name string) *Package {
	for _, p := range g.Packages {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func within(file, dir string) bool {
	rel, err := filepath.Rel(dir, file)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// CrateName is a package or target name as rustc knows it.
func CrateName(name string) string { return strings.ReplaceAll(name, "-", "_") }

// order puts members first (by directory), then the others by name and
// version, and sorts each package's features and deps.
func (g *Graph) order() {
	sort.SliceStable(g.Packages, func(i, j int) bool {
		a, b := g.Packages[i], g.Packages[j]
		if a.Member != b.Member {
			return a.Member
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Version < b.Version
	})
	for _, p := range g.Packages {
		sort.Strings(p.Features)
		sort.Slice(p.Deps, func(i, j int) bool { return p.Deps[i].Name < p.Deps[j].Name })
	}
}
