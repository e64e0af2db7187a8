package crates

import "testing"

// TestEvalKnown: a predicate testing a cfg a build script may set
// (here any name outside WellKnownCfg) is known only when its value does
// not depend on that cfg.
func TestEvalKnown(t *testing.T) {
	cfg := NewCfg(DefaultTargetCfg).WithFeatures([]string{"std"})
	unknown := func(k string) bool { return !WellKnownCfg(k) }
	for _, tc := range []struct {
		pred       string
		val, known bool
	}{
		{`unix`, true, true},
		{`assert_no_panic`, false, false},
		{`not(no_std_alloc)`, true, false},
		{`all(test, assert_no_panic)`, false, true},
		{`all(assert_no_panic, test)`, false, true},
		{`any(unix, integer128)`, true, true},
		{`any(windows, integer128)`, false, false},
		{`all(unix, integer128)`, false, false},
		{`not(all(test, x))`, true, true},
		{`all(feature = "std", not(any(windows, x)))`, false, false},
	} {
		p, err := ParsePred(tc.pred)
		if err != nil {
			t.Fatalf("%s: %v", tc.pred, err)
		}
		val, known := cfg.EvalKnown(p, unknown)
		if known != tc.known || (known && val != tc.val) {
			t.Errorf("%s: got %v (known %v), want %v (known %v)", tc.pred, val, known, tc.val, tc.known)
		}
		if known && val != cfg.Eval(p) {
			t.Errorf("%s: EvalKnown %v, Eval %v", tc.pred, val, cfg.Eval(p))
		}
	}
}
