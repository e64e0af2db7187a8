// beside_test.go checks that a MIR file beside its Rust source is
// evaluated as the command line evaluates it: a name the MIR file does
// not define is looked for in the workspace's other MIR files only,
// never in a Rust crate, so the answer depends neither on the Rust text
// nor on when the server read it. The files come from rustc
// (scripts/gen-beside.sh).

package server

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"

	"mirlsp/internal/cli"
	"mirlsp/internal/rustcenv"
)

const besideDir = "testdata/beside"

// cliItems evaluates files with `mirlsp eval --json` and returns the
// items of the first one by name.
func cliItems(t *testing.T, files ...string) map[string]cli.ItemJSON {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := cli.Run(append([]string{"eval", "--json"}, files...), nil, &out, &errOut); code == cli.ExitUsage {
		t.Fatalf("mirlsp eval: exit %d: %s", code, errOut.String())
	}
	var items []cli.ItemJSON
	if err := json.Unmarshal(out.Bytes(), &items); err != nil {
		t.Fatal(err)
	}
	m := map[string]cli.ItemJSON{}
	for _, it := range items {
		if it.File == files[0] {
			m[it.Name] = it
		}
	}
	return m
}

// cliHover is what a hover shows of the command line's result: the value,
// the error or why the item was not evaluated.
func cliHover(j cli.ItemJSON) string {
	switch {
	case j.Value != nil:
		return " = " + *j.Value
	case j.Error != nil:
		return j.Error.Message
	}
	return "not evaluated: " + j.Unsupported
}

// besideValues reads rustc's values of ab.rs as written (A = 5) and with
// A = 6: values["6"]["B"] is B's value when A is 6.
func besideValues(t *testing.T) map[string]map[string]string {
	t.Helper()
	vals := map[string]map[string]string{}
	var cur map[string]string
	for _, line := range strings.Split(readFile(t, filepath.Join(besideDir, "ab.values.txt")), "\n") {
		if a, ok := strings.CutPrefix(line, "A = "); ok {
			cur = map[string]string{}
			vals[a] = cur
		} else if name, v, ok := strings.Cut(line, " "); ok && cur != nil {
			cur[name] = v
		}
	}
	return vals
}

// TestMIRBesideRust: the MIR's B names A, which only the Rust file
// defines. The server answers for B what `mirlsp eval` answers, before
// and after an edit of the Rust A, whichever file it reads first, in
// every one of 50 fresh servers; the Rust B follows the edit with
// rustc's values.
func TestMIRBesideRust(t *testing.T) {
	dir := t.TempDir()
	mirPath, rsPath := filepath.Join(dir, "ab.mir"), filepath.Join(dir, "ab.rs")
	mirText := readFile(t, filepath.Join(besideDir, "ab.mir"))
	rsText := readFile(t, filepath.Join(besideDir, "ab.rs"))
	for p, text := range map[string]string{mirPath: mirText, rsPath: rsText} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := cliHover(cliItems(t, mirPath)["B"])
	if both := cliHover(cliItems(t, mirPath, rsPath)["B"]); both != want {
		t.Fatalf("the command line's B: %q alone, %q beside ab.rs", want, both)
	}
	values := besideValues(t)
	runs := 50
	if testing.Short() {
		runs = 5
	}
	mirB := func(e *env) string { return e.hover(mirPath, pos(t, mirText, "const B", 0, 7)) }
	for i := range runs {
		e := newEnv(t, envOpts{folders: []string{dir}})
		// Half the runs open the MIR file while the workspace is being
		// read, half after it was.
		if i%2 == 1 {
			e.waitDiagsURI(string(docURI(rsPath)), func(*protocol.PublishDiagnosticsParams) bool { return true })
		}
		e.open(mirPath, mirText)
		e.waitVersion(mirPath, 1)
		if h := mirB(e); !strings.Contains(h, want) {
			t.Fatalf("run %d: hover on the MIR's B: %q; mirlsp eval: %q", i, h, want)
		}
		e.openAs(rsPath, "rust", rsText)
		edited := e.edit(rsPath, 2, rsText, "A: i32 = 5;", "A: i32 = 6;", 1)
		e.waitVersion(rsPath, 2)
		if h, v := e.hover(rsPath, pos(t, edited, "const B", 0, 6)), values["6"]["B"]; !strings.Contains(h, "= "+v) {
			t.Fatalf("run %d: hover on the Rust B after A = 6: %q; rustc: %s", i, h, v)
		}
		if h := mirB(e); !strings.Contains(h, want) {
			t.Fatalf("run %d: hover on the MIR's B after the edit of the Rust A: %q; mirlsp eval: %q", i, h, want)
		}
		for _, h := range e.hints(mirPath, mirText) {
			if h == "= "+values["5"]["B"] || h == "= "+values["6"]["B"] {
				t.Fatalf("run %d: the MIR's hints %q show the Rust B", i, e.hints(mirPath, mirText))
			}
		}
		e.close()
	}
}

// TestBesideCurrent re-derives testdata/beside with the installed rustc
// (scripts/gen-beside.sh) and compares.
func TestBesideCurrent(t *testing.T) {
	rustcenv.Need(t, "testdata/beside")
	tmp := t.TempDir()
	if out, err := exec.Command("sh", "../scripts/gen-beside.sh", tmp).CombinedOutput(); err != nil {
		t.Fatalf("gen-beside.sh: %v\n%s", err, out)
	}
	for _, name := range []string{"ab.mir", "ab.values.txt"} {
		if got, want := readFile(t, filepath.Join(tmp, name)), readFile(t, filepath.Join(besideDir, name)); got != want {
			t.Errorf("%s is stale; run scripts/gen-beside.sh", name)
		}
	}
}
