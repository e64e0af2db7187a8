package textdiff

import "testing"

func TestFirst(t *testing.T) {
	for _, c := range []struct{ got, want, diff string }{
		{"a\nb", "a\nb", ""},
		{"a\nb", "a\nc", "line 2:\n  got:  b\n  want: c"},
		{"a", "a\nc", "line 2:\n  got:  (end of text)\n  want: c"},
		{"x\ny\n", "x\ny", "line 3:\n  got:  \n  want: (end of text)"},
	} {
		if d := First(c.got, c.want); d != c.diff {
			t.Errorf("First(%q, %q) = %q, want %q", c.got, c.want, d, c.diff)
		}
	}
}
