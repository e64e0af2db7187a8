// Package textdiff describes how two texts differ, for test failures.
package textdiff

import (
	"fmt"
	"strings"
)

// First shows the first line where got and want differ, with its number,
// or "" when they are equal.
func First(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		gl, wl := "(end of text)", "(end of text)"
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: %s", i+1, gl, wl)
		}
	}
	return ""
}
