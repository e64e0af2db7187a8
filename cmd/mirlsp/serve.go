// serve.go connects `mirlsp serve` (and bare `mirlsp`) to the language
// server.

package main

import (
	"mirlsp/internal/cli"
	"mirlsp/server"
)

func init() { cli.Serve = server.Main }
