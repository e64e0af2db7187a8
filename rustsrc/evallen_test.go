package rustsrc_test

import (
	"mirlsp/internal/cli"
	"mirlsp/rustsrc"
)

// The tests evaluate array lengths computed by const fns as the CLI and
// the server do.
func init() {
	rustsrc.EvalLength = cli.EvalLength
}
