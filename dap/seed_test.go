package dap

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	godap "github.com/google/go-dap"
)

// TestSeedStepByStep steps the seed's Foo::{constant#0} (rustc's MIR)
// statement by statement: after the checked subtraction `_1` is
// Immediate::ScalarPair(4054, false), as the seed describes, and the
// evaluation ends with 4054.
func TestSeedStepByStep(t *testing.T) {
	c := newClient(t)
	path := testdata(t, "seed", "seed-1.95.mir")
	caps := c.launch(LaunchArgs{Program: path, Item: "Foo::{constant#0}", StopOnEntry: true}, nil)
	if !caps.SupportsConfigurationDoneRequest || !caps.SupportsRestartRequest || !caps.SupportsExceptionInfoRequest {
		t.Fatalf("capabilities %+v", caps)
	}
	c.stopped("entry")
	fr := c.frames()
	if len(fr) != 1 || fr[0].Name != "Foo::{constant#0}" || fr[0].Line != 26 || fr[0].Source.Path != path {
		t.Fatalf("frames %+v", fr)
	}
	if v := c.locals(fr[0].Id)["_1"]; v.Value != "Immediate::Uninit" || v.Type != "(usize, bool)" {
		t.Fatalf("_1 before the subtraction: %+v", v)
	}
	// Step in: the subtraction needs FOO, evaluated apart as rustc does
	// (tcx.const_eval); its frame sits on top of Foo::{constant#0}'s.
	c.ok("stepIn", map[string]any{"threadId": threadID}, nil)
	c.stopped("step")
	if fr = c.frames(); len(fr) != 2 || fr[0].Name != "FOO" || fr[1].Name != "Foo::{constant#0}" || fr[0].Line != 10 {
		t.Fatalf("stepped into %+v", fr)
	}
	c.ok("stepOut", map[string]any{"threadId": threadID}, nil)
	c.stopped("step")
	fr = c.frames()
	if len(fr) != 1 || fr[0].Line != 27 {
		t.Fatalf("after one step at line %d", fr[0].Line)
	}
	l := c.locals(fr[0].Id)
	if v := l["_1"]; v.Value != "(4054, false) — Immediate::ScalarPair(4054, false)" {
		t.Fatalf("_1 after the subtraction: %+v", v)
	}
	// FOO was evaluated for the subtraction: its value is interned.
	var ev godap.EvaluateResponseBody
	c.ok("evaluate", map[string]any{"expression": "_1", "frameId": fr[0].Id, "context": "watch"}, &ev)
	if !strings.Contains(ev.Result, "ScalarPair(4054, false)") {
		t.Fatalf("evaluate _1: %+v", ev)
	}
	c.ok("evaluate", map[string]any{"expression": "FOO - 42", "frameId": fr[0].Id, "context": "watch"}, &ev)
	if ev.Result != "4054" {
		t.Fatalf("evaluate FOO - 42: %+v", ev)
	}
	// The assert, then `_0 = move (_1.0: usize)`, then return.
	for _, line := range []int{31, 32} {
		c.ok("next", map[string]any{"threadId": threadID}, nil)
		c.stopped("step")
		if fr = c.frames(); fr[0].Line != line {
			t.Fatalf("at line %d, want %d", fr[0].Line, line)
		}
	}
	if v := c.locals(fr[0].Id)["_0"]; !strings.HasPrefix(v.Value, "4054 — ") {
		t.Fatalf("_0 before return: %+v", v)
	}
	steps := c.scope(fr[0].Id, "Evaluation")
	if steps["steps"].Value != "0" || steps["remaining budget"].Value != "2000000" {
		t.Fatalf("evaluation scope %+v", steps)
	}
	out, code := c.finish()
	if code != 0 || !strings.Contains(out, "Foo::{constant#0} = 4054") {
		t.Fatalf("exit %d, output %q", code, out)
	}
	c.ok("disconnect", nil, nil)
}

// TestSeedOverflow runs the seed's failing variant (42 becomes 5000,
// testdata/errors/ov_sub_seed: rustc's MIR of the passing variant mapped
// back, and rustc's message): the adapter stops on the error with
// rustc's message as the stopped event's text and in exceptionInfo.
func TestSeedOverflow(t *testing.T) {
	var want struct {
		Errors []struct {
			Message string `json:"message"`
			Item    string `json:"item"`
		} `json:"errors"`
	}
	data, err := os.ReadFile(testdata(t, "errors", "ov_sub_seed.expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil || len(want.Errors) != 1 {
		t.Fatalf("%v %+v", err, want)
	}
	for _, prog := range []string{"ov_sub_seed.mir", "ov_sub_seed.rs"} {
		t.Run(prog, func(t *testing.T) {
			c := newClient(t)
			path := testdata(t, "errors", prog)
			c.launch(LaunchArgs{Program: path, Item: want.Errors[0].Item}, nil)
			b := c.stopped("exception")
			if b.Text != want.Errors[0].Message {
				t.Fatalf("stopped text %q, want rustc's %q", b.Text, want.Errors[0].Message)
			}
			var info godap.ExceptionInfoResponseBody
			c.ok("exceptionInfo", map[string]any{"threadId": threadID}, &info)
			if info.ExceptionId != "E0080" || info.Description != want.Errors[0].Message {
				t.Fatalf("exceptionInfo %+v", info)
			}
			fr := c.frames()
			if fr[0].Name != "BAD" {
				t.Fatalf("frames %+v", fr)
			}
			if prog == "ov_sub_seed.rs" && fr[0].Line != 5 {
				t.Fatalf("error at line %d, want rustc's 5", fr[0].Line)
			}
			out, code := c.finish()
			if code != 1 || !strings.Contains(out, "error[E0080]: "+want.Errors[0].Message) {
				t.Fatalf("exit %d, output %q", code, out)
			}
		})
	}
}

// TestBlockBreakpoint: a breakpoint on a MIR block's header line moves
// to the block's first statement, and stops there.
func TestBlockBreakpoint(t *testing.T) {
	path := testdata(t, "seed", "seed-1.95.mir")
	c := newClient(t)
	c.ok("initialize", map[string]any{"adapterID": "mirlsp"}, nil)
	c.waitEvent("initialized")
	c.ok("launch", LaunchArgs{Program: path, Item: "Foo::{constant#0}"}, nil)
	header := lineAfter(t, path, "Foo::{constant#0}", "bb1: {")
	var out godap.SetBreakpointsResponseBody
	c.ok("setBreakpoints", map[string]any{"source": map[string]string{"path": path}, "breakpoints": []map[string]int{{"line": header}}}, &out)
	want := header + 1
	if len(out.Breakpoints) != 1 || !out.Breakpoints[0].Verified || out.Breakpoints[0].Line != want {
		t.Fatalf("breakpoint on %d: %+v", header, out.Breakpoints)
	}
	c.ok("configurationDone", nil, nil)
	b := c.stopped("breakpoint")
	if len(b.HitBreakpointIds) != 1 || b.HitBreakpointIds[0] != out.Breakpoints[0].Id {
		t.Fatalf("stopped %+v", b)
	}
	if fr := c.frames(); fr[0].Line != want || fr[0].Name != "Foo::{constant#0}" {
		t.Fatalf("at %+v", fr[0])
	}
	if _, code := c.finish(); code != 0 {
		t.Fatalf("exit %d", code)
	}
}
