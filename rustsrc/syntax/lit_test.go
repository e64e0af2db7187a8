// lit_test.go tests literal decoding and macro argument parsing.

package syntax

import (
	"testing"
)

func TestUnquote(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{`"plain"`, "plain"},
		{`"a\nb\t\\\"\0"`, "a\nb\t\\\"\x00"},
		{`"\x41\u{263A}\u{1F_600}"`, "A☺😀"},
		{"\"con\\\n    tinued\"", "continued"},
		{`r"raw\n"`, `raw\n`},
		{`r##"a "# b"##`, `a "# b`},
		{`b"\xff\x00"`, "\xff\x00"},
		{`br"x\y"`, `x\y`},
		{`c"C\u{e9}"`, "Cé"},
		{`'a'`, "a"},
		{`'\''`, "'"},
		{`'\u{1F600}'`, "😀"},
		{`b'\xff'`, "\xff"},
		{`"suffixed"sfx`, "suffixed"},
	}
	for _, tt := range tests {
		x, err := ParseExpr(tt.src)
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		got, err := x.(*Lit).Unquote()
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q, %v; want %q", tt.src, got, err, tt.want)
		}
	}
	for _, bad := range []string{`"\q"`, `"\x80"`, `b"\u{41}"`, `'\u{d800}'`, `c"\0"`, `b"é"`} {
		x, err := ParseExpr(bad)
		if err != nil {
			continue
		}
		if _, err := x.(*Lit).Unquote(); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestDigits(t *testing.T) {
	for src, want := range map[string]struct {
		digits string
		base   int
	}{
		"1_000u32": {"1000", 10}, "0xdead_BEEF": {"deadBEEF", 16}, "0o17": {"17", 8},
		"0b1010_i8": {"1010", 2}, "2.5e3f64": {"2.5e3", 10},
	} {
		x, err := ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		d, b := x.(*Lit).Digits()
		if d != want.digits || b != want.base {
			t.Errorf("%s: got %s base %d", src, d, b)
		}
	}
}

func TestParseMacroArgs(t *testing.T) {
	src := []byte(`fn f() { assert!(a == b, "msg {}", x + 1,); panic!(); m!(a b); }`)
	f, err := Parse("m.rs", src)
	if err != nil {
		t.Fatal(err)
	}
	stmts := f.Items[0].(*Fn).Body.Stmts
	mac := func(i int) *MacCall { return stmts[i].(*ExprStmt).X.(*MacExpr).Mac }
	args, err := ParseMacroArgs(mac(0), f.Lines)
	if err != nil || len(args) != 3 {
		t.Fatalf("assert!: %d args, %v", len(args), err)
	}
	if got := Dump(args[0]) + " " + Dump(args[2]); got != "(== a b) (+ x 1)" {
		t.Errorf("assert! args %s", got)
	}
	if sp := args[2].NodeSpan(); string(src[sp.Start:sp.End]) != "x + 1" {
		t.Errorf("span of x + 1: %q", src[sp.Start:sp.End])
	}
	if args, err := ParseMacroArgs(mac(1), f.Lines); err != nil || len(args) != 0 {
		t.Errorf("panic!(): %v %v", args, err)
	}
	if _, err := ParseMacroArgs(mac(2), f.Lines); err == nil {
		t.Errorf("m!(a b): no error")
	}
}
