package eval_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mirparse"
)

// A recursive fn that declares a local numbered in the tens of thousands
// needs that many locals per frame; the frames' locals are bounded, so
// the recursion ends with the memory limit error well before the stack
// limit, instead of taking gigabytes.
func TestHugeFramesHitMemoryLimit(t *testing.T) {
	var decls strings.Builder
	for i := 2; i <= 60000; i++ {
		fmt.Fprintf(&decls, "    let mut _%d: u32;\n", i)
	}
	src := fmt.Sprintf(`fn deep(_1: u32) -> u32 {
    let mut _0: u32;
%s
    bb0: {
        _2 = Add(copy _1, const 1_u32);
        _0 = deep(move _2) -> [return: bb1, unwind continue];
    }

    bb1: {
        return;
    }
}

const D: u32 = {
    let mut _0: u32;

    bb0: {
        _0 = deep(const 0_u32) -> [return: bb1, unwind continue];
    }

    bb1: {
        return;
    }
}
`, decls.String())
	f, errs := mirparse.Parse("huge.mir", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
	res := ev.Eval(context.Background(), f.Items[1])
	if res.Err == nil || res.Err.Msg != "tried to allocate more memory than available to compiler" {
		t.Fatalf("got %+v, want the memory limit error", res.Err)
	}
	if n := len(res.Err.Frames); n >= 128 {
		t.Errorf("%d frames: the limit should stop the recursion early", n)
	}
}
