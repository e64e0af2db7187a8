package eval_test

import (
	"context"
	"fmt"
	"os"
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

// A zero-sized array of 10^12 elements takes no memory; its full `{:?}`
// text would take terabytes, so rendering it stops with a limit error.
// testdata/zst_huge.mir is rustc 1.95's --emit=mir of zst_huge.rs.
func TestRenderHugeZeroSizedArray(t *testing.T) {
	src, err := os.ReadFile("testdata/zst_huge.mir")
	if err != nil {
		t.Fatal(err)
	}
	f, errs := mirparse.Parse("zst_huge.mir", src)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ev := eval.NewEvaluator(eval.NewProgram(f), eval.DefaultConfig)
	for _, it := range f.Items {
		res := ev.Eval(context.Background(), it)
		if res.Err != nil {
			t.Fatalf("%s: %s", it.Name, res.Err.Msg)
		}
		out, err := ev.Render(res, eval.RenderOpts{})
		switch it.Name {
		case "A":
			if err == nil || !strings.Contains(err.Error(), "text would be longer than 64 MiB") {
				t.Errorf("A: rendered %d bytes, err %v; want the limit error", len(out), err)
			}
			if short, err := ev.Render(res, eval.RenderOpts{MaxBytes: 20}); err != nil || !strings.HasSuffix(short, "…") {
				t.Errorf("A with MaxBytes: %q, %v", short, err)
			}
		case "B":
			if out != "1000000000000" || err != nil {
				t.Errorf("B = %q, %v", out, err)
			}
		}
	}
}
