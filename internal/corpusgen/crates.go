// crates.go writes the truth of testdata/crates: real crates (copies of
// Debian's librust-*-dev sources under registry/) and multi-crate
// projects (projects/), compiled with cargo offline against registry/.
//
// For every library crate the set holds, a harness package depending on
// it prints `{:?}` of each const and static the Rust front end lists
// (items a path from outside the crate cannot name, or whose type has no
// Debug, are dropped with rustc's reason); for a crate that does not
// compile, rustc's E0080 diagnostics are recorded instead. The truth of
// a project or registry crate X is X.truth.json beside it.

package corpusgen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"mirlsp/crates"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// CratesDir is the directory of the crate-graph set under testdata.
const CratesDir = "crates"

// CratesTruth is the content of a X.truth.json file.
type CratesTruth struct {
	// Crates are the library crates checked, by their root file
	// (relative to testdata/crates).
	Crates  []string      `json:"crates"`
	Items   []CratesItem  `json:"items"`
	Errors  []CratesError `json:"errors,omitempty"`
	Skipped []CratesItem  `json:"skipped,omitempty"`
}

// CratesItem is an item with rustc's {:?} value (or why it is skipped).
type CratesItem struct {
	File   string `json:"file"` // relative to testdata/crates
	Name   string `json:"name"` // the front end's item path
	Line   int    `json:"line"` // the item's line (fn bodies may hold several items of one name)
	Value  string `json:"value,omitempty"`
	Reason string `json:"reason,omitempty"`
}

// CratesError is rustc's E0080 diagnostic.
type CratesError struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// GenerateCrates regenerates the truth files of testdata/crates.
func GenerateCrates(opts Options) error {
	base, err := filepath.Abs(filepath.Join(opts.Dir, CratesDir))
	if err != nil {
		return err
	}
	log := opts.Log
	if log == nil {
		log = discard{}
	}
	var units []string
	for _, sub := range []string{"projects", "registry"} {
		ents, err := os.ReadDir(filepath.Join(base, sub))
		if err != nil {
			return err
		}
		for _, e := range ents {
			if e.IsDir() && strings.Contains(filepath.Join(sub, e.Name()), opts.Only) {
				units = append(units, filepath.Join(sub, e.Name()))
			}
		}
	}
	for _, u := range units {
		fmt.Fprintf(log, "crates: %s\n", u)
		tr, err := crateTruth(base, u)
		if err != nil {
			return fmt.Errorf("%s: %v", u, err)
		}
		data, err := marshalJSON(tr)
		if err != nil {
			return err
		}
		out := filepath.Join(base, u+".truth.json")
		if opts.OutDir != "" {
			out = filepath.Join(opts.OutDir, CratesDir, u+".truth.json")
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(out, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(log, "crates: %s: %d values, %d errors, %d skipped\n", u, len(tr.Items), len(tr.Errors), len(tr.Skipped))
	}
	return nil
}

// crateTruth compiles the unit's library crates with cargo and records
// their values and errors.
func crateTruth(base, unit string) (*CratesTruth, error) {
	dir := filepath.Join(base, unit)
	tmp, err := os.MkdirTemp("", "mirlsp-crates-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if strings.HasPrefix(unit, "registry") {
		return registryTruth(base, dir, tmp)
	}
	h := filepath.Join(tmp, "harness")
	// A registry crate is seen as its dependents see it: through the
	// graph of a package depending on it (its dev-dependencies are not
	// there).
	graphOf, want := dir, ""
	if strings.HasPrefix(unit, "registry") {
		name, version, err := packageOf(dir)
		if err != nil {
			return nil, err
		}
		if err := writeHarness(h, base, []string{fmt.Sprintf("%s = \"=%s\"", name, version)}, "fn main() {}\n"); err != nil {
			return nil, err
		}
		graphOf, want = h, name
	}
	g, err := crates.Discover(filepath.Join(graphOf, "Cargo.toml"), crates.Options{WriteLock: true})
	if err != nil {
		return nil, err
	}
	if g.Source != "cargo metadata" {
		return nil, fmt.Errorf("cargo metadata failed; the truth needs cargo")
	}
	env := append(os.Environ(), "CARGO_TARGET_DIR="+filepath.Join(tmp, "target"), "RUSTFLAGS=-A warnings")
	tr := &CratesTruth{}
	rel := func(p string) string {
		r, err := filepath.Rel(base, p)
		if err != nil {
			return p
		}
		return filepath.ToSlash(r)
	}
	type entry struct {
		expr string
		item CratesItem
	}
	var entries []entry
	var deps []string
	for _, p := range g.Packages {
		if p.Lib == nil || p.ProcMacro || (want == "" && !p.Member) || (want != "" && p.Name != want) {
			continue
		}
		// Does the library compile? If not, its E0080 errors are the truth.
		out, _ := cargoRun(graphOf, env, "build", "--offline", "--lib", "-p", p.Name+"@"+p.Version, "--message-format=json")
		errs := e0080(out, dir, rel)
		if len(errs) > 0 {
			tr.Errors = append(tr.Errors, errs...)
			continue
		}
		tr.Crates = append(tr.Crates, rel(p.Lib.SrcPath))
		if want != "" {
			deps = append(deps, fmt.Sprintf("%s = { package = %q, version = \"=%s\" }", p.Lib.Name, p.Name, p.Version))
		} else {
			deps = append(deps, fmt.Sprintf("%s = { package = %q, path = %q }", p.Lib.Name, p.Name, p.Dir))
		}
		spec := rustsrc.SpecFor(g, p.Lib.SrcPath, crates.NewCfg(crates.HostCfg()))
		c := rustsrc.LoadGraph(spec, rustsrc.DiskFile)
		prog := rustsrc.Lower(c)
		own := c.CrateOfFile(0).NFiles
		for _, it := range prog.Items {
			if it.File >= own || it.Kind == mir.ItemAnonConst || it.Kind == mir.ItemPromoted || it.Name == "_" || strings.HasSuffix(it.Name, "::_") {
				continue
			}
			line, _ := mir.NewLineIndex(c.Files[it.File].Text).Position(it.Span.Start)
			ci := CratesItem{File: rel(c.Files[it.File].Path), Name: it.Name, Line: line}
			entries = append(entries, entry{expr: p.Lib.Name + "::" + it.Name, item: ci})
		}
	}
	if len(entries) == 0 {
		return tr, nil
	}
	live := make([]bool, len(entries))
	for i := range live {
		live[i] = true
	}
	// line maps a line of main.rs to its entry.
	for round := 0; ; round++ {
		var b strings.Builder
		line := map[int]int{}
		b.WriteString("#![allow(warnings)]\nfn main() {\n")
		n := 2
		for i, e := range entries {
			if !live[i] {
				continue
			}
			n++
			line[n] = i
			fmt.Fprintf(&b, "    println!(\"{}\\t{:?}\", %d, %s);\n", i, e.expr)
		}
		b.WriteString("}\n")
		if err := writeHarness(h, base, deps, b.String()); err != nil {
			return nil, err
		}
		out, runErr := cargoRun(h, env, "build", "--offline", "--message-format=json")
		bad := harnessErrors(out)
		if len(bad) == 0 && runErr == nil {
			break
		}
		if len(bad) == 0 || round > 40 {
			var msgs []string
			for _, m := range cargoMessages(out) {
				if m.Message.Level == "error" {
					msgs = append(msgs, m.Message.Message)
				}
			}
			return nil, fmt.Errorf("harness does not compile: %v: %s", runErr, strings.Join(msgs, "; "))
		}
		for l, msg := range bad {
			if i, ok := line[l]; ok && live[i] {
				live[i] = false
				tr.skip(entries[i].item, msg)
			}
		}
	}
	if err := tr.recordPrinted(h, env, len(entries), func(i int) CratesItem { return entries[i].item }); err != nil {
		return nil, err
	}
	return tr, nil
}

// skip records that item's printer does not compile, and why.
func (tr *CratesTruth) skip(item CratesItem, why string) {
	item.Reason = why
	tr.Skipped = append(tr.Skipped, item)
}

// recordPrinted runs the printer harness in h, whose n entries are
// item(0..n-1), adds each printed value to tr.Items in the order printed,
// and sorts tr.Skipped by file and name.
func (tr *CratesTruth) recordPrinted(h string, env []string, n int, item func(int) CratesItem) error {
	vals, err := runPrinter(h, env, n)
	if err != nil {
		return err
	}
	for _, v := range vals {
		it := item(v.index)
		it.Value = v.value
		tr.Items = append(tr.Items, it)
	}
	sort.Slice(tr.Skipped, func(i, j int) bool {
		return tr.Skipped[i].File+tr.Skipped[i].Name < tr.Skipped[j].File+tr.Skipped[j].Name
	})
	return nil
}

// packageOf reads the name and version of a package.
func packageOf(dir string) (string, string, error) {
	var m struct {
		Package struct {
			Name    string `toml:"name"`
			Version string `toml:"version"`
		} `toml:"package"`
	}
	if _, err := toml.DecodeFile(filepath.Join(dir, "Cargo.toml"), &m); err != nil {
		return "", "", err
	}
	return m.Package.Name, m.Package.Version, nil
}

// writeHarness writes the harness package: deps as its dependencies,
// main as its main.rs, testdata/crates/registry as its directory source.
func writeHarness(h, base string, deps []string, main string) error {
	if err := os.MkdirAll(filepath.Join(h, "src"), 0o755); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(h, ".cargo"), 0o755); err != nil {
		return err
	}
	cfg := fmt.Sprintf("[source.crates-io]\nreplace-with = \"vendored\"\n\n[source.vendored]\ndirectory = %q\n", filepath.Join(base, "registry"))
	manifest := "[package]\nname = \"mirlsp-truth\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n\n[dependencies]\n" + strings.Join(deps, "\n") + "\n"
	for _, f := range [][2]string{{".cargo/config.toml", cfg}, {"Cargo.toml", manifest}, {"src/main.rs", main}} {
		if err := os.WriteFile(filepath.Join(h, f[0]), []byte(f[1]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func cargoRun(dir string, env []string, args ...string) ([]byte, error) {
	cmd := exec.Command("cargo", args...)
	cmd.Dir = dir
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("%v: %s", err, stderr.String())
	}
	return out, err
}

type cargoMessage struct {
	Reason  string `json:"reason"`
	Message *struct {
		Message string `json:"message"`
		Level   string `json:"level"`
		Code    *struct {
			Code string `json:"code"`
		} `json:"code"`
		Spans []struct {
			FileName    string `json:"file_name"`
			LineStart   int    `json:"line_start"`
			ColumnStart int    `json:"column_start"`
			IsPrimary   bool   `json:"is_primary"`
		} `json:"spans"`
	} `json:"message"`
}

func cargoMessages(out []byte) []cargoMessage {
	var msgs []cargoMessage
	for _, l := range bytes.Split(out, []byte("\n")) {
		var m cargoMessage
		if json.Unmarshal(l, &m) == nil && m.Reason == "compiler-message" && m.Message != nil {
			msgs = append(msgs, m)
		}
	}
	return msgs
}

// e0080 lists the E0080 errors of cargo's JSON output; dir is the
// directory cargo ran in (span file names are relative to the workspace).
func e0080(out []byte, dir string, rel func(string) string) []CratesError {
	var errs []CratesError
	for _, m := range cargoMessages(out) {
		if m.Message.Code == nil || m.Message.Code.Code != "E0080" {
			continue
		}
		for _, s := range m.Message.Spans {
			if !s.IsPrimary {
				continue
			}
			f := s.FileName
			if !filepath.IsAbs(f) {
				f = filepath.Join(dir, f)
				if _, err := os.Stat(f); err != nil {
					// Relative to the workspace root above dir.
					if m := crates.FindManifest(filepath.Dir(dir)); m != "" {
						f = filepath.Join(filepath.Dir(m), s.FileName)
					}
				}
			}
			errs = append(errs, CratesError{File: rel(f), Line: s.LineStart, Column: s.ColumnStart, Message: m.Message.Message})
		}
	}
	return errs
}

var errCodeRe = regexp.MustCompile(`^E\d{4}$`)

// harnessErrors maps lines of the harness's main.rs to rustc's error.
func harnessErrors(out []byte) map[int]string {
	bad := map[int]string{}
	for _, m := range cargoMessages(out) {
		if m.Message.Level != "error" {
			continue
		}
		msg := m.Message.Message
		if m.Message.Code != nil && errCodeRe.MatchString(m.Message.Code.Code) {
			msg = m.Message.Code.Code + ": " + msg
		}
		for _, s := range m.Message.Spans {
			if strings.HasSuffix(s.FileName, "main.rs") {
				if _, ok := bad[s.LineStart]; !ok {
					bad[s.LineStart] = msg
				}
			}
		}
	}
	return bad
}

// printed is one line of a printer harness's output: the item's index
// and its {:?}.
type printed struct {
	index int
	value string
}

// runPrinter runs the printer harness in h, which prints one
// "index\tvalue" line per item it prints, and returns its lines in
// output order (indexes outside [0, n) and other lines left out).
func runPrinter(h string, env []string, n int) ([]printed, error) {
	out, err := cargoRun(h, env, "run", "--offline", "-q")
	if err != nil {
		return nil, fmt.Errorf("harness: %v", err)
	}
	var vals []printed
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		idx, val, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		var i int
		if _, err := fmt.Sscan(idx, &i); err != nil || i < 0 || i >= n {
			continue
		}
		vals = append(vals, printed{i, val})
	}
	return vals, sc.Err()
}
