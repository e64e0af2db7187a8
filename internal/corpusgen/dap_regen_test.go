// dap_regen_test.go re-derives testdata/dap (the programs the debug
// adapter's tests step through: rustc's MIR and values) with the installed
// rustc and compares it with the committed files (scripts/gen-dap.sh).

package corpusgen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"mirlsp/internal/rustcenv"
)

func TestRegenerateDAP(t *testing.T) {
	rustcenv.Need(t, "testdata/dap")
	dir := filepath.Join(testdata, "dap")
	// The generator reads corpus/ and errors/ (none here) of a copy.
	in, out := t.TempDir(), t.TempDir()
	progs, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.rs"))
	for _, sub := range []string{"corpus", "errors"} {
		if err := os.MkdirAll(filepath.Join(in, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range progs {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, "corpus", filepath.Base(p)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var log bytes.Buffer
	if err := Generate(Options{Dir: in, OutDir: out, SkipNightly: true, Parallel: 2, Log: &log}); err != nil {
		t.Fatalf("Generate: %v\n%s", err, log.String())
	}
	list := func(root string) []string {
		var files []string
		for _, pat := range []string{"*.mir", "*.json"} {
			m, _ := filepath.Glob(filepath.Join(root, "corpus", pat))
			for _, f := range m {
				rel, _ := filepath.Rel(root, f)
				files = append(files, rel)
			}
		}
		return files
	}
	compareGenerated(t, dir, out, list, "scripts/gen-dap.sh")
}
