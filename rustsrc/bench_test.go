package rustsrc_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"math/rand"
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

// BenchmarkRelower: in a generated 10,000-line file, each iteration sets
// the BASE const of a random module to a value never seen before and
// lowers the crate again from the last program (Relower).
func BenchmarkRelower(b *testing.B) {
	text := rustgen.Program(10000)
	read := func(path string) ([]byte, error) {
		if path == "big.rs" {
			return text, nil
		}
		return nil, fs.ErrNotExist
	}
	c := rustsrc.Load("big.rs", read)
	p := rustsrc.Lower(c)
	modules := bytes.Count(text, []byte("pub const BASE: u32 = "))
	value := make([]int, modules)
	for i := range value {
		value[i] = i
	}
	rng := rand.New(rand.NewSource(1))
	next := 1_000_000
	b.ReportAllocs()
	for b.Loop() {
		m := rng.Intn(modules)
		old := fmt.Appendf(nil, "pub mod m%d {\n    pub const BASE: u32 = %d;", m, value[m])
		value[m] = next
		next += 1 + rng.Intn(1000)
		nt := bytes.Replace(text, old, fmt.Appendf(nil, "pub mod m%d {\n    pub const BASE: u32 = %d;", m, value[m]), 1)
		nc, np, _ := rustsrc.Relower(c, p, 0, nt)
		if nc == nil {
			b.Fatalf("module %d: not lowered incrementally", m)
		}
		c, p, text = nc, np, nt
	}
}
