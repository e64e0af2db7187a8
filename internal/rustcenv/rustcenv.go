// Package rustcenv tells the regeneration tests whether the rustc their
// fixtures come from is installed: they re-derive committed files with
// it, and skip, saying why, where it is not.
package rustcenv

import (
	"os/exec"
	"strings"
	"testing"
)

// Version is the rustc release every committed expectation comes from.
const Version = "rustc 1.95."

// Need skips t under -short (regenerating runs rustc many times) and
// when `rustc --version` is not Version; what names what is re-derived.
func Need(t testing.TB, what string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("-short: %s not re-derived with rustc", what)
	}
	out, err := exec.Command("rustc", "--version").Output()
	if have := strings.TrimSpace(string(out)); err != nil || !strings.HasPrefix(have, Version) {
		t.Skipf("%s comes from %s*, and rustc --version gives %q (%v): not re-derived", what, Version, have, err)
	}
}
