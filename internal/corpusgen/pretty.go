// pretty.go derives the `{:#?}` (pretty) form of the consts of
// testdata/fmt from rustc: each program is compiled with a main that
// prints every const the values file lists with `{:#?}`, and the output is
// written to X.pretty.json next to X.values.json.

package corpusgen

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// PrettyFile is X.pretty.json: rustc's `{:#?}` of the program's consts.
type PrettyFile struct {
	Program string       `json:"program"`
	Items   []PrettyItem `json:"items"`
}

// PrettyItem is one const and its `{:#?}` text.
type PrettyItem struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// GeneratePretty writes X.pretty.json for every program of
// testdata/fmt (opts.Dir/fmt) into opts.OutDir (default opts.Dir).
func GeneratePretty(opts Options) error {
	out := opts.OutDir
	if out == "" {
		out = opts.Dir
	}
	files, _ := filepath.Glob(filepath.Join(opts.Dir, FmtDir, "*.rs"))
	sort.Strings(files)
	if err := os.MkdirAll(filepath.Join(out, FmtDir), 0o755); err != nil {
		return err
	}
	for _, f := range files {
		pf, err := prettyOf(f)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		data, err := json.MarshalIndent(pf, "", "  ")
		if err != nil {
			return err
		}
		dst := filepath.Join(out, FmtDir, strings.TrimSuffix(filepath.Base(f), ".rs")+".pretty.json")
		if err := os.WriteFile(dst, append(data, '\n'), 0o644); err != nil {
			return err
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "%s: %d pretty values\n", filepath.Base(f), len(pf.Items))
		}
	}
	return nil
}

// prettyOf compiles program f with a main printing its consts with {:#?}.
func prettyOf(f string) (*PrettyFile, error) {
	src, err := os.ReadFile(f)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(strings.TrimSuffix(f, ".rs") + ".values.json")
	if err != nil {
		return nil, err
	}
	var vf struct {
		Items []struct {
			Kind     string `json:"kind"`
			RustPath string `json:"rust_path"`
		} `json:"items"`
	}
	if err := json.Unmarshal(raw, &vf); err != nil {
		return nil, err
	}
	var names []string
	for _, it := range vf.Items {
		if (it.Kind == "const" || it.Kind == "static") && !strings.Contains(it.RustPath, "{") && !strings.Contains(it.RustPath, "<") {
			names = append(names, it.RustPath)
		}
	}
	var b strings.Builder
	// Inner doc comments cannot follow the main; they are comments here.
	b.WriteString(strings.ReplaceAll(string(src), "//!", "//"))
	b.WriteString("\n#[allow(dead_code)]\nfn main() {\n")
	for i, n := range names {
		fmt.Fprintf(&b, "    println!(\"\\x1e{}\\x1f{:#?}\", %d, &%s);\n", i, n)
	}
	b.WriteString("}\n")
	dir, err := os.MkdirTemp("", "mirlsp-pretty-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	main := filepath.Join(dir, "main.rs")
	if err := os.WriteFile(main, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	bin := filepath.Join(dir, "main")
	if msg, err := exec.Command("rustc", "--edition", "2021", "-A", "warnings", "-o", bin, main).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("rustc: %v\n%s", err, msg)
	}
	outText, err := exec.Command(bin).Output()
	if err != nil {
		return nil, fmt.Errorf("running the printer: %v", err)
	}
	pf := &PrettyFile{Program: filepath.Base(f)}
	for _, rec := range strings.Split(string(outText), "\x1e")[1:] {
		idx, val, ok := strings.Cut(rec, "\x1f")
		var i int
		if _, err := fmt.Sscan(idx, &i); !ok || err != nil || i < 0 || i >= len(names) {
			return nil, fmt.Errorf("bad printer output %q", rec)
		}
		pf.Items = append(pf.Items, PrettyItem{Name: names[i], Value: strings.TrimSuffix(val, "\n")})
	}
	if len(pf.Items) != len(names) {
		return nil, fmt.Errorf("the printer printed %d of %d values", len(pf.Items), len(names))
	}
	return pf, nil
}
