package rustsrc_test

import (
	"bytes"
	"context"
	"io/fs"
	"testing"

	"mirlsp/eval"
	"mirlsp/internal/rustgen"
	"mirlsp/rustsrc"
)

// BenchmarkLowerEval parses, lowers and evaluates every item of a
// generated 10,000-line file.
func BenchmarkLowerEval(b *testing.B) {
	src := rustgen.Program(10000)
	read := func(path string) ([]byte, error) {
		if path == "big.rs" {
			return src, nil
		}
		return nil, fs.ErrNotExist
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	var items int
	for i := 0; i < b.N; i++ {
		c := rustsrc.Load("big.rs", read)
		p := rustsrc.Lower(c)
		ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
		items = 0
		for _, it := range p.Items {
			if it.MIR == nil {
				b.Fatalf("%s: %s", it.Name, it.Unsupported)
			}
			if res := ev.Eval(context.Background(), it.MIR); res.Err != nil {
				b.Fatalf("%s: %s", it.Name, res.Err.Msg)
			}
			items++
		}
	}
	b.ReportMetric(float64(bytes.Count(src, []byte("\n"))), "lines")
	b.ReportMetric(float64(items), "items")
}
