// Package corpusgen regenerates mirlsp's ground-truth test corpus from the Rust
// programs under testdata/ with the rustc installed on the machine.
//
// For every passing program testdata/corpus/X.rs it writes X.mir (rustc 1.95
// --emit=mir), for every third program also X.O.mir (-O) and X.built.mir (the nightly's
// -Zdump-mir=built files concatenated), and X.values.json: the `{:?}` value of every
// const, static, anon const and promoted printed in X.mir. Values come from rustc
// itself: a copy of the program gets one printer fn per item (placed in the module
// that can name the item or evaluate its source expression) and a main that calls
// them; it is compiled as a binary and run. Item spans for promoteds and anon consts
// come from a second MIR listing with -Zmir-include-spans, whose items are numbered
// identically.
//
// For every failing program testdata/errors/Y.rs it writes Y.expect.json from rustc's
// JSON diagnostics and, when the program carries `//@ mir-from: ORIG => PASS`
// directives, Y.mir: the MIR of the passing variant with the literals put back.
//
// Output is deterministic: inputs are processed in sorted order and written only
// after all of rustc's work for a file is done.
package corpusgen

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Options configure Generate.
type Options struct {
	// Dir is the testdata directory holding corpus/, errors/ and seed/ sources.
	Dir string
	// OutDir receives the generated files, in the same layout; defaults to Dir.
	OutDir string
	// Rustc is the compiler driver; defaults to "rustc" (expected: 1.95 stable).
	Rustc string
	// Nightly is the rustup toolchain selector for -Zdump-mir=built; defaults to
	// "+nightly". SkipNightly leaves the .built.mir files out.
	Nightly     string
	SkipNightly bool
	// Parallel bounds concurrent rustc pipelines; defaults to 2.
	Parallel int
	// NoMIR writes only the JSON files (values, expectations, manifest),
	// for corpora whose tests read the Rust programs, not rustc's MIR.
	NoMIR bool
	// Log receives progress and the summary; nil discards it.
	Log io.Writer
	// Only limits GenerateCrates to the units whose path contains it.
	Only string
	// Set is the directory under Dir that GenerateRealWorld checks
	// (RealWorldDir when empty, or FmtDir).
	Set string
}

// Manifest records what generated the corpus.
type Manifest struct {
	Rustc        []string `json:"rustc"`
	RustcNightly []string `json:"rustc_nightly"`
	Corpus       []string `json:"corpus"`
	Errors       []string `json:"errors"`
	DerivedMIR   []string `json:"derived_mir"`
	Items        int      `json:"items"`
	Skipped      int      `json:"skipped"`
}

type generator struct {
	opts    Options
	log     io.Writer
	mu      sync.Mutex
	written map[string]bool // output paths written by this run
}

// writeFile writes one output file and remembers it, so stale outputs can be removed.
func (g *generator) writeFile(path string, data []byte) error {
	g.mu.Lock()
	g.written[filepath.Clean(path)] = true
	g.mu.Unlock()
	return os.WriteFile(path, data, 0o644)
}

// removeStale deletes generated-looking files (.mir, .json) under corpus/ and errors/
// that this run did not write, e.g. outputs of a renamed program.
func (g *generator) removeStale() error {
	for _, d := range []string{"corpus", "errors"} {
		dir := filepath.Join(g.opts.OutDir, d)
		ents, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, e := range ents {
			n := e.Name()
			path := filepath.Clean(filepath.Join(dir, n))
			if e.IsDir() || g.written[path] || !(strings.HasSuffix(n, ".mir") || strings.HasSuffix(n, ".json")) {
				continue
			}
			g.logf("removing stale %s\n", path)
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	return nil
}

// Generate regenerates every output file. It stops at the first failure.
func Generate(opts Options) error {
	if opts.OutDir == "" {
		opts.OutDir = opts.Dir
	}
	if opts.Rustc == "" {
		opts.Rustc = "rustc"
	}
	if opts.Nightly == "" {
		opts.Nightly = "+nightly"
	}
	if opts.Parallel <= 0 {
		opts.Parallel = 2
	}
	g := &generator{opts: opts, log: opts.Log, written: map[string]bool{}}
	if g.log == nil {
		g.log = io.Discard
	}
	return g.generate()
}

func (g *generator) logf(format string, args ...any) {
	g.mu.Lock()
	defer g.mu.Unlock()
	fmt.Fprintf(g.log, format, args...)
}

func (g *generator) generate() error {
	corpusDir := filepath.Join(g.opts.Dir, "corpus")
	errorsDir := filepath.Join(g.opts.Dir, "errors")
	corpus, err := listRS(corpusDir)
	if err != nil {
		return err
	}
	errs, err := listRS(errorsDir)
	if err != nil {
		return err
	}
	for _, d := range []string{"corpus", "errors", "seed"} {
		if d == "seed" && g.opts.NoMIR {
			continue
		}
		if err := os.MkdirAll(filepath.Join(g.opts.OutDir, d), 0o755); err != nil {
			return err
		}
	}
	man := &Manifest{Corpus: corpus, Errors: errs, DerivedMIR: []string{}, RustcNightly: []string{}}
	v := g.rustc(".", "", "-vV")
	if v.err != nil {
		return fmt.Errorf("rustc -vV: %v", v.err)
	}
	man.Rustc = versionLines(v.stdout)
	if !strings.HasPrefix(man.Rustc[0], "rustc 1.95") {
		g.logf("warning: expected rustc 1.95, have %s\n", man.Rustc[0])
	}
	if !g.opts.SkipNightly {
		nv := g.rustc(".", g.opts.Nightly, "-vV")
		if nv.err != nil {
			return fmt.Errorf("rustc %s -vV: %v (set SkipNightly to go without)", g.opts.Nightly, nv.err)
		}
		man.RustcNightly = versionLines(nv.stdout)
	}

	type job struct {
		name string
		fn   func() error
	}
	var jobs []job
	var vmu sync.Mutex
	valueFiles := map[string]*ValuesFile{}
	derived := map[string]bool{}
	for i, f := range corpus {
		i, f := i, f
		jobs = append(jobs, job{f, func() error {
			vf, err := g.corpusProgram(corpusDir, f, i%3 == 0)
			if err != nil {
				return err
			}
			vmu.Lock()
			valueFiles[f] = vf
			vmu.Unlock()
			return nil
		}})
	}
	for _, f := range errs {
		f := f
		jobs = append(jobs, job{f, func() error {
			d, err := g.errorProgram(errorsDir, f)
			if d {
				vmu.Lock()
				derived[f] = true
				vmu.Unlock()
			}
			return err
		}})
	}
	if _, err := os.Stat(filepath.Join(g.opts.Dir, "seed", "seed.rs")); err == nil {
		jobs = append(jobs, job{"seed", g.seed})
	}

	work := make(chan job)
	var wg sync.WaitGroup
	var firstErr error
	var emu sync.Mutex
	for w := 0; w < g.opts.Parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				if err := j.fn(); err != nil {
					emu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					emu.Unlock()
				}
			}
		}()
	}
	for _, j := range jobs {
		emu.Lock()
		stop := firstErr != nil
		emu.Unlock()
		if stop {
			break
		}
		work <- j
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}

	skipReasons := map[string]int{}
	for _, f := range corpus {
		vf := valueFiles[f]
		man.Items += len(vf.Items)
		man.Skipped += len(vf.Skipped)
		for _, s := range vf.Skipped {
			skipReasons[s.Reason]++
		}
	}
	for _, f := range errs {
		if derived[f] {
			man.DerivedMIR = append(man.DerivedMIR, strings.TrimSuffix(f, ".rs")+".mir")
		}
	}
	data, err := marshalJSON(man)
	if err != nil {
		return err
	}
	if err := g.writeFile(filepath.Join(g.opts.OutDir, "corpus", "MANIFEST.json"), data); err != nil {
		return err
	}
	if err := g.removeStale(); err != nil {
		return err
	}
	g.logf("corpus: %d programs, %d items with values, %d skipped\n", len(corpus), man.Items, man.Skipped)
	reasons := make([]string, 0, len(skipReasons))
	for r := range skipReasons {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		g.logf("  skipped %d: %s\n", skipReasons[r], r)
	}
	g.logf("errors: %d programs, %d derived MIR files\n", len(errs), len(man.DerivedMIR))
	return nil
}

func versionLines(s string) []string {
	var out []string
	for i, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if i == 0 || strings.HasPrefix(l, "commit-hash:") || strings.HasPrefix(l, "release:") {
			out = append(out, l)
		}
	}
	return out
}

func listRS(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".rs") {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

var libFlags = []string{"--edition", "2021", "--crate-type", "lib", "--emit=mir", "-A", "warnings"}

// emitMIR compiles dir/file to MIR with extra flags and returns the listing.
func (g *generator) emitMIR(dir, file, toolchain string, env []string, extra ...string) (string, error) {
	tmp, err := os.MkdirTemp("", "corpusgen-mir-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "out.mir")
	args := append(append(append([]string{}, libFlags...), extra...), "-o", out, file)
	res := g.rustcEnv(dir, env, toolchain, args...)
	if res.exitCode != 0 || res.err != nil {
		return "", fmt.Errorf("%s: rustc %s %s failed: %v\n%s", file, toolchain, strings.Join(args, " "), res.err, res.stderr)
	}
	data, err := os.ReadFile(out)
	return string(data), err
}

// corpusProgram generates everything for one passing program.
func (g *generator) corpusProgram(dir, file string, third bool) (*ValuesFile, error) {
	base := strings.TrimSuffix(file, ".rs")
	out := filepath.Join(g.opts.OutDir, "corpus")
	mirText, err := g.emitMIR(dir, file, "", nil)
	if err != nil {
		return nil, err
	}
	spansText, err := g.emitMIR(dir, file, "", []string{"RUSTC_BOOTSTRAP=1"}, "-Zmir-include-spans")
	if err != nil {
		return nil, err
	}
	vf, err := g.deriveValues(dir, file, mirText, spansText)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	if !g.opts.NoMIR {
		files[base+".mir"] = []byte(mirText)
	}
	if files[base+".values.json"], err = marshalJSON(vf); err != nil {
		return nil, err
	}
	if third && !g.opts.NoMIR {
		opt, err := g.emitMIR(dir, file, "", nil, "-O")
		if err != nil {
			return nil, err
		}
		files[base+".O.mir"] = []byte(opt)
		if !g.opts.SkipNightly {
			built, err := g.builtMIR(dir, file)
			if err != nil {
				return nil, err
			}
			files[base+".built.mir"] = []byte(built)
		}
	}
	for name, data := range files {
		if err := g.writeFile(filepath.Join(out, name), data); err != nil {
			return nil, err
		}
	}
	g.logf("%s: %d items, %d skipped\n", file, len(vf.Items), len(vf.Skipped))
	return vf, nil
}

// builtMIR concatenates the nightly's -Zdump-mir=built files in file-name order.
func (g *generator) builtMIR(dir, file string) (string, error) {
	tmp, err := os.MkdirTemp("", "corpusgen-built-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	dump := filepath.Join(tmp, "dump")
	if _, err := g.emitMIR(dir, file, g.opts.Nightly, nil, "-Zdump-mir=built", "-Zdump-mir-dir="+dump); err != nil {
		return "", err
	}
	ents, err := os.ReadDir(dump)
	if err != nil {
		return "", err
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dump, n))
		if err != nil {
			return "", err
		}
		b.Write(data)
	}
	return b.String(), nil
}

// errorProgram generates Y.expect.json and, with mir-from directives, Y.mir.
// It reports whether a MIR file was derived.
func (g *generator) errorProgram(dir, file string) (bool, error) {
	base := strings.TrimSuffix(file, ".rs")
	out := filepath.Join(g.opts.OutDir, "errors")
	tmp, err := os.MkdirTemp("", "corpusgen-err-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(tmp)
	args := append(append([]string{}, libFlags...), "--error-format=json", "-o", filepath.Join(tmp, "out.mir"), file)
	res := g.rustcMemLimited(dir, nil, args...)
	if res.exitCode == 0 {
		return false, fmt.Errorf("%s: expected a compile error, but rustc succeeded", file)
	}
	if res.exitCode < 0 {
		return false, fmt.Errorf("%s: running rustc: %v", file, res.err)
	}
	ef := expectFromDiagnostics(file, parseDiagnostics(res.stderr))
	if len(ef.Errors) == 0 {
		return false, fmt.Errorf("%s: rustc failed without an error diagnostic:\n%s", file, res.stderr)
	}
	data, err := marshalJSON(ef)
	if err != nil {
		return false, err
	}
	if err := g.writeFile(filepath.Join(out, base+".expect.json"), data); err != nil {
		return false, err
	}
	src, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return false, err
	}
	dirs, err := parseDirectives(string(src))
	if err != nil {
		return false, fmt.Errorf("%s: %v", file, err)
	}
	if !dirs.derives() {
		return false, nil
	}
	variant, err := passingVariant(string(src), dirs.subs)
	if err != nil {
		return false, fmt.Errorf("%s: %v", file, err)
	}
	if err := os.WriteFile(filepath.Join(tmp, file), []byte(variant), 0o644); err != nil {
		return false, err
	}
	mirText, err := g.emitMIR(tmp, file, "", nil)
	if err != nil {
		return false, fmt.Errorf("%s: the passing variant does not compile: %v", file, err)
	}
	restored, err := restoreLiterals(mirText, dirs.subs)
	if err != nil {
		return false, fmt.Errorf("%s: %v", file, err)
	}
	if restored, err = applyReplacements(restored, dirs.reps); err != nil {
		return false, fmt.Errorf("%s: %v", file, err)
	}
	if err := g.checkCTFEBodies(dir, file, restored); err != nil {
		return false, err
	}
	g.logf("%s: %d errors, derived MIR\n", file, len(ef.Errors))
	return true, g.writeFile(filepath.Join(out, base+".mir"), []byte(restored))
}

// seed emits rustc 1.95's MIR of the rustc-dev-guide seed program.
func (g *generator) seed() error {
	dir := filepath.Join(g.opts.Dir, "seed")
	text, err := g.emitMIR(dir, "seed.rs", "", nil)
	if err != nil {
		return err
	}
	return g.writeFile(filepath.Join(g.opts.OutDir, "seed", "seed-1.95.mir"), []byte(text))
}
