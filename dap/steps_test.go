package dap

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	godap "github.com/google/go-dap"
)

// rustcValue is rustc's {:?} of an item of testdata/dap/corpus/debug.rs
// (scripts/gen-dap.sh).
func rustcValue(t *testing.T, name string) string {
	t.Helper()
	var vs struct {
		Items []struct{ Name, Value string } `json:"items"`
	}
	data, err := os.ReadFile(testdata(t, "dap", "corpus", "debug.values.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &vs); err != nil {
		t.Fatal(err)
	}
	for _, it := range vs.Items {
		if it.Name == name {
			return it.Value
		}
	}
	t.Fatalf("no %s in debug.values.json", name)
	return ""
}

// lineOf is the 1-based line of the first line of file containing text.
func lineOf(t *testing.T, path, text string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, text) {
			return i + 1
		}
	}
	t.Fatalf("no %q in %s", text, path)
	return 0
}

// lineAfter is the line of the first line containing text after the
// first line containing after.
func lineAfter(t *testing.T, path, after, text string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for i := lineOf(t, path, after); i < len(lines); i++ {
		if strings.Contains(lines[i], text) {
			return i + 1
		}
	}
	t.Fatalf("no %q after %q in %s", text, after, path)
	return 0
}

// value is the {:?} part of a local's value.
func value(v godap.Variable) string {
	s, _, _ := strings.Cut(v.Value, " — ")
	return s
}

// TestLoopBreakpoint puts a breakpoint inside a const fn's loop and
// checks the locals on each hit, in the Rust program and in rustc's MIR
// of it (called as the Evaluate lens calls it): on hit k, i == k-1 and s
// is the sum of 0..k-1.
func TestLoopBreakpoint(t *testing.T) {
	rs := testdata(t, "dap", "corpus", "debug.rs")
	mirPath := testdata(t, "dap", "corpus", "debug.mir")
	cases := []struct {
		name       string
		args       LaunchArgs
		path, line string
		i, s       string // the locals' names
	}{
		{"rust", LaunchArgs{Program: rs, Item: "SUM"}, rs, "        s += i;", "i (_2)", "s (_3)"},
		{"rust-call", LaunchArgs{Program: rs, Function: "sum_to", Args: []string{"5"}}, rs, "        s += i;", "i (_2)", "s (_3)"},
		{"mir", LaunchArgs{Program: mirPath, Function: "sum_to", Args: []string{"5"}}, mirPath, "_10 = AddWithOverflow(copy _3, copy _9);", "i (_2)", "s (_3)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := newClient(t)
			line := lineOf(t, tc.path, tc.line)
			c.launch(tc.args, map[string][]int{tc.path: {line}})
			for hit := 1; hit <= 3; hit++ {
				c.stopped("breakpoint")
				fr := c.frames()
				if fr[0].Name != "sum_to" || fr[0].Line != line {
					t.Fatalf("hit %d at %+v", hit, fr[0])
				}
				if hit < 3 {
					c.ok("continue", map[string]any{"threadId": threadID}, nil)
					continue
				}
				l := c.locals(fr[0].Id)
				sum := 0
				for k := 0; k < hit-1; k++ {
					sum += k
				}
				if value(l[tc.i]) != fmt.Sprint(hit-1) || value(l[tc.s]) != fmt.Sprint(sum) || value(l["n (_1)"]) != "5" {
					t.Fatalf("hit %d: locals %+v", hit, l)
				}
				if !strings.Contains(l[tc.i].Value, "Immediate::Scalar(2)") {
					t.Fatalf("i as the interpreter holds it: %q", l[tc.i].Value)
				}
				var ev godap.EvaluateResponseBody
				c.ok("evaluate", map[string]any{"expression": "s + i * 10", "frameId": fr[0].Id, "context": "watch"}, &ev)
				if ev.Result != fmt.Sprint(sum+(hit-1)*10) {
					t.Fatalf("evaluate s + i * 10: %+v", ev)
				}
			}
			// Without the breakpoint the evaluation runs to rustc's value.
			c.ok("setBreakpoints", map[string]any{"source": map[string]string{"path": tc.path}, "breakpoints": []any{}}, nil)
			out, code := c.finish()
			want := rustcValue(t, "SUM")
			if code != 0 || !strings.Contains(out, " = "+want+" ") {
				t.Fatalf("exit %d, output %q, want %s", code, out, want)
			}
		})
	}
}

// TestShadowedBody: in rustc's MIR a const fn is printed twice; a
// breakpoint in the body that is not evaluated (the runtime one, not the
// MIR FOR CTFE) is not verified, and says which body is.
func TestShadowedBody(t *testing.T) {
	mirPath := testdata(t, "dap", "corpus", "debug.mir")
	c := newClient(t)
	c.ok("initialize", map[string]any{"adapterID": "mirlsp"}, nil)
	c.ok("launch", LaunchArgs{Program: mirPath, Item: "SUM"}, nil)
	var out godap.SetBreakpointsResponseBody
	line := lineOf(t, mirPath, "_7 = AddWithOverflow(copy _3, copy _6);")
	c.ok("setBreakpoints", map[string]any{"source": map[string]string{"path": mirPath}, "breakpoints": []map[string]int{{"line": line}}}, &out)
	if len(out.Breakpoints) != 1 || out.Breakpoints[0].Verified || !strings.Contains(out.Breakpoints[0].Message, "MIR FOR CTFE") {
		t.Fatalf("breakpoints %+v", out.Breakpoints)
	}
}

// TestStepInOut steps into outer, middle and inner, then out again.
func TestStepInOut(t *testing.T) {
	rs := testdata(t, "dap", "corpus", "debug.rs")
	c := newClient(t)
	c.launch(LaunchArgs{Program: rs, Item: "NESTED", StopOnEntry: true}, nil)
	c.stopped("entry")
	names := func() []string {
		var out []string
		for _, f := range c.frames() {
			out = append(out, f.Name)
		}
		return out
	}
	at := func(want string, line string) {
		t.Helper()
		fr := c.frames()
		if got := strings.Join(names(), " < "); got != want || fr[0].Line != lineOf(t, rs, line) {
			t.Fatalf("at %s line %d, want %s at %q", got, fr[0].Line, want, line)
		}
	}
	at("NESTED", "pub const NESTED")
	step := func(cmd string) {
		t.Helper()
		c.ok(cmd, map[string]any{"threadId": threadID}, nil)
		c.stopped("step")
	}
	step("stepIn")
	at("outer < NESTED", "let w = middle(x);")
	step("stepIn")
	at("middle < outer < NESTED", "let z = inner(x);")
	step("stepIn")
	at("inner < middle < outer < NESTED", "let y = x * 2;")
	if v := c.locals(c.frames()[0].Id)["x (_1)"]; value(v) != "20" {
		t.Fatalf("inner's x: %+v", v)
	}
	step("next")
	at("inner < middle < outer < NESTED", "y + 1")
	// Out of inner: middle continues after the call, z holds its value.
	step("stepOut")
	at("middle < outer < NESTED", "z + 1")
	if v := c.locals(c.frames()[0].Id)["z (_2)"]; value(v) != "41" {
		t.Fatalf("middle's z after the call: %+v", v)
	}
	step("stepOut")
	at("outer < NESTED", "w + 1")
	step("stepOut")
	at("NESTED", "pub const NESTED")
	out, code := c.finish()
	if want := rustcValue(t, "NESTED"); code != 0 || !strings.Contains(out, "NESTED = "+want+" ") {
		t.Fatalf("exit %d, output %q, want %s", code, out, want)
	}
}

// TestPartialWrite shows a tuple in memory after its first field is
// written through a reference: the allocation's bytes and init mask
// (the padding after the u8 stays uninitialized).
func TestPartialWrite(t *testing.T) {
	rs := testdata(t, "dap", "corpus", "debug.rs")
	c := newClient(t)
	c.launch(LaunchArgs{Program: rs, Item: "PADDED"}, map[string][]int{rs: {lineOf(t, rs, "r.1 = 7;")}})
	c.stopped("breakpoint")
	fr := c.frames()
	l := c.locals(fr[0].Id)
	p := l["p (_1)"]
	if !strings.HasPrefix(p.Value, "(9, 2) — Indirect(alloc") || p.VariablesReference == 0 {
		t.Fatalf("p: %+v", p)
	}
	a := c.vars(p.VariablesReference)
	// The u8 written, the u32 still 2, the padding uninitialized (`__`
	// in the dump, an uninit range in the mask).
	if a["size"].Value != "8" || !strings.Contains(a["bytes"].Value, "09") || !strings.Contains(a["bytes"].Value, "02 00 00 00") ||
		!strings.Contains(a["bytes"].Value, "__ __ __") || !strings.Contains(a["init mask"].Value, "uninit") {
		t.Fatalf("allocation %+v", a)
	}
	r := l["r (_2)"]
	if !strings.Contains(r.Value, "Immediate::Scalar(alloc") || r.VariablesReference == 0 {
		t.Fatalf("r: %+v", r)
	}
	mem := c.scope(fr[0].Id, "Memory")
	if len(mem) == 0 {
		t.Fatal("no allocations in the Memory scope")
	}
	out, code := c.finish()
	if want := rustcValue(t, "PADDED"); code != 0 || !strings.Contains(out, "PADDED = "+want+" ") {
		t.Fatalf("exit %d, output %q, want %s", code, out, want)
	}
}
