package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"mirlsp/mir"
	"mirlsp/mirparse"
)

// FuzzFastVsGeneral evaluates mutated MIR three times: with the compiled
// fast paths (the run programs of reg.go over compile*.go, the in-place
// result of bigmem.go, the byte-level rendering of render_fast.go), with
// the compiled statements run one by one as under a debugger
// (noRunProgram), and with the general path alone (generalOnly), and
// requires the same outcome for every item: the same
// rendered value, or the same error message at the same span. The
// numbers of an evaluation's own allocations are not rustc's (see
// AllocID) and differ between the paths, which allocate different
// temporaries: they are compared as allocN.
//
//	go test ./eval -run '^$' -fuzz FuzzFastVsGeneral -fuzztime 10m
//
// runs it (CPU time: 10 minutes times the fuzzing workers, GOMAXPROCS).
func FuzzFastVsGeneral(f *testing.F) {
	for _, pat := range []string{"../testdata/corpus/*.mir", "../testdata/errors/*.mir", "../testdata/seed/*.mir", "../bench/mir/*.small.mir"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			if len(src) > 64<<10 {
				continue // mutating large inputs is slow
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, _ := mirparse.Parse("fuzz.mir", src)
		fast := outcomes(file, Config{})
		stmts := outcomes(file, Config{noRunProgram: true})
		general := outcomes(file, Config{generalOnly: true})
		if fast == nil || stmts == nil || general == nil {
			return
		}
		for i := range fast {
			g := localAllocs.ReplaceAllString(general[i], "allocN")
			if localAllocs.ReplaceAllString(fast[i], "allocN") != g {
				t.Fatalf("item %d:\nfast:    %s\ngeneral: %s", i, fast[i], general[i])
			}
			if localAllocs.ReplaceAllString(stmts[i], "allocN") != g {
				t.Fatalf("item %d:\nby statement: %s\ngeneral:      %s", i, stmts[i], general[i])
			}
		}
	})
}

// localAllocs matches the names of allocations an evaluation creates
// (below the global ids, printed from alloc2097152 up).
var localAllocs = regexp.MustCompile(`\balloc(1[0-9]{6}|[0-9]{1,6})\b`)

// outcomes evaluates every data item of file with a fresh program, with
// mode's path switches, and describes each result.
func outcomes(file *mir.File, mode Config) []string {
	cfg := Config{StepLimit: 5_000, StackLimit: 64, MemoryLimit: 1 << 24, generalOnly: mode.generalOnly, noRunProgram: mode.noRunProgram}
	ev := NewEvaluator(NewProgram(file), cfg)
	var out []string
	for _, it := range file.Items {
		if !it.Kind.IsData() {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		res := ev.Eval(ctx, it)
		cancel()
		if res.Err != nil {
			if res.Err.Msg == ErrCanceled().Msg {
				// A timeout (a slow machine) says nothing about the paths.
				return nil
			}
			var b strings.Builder
			b.WriteString(it.Name + ": error: " + res.Err.Msg)
			for _, fr := range res.Err.Frames {
				fmt.Fprintf(&b, " | %s %v", fr.Func, fr.Span)
			}
			notes := res.Err.Notes
			if strings.HasPrefix(res.Err.Msg, "internal error") {
				notes = nil // a Go stack trace, which names goroutines and addresses
			}
			fmt.Fprintf(&b, " @%v %v", res.Err.Span, notes)
			out = append(out, b.String())
			continue
		}
		v, err := ev.Render(res, RenderOpts{MaxBytes: 1 << 12})
		if err != nil {
			v = "render error: " + err.Error()
		}
		out = append(out, it.Name+" = "+v)
	}
	return out
}

// TestCompiledConcurrent evaluates programs whose loops read a named
// constant (`const N`) in many evaluations at once, sharing the compiled
// bodies and their per-evaluation caches (compile_const.go); run it with
// -race.
func TestCompiledConcurrent(t *testing.T) {
	for _, name := range []string{"loop_1e6", "scan", "crc"} {
		src, err := os.ReadFile("../bench/mir/" + name + ".small.mir")
		if err != nil {
			t.Fatal(err)
		}
		file, errs := mirparse.Parse(name+".mir", src)
		if len(errs) > 0 {
			t.Fatal(errs[0])
		}
		prog := NewProgram(file)
		var wg sync.WaitGroup
		got := make([]string, 8)
		for g := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ev := NewEvaluator(prog, DefaultConfig)
				res := ev.Eval(context.Background(), ev.Prog.Item("RESULT"))
				if res.Err != nil {
					got[g] = res.Err.Msg
					return
				}
				got[g], _ = ev.Render(res, RenderOpts{})
			}()
		}
		wg.Wait()
		want := got[0]
		for g, v := range got {
			if v != want || v == "" {
				t.Errorf("%s: evaluation %d gave %q, evaluation 0 %q", name, g, v, want)
			}
		}
	}
}
