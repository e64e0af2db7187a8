package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVersionOfBuild builds mirlsp from this checkout and checks that
// `mirlsp version` names the checkout's git revision, with "modified"
// exactly when `git status` shows changes (what the Go toolchain records).
func TestVersionOfBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the mirlsp binary")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go on PATH to build mirlsp with")
	}
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not a git checkout (git rev-parse: %v): a build records no revision", err)
	}
	if fi, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err != nil || !fi.IsDir() {
		t.Skip("a git worktree (.git is a file): the Go toolchain records no revision there, only in a clone")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "mirlsp")
	if out, err := exec.Command(goBin, "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// The status after the build: the build itself writes nothing in the checkout.
	status, err := exec.Command("git", "status", "--porcelain").Output()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("mirlsp version: %v", err)
	}
	got := strings.TrimSpace(string(out))
	rev := strings.TrimSpace(string(head))[:12]
	if !strings.HasPrefix(got, "mirlsp v0.0.0-") || !strings.Contains(got, "(revision "+rev+", ") {
		t.Errorf("mirlsp version = %q, want mirlsp <pseudo-version> (revision %s, <time>[, modified])", got, rev)
	}
	if dirty := len(strings.TrimSpace(string(status))) > 0; strings.HasSuffix(got, ", modified)") != dirty {
		t.Errorf("mirlsp version = %q, but git status shows changes: %v", got, dirty)
	}
}
