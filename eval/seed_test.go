package eval_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"mirlsp/eval"
	"mirlsp/mir"
	"mirlsp/mirparse"
)

// The seed document's example: FOO - 42 is 4054 in the seed's own 2018
// syntax, the newer dev-guide syntax and rustc 1.95's; with 5000 instead
// of 42 it fails with rustc's message.
func TestSeed(t *testing.T) {
	read := func(name string, from, to string) *mir.File {
		src, err := os.ReadFile("../testdata/seed/" + name)
		if err != nil {
			t.Fatal(err)
		}
		src = bytes.ReplaceAll(src, []byte(from), []byte(to))
		f, errs := mirparse.Parse(name, src)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		return f
	}
	cases := []struct {
		file, item  string
		from, to    string
		withFOOFrom string // the 2018 listing does not define FOO
	}{
		{"seed-2018.mir", "Foo::{{initializer}}", "42usize", "5000usize", "seed-1.95.mir"},
		{"seed-devguide.mir", "Foo::{{constant}}#0", "42usize", "5000usize", ""},
		{"seed-1.95.mir", "Foo::{constant#0}", "42_usize", "5000_usize", ""},
	}
	for _, c := range cases {
		for _, fail := range []bool{false, true} {
			to := c.from
			if fail {
				to = c.to
			}
			files := []*mir.File{read(c.file, c.from, to)}
			if c.withFOOFrom != "" {
				files = append(files, read(c.withFOOFrom, "", ""))
			}
			ev := eval.NewEvaluator(eval.NewProgram(files...), eval.DefaultConfig)
			it := ev.Prog.Item(c.item)
			if it == nil {
				t.Fatalf("%s: no item %s", c.file, c.item)
			}
			res := ev.Eval(context.Background(), it)
			if fail {
				const want = "attempt to compute `4096_usize - 5000_usize`, which would overflow"
				if res.Err == nil || res.Err.Msg != want {
					t.Errorf("%s with 5000: got %v, want %q", c.file, res, want)
				}
				continue
			}
			got, err := ev.Render(res, eval.RenderOpts{})
			if err != nil || got != "4054" {
				t.Errorf("%s: got %q (%v), want 4054", c.file, got, err)
			}
		}
	}
}
