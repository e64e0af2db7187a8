// compile_const.go caches, in a compiled reader of a named integer
// constant (`const N` in a loop condition), the value the last
// evaluation read, so a loop does not look it up in the interpreter's
// map every iteration. Compiled code is shared by evaluations, which may
// run concurrently: the cache is one atomic pointer, tagged with the
// interpreter's serial number (never reused, and holding no reference to
// the interpreter or its memory).

package eval

import (
	"sync/atomic"

	"mirlsp/mir"
)

// interpSerial numbers interpreters (interp.serial).
var interpSerial atomic.Uint64

type constCache struct {
	p atomic.Pointer[constEntry]
}

type constEntry struct {
	serial uint64
	bits   mir.U128
	ok     bool
}

// get returns the value cached for in, if any (hit).
func (c *constCache) get(in *interp) (bits mir.U128, ok, hit bool) {
	if e := c.p.Load(); e != nil && e.serial == in.serial {
		return e.bits, e.ok, true
	}
	return mir.U128{}, false, false
}

// set caches the value in read.
func (c *constCache) set(in *interp, bits mir.U128, ok bool) {
	c.p.Store(&constEntry{serial: in.serial, bits: bits, ok: ok})
}
