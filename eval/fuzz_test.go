package eval_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"mirlsp/eval"
	"mirlsp/mirparse"
)

// FuzzEval evaluates mutated corpus MIR: whatever the input, evaluation
// must end with a value or an error, never a crash or an internal error,
// and within the limits.
func FuzzEval(f *testing.F) {
	for _, dir := range []string{"../testdata/corpus", "../testdata/errors", "../testdata/seed"} {
		paths, _ := filepath.Glob(dir + "/*.mir")
		for _, p := range paths {
			if strings.Contains(p, ".built.") || strings.Contains(p, ".O.") {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	cfg := eval.Config{StepLimit: 20_000, StackLimit: 64, MemoryLimit: 1 << 24}
	watchHeap(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		file, _ := mirparse.Parse("fuzz.mir", src)
		ev := eval.NewEvaluator(eval.NewProgram(file), cfg)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		for _, it := range file.Items {
			if !it.Kind.IsData() {
				continue
			}
			res := ev.Eval(ctx, it)
			if res.Err != nil && strings.HasPrefix(res.Err.Msg, "internal error") {
				t.Fatalf("%s: %s\n%s", it.Name, res.Err.Msg, strings.Join(res.Err.Notes, "\n"))
			}
			if res.Err == nil {
				if _, err := ev.Render(res, eval.RenderOpts{MaxBytes: 1 << 12}); err != nil && strings.HasPrefix(err.Error(), "internal error") {
					t.Fatalf("%s: render: %v", it.Name, err)
				}
			}
		}
	})
}

// watchHeap panics when the heap passes 2 GiB while the fuzz target runs:
// evaluation under a 16 MiB budget must never get there, and a panic
// (unlike the kernel's OOM kill) makes the fuzzer record the input.
func watchHeap(f *testing.F) {
	done := make(chan struct{})
	f.Cleanup(func() { close(done) })
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(100 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > 2<<30 {
				panic(fmt.Sprintf("runaway memory: %d MiB on the heap", ms.HeapAlloc>>20))
			}
		}
	}()
}
