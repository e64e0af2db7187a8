//go:build !unix

package server

// cpuNanos is not measured on this platform.
func cpuNanos() int64 { return 0 }
