package eval

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"testing"

	"mirlsp/mirparse"
)

// chainMIR writes n consts, each adding one to the next one in the file
// (the last is a literal). The test compares two evaluation orders of
// it, not values.
func chainMIR(n int) string {
	var b strings.Builder
	for i := 0; i < n-1; i++ {
		fmt.Fprintf(&b, "const C%d: u64 = {\n    let mut _0: u64;\n\n    bb0: {\n        _0 = Add(const C%d, const 1_u64);\n        return;\n    }\n}\n\n", i, i+1)
	}
	fmt.Fprintf(&b, "const C%d: u64 = const 1_u64;\n", n-1)
	return b.String()
}

// TestConstChain: the first of 30,000 consts, each using the next, is
// evaluated first, with a goroutine stack of 8 MB (nesting the chain
// takes tens of MB); its value equals the one found by evaluating the
// chain from its end, where every const finds the next in the memo.
func TestConstChain(t *testing.T) {
	const n = 30_000
	f, errs := mirparse.Parse("chain.mir", []byte(chainMIR(n)))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ref := NewEvaluator(NewProgram(f), DefaultConfig)
	for i := n - 1; i >= 0; i -= 1000 {
		ref.Eval(context.Background(), f.Items[i])
	}
	want := ref.Eval(context.Background(), f.Items[0])
	if want.Err != nil {
		t.Fatal(want.Err)
	}
	defer debug.SetMaxStack(debug.SetMaxStack(8 << 20))
	ev := NewEvaluator(NewProgram(f), DefaultConfig)
	got := ev.Eval(context.Background(), f.Items[0])
	if got.Err != nil || got.Value.Scalar != want.Value.Scalar {
		t.Fatalf("C0 = %+v (%v), from the end %+v", got.Value, got.Err, want.Value)
	}
}
