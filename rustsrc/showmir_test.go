package rustsrc_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// TestShowMIRParses: the MIR `mirlsp mir` prints for every corpus
// program is MIR text mirlsp reads back without a syntax or resolution
// error (no inference variables in paths, every allocation dumped).
func TestShowMIRParses(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.rs")
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, path := range files {
		_, prog := lower(t, path)
		for _, f := range prog.Files {
			var b bytes.Buffer
			if err := mir.Print(&b, f); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if _, errs := mirparse.Parse(filepath.Base(path)+".mir", b.Bytes()); len(errs) > 0 {
				t.Errorf("%s: the printed MIR does not read back: %v", filepath.Base(path), errs[0])
			}
		}
	}
}
