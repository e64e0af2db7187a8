package bench

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"mirlsp/eval"
	"mirlsp/internal/cpustat"
	"mirlsp/internal/rustcenv"
	"mirlsp/internal/rustgen"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// BenchmarkScaling parses and evaluates every item of generated Rust
// programs (internal/rustgen) of 10,000 and 50,000 lines, from rustc's
// MIR of them: the cost of a file should grow linearly with its size, so
// the 50k case should take about 5× the 10k one. rustc writes the MIR
// before the timer starts; without rustc 1.95 the benchmark is skipped.
func BenchmarkScaling(b *testing.B) {
	rustcenv.Need(b, "the MIR of the generated programs")
	for _, lines := range []int{10000, 50000} {
		b.Run(fmt.Sprintf("mir-%dk", lines/1000), func(b *testing.B) {
			dir := b.TempDir()
			src := filepath.Join(dir, "big.rs")
			if err := os.WriteFile(src, rustgen.Program(lines), 0o644); err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(dir, "big.mir")
			cmd := exec.Command("rustc", "--edition", "2021", "--crate-type", "lib", "--crate-name", "big", "--emit=mir", "-o", out, src)
			if msg, err := cmd.CombinedOutput(); err != nil {
				b.Fatalf("rustc: %v\n%s", err, msg)
			}
			text, err := os.ReadFile(out)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			cpu := int64(cpustat.Process())
			for i := 0; i < b.N; i++ {
				f, errs := mirparse.Parse("big.mir", text)
				if len(errs) > 0 {
					b.Fatal(errs[0])
				}
				evalAll(b, f)
			}
			b.ReportMetric(float64(int64(cpustat.Process())-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// evalAll evaluates every const and static of f; each must succeed.
func evalAll(b *testing.B, f *mir.File) {
	ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
	for _, it := range f.Items {
		if !it.Kind.IsData() {
			continue
		}
		if res := ev.Eval(context.Background(), it); res.Err != nil {
			b.Fatalf("%s: %s", it.Name, res.Err.Msg)
		}
	}
}
