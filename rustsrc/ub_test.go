package rustsrc_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// ubDir holds the programs on undefined behaviour, invalid values,
// unions, raw pointers, transmutes, statics and panics, with rustc's
// answers (scripts/gen-ub.sh).
const ubDir = "../testdata/ub"

// ubCategory is the category of a program: the prefix of its name
// before the first underscore (v_bool_final.rs is in "v").
func ubCategory(path string) string {
	base := filepath.Base(path)
	if i := strings.IndexByte(base, '_'); i > 0 {
		return base[:i]
	}
	return base
}

// ubGaps reads testdata/ub/GAPS: one "program item" per line for each
// of rustc's errors that mirlsp does not reproduce yet (`#` comments).
func ubGaps(t *testing.T) map[string]bool {
	f, err := os.Open(filepath.Join(ubDir, "GAPS"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gaps := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			gaps[l] = true
		}
	}
	return gaps
}

type ubCount struct{ programs, errors, matched, values, equal, notEvaluated int }

// TestUBCorpus evaluates testdata/ub. Failing programs: each of rustc's
// E0080 errors must match (message with allocation ids normalized,
// primary position, frames with positions) unless testdata/ub/GAPS lists
// it, and a listed error that matches must leave the list. Every item
// that rustc does not report must evaluate without error. Passing
// programs: every item gives rustc's value or is not evaluated (with a
// reason); an error there is a false error.
func TestUBCorpus(t *testing.T) {
	gaps := ubGaps(t)
	counts := map[string]*ubCount{}
	cat := func(path string) *ubCount {
		c := counts[ubCategory(path)]
		if c == nil {
			c = &ubCount{}
			counts[ubCategory(path)] = c
		}
		return c
	}
	failing, _ := filepath.Glob(filepath.Join(ubDir, "errors", "*.rs"))
	passing, _ := filepath.Glob(filepath.Join(ubDir, "corpus", "*.rs"))
	if len(failing) == 0 || len(passing) == 0 {
		t.Fatal("no programs in testdata/ub")
	}
	seenGaps := map[string]bool{}
	for _, path := range failing {
		raw, err := os.ReadFile(strings.TrimSuffix(path, ".rs") + ".expect.json")
		if err != nil {
			t.Fatalf("%v (run scripts/gen-ub.sh)", err)
		}
		var want expectFile
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		c, prog := lower(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		idx := mir.NewLineIndex(c.Files[0].Text)
		base := filepath.Base(path)
		n := cat(path)
		n.programs++
		reported := map[string]bool{}
		for _, w := range want.Errors {
			if w.Code == nil || *w.Code != "E0080" && *w.Code != "long_running_const_eval" {
				continue
			}
			it := findItem(prog, w.Item, idx, itemLine(*w.Code, w.Line, w.Related))
			if it == nil && w.Item != "" {
				// An instance of a generic item (PrintName::<i32>::VOID):
				// its error is that of the item that uses it.
				it = instanceUser(ev, prog, w.Item)
			}
			if it == nil {
				key := base + " " + w.Item
				seenGaps[key] = true
				n.errors++
				if gaps[key] {
					t.Logf("%s: %s: known gap: no item reports it", base, w.Item)
				} else {
					t.Errorf("%s: no item %q (line %d)", base, w.Item, w.Line)
				}
				continue
			}
			reported[it.Name] = true
			n.errors++
			key := base + " " + it.Name
			seenGaps[key] = true
			why := ubMismatch(ev, it.MIR, it.Unsupported, w.Message, w.Rendered, len(w.Frames), idx, func(i int) string { return w.Frames[i].Note })
			switch {
			case why == "" && gaps[key]:
				t.Errorf("%s: %s matches rustc now: remove it from testdata/ub/GAPS", base, it.Name)
			case why == "":
				n.matched++
			case !gaps[key]:
				t.Errorf("%s: %s: %s", base, it.Name, why)
			default:
				t.Logf("%s: %s: known gap: %s", base, it.Name, why)
			}
		}
		for _, it := range prog.Items {
			if reported[it.Name] || it.MIR == nil {
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Err != nil && !res.Unsupported() && res.Err.Referenced == nil {
				t.Errorf("%s: %s: false error %q (rustc reports none)", base, it.Name, res.Err.Msg)
			}
			if res.Err == nil {
				ev.Render(res, eval.RenderOpts{}) // must not panic
			}
		}
	}
	for key := range gaps {
		if !seenGaps[key] {
			t.Errorf("testdata/ub/GAPS: %q is not an error of rustc's", key)
		}
	}
	for _, path := range passing {
		_, wantBy := loadValues(t, strings.TrimSuffix(path, ".rs")+".values.json")
		_, prog := lower(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		base := filepath.Base(path)
		n := cat(path)
		n.programs++
		for _, it := range prog.Items {
			n.values++
			if it.MIR == nil {
				n.notEvaluated++
				t.Logf("%s: %s: not evaluated: %s", base, it.Name, firstLine(it.Unsupported))
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Err != nil {
				if res.Unsupported() {
					n.notEvaluated++
					t.Logf("%s: %s: not evaluated: %s", base, it.Name, res.Err.Msg)
					continue
				}
				t.Errorf("%s: %s: false error %q", base, it.Name, res.Err.Msg)
				continue
			}
			ws := wantBy[it.Name]
			if len(ws) == 0 {
				// rustc has no value: a type without Debug (a union,
				// a fn pointer) or an item local to a body.
				n.notEvaluated++
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil {
				n.notEvaluated++
				t.Logf("%s: %s: not printed: %v", base, it.Name, err)
				continue
			}
			if got != ws[0] {
				t.Errorf("%s: %s = %s, want %s", base, it.Name, got, ws[0])
				continue
			}
			n.equal++
		}
	}
	cats := make([]string, 0, len(counts))
	for k := range counts {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	var tot ubCount
	for _, k := range cats {
		c := counts[k]
		t.Logf("category %-3s: %3d programs; errors %3d, %3d match rustc; items %3d, %3d equal to rustc, %3d not evaluated",
			k, c.programs, c.errors, c.matched, c.values, c.equal, c.notEvaluated)
		tot.programs += c.programs
		tot.errors += c.errors
		tot.matched += c.matched
		tot.values += c.values
		tot.equal += c.equal
		tot.notEvaluated += c.notEvaluated
	}
	t.Logf("total: %d failing and %d passing programs; %d of %d errors match rustc; %d of %d items equal to rustc, %d not evaluated",
		len(failing), len(passing), tot.matched, tot.errors, tot.equal, tot.values, tot.notEvaluated)
}

// instanceUser returns the item whose evaluation fails with the error
// of the generic instance rustc names (its error repeats the
// instance's, with Referenced naming it), or nil.
func instanceUser(ev *eval.Evaluator, prog *rustsrc.Program, name string) *rustsrc.Item {
	for _, it := range prog.Items {
		if it.MIR == nil {
			continue
		}
		res := ev.Eval(context.Background(), it.MIR)
		if res.Err != nil && res.Err.Referenced != nil && res.Err.Referenced.Name == name {
			return it
		}
	}
	return nil
}

// ubMismatch evaluates an item and says how its error differs from
// rustc's (message, primary position, frames), or "" when it matches.
func ubMismatch(ev *eval.Evaluator, body *mir.Item, unsupported, msg, rendered string, nframes int, idx *mir.LineIndex, note func(int) string) string {
	if body == nil {
		return "not evaluated: " + firstLine(unsupported)
	}
	res := ev.Eval(context.Background(), body)
	if res.Err == nil {
		return "evaluated without error, want " + msg
	}
	if res.Unsupported() {
		return "not evaluated: " + res.Err.Msg
	}
	if got, want := allocRE.ReplaceAllString(res.Err.Msg, "allocN"), allocRE.ReplaceAllString(msg, "allocN"); got != want {
		return fmt.Sprintf("error %q, want %q", res.Err.Msg, msg)
	}
	// Positions in the program (frames inside core point at core's
	// source, which the program does not hold: their notes are compared).
	var pos [][2]int
	for _, m := range arrowRE.FindAllStringSubmatch(rendered, -1) {
		if strings.Contains(m[0], "/rustc/") {
			continue
		}
		var l, c int
		fmt.Sscan(m[1], &l)
		fmt.Sscan(m[2], &c)
		pos = append(pos, [2]int{l, c})
	}
	inCore := 0
	for i := 0; i < nframes; i++ {
		if inCoreNote(note(i)) {
			inCore++
		}
	}
	if len(pos) < 1+nframes-inCore {
		return "rustc's rendered text has no positions"
	}
	if l, col := idx.Position(res.Err.Span.Start); l != pos[0][0] || col != pos[0][1] {
		return fmt.Sprintf("error at %d:%d, want %d:%d", l, col, pos[0][0], pos[0][1])
	}
	notes := res.Err.FrameNotes()
	if len(notes) != nframes {
		return fmt.Sprintf("%d frames, want %d", len(notes), nframes)
	}
	k := 1
	for i, n := range notes {
		if n.Note != note(i) {
			return fmt.Sprintf("frame %d %q, want %q", i, n.Note, note(i))
		}
		if inCoreNote(note(i)) {
			continue
		}
		l, col := idx.Position(n.Span.Start)
		if want := pos[k]; l != want[0] || col != want[1] {
			return fmt.Sprintf("frame %d %q at %d:%d, want %d:%d", i, n.Note, l, col, want[0], want[1])
		}
		k++
	}
	return ""
}

// inCoreNote reports a frame in core's source (rustc names it by its
// core:: or std:: path).
func inCoreNote(note string) bool {
	return strings.HasPrefix(note, "inside `core::") || strings.HasPrefix(note, "inside `std::")
}

// FuzzUB lowers and evaluates mutations of the programs of testdata/ub
// (unions, raw pointers, transmutes, invalid values) with small limits:
// evaluation and rendering must never panic nor report an internal
// error. Run it with
//
//	go test -run XXX -fuzz FuzzUB -fuzztime 300s -parallel 1 ./rustsrc
func FuzzUB(f *testing.F) {
	fuzzLower(f, filepath.Join(ubDir, "corpus"), filepath.Join(ubDir, "errors"))
}
