// realworld.go checks the no-false-errors set testdata/realworld/ with rustc and
// records the values of its constants.
//
// Every X.rs there and every crate directory (a Cargo.toml and src/lib.rs) must
// compile as a library with rustc 1.95; X.values.json (for a crate, NAME.values.json
// next to its directory) holds the `{:?}` value of every const-like item the printer
// approach of deriveValues can print, in the shape of testdata/corpus/X.values.json.
// X.mir (NAME.mir) is rustc's --emit=mir listing of the program, for the MIR
// evaluator's own no-false-errors test. A crate's values are derived from a copy flattened into one file (every `mod x;`
// replaced by `mod x { <x.rs> }`), whose items rustc lists in the same order as the
// crate's own; the names are taken from the crate's own MIR listing.

package corpusgen

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// RealWorldDir is the directory of the no-false-errors set under testdata.
const RealWorldDir = "realworld"

// FmtDir is the directory of the programs with hand-written formatting
// impls (Debug, Display, …), checked and recorded like the real-world set
// (Options.Set).
const FmtDir = "fmt"

// realWorldInputs lists the single files (X.rs) and crate directories of dir.
func realWorldInputs(dir string) (files, crates []string, err error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range ents {
		switch {
		case e.IsDir():
			if _, err := os.Stat(filepath.Join(dir, e.Name(), "Cargo.toml")); err == nil {
				crates = append(crates, e.Name())
			}
		case strings.HasSuffix(e.Name(), ".rs"):
			files = append(files, e.Name())
		}
	}
	sort.Strings(files)
	sort.Strings(crates)
	return files, crates, nil
}

// GenerateRealWorld checks every program of testdata/realworld with rustc and writes
// its values file. It stops at the first failure.
func GenerateRealWorld(opts Options) error {
	if opts.OutDir == "" {
		opts.OutDir = opts.Dir
	}
	if opts.Rustc == "" {
		opts.Rustc = "rustc"
	}
	if opts.Parallel <= 0 {
		opts.Parallel = 2
	}
	g := &generator{opts: opts, log: opts.Log, written: map[string]bool{}}
	if g.log == nil {
		g.log = discard{}
	}
	set := opts.Set
	if set == "" {
		set = RealWorldDir
	}
	dir := filepath.Join(opts.Dir, set)
	out := filepath.Join(opts.OutDir, set)
	files, crates, err := realWorldInputs(dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var jobs []func() error
	for _, f := range files {
		f := f
		jobs = append(jobs, func() error { return g.realWorldFile(dir, out, f) })
	}
	for _, c := range crates {
		c := c
		jobs = append(jobs, func() error { return g.realWorldCrate(dir, out, c) })
	}
	if err := runJobs(jobs, opts.Parallel); err != nil {
		return err
	}
	// Remove values files of programs that are gone.
	ents, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range ents {
		path := filepath.Clean(filepath.Join(out, e.Name()))
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".values.json") || strings.HasSuffix(e.Name(), ".mir")) && !g.written[path] {
			g.logf("removing stale %s\n", path)
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	g.logf("%s: %d files, %d crates\n", set, len(files), len(crates))
	return nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// runJobs runs fns on n workers and returns the first error.
func runJobs(fns []func() error, n int) error {
	work := make(chan func() error)
	errs := make(chan error, len(fns))
	done := make(chan struct{})
	for w := 0; w < n; w++ {
		go func() {
			for f := range work {
				errs <- f()
			}
			done <- struct{}{}
		}()
	}
	for _, f := range fns {
		work <- f
	}
	close(work)
	for w := 0; w < n; w++ {
		<-done
	}
	close(errs)
	var first error
	for err := range errs {
		if err != nil && first == nil {
			first = err
		}
	}
	return first
}

// checkLib compiles a library to metadata only: the set's acceptance test.
func (g *generator) checkLib(dir, file string, extra ...string) error {
	tmp, err := os.MkdirTemp("", "corpusgen-check-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	args := append([]string{"--edition", "2021", "--crate-type", "lib", "-A", "warnings", "--emit=metadata"}, extra...)
	args = append(args, "-o", filepath.Join(tmp, "out.rmeta"), file)
	res := g.rustc(dir, "", args...)
	if res.err != nil || res.exitCode != 0 {
		return fmt.Errorf("%s: does not compile with rustc %s: %v\n%s", file, strings.Join(args, " "), res.err, res.stderr)
	}
	return nil
}

// realWorldFile checks one file and writes X.values.json.
func (g *generator) realWorldFile(dir, out, file string) error {
	if err := g.checkLib(dir, file); err != nil {
		return err
	}
	mirText, err := g.emitMIR(dir, file, "", nil)
	if err != nil {
		return err
	}
	spansText, err := g.emitMIR(dir, file, "", []string{"RUSTC_BOOTSTRAP=1"}, "-Zmir-include-spans")
	if err != nil {
		return err
	}
	vf, err := g.deriveValues(dir, file, mirText, spansText)
	if err != nil {
		return err
	}
	dropAddresses(vf)
	data, err := marshalJSON(vf)
	if err != nil {
		return err
	}
	g.logf("%s: %d items, %d skipped\n", file, len(vf.Items), len(vf.Skipped))
	base := strings.TrimSuffix(file, ".rs")
	if err := g.writeFile(filepath.Join(out, base+".mir"), []byte(mirText)); err != nil {
		return err
	}
	return g.writeFile(filepath.Join(out, base+".values.json"), data)
}

// addressRe matches a run-time address as Debug prints fn and raw pointers.
var addressRe = regexp.MustCompile(`\b0x[0-9a-f]{8,16}\b`)

// dropAddresses moves items whose value depends on where the printer ran (fn
// pointers, raw pointers) to the skipped list: they differ from run to run.
func dropAddresses(vf *ValuesFile) {
	kept := vf.Items[:0]
	for _, it := range vf.Items {
		if strings.Contains(it.Type, "fn(") || strings.Contains(it.Type, "*const ") || strings.Contains(it.Type, "*mut ") ||
			addressRe.MatchString(it.Value) {
			vf.Skipped = append(vf.Skipped, SkippedItem{Name: it.Name, Reason: "value holds a run-time address (fn or raw pointer)"})
			continue
		}
		kept = append(kept, it)
	}
	vf.Items = kept
}

// crateName is the library name of a crate directory (`-` becomes `_`).
func crateName(dir string) string { return strings.ReplaceAll(dir, "-", "_") }

// realWorldCrate checks one crate and writes NAME.values.json.
func (g *generator) realWorldCrate(dir, out, crate string) error {
	root := filepath.Join(dir, crate)
	lib := filepath.Join("src", "lib.rs")
	name := crateName(crate)
	if err := g.checkLib(root, lib, "--crate-name", name); err != nil {
		return fmt.Errorf("%s: %v", crate, err)
	}
	realMIR, err := g.emitMIR(root, lib, "", nil, "--crate-name", name)
	if err != nil {
		return err
	}
	flat, err := flattenCrate(filepath.Join(root, lib))
	if err != nil {
		return fmt.Errorf("%s: %v", crate, err)
	}
	tmp, err := os.MkdirTemp("", "corpusgen-crate-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	file := name + ".rs"
	if err := os.WriteFile(filepath.Join(tmp, file), []byte(flat), 0o644); err != nil {
		return err
	}
	mirText, err := g.emitMIR(tmp, file, "", nil)
	if err != nil {
		return fmt.Errorf("%s: the flattened crate: %v", crate, err)
	}
	spansText, err := g.emitMIR(tmp, file, "", []string{"RUSTC_BOOTSTRAP=1"}, "-Zmir-include-spans")
	if err != nil {
		return err
	}
	vf, err := g.deriveValues(tmp, file, mirText, spansText)
	if err != nil {
		return fmt.Errorf("%s: %v", crate, err)
	}
	// The flattened listing names impl items by positions in the flattened
	// file; take the crate's own names, item by item.
	flatItems, realItems := parseMIRItems(mirText), parseMIRItems(realMIR)
	if len(flatItems) != len(realItems) {
		return fmt.Errorf("%s: %d items in the crate's MIR but %d in the flattened crate's", crate, len(realItems), len(flatItems))
	}
	rename := map[string]string{}
	for i, it := range flatItems {
		if it.kind != realItems[i].kind || it.ty != realItems[i].ty {
			return fmt.Errorf("%s: item %d is %s %q in the crate's MIR but %s %q flattened", crate, i, realItems[i].kind, realItems[i].name, it.kind, it.name)
		}
		rename[it.name] = realItems[i].name
	}
	vf.Program = crate
	dropAddresses(vf)
	for i := range vf.Items {
		vf.Items[i].Name = rename[vf.Items[i].Name]
	}
	for i := range vf.Skipped {
		vf.Skipped[i].Name = rename[vf.Skipped[i].Name]
	}
	data, err := marshalJSON(vf)
	if err != nil {
		return err
	}
	g.logf("%s (crate): %d items, %d skipped\n", crate, len(vf.Items), len(vf.Skipped))
	if err := g.writeFile(filepath.Join(out, crate+".mir"), []byte(realMIR)); err != nil {
		return err
	}
	return g.writeFile(filepath.Join(out, crate+".values.json"), data)
}

// flattenCrate returns the source of the crate rooted at libPath with every
// out-of-line module (`mod x;`) replaced by an inline one holding its file.
func flattenCrate(libPath string) (string, error) {
	return flattenFile(libPath, filepath.Dir(libPath), 0)
}

// flattenFile inlines the modules of one file. childDir is where its `mod x;`
// files live: the file's own directory for lib.rs and mod.rs, otherwise the
// directory named after the file.
func flattenFile(path, childDir string, depth int) (string, error) {
	if depth > 32 {
		return "", fmt.Errorf("%s: modules nested too deep", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	src := string(data)
	toks := lexRust(src)
	var b strings.Builder
	last := 0
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].text != "mod" || toks[i+1].kind != 'i' || toks[i+2].text != ";" {
			continue
		}
		if i >= 5 && toks[i-1].text == "]" && toks[i-5].text == "path" {
			return "", fmt.Errorf("%s: #[path] on modules is not supported", path)
		}
		name := toks[i+1].text
		file, sub := filepath.Join(childDir, name+".rs"), filepath.Join(childDir, name)
		if _, err := os.Stat(file); err != nil {
			file = filepath.Join(childDir, name, "mod.rs")
			if _, err := os.Stat(file); err != nil {
				return "", fmt.Errorf("%s: no file for `mod %s;`", path, name)
			}
		}
		body, err := flattenFile(file, sub, depth+1)
		if err != nil {
			return "", err
		}
		b.WriteString(src[last:toks[i].start])
		fmt.Fprintf(&b, "mod %s {\n%s\n}", name, body)
		last = toks[i+2].end
	}
	b.WriteString(src[last:])
	return b.String(), nil
}
