// Command mirlsp evaluates Rust constants from rustc's MIR: a language
// server (serve) and a command line (eval, check, version).
package main

import (
	"os"

	"mirlsp/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
