package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"mirlsp/internal/rustcenv"
)

// TestRegenerate re-derives testdata/nesting with the installed rustc and
// compares it byte for byte with the committed files.
func TestRegenerate(t *testing.T) {
	rustcenv.Need(t, "testdata/nesting")
	root := filepath.Join("..", "..", "..", "..")
	dir := t.TempDir()
	if err := run(root, dir); err != nil {
		t.Fatal(err)
	}
	committed, _ := filepath.Glob(filepath.Join(root, "testdata", "nesting", "*_*.*"))
	fresh, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(fresh) == 0 || len(fresh) != len(committed) {
		t.Fatalf("%d files generated, %d committed", len(fresh), len(committed))
	}
	for _, f := range fresh {
		want, err := os.ReadFile(filepath.Join(root, "testdata", "nesting", filepath.Base(f)))
		if err != nil {
			t.Errorf("%s: generated, not committed", filepath.Base(f))
			continue
		}
		got, _ := os.ReadFile(f)
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what rustc gives now", filepath.Base(f))
		}
	}
}
