package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// renderedDiffers lists the failing programs whose `mirlsp check` text
// is not rustc's, and why.
var renderedDiffers = map[string]string{
	"erroneous_const_used.rs":         "rustc adds a note at the use in a fn body, which mirlsp does not evaluate",
	"promoted_fail.rs":                "rustc reports the promoted's failure once more, at the use",
	"ub_dangling_ref_final.rs":        "the pointer's provenance is not shown as <imm>",
	"ub_dangling_ref_final_nested.rs": "the pointer's provenance is not shown as <imm>",
	"ub_uninit_pair_copy.rs":          "rustc shows the raw bytes of the read value",
	"ub_uninit_read.rs":               "rustc shows the raw bytes of the read value",
	"ub_uninit_read_nested.rs":        "rustc shows the raw bytes of the read value",
	"ub_uninit_struct_read.rs":        "rustc shows the raw bytes of the read value",
}

// allocNumber matches allocation names, which differ from rustc's
// crate-wide numbering.
var allocNumber = regexp.MustCompile(`alloc[G]?\d+`)

// TestCheckRendersAsRustc: `mirlsp check` on each failing program of
// testdata/errors prints rustc's rendered diagnostics byte for byte
// (allocation numbers aside), but for the programs listed above.
func TestCheckRendersAsRustc(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "errors")
	files, err := filepath.Glob(filepath.Join(dir, "*.expect.json"))
	if err != nil || len(files) == 0 {
		t.Fatal("no expectations", err)
	}
	t.Chdir(dir)
	same, compared := 0, 0
	for _, f := range files {
		var exp struct {
			Program string
			Errors  []struct{ Code, Rendered string }
		}
		b, err := os.ReadFile(filepath.Base(f))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &exp); err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		e0080 := len(exp.Errors) > 0
		for _, e := range exp.Errors {
			e0080 = e0080 && e.Code == "E0080"
			want.WriteString(e.Rendered)
		}
		if !e0080 {
			continue // lints and other errors are rustc's alone
		}
		var out, errOut bytes.Buffer
		Run([]string{"check", exp.Program}, nil, &out, &errOut)
		compared++
		got := allocNumber.ReplaceAllString(strings.ReplaceAll(out.String(), "<imm>", ""), "allocN")
		w := allocNumber.ReplaceAllString(strings.ReplaceAll(want.String(), "<imm>", ""), "allocN")
		_, differs := renderedDiffers[exp.Program]
		switch {
		case got == w:
			same++
			if differs {
				t.Errorf("%s now renders as rustc: drop it from renderedDiffers", exp.Program)
			}
		case !differs:
			t.Errorf("%s: mirlsp check prints\n%s\nrustc prints\n%s", exp.Program, out.String(), want.String())
		}
	}
	t.Logf("%d of %d failing programs render as rustc renders them", same, compared)
}
