package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mirlsp/eval"
)

// manyDeps writes a package with n path dependencies (each with a few
// consts) whose lib.rs uses three of them.
func manyDeps(tb testing.TB, n int) string {
	dir := tb.TempDir()
	var deps strings.Builder
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("dep%03d", i)
		fmt.Fprintf(&deps, "%s = { path = \"deps/%s\" }\n", name, name)
		var src strings.Builder
		for j := 0; j < 20; j++ {
			fmt.Fprintf(&src, "pub const C%d: u32 = %d * %d;\npub const fn f%d(x: u32) -> u32 { x + C%d }\n", j, i, j, j, j)
		}
		write(tb, filepath.Join(dir, "deps", name, "Cargo.toml"), fmt.Sprintf("[package]\nname = %q\nversion = \"0.1.0\"\nedition = \"2021\"\n", name))
		write(tb, filepath.Join(dir, "deps", name, "src", "lib.rs"), src.String())
	}
	write(tb, filepath.Join(dir, "Cargo.toml"), "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n"+deps.String())
	main := filepath.Join(dir, "src", "lib.rs")
	write(tb, main, "pub const A: u32 = dep000::C3 + dep050::f2(1);\npub const B: u32 = dep099::C19;\n")
	return main
}

func write(tb testing.TB, path, text string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
}

// TestManyDepsLazy: of 120 dependencies, only the three the file names
// are loaded.
func TestManyDepsLazy(t *testing.T) {
	t.Setenv("CARGO_HOME", t.TempDir())
	main := manyDeps(t, 120)
	c := loadGraph(main, rustOptions{cargo: "none"})
	if c == nil {
		t.Fatal("no graph")
	}
	var names []string
	for _, r := range c.Roots {
		names = append(names, r.Name)
	}
	if got := strings.Join(names, " "); got != "app dep000 dep050 dep099" {
		t.Errorf("crates loaded: %s", got)
	}
	rs, code := evalRust(main, eval.DefaultConfig, rustOptions{cargo: "none"}, io.Discard)
	if code != ExitOK || len(rs) != 2 {
		t.Fatalf("exit %d, %d items", code, len(rs))
	}
	for _, r := range rs {
		if r.json.Value == nil {
			t.Errorf("%s: not evaluated: %s", r.json.Name, r.json.Unsupported)
		}
	}
}

// BenchmarkManyDepsCold: a file of a package with 120 dependencies,
// from nothing (graph read from the manifests without cargo, crates
// loaded, lowered and evaluated) to its items' results.
func BenchmarkManyDepsCold(b *testing.B) {
	b.Setenv("CARGO_HOME", b.TempDir())
	main := manyDeps(b, 120)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, code := evalRust(main, eval.DefaultConfig, rustOptions{cargo: "none"}, io.Discard); code != ExitOK {
			b.Fatal(code)
		}
	}
}
