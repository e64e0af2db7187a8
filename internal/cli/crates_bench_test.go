package cli

import (
	"io"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/internal/rustgen"
)

// manyDeps writes a package with n path dependencies whose lib.rs uses
// three of them (rustgen.ManyDeps).
func manyDeps(tb testing.TB, n int) string {
	main, err := rustgen.ManyDeps(tb.TempDir(), n)
	if err != nil {
		tb.Fatal(err)
	}
	return main
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
	if got := strings.Join(names, " "); got != "app dep000 dep050 dep119" {
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
