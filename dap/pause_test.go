package dap

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A constant that never ends (no step limit): pause stops it in its loop,
// restart starts it again, disconnect ends it; the adapter never hangs.
const runaway = "pub const LOOP: u32 = {\n    let mut i: u32 = 0;\n    loop {\n        i = i.wrapping_add(1);\n    }\n};\n"

func TestPauseRestartDisconnect(t *testing.T) {
	path := filepath.Join(t.TempDir(), "loop.rs")
	if err := os.WriteFile(path, []byte(runaway), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newClient(t)
	c.launch(LaunchArgs{Program: path, Item: "LOOP", StepLimit: -1}, nil)
	for round := 0; round < 2; round++ {
		c.ok("pause", map[string]any{"threadId": threadID}, nil)
		c.stopped("pause")
		fr := c.frames()
		if fr[0].Name != "LOOP" || fr[0].Line < 2 || fr[0].Line > 5 {
			t.Fatalf("paused at %+v", fr[0])
		}
		ev := c.scope(fr[0].Id, "Evaluation")
		if ev["remaining budget"].Value != "unlimited" {
			t.Fatalf("evaluation scope %+v", ev)
		}
		if round == 0 {
			c.ok("restart", nil, nil)
		}
	}
	// A request that needs a paused evaluation fails while it runs.
	c.ok("continue", map[string]any{"threadId": threadID}, nil)
	if m := c.request("stackTrace", map[string]any{"threadId": threadID}); m.Success || !strings.Contains(m.Message, "not paused") {
		t.Fatalf("stackTrace while running: %+v", m)
	}
	c.ok("disconnect", nil, nil)
}

// TestStepLimit: the step limit ends a runaway loop with rustc's error,
// where the adapter stops.
func TestStepLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "loop.rs")
	if err := os.WriteFile(path, []byte(runaway), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newClient(t)
	c.launch(LaunchArgs{Program: path, Item: "LOOP", StepLimit: 1000}, nil)
	b := c.stopped("exception")
	if !strings.HasPrefix(b.Text, "constant evaluation is taking a long time") {
		t.Fatalf("stopped with %q", b.Text)
	}
	if _, code := c.finish(); code != 1 {
		t.Fatalf("exit %d", code)
	}
}
