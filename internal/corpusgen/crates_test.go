package corpusgen

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"mirlsp/internal/rustcenv"
)

// TestCratesRegenerate re-derives the truth of a project and a registry
// crate with cargo and compares it with the committed files (skipped
// without cargo and rustc 1.95).
func TestCratesRegenerate(t *testing.T) {
	rustcenv.Need(t, "testdata/crates")
	if _, err := exec.LookPath("cargo"); err != nil {
		t.Skip("cargo is not on PATH")
	}
	t.Setenv("CARGO_HOME", t.TempDir())
	for _, only := range []string{"projects/platform", "registry/utf8-width"} {
		dir := t.TempDir()
		if err := GenerateCrates(Options{Dir: filepath.Join("..", "..", "testdata"), OutDir: dir, Only: only}); err != nil {
			t.Fatalf("%s: %v", only, err)
		}
		matches, _ := filepath.Glob(filepath.Join(dir, CratesDir, "*", "*.truth.json"))
		if len(matches) != 1 {
			t.Fatalf("%s: generated %v", only, matches)
		}
		rel, _ := filepath.Rel(filepath.Join(dir, CratesDir), matches[0])
		got, _ := os.ReadFile(matches[0])
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", CratesDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from rustc's output now; run scripts/gen-crates.sh", rel)
		}
	}
}
