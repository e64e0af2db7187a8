package rustsrc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadGraphLazy: only the dependencies a crate's files name are
// loaded (transitively), each once; their items get the crate's name.
func TestLoadGraphLazy(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) string {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	leaf := &CrateSpec{Name: "leaf", Root: write("leaf/lib.rs", "pub const L: u8 = 1;\n")}
	mid := &CrateSpec{Name: "mid", Root: write("mid/lib.rs", "pub const M: u8 = leaf::L + 1;\n"), Deps: map[string]*CrateSpec{"leaf": leaf}}
	unused := &CrateSpec{Name: "unused", Root: write("unused/lib.rs", "pub const U: u8 = 3;\n")}
	var deps = map[string]*CrateSpec{"mid": mid, "unused": unused, "leaf": leaf}
	for i := 0; i < 100; i++ {
		name := "dep" + strings.Repeat("x", i)
		deps[name] = &CrateSpec{Name: name, Root: filepath.Join(dir, name, "lib.rs")}
	}
	top := &CrateSpec{Name: "top", Root: write("top/lib.rs", "use mid::M;\npub const T: u8 = M + leaf::L;\n"), Deps: deps}
	c := LoadGraph(top, DiskFile)
	var names []string
	for _, r := range c.Roots {
		names = append(names, r.Name)
	}
	if got := strings.Join(names, " "); got != "top leaf mid" {
		t.Fatalf("crates loaded: %s, want top leaf mid", got)
	}
	prog := Lower(c)
	var items []string
	for _, it := range prog.Items {
		items = append(items, it.Name)
		if it.MIR == nil {
			t.Errorf("%s: %s", it.Name, it.Unsupported)
		}
	}
	if got := strings.Join(items, " "); got != "T leaf::L mid::M" {
		t.Errorf("items: %s", got)
	}
}

// TestCfgStrip: what a configuration leaves out is not an item.
func TestCfgStrip(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "lib.rs")
	src := `#[cfg(windows)] pub const A: u8 = 1;
#[cfg(not(windows))] pub const A: u8 = 2;
#[cfg(feature = "x")] pub const X: u8 = 255 + 1;
#[cfg_attr(unix, cfg(feature = "y"))] pub const Y: u8 = 1;
pub const C: bool = cfg!(all(unix, target_pointer_width = "64"));
#[cfg(test)] mod tests { pub const T: u8 = 0; }
`
	if err := os.WriteFile(root, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		features []string
		want     string
	}{
		{nil, "A C"},
		{[]string{"x", "y"}, "A X Y C"},
	} {
		c := LoadCfg(root, DiskFile, DefaultCfg.WithFeatures(tc.features))
		var names []string
		for _, it := range Lower(c).Items {
			names = append(names, it.Name)
		}
		if got := strings.Join(names, " "); got != tc.want {
			t.Errorf("features %v: items %s, want %s", tc.features, got, tc.want)
		}
	}
}

// TestGlobCycles: modules importing each other by globs (as bytemuck's
// do) resolve a missing name without walking every path between them.
func TestGlobCycles(t *testing.T) {
	var b strings.Builder
	const n = 8
	for i := 0; i < n; i++ {
		b.WriteString("mod m" + string(rune('0'+i)) + " {\n    pub use super::*;\n")
		for j := 0; j < n; j++ {
			if j != i {
				b.WriteString("    pub use super::m" + string(rune('0'+j)) + "::*;\n")
			}
		}
		b.WriteString("}\n")
	}
	b.WriteString("pub use m0::*;\npub const X: u8 = MISSING;\npub const Y: u8 = 1;\n")
	dir := t.TempDir()
	root := filepath.Join(dir, "lib.rs")
	if err := os.WriteFile(root, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, it := range Lower(Load(root, DiskFile)).Items {
		if (it.MIR == nil) != (it.Name == "X") {
			t.Errorf("%s: %q", it.Name, it.Unsupported)
		}
	}
}
