package crates

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPredicates(t *testing.T) {
	cfg := NewCfg(DefaultTargetCfg).WithFeatures([]string{"std", "a-b"})
	for _, tc := range []struct {
		pred string
		want bool
	}{
		{`unix`, true},
		{`windows`, false},
		{`test`, false},
		{`debug_assertions`, true},
		{`feature = "std"`, true},
		{`feature = "a-b"`, true},
		{`feature = "alloc"`, false},
		{`target_os = "linux"`, true},
		{`target_pointer_width = "32"`, false},
		{`all()`, true},
		{`any()`, false},
		{`all(unix, not(windows), any(feature = "x", target_arch = "x86_64"))`, true},
		{`not(all(unix, feature = "std"))`, false},
		{`target_has_atomic = "ptr"`, true},
	} {
		p, err := ParsePred(tc.pred)
		if err != nil {
			t.Errorf("%s: %v", tc.pred, err)
			continue
		}
		if got := cfg.Eval(p); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.pred, got, tc.want)
		}
	}
	for _, bad := range []string{``, `not(a, b)`, `foo(x)`, `a = b`, `a = "x`, `all(a`, strings.Repeat("not(", 100) + "a" + strings.Repeat(")", 100)} {
		if _, err := ParsePred(bad); err == nil {
			t.Errorf("%q parses", bad)
		}
	}
}

func TestRequirements(t *testing.T) {
	for _, tc := range []struct {
		req, v string
		want   bool
	}{
		{"1", "1.9.3", true},
		{"1", "2.0.0", false},
		{"0.2", "0.2.9", true},
		{"0.2", "0.3.0", false},
		{"0.2.4", "0.2.3", false},
		{"^0.0.3", "0.0.4", false},
		{"~1.2", "1.2.9", true},
		{"~1.2", "1.3.0", false},
		{">=0.8, <2.0", "1.0.152", true},
		{">=0.8, <2.0", "2.0.0", false},
		{"=1.0.0", "1.0.0", true},
		{"*", "7.1.0", true},
		{"1.2.*", "1.2.5", true},
	} {
		if got := reqMatches(tc.req, tc.v); got != tc.want {
			t.Errorf("%q matches %s: got %v, want %v", tc.req, tc.v, got, tc.want)
		}
	}
}

// summary lists a graph's packages with their features and deps.
func summary(g *Graph) []string {
	var out []string
	for _, p := range g.Packages {
		var deps []string
		for _, d := range p.Deps {
			deps = append(deps, d.Name+"="+d.Pkg.Name+"@"+d.Pkg.Version)
		}
		lib := ""
		if p.Lib != nil {
			lib = p.Lib.Name + " " + p.Lib.Edition
		}
		out = append(out, fmt.Sprintf("%s@%s member=%v lib=%s bins=%d build=%v features=%v deps=%v",
			p.Name, p.Version, p.Member, lib, len(p.Bins), p.BuildScript, p.Features, deps))
	}
	sort.Strings(out)
	return out
}

func projects(t *testing.T) []string {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "crates", "projects", "*", "Cargo.toml"))
	if err != nil || len(dirs) < 5 {
		t.Fatalf("projects: %v %v", dirs, err)
	}
	return dirs
}

var update = flag.Bool("update", false, "rewrite testdata/crates/projects/graphs.golden from cargo metadata")

const graphsGolden = "../testdata/crates/projects/graphs.golden"

// TestManifestGraph reads the projects' graphs without cargo (members,
// renamed and path dependencies, features unified across the workspace,
// target-specific dependencies) and compares them with cargo metadata's,
// recorded in graphs.golden (-update rewrites it, with cargo).
func TestManifestGraph(t *testing.T) {
	t.Setenv("CARGO_HOME", t.TempDir())
	var got, byCargo []string
	for _, m := range projects(t) {
		name := filepath.Base(filepath.Dir(m))
		g, err := Discover(m, Options{Cargo: "-"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if g.Source != "Cargo.toml" {
			t.Errorf("%s: source %q", name, g.Source)
		}
		got = append(got, "# "+name)
		got = append(got, summary(g)...)
		if *update {
			c, err := Discover(m, Options{})
			if err != nil || c.Source != "cargo metadata" {
				t.Fatalf("%s: -update needs cargo: %v", name, err)
			}
			byCargo = append(byCargo, "# "+name)
			byCargo = append(byCargo, summary(c)...)
		}
	}
	if *update {
		if err := os.WriteFile(graphsGolden, []byte(strings.Join(byCargo, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(graphsGolden)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("graphs read without cargo differ from cargo metadata's (-cargo +toml):\n%s", d)
	}
}

// TestManifestGraphAgreesWithCargo: without cargo, the graph is the one
// cargo metadata gives now (skipped without cargo).
func TestManifestGraphAgreesWithCargo(t *testing.T) {
	if _, err := exec.LookPath("cargo"); err != nil {
		t.Skip("cargo is not on PATH")
	}
	for _, m := range projects(t) {
		byCargo, err := Discover(m, Options{})
		if err != nil || byCargo.Source != "cargo metadata" {
			t.Fatalf("%s: cargo metadata: %v", m, err)
		}
		byToml, err := Discover(m, Options{Cargo: "-"})
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(summary(byCargo), summary(byToml)); d != "" {
			t.Errorf("%s (-cargo +toml):\n%s", m, d)
		}
	}
}

func TestCrateOf(t *testing.T) {
	m := filepath.Join("..", "testdata", "crates", "projects", "legacy", "Cargo.toml")
	g, err := Discover(m, Options{Cargo: "-"})
	if err != nil {
		t.Fatal(err)
	}
	dir, _ := filepath.Abs(filepath.Dir(m))
	for file, want := range map[string]string{
		"src/lib.rs":         "legacy_tool lib",
		"src/config.rs":      "legacy_tool lib",
		"src/bin/legacy.rs":  "legacy bin",
		"helpers/src/lib.rs": "legacy_helpers lib",
	} {
		_, tg := g.CrateOf(filepath.Join(dir, file))
		got := "none"
		if tg != nil {
			got = tg.Name + " " + tg.Kind
		}
		if got != want {
			t.Errorf("%s: %s, want %s", file, got, want)
		}
	}
}
