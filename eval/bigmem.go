// bigmem.go keeps large constants at the size of their bytes: the root
// frame of a large constant computes its value in the result allocation
// itself, as rustc's root frame writes its return place in place.

package eval

// inPlaceBytesMin is the smallest value computed in place; smaller ones
// keep a local _0 that is copied to the result on return, which costs
// nothing worth saving.
const inPlaceBytesMin = 1 << 16

// rootReturnInPlace makes local _0 of the root frame, if it lives in
// memory and has the result's layout l, the result allocation itself
// (f.ret), so that the value is never copied. The root frame's locals
// are not freed (StackPopCleanup::Root), so _0 is never deallocated.
func (in *interp) rootReturnInPlace(l *Layout) {
	f := in.rootFrame
	if l.Size < inPlaceBytesMin || len(f.locals) == 0 || f.info.hasStorage[0] {
		return
	}
	lc := &f.locals[0]
	if lc.layout == nil {
		lc.layout = in.layout(f.localTy(0))
		lc.inMem = f.info.inMem[0] || !immLocal(f.localTy(0), lc.layout)
	}
	if !lc.live || !lc.inMem || lc.alloced || lc.layout.Size != l.Size || lc.layout.Align != l.Align {
		return
	}
	lc.ptr = f.ret.Ptr
	lc.alloced = true
}
