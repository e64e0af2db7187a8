// dap.go connects `mirlsp dap` to the debug adapter.

package main

import (
	"mirlsp/dap"
	"mirlsp/internal/cli"
)

func init() { cli.DAP = dap.Main }
