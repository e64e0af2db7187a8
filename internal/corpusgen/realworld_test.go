package corpusgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFlattenCrate inlines out-of-line modules from both file layouts
// (a.rs with a/b.rs, c/mod.rs with c/d.rs), leaving comments and inline
// modules alone.
func TestFlattenCrate(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"src/lib.rs":   "pub mod a;\n// mod gone;\nmod c;\nmod inline { pub const X: u8 = 1; }\n",
		"src/a.rs":     "pub(crate) mod b;\npub const A: u8 = 2;\n",
		"src/a/b.rs":   "pub const B: u8 = 3;\n",
		"src/c/mod.rs": "#[cfg(test)]\nmod d;\n",
		"src/c/d.rs":   "const D: &str = \"mod e;\";\n",
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := flattenCrate(filepath.Join(dir, "src", "lib.rs"))
	if err != nil {
		t.Fatal(err)
	}
	want := "pub mod a {\npub(crate) mod b {\npub const B: u8 = 3;\n\n}\npub const A: u8 = 2;\n\n}\n// mod gone;\n" +
		"mod c {\n#[cfg(test)]\nmod d {\nconst D: &str = \"mod e;\";\n\n}\n\n}\nmod inline { pub const X: u8 = 1; }\n"
	if got != want {
		t.Errorf("flattened crate:\n%s\nwant:\n%s", got, want)
	}
	if err := os.Remove(filepath.Join(dir, "src", "a", "b.rs")); err != nil {
		t.Fatal(err)
	}
	if _, err := flattenCrate(filepath.Join(dir, "src", "lib.rs")); err == nil || !strings.Contains(err.Error(), "mod b") {
		t.Errorf("missing module file: err = %v", err)
	}
}

// TestRealWorldValuesPresent checks, without rustc, that every program of the
// real-world set has its values file and every values file its program.
func TestRealWorldValuesPresent(t *testing.T) {
	dir := filepath.Join(testdata, RealWorldDir)
	files, crates, err := realWorldInputs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files)+len(crates) < 20 || len(crates) < 2 {
		t.Fatalf("the real-world set has %d files and %d crates", len(files), len(crates))
	}
	want := map[string]bool{}
	for _, f := range files {
		want[strings.TrimSuffix(f, ".rs")+".values.json"] = true
		want[strings.TrimSuffix(f, ".rs")+".mir"] = true
	}
	for _, c := range crates {
		want[c+".values.json"] = true
		want[c+".mir"] = true
		if _, err := os.Stat(filepath.Join(dir, c, "src", "lib.rs")); err != nil {
			t.Errorf("crate %s has no src/lib.rs", c)
		}
	}
	have, _ := filepath.Glob(filepath.Join(dir, "*.values.json"))
	mirs, _ := filepath.Glob(filepath.Join(dir, "*.mir"))
	have = append(have, mirs...)
	for _, h := range have {
		if !want[filepath.Base(h)] {
			t.Errorf("%s: no program", filepath.Base(h))
		}
		delete(want, filepath.Base(h))
	}
	for w := range want {
		t.Errorf("%s is missing (run scripts/gen-realworld.sh)", w)
	}
}
