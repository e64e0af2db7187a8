package server

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.lsp.dev/uri"
)

// TestHelpersSameDiagnostics: a workspace opened with more items than
// minHelped is evaluated by the lanes and the helpers together; its
// diagnostics are those of the lanes alone.
func TestHelpersSameDiagnostics(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for _, sub := range []string{"corpus", "errors"} {
		ms, err := filepath.Glob(filepath.Join("..", "testdata", sub, "*.mir"))
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(ms)
		for _, m := range ms[:min(len(ms), 16)] {
			name := sub + "_" + filepath.Base(m)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(readFile(t, m)), 0o644); err != nil {
				t.Fatal(err)
			}
			names = append(names, name)
		}
	}
	diags := func(n int) map[string]string {
		old := helpers
		helpers = n
		defer func() { helpers = old }()
		e := newEnv(t, envOpts{folders: []string{dir}})
		e.waitIndexed(t, dir, names)
		out := map[string]string{}
		e.client.mu.Lock()
		for _, name := range names {
			ps := e.client.diags[string(uri.File(filepath.Join(dir, name)))]
			out[name] = dumpDiags(ps[len(ps)-1:])
		}
		e.client.mu.Unlock()
		e.shutdown()
		return out
	}
	alone, helped := diags(0), diags(2)
	failing := 0
	for _, name := range names {
		if helped[name] != alone[name] {
			t.Errorf("%s with helpers:%s\nwithout:%s", name, helped[name], alone[name])
		}
		if strings.Contains(alone[name], "[") {
			failing++
		}
	}
	if failing == 0 {
		t.Errorf("no file has diagnostics: the comparison shows nothing")
	}
}
