// partial_test.go checks that one constant that never ends (no step
// limit) does not withhold the diagnostics of the other items of its
// document: they are published as they are known, and follow edits.

package server

import (
	"path/filepath"
	"strings"
	"testing"

	"go.lsp.dev/protocol"
)

func TestEndlessConstDiagnostics(t *testing.T) {
	loopMIR := infiniteDoc[:strings.Index(infiniteDoc, "const FOO")]
	for _, c := range []struct{ name, lang, loop, program, fixed string }{
		{"endless.rs", "rust", "pub const LOOP: u32 = {\n    let mut i = 0;\n    loop {\n        i += 1;\n    }\n};\n",
			"ov_sub_seed.rs", "FOO - 96"},
		{"endless.mir", "mir", loopMIR, "ov_sub_seed.mir", "const FOO, const 96_usize"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			e := newEnv(t, envOpts{initOptions: `{"stepLimit": -1}`})
			program := readFile(t, filepath.Join("..", "testdata", "errors", c.program))
			text := c.loop + program
			want := expectedError(t, "ov_sub_seed")
			e.openAs(c.name, c.lang, text)
			p := e.waitDiags(c.name, func(p *protocol.PublishDiagnosticsParams) bool { return len(p.Diagnostics) > 0 })
			if len(p.Diagnostics) != 1 || message(p.Diagnostics[0]) != want.Message {
				t.Fatalf("diagnostics beside the endless LOOP: %s", dumpDiags([]*protocol.PublishDiagnosticsParams{p}))
			}
			if line := strings.Split(text, "\n")[p.Diagnostics[0].Range.Start.Line]; !strings.Contains(line, "5000") {
				t.Errorf("diagnostic on line %q", line)
			}
			if e.srv.session.running.Load() == 0 {
				t.Fatal("LOOP is not running")
			}
			// The fix of BAD clears its error while LOOP still runs.
			fixed := strings.Replace(c.fixed, "96", "5000", 1)
			e.edit(c.name, 2, text, fixed, c.fixed, -1)
			p = e.waitDiags(c.name, func(p *protocol.PublishDiagnosticsParams) bool {
				v, _ := p.Version.Get()
				return v == 2 && len(p.Diagnostics) == 0
			})
			if e.srv.session.running.Load() == 0 {
				t.Fatal("LOOP is not running after the edit")
			}
		})
	}
}
