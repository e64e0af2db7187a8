// run.go runs rustc and the generated printer programs.

package corpusgen

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
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

func (g *generator) rustcEnv(dir string, env []string, toolchain string, args ...string) result {
	if toolchain != "" {
		args = append([]string{toolchain}, args...)
	}
	cmd := exec.Command(g.opts.Rustc, args...)
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
