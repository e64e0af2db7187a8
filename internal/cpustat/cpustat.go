// Package cpustat reads the CPU time the process has used, which the
// benchmarks report beside wall time: on a shared machine wall time is
// mostly time spent waiting for a core.
package cpustat
