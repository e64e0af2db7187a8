package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"mirlsp/internal/cli"
)

func TestMain(m *testing.M) {
	os.Exit(testscript.RunMain(m, map[string]func() int{
		"mirlsp": func() int { return cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr) },
	}))
}

// TestScripts runs the CLI scripts in testdata/script: output and exit
// codes of eval, check and version. `status N args...` runs mirlsp and
// requires exit status N.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 1 {
					ts.Fatalf("usage: status N args...")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("status: %v", err)
				}
				for i, a := range args[1:] {
					// File arguments are relative to the script's directory.
					if strings.HasSuffix(a, ".mir") || strings.HasSuffix(a, ".rs") {
						args[i+1] = ts.MkAbs(a)
					}
				}
				var stdout, stderr strings.Builder
				got := cli.Run(args[1:], strings.NewReader(""), &stdout, &stderr)
				ts.Stdout().Write([]byte(stdout.String()))
				ts.Stderr().Write([]byte(stderr.String()))
				if got != want {
					ts.Fatalf("exit status %d, want %d\nstderr: %s", got, want, stderr.String())
				}
			},
		},
	})
}
