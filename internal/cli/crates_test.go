package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mirlsp/crates"
	"mirlsp/eval"
	"mirlsp/internal/corpusgen"
)

// TestCratesTruth evaluates the crates of testdata/crates (real crates
// and multi-crate projects, read through their Cargo.toml and Cargo.lock
// without cargo) and compares every item with rustc's value and every
// failing constant with rustc's E0080 error (scripts/gen-crates.sh).
func TestCratesTruth(t *testing.T) {
	t.Setenv("CARGO_HOME", t.TempDir()) // registry sources come from the projects' .cargo/config.toml only
	base, err := filepath.Abs(filepath.Join("..", "..", "testdata", corpusgen.CratesDir))
	if err != nil {
		t.Fatal(err)
	}
	truths, _ := filepath.Glob(filepath.Join(base, "*", "*.truth.json"))
	if len(truths) < 6 {
		t.Fatalf("found %d truth files under %s", len(truths), base)
	}
	var total, equal, wrong, falseErr, errOK, errMissed int
	reasons := map[string]int{}
	for _, tf := range truths {
		data, err := os.ReadFile(tf)
		if err != nil {
			t.Fatal(err)
		}
		var tr corpusgen.CratesTruth
		if err := json.Unmarshal(data, &tr); err != nil {
			t.Fatal(err)
		}
		unit := strings.TrimSuffix(tf, ".truth.json")
		got := evalUnit(t, base, unit)
		expErr := map[string]corpusgen.CratesError{}
		for _, e := range tr.Errors {
			expErr[fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Column)] = e
		}
		for _, it := range tr.Items {
			total++
			j, ok := got[fmt.Sprintf("%s\x00%s\x00%d", it.File, it.Name, it.Line)]
			switch {
			case !ok:
				reasons["not listed by mirlsp"]++
			case j.Value != nil && *j.Value == it.Value:
				equal++
			case j.Value != nil:
				wrong++
				t.Errorf("%s %s: got %s, rustc prints %s", it.File, it.Name, *j.Value, it.Value)
			case j.Error != nil:
				falseErr++
				t.Errorf("%s %s: false error %q (rustc prints %s)", it.File, it.Name, j.Error.Message, it.Value)
			default:
				reasons[reasonClass(j.Unsupported)]++
			}
		}
		found := map[string]bool{}
		for _, j := range got {
			if j.Error == nil {
				continue
			}
			key := fmt.Sprintf("%s:%d:%d", j.File, j.Error.Line, j.Error.Column)
			if e, ok := expErr[key]; ok && e.Message == j.Error.Message {
				found[key] = true
				continue
			}
			if j.Error.Referenced != "" {
				// The error of a failing constant met by another: rustc
				// reports it once, at the constant.
				continue
			}
			falseErr++
			t.Errorf("%s %s: error %q at %s, which rustc does not report", j.File, j.Name, j.Error.Message, key)
		}
		for key, e := range expErr {
			if found[key] {
				errOK++
			} else {
				errMissed++
				t.Errorf("%s: rustc's error %q is not reported", key, e.Message)
			}
		}
	}
	var hist []string
	for r, n := range reasons {
		hist = append(hist, fmt.Sprintf("%5d  %s", n, r))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(hist)))
	t.Logf("crates: %d of %d items equal rustc's value (%.1f%%), %d wrong, %d false errors; %d of %d E0080 errors at rustc's place with rustc's message",
		equal, total, 100*float64(equal)/float64(max(total, 1)), wrong, falseErr, errOK, errOK+errMissed)
	t.Logf("not evaluated, by reason:\n%s", strings.Join(hist, "\n"))
	byHand := 0
	for r, n := range reasons {
		if strings.Contains(r, "is printed by a Debug impl mirlsp does not run") {
			byHand += n
		}
	}
	t.Logf("without the %d items printed by hand-written Debug impls: %d of %d equal (%.1f%%)",
		byHand, equal, total-byHand, 100*float64(equal)/float64(max(total-byHand, 1)))
	// A floor under today's share, so that a regression fails.
	if float64(equal) < 0.99*float64(total) {
		t.Errorf("only %d of %d items equal rustc's value", equal, total)
	}
}

// reasonClass shortens a reason for the histogram.
func reasonClass(r string) string {
	if i := strings.Index(r, ": "); i > 0 && strings.HasPrefix(r, "uses `") {
		r = r[i+2:]
	}
	if len(r) > 90 {
		r = r[:90] + "…"
	}
	return r
}

// evalUnit evaluates every crate of a project (its members' libraries
// and binaries) or a registry crate, by file and item name.
func evalUnit(t *testing.T, base, unit string) map[string]ItemJSON {
	g, err := crates.Discover(filepath.Join(unit, "Cargo.toml"), crates.Options{Cargo: "-"})
	if err != nil {
		t.Fatalf("%s: %v", unit, err)
	}
	out := map[string]ItemJSON{}
	for _, p := range g.Packages {
		if !p.Member {
			continue
		}
		for _, tg := range p.Targets() {
			rs, _ := evalRust(tg.SrcPath, eval.DefaultConfig, rustOptions{wholeCrate: true, cargo: "none"}, io.Discard)
			for _, r := range rs {
				j := r.json
				rel, err := filepath.Rel(base, j.File)
				if err != nil {
					t.Fatal(err)
				}
				j.File = filepath.ToSlash(rel)
				out[fmt.Sprintf("%s\x00%s\x00%d", j.File, j.Name, j.Line)] = j
			}
		}
	}
	return out
}
