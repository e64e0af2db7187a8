//go:build unix

package cpustat

import "testing"

func TestProcessAdvances(t *testing.T) {
	before := Process()
	if before <= 0 {
		t.Fatalf("Process() = %v before any work", before)
	}
	x := 0
	for Process() == before {
		for i := range 1 << 20 {
			x ^= i
		}
	}
	_ = x
}
