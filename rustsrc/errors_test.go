package rustsrc_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// expectFile is testdata/errors/Y.expect.json: rustc's diagnostics.
type expectFile struct {
	Errors []struct {
		Code    *string `json:"code"`
		Message string  `json:"message"`
		Item    string  `json:"item"`
		Line    int     `json:"line"`
		Column  int     `json:"column"`
		Frames  []struct {
			Note string `json:"note"`
		} `json:"frames"`
		Rendered string `json:"rendered"`
		Related  []struct {
			Message string `json:"message"`
			Line    int    `json:"line"`
		} `json:"related"`
	} `json:"errors"`
}

// itemLine is the line of the item an error belongs to: rustc's
// long-running lint points at the loop, its help at the item.
func itemLine(code string, line int, related []struct {
	Message string `json:"message"`
	Line    int    `json:"line"`
}) int {
	if code == "long_running_const_eval" {
		for _, r := range related {
			if r.Message == "the constant being evaluated" {
				return r.Line
			}
		}
	}
	return line
}

var arrowRE = regexp.MustCompile(`(?m)^ *--> [^:\n]+:(\d+):(\d+)$`)

// renderedPositions returns the positions rustc's rendered diagnostic
// shows, in the program (a panic inside a fn shows the macro's call,
// where the JSON's span is core's macro definition): the primary span,
// then one per frame.
func renderedPositions(rendered string) [][2]int {
	var out [][2]int
	for _, m := range arrowRE.FindAllStringSubmatch(rendered, -1) {
		var l, c int
		fmt.Sscan(m[1], &l)
		fmt.Sscan(m[2], &c)
		out = append(out, [2]int{l, c})
	}
	return out
}

var allocRE = regexp.MustCompile(`alloc[G]?[0-9]+`)

// TestErrorPrograms lowers every failing program and checks each of
// rustc's E0080 errors: the message, its line and column, and the
// "inside" frames with theirs. An item the front end does not support
// is counted, never taken as a match.
func TestErrorPrograms(t *testing.T) {
	files, _ := filepath.Glob("../testdata/errors/*.rs")
	if len(files) == 0 {
		t.Fatal("no failing programs")
	}
	own, _ := filepath.Glob("testdata/rustc/errors/*.rs")
	files = append(files, own...)
	var matched, unsupported, total int
	for _, path := range files {
		raw, err := os.ReadFile(strings.TrimSuffix(path, ".rs") + ".expect.json")
		if os.IsNotExist(err) {
			t.Logf("%s: no expectations yet", filepath.Base(path))
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var want expectFile
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		c, prog := lower(t, path)
		ev := eval.NewEvaluator(eval.NewProgram(prog.Files...), eval.DefaultConfig)
		idx := mir.NewLineIndex(c.Files[0].Text)
		base := filepath.Base(path)
		for _, w := range want.Errors {
			if w.Code == nil || *w.Code != "E0080" && *w.Code != "long_running_const_eval" {
				continue
			}
			total++
			it := findItem(prog, w.Item, idx, itemLine(*w.Code, w.Line, w.Related))
			if it == nil && strings.Contains(w.Item, " as ") {
				// Items of trait impls are outside the subset.
				unsupported++
				t.Logf("%s: %s: not an item of the subset", base, w.Item)
				continue
			}
			if it == nil {
				t.Errorf("%s: no item %q (line %d)", base, w.Item, w.Line)
				continue
			}
			if it.MIR == nil {
				unsupported++
				t.Logf("%s: %s: unsupported: %s", base, it.Name, it.Unsupported)
				continue
			}
			res := ev.Eval(context.Background(), it.MIR)
			if res.Err == nil {
				t.Errorf("%s: %s evaluated without error, want %q", base, it.Name, w.Message)
				continue
			}
			if res.Unsupported() {
				unsupported++
				t.Logf("%s: %s: eval unsupported: %s", base, it.Name, res.Err.Msg)
				continue
			}
			if allocRE.ReplaceAllString(res.Err.Msg, "allocN") != allocRE.ReplaceAllString(w.Message, "allocN") {
				t.Errorf("%s: %s: error %q, want %q", base, it.Name, res.Err.Msg, w.Message)
				continue
			}
			ok := true
			pos := renderedPositions(w.Rendered)
			if len(pos) < 1+len(w.Frames) {
				t.Fatalf("%s: rendered text without positions: %s", base, w.Rendered)
			}
			if l, col := idx.Position(res.Err.Span.Start); l != pos[0][0] || col != pos[0][1] {
				t.Errorf("%s: %s: error at %d:%d, want %d:%d", base, it.Name, l, col, pos[0][0], pos[0][1])
				ok = false
			}
			notes := res.Err.FrameNotes()
			if len(notes) != len(w.Frames) {
				t.Errorf("%s: %s: %d frames, want %d", base, it.Name, len(notes), len(w.Frames))
				continue
			}
			for i, n := range notes {
				l, col := idx.Position(n.Span.Start)
				if want := pos[1+i]; n.Note != w.Frames[i].Note || l != want[0] || col != want[1] {
					t.Errorf("%s: %s: frame %d %q at %d:%d, want %q at %d:%d", base, it.Name, i, n.Note, l, col,
						w.Frames[i].Note, want[0], want[1])
					ok = false
				}
			}
			if ok {
				matched++
			}
		}
	}
	t.Logf("%d errors: %d match rustc, %d unsupported", total, matched, unsupported)
	if matched == 0 {
		t.Error("no error matched")
	}
	if unsupported*10 > total {
		t.Errorf("%d of %d errors unsupported: more than 10%%", unsupported, total)
	}
}

// findItem finds the item an error names; validation errors name none
// and point at the item's header line.
func findItem(p *rustsrc.Program, name string, idx *mir.LineIndex, line int) *rustsrc.Item {
	for _, it := range p.Items {
		if name != "" && it.Name == name {
			return it
		}
	}
	if name != "" {
		return nil
	}
	for _, it := range p.Items {
		if l, _ := idx.Position(it.Span.Start); l == line {
			return it
		}
	}
	return nil
}
