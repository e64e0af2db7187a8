package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mirlsp/internal/cli"
	"mirlsp/internal/nesting"
	"mirlsp/mirparse"
	"mirlsp/rustsrc/syntax"
)

// TestDeepNesting: `mirlsp eval` on a file nesting two million deep (MIR)
// or a million deep (Rust; types 100,000 deep) exits 2 with the positioned
// syntax error.
func TestDeepNesting(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		file, src string
		want      string
	}{
		{"deep.mir", nesting.MIR[0].Rust(2_000_000), fmt.Sprintf(`deep\.mir:1:%d: nesting too deep: more than %d levels`,
			len("const X: ")+mirparse.MaxNesting+1, mirparse.MaxNesting)},
		{"paren.rs", nesting.Rust[0].Rust(1_000_000), fmt.Sprintf(`paren\.rs:1:%d: nesting too deep: more than %d levels`,
			len("pub const X: i32 = ")+syntax.MaxNesting, syntax.MaxNesting)},
		{"tuple.rs", nesting.Rust[1].Rust(100_000), fmt.Sprintf(`tuple\.rs:1:%d: nesting too deep: more than %d levels of types`,
			len("pub const X: ")+syntax.MaxTypeNesting+1, syntax.MaxTypeNesting)},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.file)
		if err := os.WriteFile(path, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr strings.Builder
		code := cli.Run([]string{"eval", path}, strings.NewReader(""), &stdout, &stderr)
		if code != 2 {
			t.Errorf("%s: exit status %d, want 2; stderr %.300s", c.file, code, stderr.String())
		}
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(dir+string(filepath.Separator)) + c.want).MatchString(stderr.String()) {
			t.Errorf("%s: stderr %.300s, want %s", c.file, stderr.String(), c.want)
		}
	}
}
