package rustsrc_test

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/rustsrc"
)

// incrCrate is a crate of three files (a root, a module file and an
// inline module) whose consts reference each other across modules,
// call const fns, build ADTs and arrays, and reference statics.
var incrCrate = map[string]string{
	"lib.rs": `mod a;
pub mod b {
    pub const Y: u32 = super::a::X + 1;
    pub const fn twice(n: u32) -> u32 {
        n * 2
    }
    pub struct P {
        pub x: i32,
        pub y: i32,
    }
    impl P {
        pub const ORIGIN: P = P { x: 1, y: 2 };
        pub const SUM: u32 = Y + 3;
    }
    pub const PY: i32 = P::ORIGIN.y;
}
pub const A: u32 = 5;
pub const B: u32 = A * 3;
pub static S: u32 = B + 1;
pub static T: &u32 = &S;
pub const C: u32 = b::twice(B) + a::X;
pub const D: [u32; 3] = [A, B, C];
pub const E: u32 = D[2] - 4;
pub const OPT: Option<u32> = if C > 10 { Some(C) } else { None };
const LEN: usize = 3;
pub const ARR: [u8; LEN] = [1, 2, 3];
pub const NAME: &str = "crate";
pub const F: u32 = a::W + b::P::SUM;
`,
	"a.rs": `pub const X: u32 = 7;
pub const Z: u32 = crate::A + X;
pub const fn sum(n: u32) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < n {
        s += i;
        i += 1;
    }
    s
}
pub const W: u32 = sum(Z % 10);
pub const V: u64 = (W as u64) << 3;
`,
}

// incrExprs are initializers of type u32: values, errors (overflow,
// bounds, division by zero), names of other files, unsupported and
// syntax errors.
var incrExprs = []string{
	"0", "1", "41", "4_294_967_295", "A + 1", "B * 2", "C - 100", "crate::A + a::X",
	"a::sum(5)", "b::twice(A)", "[1, 2, 3][A as usize]", "u32::MAX + A", "A / (B - 15)",
	"if A > 3 { A } else { 7 }", "{ A + 2 }", "a::sum(A + 3)",
	"b::P { x: 1, y: 2 }.x as u32", `"str".len() as u32`, "D[1]", "D[A as usize]", "S", "*T + 1",
	"undefined_name", "1 +", "(A", "A as u64", "match A { 0 => 1, 5 => 2, _ => 3 }",
	"(A as u8).wrapping_mul(31) as u32", "Y", "b::Y + a::W", "E", "LEN as u32", "ARR[0] as u32",
}

// incrOrder orders the consts: an initializer names only earlier ones,
// as a cycle keeps the crate from Relower.
var incrOrder = map[string]int{"X": 1, "A": 2, "Z": 3, "W": 4, "Y": 5, "SUM": 6, "B": 7, "S": 8, "T": 9, "C": 10, "D": 11, "E": 12, "F": 13}

var identRE = regexp.MustCompile(`\b[A-Z]+\b`)

// incrExpr returns an initializer for the const name that names only
// consts before it.
func incrExpr(rng *rand.Rand, name string) string {
	for {
		e := incrExprs[rng.Intn(len(incrExprs))]
		ok := true
		for _, id := range identRE.FindAllString(e, -1) {
			if o, isConst := incrOrder[id]; isConst && o >= incrOrder[name] {
				ok = false
			}
		}
		if ok {
			return e
		}
	}
}

// incrFnLine finds the edited line of a const fn of each file (twice in
// lib.rs, sum in a.rs); incrFnBodies are what it becomes.
var incrFnLine = [2]*regexp.Regexp{
	regexp.MustCompile(`(?m)const fn twice\(n: u32\) -> u32 \{\n        ([^\n]*)\n`),
	regexp.MustCompile(`(?m)while i < n \{\n        ([^\n]*)\n`),
}

var incrFnBodies = [2][]string{
	{"n * 2", "n + 1", "n * 3 + 1", "n - 1", "n / (n - 5)", "[1, 2, 3][n as usize]", "if n > 4 { n } else { 9 }",
		"n * n * n * n", "undefined_fn(n)", "n +", "{ let mut k = 0; while k < n { k += 2; } k }"},
	{"s += i;", "s += i * 2;", "s += 1000 / (i - 3);", "s = s * 7 + i;", "s += [1, 2, 3][i as usize];", "s += ;",
		"s += i; s *= 2;"},
}

var constRE = regexp.MustCompile(`(?m)(const|static) (\w+): u32 = ([^;\n]*);`)

// TestRelowerRandom edits the crate's u32 initializers at random (whole
// initializers from incrExprs, and single characters) and checks after
// every edit that the incrementally lowered program equals one lowered
// from scratch: items, their MIR with every span, uses, and values.
func TestRelowerRandom(t *testing.T) {
	files := map[string]string{}
	for k, v := range incrCrate {
		files[k] = v
	}
	read := func(path string) ([]byte, error) {
		if s, ok := files[path]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	c := rustsrc.Load("lib.rs", read)
	p := rustsrc.Lower(c)
	// INCR_SEED=n runs another sequence of edits.
	seed := int64(11)
	if s := os.Getenv("INCR_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	rng := rand.New(rand.NewSource(seed))
	edits, incremental, fnIncremental := 400, 0, 0
	if testing.Short() {
		edits = 80
	}
	// Edits come in runs on one const, as typing does; a run that
	// leaves a syntax error ends by writing a valid initializer.
	k, name := 0, "A"
	for i := 0; i < edits; i++ {
		if rng.Intn(8) == 0 && len(c.Files[k].Errors) == 0 {
			k = rng.Intn(len(c.Files))
			ms := constRE.FindAllStringSubmatch(files[c.Files[k].Path], -1)
			name = ms[rng.Intn(len(ms))][2]
		}
		path := c.Files[k].Path
		text := files[path]
		m := regexp.MustCompile(`(?m)(const|static) ` + name + `: u32 = ([^;\n]*);`).FindStringSubmatchIndex(text)
		start, end := m[4], m[5]
		var nt string
		fnEdit := rng.Intn(6) == 0
		if fnEdit {
			// A line of a const fn's body.
			fk := rng.Intn(2)
			fpath := c.Files[fk].Path
			text := files[fpath]
			m := incrFnLine[fk].FindStringSubmatchIndex(text)
			pool := incrFnBodies[fk]
			files[fpath] = text[:m[2]] + pool[rng.Intn(len(pool))] + text[m[3]:]
			path, nt = fpath, files[fpath]
		}
		switch op := rng.Intn(10); {
		case nt != "":
		case op < 5 || len(c.Files[k].Errors) > 0 && op < 8:
			nt = text[:start] + incrExpr(rng, name) + text[end:]
		case op < 9 && end > start:
			// One character replaced, inserted or deleted.
			at := start + rng.Intn(end-start)
			ch := string("0123456789+*-() "[rng.Intn(16)])
			switch rng.Intn(3) {
			case 0:
				nt = text[:at] + ch + text[at+1:]
			case 1:
				nt = text[:at] + ch + text[at:]
			default:
				nt = text[:at] + text[at+1:]
			}
		default:
			// An edit outside initializers: a comment line.
			at := strings.IndexByte(text[start:], '\n')
			if at < 0 {
				at = len(text) - start
			}
			nt = text[:start+at] + fmt.Sprintf("\n// edit %d", i) + text[start+at:]
		}
		files[path] = nt
		ek := slices.IndexFunc(c.Files, func(f *rustsrc.File) bool { return f.Path == path })
		nc, np, _ := rustsrc.Relower(c, p, ek, []byte(nt))
		if nc != nil {
			incremental++
			if fnEdit {
				fnIncremental++
			}
			c, p = nc, np
			if diff := rustsrc.CheckReferrers(p); diff != "" {
				t.Fatalf("edit %d (%s): %s", i, path, diff)
			}
		} else {
			c = rustsrc.Load("lib.rs", read)
			p = rustsrc.Lower(c)
		}
		fc := rustsrc.Load("lib.rs", read)
		fp := rustsrc.Lower(fc)
		if diff := comparePrograms(p, fp); diff != "" {
			t.Fatalf("edit %d (%s, incremental %v): %s\n%s", i, path, nc != nil, diff, nt)
		}
	}
	t.Logf("%d of %d edits lowered incrementally, %d in fn bodies", incremental, edits, fnIncremental)
	if fnIncremental == 0 {
		t.Errorf("no edit of a fn body lowered incrementally")
	}
	if incremental < edits/3 {
		t.Errorf("only %d of %d edits lowered incrementally", incremental, edits)
	}
}

var allocNumRE = regexp.MustCompile(`alloc\d+`)

// itemText prints an item with its spans in the current text
// (allocations unnumbered: Relower numbers them otherwise).
func itemText(p *rustsrc.Program, it *mir.Item) string {
	d := p.Shift(it)
	at := func(s mir.Span) mir.Span {
		if s == (mir.Span{}) {
			return s
		}
		return mir.Span{Start: s.Start + d, End: s.End + d}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %v %v %v\n", it.Name, at(it.Span), at(it.NameSpan), at(it.HeadSpan))
	b.WriteString(allocNumRE.ReplaceAllString(mir.FormatItem(it), "allocN"))
	rustsrc.EachSpan(it, func(s mir.Span) { fmt.Fprintf(&b, " %v", at(s)) })
	return b.String()
}

// comparePrograms describes the first difference between an
// incrementally lowered program and one lowered from scratch.
func comparePrograms(got, want *rustsrc.Program) string {
	if len(got.Items) != len(want.Items) {
		return fmt.Sprintf("%d items, want %d", len(got.Items), len(want.Items))
	}
	for i, g := range got.Items {
		w := want.Items[i]
		gs := fmt.Sprintf("%d %s %v %s %v %v %d %q %v", g.File, g.Name, g.Kind, g.Ty, g.Span, g.NameSpan, g.Hint, g.Unsupported, g.MIR != nil)
		ws := fmt.Sprintf("%d %s %v %s %v %v %d %q %v", w.File, w.Name, w.Kind, w.Ty, w.Span, w.NameSpan, w.Hint, w.Unsupported, w.MIR != nil)
		if gs != ws {
			return fmt.Sprintf("item %d: %s, want %s", i, gs, ws)
		}
	}
	for k, gf := range got.Files {
		wf := want.Files[k]
		if len(gf.Items) != len(wf.Items) {
			return fmt.Sprintf("file %d: %d MIR items, want %d", k, len(gf.Items), len(wf.Items))
		}
		for i := range gf.Items {
			if g, w := itemText(got, gf.Items[i]), itemText(want, wf.Items[i]); g != w {
				return fmt.Sprintf("file %d item %d:\n%s\nwant\n%s", k, i, g, w)
			}
		}
		if len(gf.Allocs) != len(wf.Allocs) || len(gf.Adts) != len(wf.Adts) {
			return fmt.Sprintf("file %d: %d allocs and %d ADTs, want %d and %d", k, len(gf.Allocs), len(gf.Adts), len(wf.Allocs), len(wf.Adts))
		}
	}
	uses := func(p *rustsrc.Program) string {
		var l []string
		for _, u := range p.Uses {
			l = append(l, fmt.Sprintf("%d %v %s", u.File, u.Span, u.Item.Name))
		}
		sort.Strings(l)
		return strings.Join(l, "\n")
	}
	if g, w := uses(got), uses(want); g != w {
		return fmt.Sprintf("uses:\n%s\nwant\n%s", g, w)
	}
	gev := eval.NewEvaluator(eval.NewProgram(got.Files...), eval.DefaultConfig)
	wev := eval.NewEvaluator(eval.NewProgram(want.Files...), eval.DefaultConfig)
	for i, g := range got.Items {
		if g.MIR == nil {
			continue
		}
		if gr, wr := resultText(got, gev, g.MIR), resultText(want, wev, want.Items[i].MIR); gr != wr {
			return fmt.Sprintf("%s = %s, want %s", g.Name, gr, wr)
		}
	}
	return ""
}

// resultText prints an evaluation's value or its error, with positions
// in the current text.
func resultText(p *rustsrc.Program, ev *eval.Evaluator, it *mir.Item) string {
	r := ev.Eval(context.Background(), it)
	at := func(in *mir.Item, s mir.Span) mir.Span {
		d := p.Shift(in)
		return mir.Span{Start: s.Start + d, End: s.End + d}
	}
	if e := r.Err; e != nil {
		in := it
		if e.Referenced != nil {
			in = e.Referenced
		}
		s := fmt.Sprintf("error %v %q %v", e.Kind, e.Msg, at(in, e.Span))
		for _, f := range e.Frames {
			s += fmt.Sprintf(" [%s %v]", f.Func, at(f.Item, f.Span))
		}
		if e.Referenced != nil {
			s += " in " + e.Referenced.Name
		}
		if e.UseItem != nil {
			s += fmt.Sprintf(" used at %v in %s", at(e.UseItem, e.Use), e.UseItem.Name)
		}
		return s
	}
	v, err := ev.Render(r, eval.RenderOpts{})
	if err != nil {
		return "render: " + err.Error()
	}
	return v
}
