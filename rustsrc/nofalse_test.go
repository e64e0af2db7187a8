package rustsrc_test

import (
	"context"
	"testing"

	"mirlsp/eval"
	"mirlsp/rustsrc"
)

// TestNoFalseErrors lowers programs that rustc 1.95 compiles without
// error but whose evaluation the evaluator would get wrong (it reports
// every static mut access and every static reaching itself as errors):
// their items must be evaluated or unsupported, never failed.
func TestNoFalseErrors(t *testing.T) {
	for name, src := range map[string]string{
		"static reads static mut": `pub static mut M: u32 = 5;
pub static mut N: u32 = unsafe { M } + 1;
pub static S: u32 = unsafe { M } + 1;
pub static S2: u32 = S * 2;
pub const C: u32 = S2 + 1;
const fn get() -> u32 { unsafe { M } }
pub static T: u32 = get();
`,
		"self-referential static": `pub struct Node { pub v: u8, pub next: Option<&'static Node> }
pub static LOOP: Node = Node { v: 1, next: Some(&LOOP) };
pub static PING: &u8 = &PONG.0;
pub static PONG: (u8, &u8) = (2, &PING);
pub const FIRST: u8 = LOOP.v;
`,
	} {
		c := rustsrc.Load("a.rs", memFS(map[string]string{"a.rs": src}))
		p := rustsrc.Lower(c)
		ev := eval.NewEvaluator(eval.NewProgram(p.Files...), eval.DefaultConfig)
		for _, it := range p.Items {
			if it.MIR == nil {
				continue
			}
			if res := ev.Eval(context.Background(), it.MIR); res.Err != nil && !res.Unsupported() {
				t.Errorf("%s: %s: %s (rustc evaluates it)", name, it.Name, res.Err.Msg)
			}
		}
	}
}
