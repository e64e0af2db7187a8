// derive.go builds the program of an edited workspace from the program
// of its previous version, reusing what did not change.

package eval

import (
	"maps"
	"sync"

	"mirlsp/mir"
)

// derivation is what a program keeps for programs derived from it.
type derivation struct {
	once sync.Once
	// nameFiles counts the files defining each item name.
	nameFiles map[string]int32
	// depth counts the derivations since a program built from scratch.
	depth int
}

// maxDerivation bounds a chain of derived programs: a derived program
// shares its ancestor's registry, whose layout cache holds the types of
// every version of the edited bodies.
const maxDerivation = 64

// NewProgramFrom prepares files like NewProgramIn with prev's global
// memory. When files are an edit of prev's — the same files in the same
// order but for a few changed ones, which show no ADT and define the
// names they defined before, no other file defining them — it reuses
// what prev computed for the files that did not change. The program is
// the same as NewProgramIn's either way.
func NewProgramFrom(prev *Program, files ...*mir.File) *Program {
	if p := prev.derive(files); p != nil {
		return p
	}
	return NewProgramIn(prev.Globals, files...)
}

func (prev *Program) nameFiles() map[string]int32 {
	prev.dv.once.Do(func() {
		if prev.dv.nameFiles != nil {
			return
		}
		m := map[string]int32{}
		for _, f := range prev.Files {
			for _, name := range fileNames(f) {
				m[name]++
			}
		}
		prev.dv.nameFiles = m
	})
	return prev.dv.nameFiles
}

func (prev *Program) derive(files []*mir.File) *Program {
	if len(files) != len(prev.Files) || prev.dv.depth >= maxDerivation {
		return nil
	}
	at := make(map[*mir.File]int, len(prev.Files))
	for i, f := range prev.Files {
		at[f] = i
	}
	var changed []int // indexes into files
	for i, f := range files {
		j, ok := at[f]
		switch {
		case !ok:
			changed = append(changed, i)
		case j != i:
			return nil
		}
	}
	if len(changed) == 0 || len(changed)*4 > len(files) {
		return nil
	}
	nameFiles := prev.nameFiles()
	names := map[string]int32{}
	for _, i := range changed {
		for _, f := range []*mir.File{prev.Files[i], files[i]} {
			if showsADT(f) {
				return nil
			}
		}
		for _, name := range fileNames(prev.Files[i]) {
			names[name]--
		}
		for _, name := range fileNames(files[i]) {
			names[name]++
		}
	}
	for name, d := range names {
		if d != 0 || nameFiles[name] > 1 {
			return nil
		}
	}
	// The maps of the whole workspace are shared; what the changed files
	// define goes over them (their names are theirs alone, the same
	// before and after, so every name of an old version is defined
	// again).
	p := &Program{Files: files, Reg: prev.Reg, Globals: prev.Globals, commonTypes: prev.commonTypes,
		byName: prev.byName, fileIdx: prev.fileIdx, nameOver: maps.Clone(prev.nameOver), idxOver: maps.Clone(prev.idxOver)}
	if p.nameOver == nil {
		p.nameOver, p.idxOver = map[string]*mir.Item{}, map[*mir.Item]int{}
	}
	p.dv.nameFiles, p.dv.depth = nameFiles, prev.dv.depth+1
	for _, i := range changed {
		for _, it := range prev.Files[i].Items {
			delete(p.idxOver, it)
			delete(p.nameOver, it.Name)
		}
	}
	for _, i := range changed {
		for _, it := range files[i].Items {
			p.idxOver[it] = i
			if _, dup := p.nameOver[it.Name]; !dup || it.CTFE {
				p.nameOver[it.Name] = it
			}
		}
	}
	return p
}

// showsADT reports whether a file teaches the registry anything: ADTs
// it declares (Rust) or shows in its bodies (MIR).
func showsADT(f *mir.File) bool {
	if len(f.Adts) > 0 {
		return true
	}
	for _, it := range f.Items {
		if it.Body != nil && mentionsADT(it.Body) {
			return true
		}
	}
	return false
}

// Teaches reports whether a program of MIR files learns ADT facts from an
// item of f (NewProgramIn): then what every item of the program computes
// may depend on the item's text, whichever item names it.
func Teaches(f *mir.File, it *mir.Item) bool {
	return len(f.Adts) == 0 && it.Body != nil && mentionsADT(it.Body)
}

// fileNames returns the distinct item names of a file.
func fileNames(f *mir.File) []string {
	seen := make(map[string]bool, len(f.Items))
	var out []string
	for _, it := range f.Items {
		if !seen[it.Name] {
			seen[it.Name] = true
			out = append(out, it.Name)
		}
	}
	return out
}
