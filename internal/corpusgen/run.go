// run.go runs rustc and the generated printer programs.

package corpusgen

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// result is the outcome of one command.
type result struct {
	stdout, stderr string
	exitCode       int // -1 when the command could not be run
	err            error
}

// rustc runs the compiler in dir. toolchain is "" for the default toolchain or a
// rustup selector such as "+nightly". Extra environment comes from g.env.
func (g *generator) rustc(dir, toolchain string, args ...string) result {
	return g.rustcEnv(dir, nil, toolchain, args...)
}

// errorMemLimitKiB bounds the address space of rustc on failing programs (16 GiB).
// Whether a huge CTFE allocation (`[0u8; 1 << 40]`) fails with "tried to allocate
// more memory than available to compiler" or succeeds lazily and gets the process
// killed depends on the host's overcommit policy; under the limit it fails the same
// way everywhere.
const errorMemLimitKiB = 16 << 20

// rustcMemLimited runs the default rustc in dir with the address space limited to
// errorMemLimitKiB (through the shell's ulimit -v; not on Windows).
func (g *generator) rustcMemLimited(dir string, env []string, args ...string) result {
	if runtime.GOOS == "windows" {
		return g.rustcEnv(dir, env, "", args...)
	}
	script := fmt.Sprintf(`ulimit -v %d && exec "$0" "$@"`, errorMemLimitKiB)
	return g.runEnv(dir, env, "/bin/sh", append([]string{"-c", script, g.opts.Rustc}, args...)...)
}

func (g *generator) rustcEnv(dir string, env []string, toolchain string, args ...string) result {
	if toolchain != "" {
		args = append([]string{toolchain}, args...)
	}
	return g.runEnv(dir, env, g.opts.Rustc, args...)
}

// runEnv runs a command in dir with the clean environment plus env.
func (g *generator) runEnv(dir string, env []string, name string, args ...string) result {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err := cmd.Run()
	res := result{stdout: out.String(), stderr: errb.String(), err: err}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		res.exitCode = ee.ExitCode()
	default:
		res.exitCode = -1
	}
	return res
}

// run executes a built printer program and returns its standard output.
func (g *generator) run(dir, exe string) (string, error) {
	cmd := exec.Command(exe)
	cmd.Dir = dir
	cmd.Env = cleanEnv()
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		return "", errors.New(err.Error() + ": " + errb.String())
	}
	return out.String(), nil
}

// cleanEnv is the environment without variables that change rustc's behaviour
// or output (so generation does not depend on the caller's shell).
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "RUSTC_BOOTSTRAP", "RUSTFLAGS", "RUSTC_WRAPPER", "RUST_BACKTRACE", "RUSTC_LOG", "RUSTC_COLOR", "CLICOLOR_FORCE", "TERM":
			continue
		}
		env = append(env, kv)
	}
	return env
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return strings.TrimSpace(l)
}
