// cfgtaint.go narrows what a build script's cfgs make unknown: from the
// whole file that tests one to the items whose cfgs (on them or inside
// them) depend on it. A file falls back to the whole when such a cfg is
// on an item that is not a named const, static, fn, struct, enum, union
// or type alias (a `use`, `mod`, impl, trait or cfg_if! arm changes what
// other names mean).

package rustsrc

import (
	"fmt"
	"strings"

	"mirlsp/rustsrc/syntax"
)

// cfgTaint records what depends on the cfgs a build script may set.
type cfgTaint struct {
	whole bool                 // everything in the file may
	items map[syntax.Node]bool // the top-level items that may change
	names map[string]bool      // their names, and those of items such cfgs removed
}

func newCfgTaint() *cfgTaint {
	return &cfgTaint{items: map[syntax.Node]bool{}, names: map[string]bool{}}
}

// depends notes that the predicate being evaluated depends on an
// unknown cfg.
func (s *stripper) depends() {
	switch {
	case s.taint == nil:
	case s.cur == nil:
		s.taint.whole = true
	default:
		s.curDep = true
	}
}

// topItems filters the file's items one at a time, noting which depend
// on unknown cfgs.
func (s *stripper) topItems(list []syntax.Item) []syntax.Item {
	out := list[:0:0]
	for _, it := range list {
		if it == nil {
			continue
		}
		s.cur, s.curDep = it, false
		kept := s.items([]syntax.Item{it})
		for _, k := range kept {
			s.walk(k)
		}
		if s.curDep {
			s.taintItem(it, kept)
		}
		out = append(out, kept...)
	}
	s.cur, s.curDep = nil, false
	return out
}

func (s *stripper) taintItem(orig syntax.Item, kept []syntax.Item) {
	if names, ok := useNames(orig); ok && (len(kept) == 0 || len(kept) == 1 && kept[0] == orig) {
		// A use (or extern crate) that may be there or not: the names
		// it brings.
		for _, n := range names {
			s.taint.names[n] = true
		}
		return
	}
	name := taintableName(orig)
	if name == "" || len(kept) > 1 || len(kept) == 1 && kept[0] != orig {
		s.taint.whole = true
		return
	}
	s.taint.names[name] = true
	for _, k := range kept {
		s.taint.items[k] = true
	}
}

// useNames lists the names a use or extern crate item brings; ok is
// false for other items and for a glob import.
func useNames(it syntax.Item) (names []string, ok bool) {
	switch it := it.(type) {
	case *syntax.ExternCrate:
		if it.Rename != nil {
			return []string{it.Rename.Name}, true
		}
		return []string{it.Name.Name}, true
	case *syntax.Use:
		var walk func(t *syntax.UseTree) bool
		walk = func(t *syntax.UseTree) bool {
			switch {
			case t == nil || t.Kind == syntax.UseGlob:
				return false
			case t.Kind == syntax.UseGroup:
				for _, c := range t.Trees {
					if !walk(c) {
						return false
					}
				}
				return true
			case t.Rename != nil:
				names = append(names, t.Rename.Name)
				return true
			case t.Prefix != nil && len(t.Prefix.Segments) > 0 && t.Prefix.Segments[len(t.Prefix.Segments)-1].Name.Name != "self":
				names = append(names, t.Prefix.Segments[len(t.Prefix.Segments)-1].Name.Name)
				return true
			}
			return false
		}
		return names, walk(it.Tree)
	}
	return nil, false
}

// taintableName is the name of a const, static, fn, struct, enum, union
// or type alias; "" for other items.
func taintableName(it syntax.Item) string {
	switch it := it.(type) {
	case *syntax.Const:
		return it.Name.Name
	case *syntax.Static:
		return it.Name.Name
	case *syntax.Fn:
		return it.Name.Name
	case *syntax.Struct:
		return it.Name.Name
	case *syntax.Enum:
		return it.Name.Name
	case *syntax.Union:
		return it.Name.Name
	case *syntax.TypeAlias:
		return it.Name.Name
	}
	return ""
}

// taintedName is why the name of module m's file may change with a
// build script's cfgs, or "".
func (p *prog) taintedName(m *module, name string) string {
	k := realMod(m).file
	if k < 0 || k >= len(p.crate.Files) {
		return ""
	}
	f := p.crate.Files[k]
	if f.cfgTaintReason == "" || f.cfgTaint == nil || !f.cfgTaint.names[name] {
		return ""
	}
	return f.cfgTaintReason
}

// taintedItem is why a top-level item of file k may change with a build
// script's cfgs, or "".
func (p *prog) taintedItem(k int, n syntax.Node) string {
	if k < 0 || k >= len(p.crate.Files) {
		return ""
	}
	f := p.crate.Files[k]
	if f.cfgTaintReason == "" || f.cfgTaint == nil || !f.cfgTaint.items[n] {
		return ""
	}
	return f.cfgTaintReason
}

// markBuildScript makes what may depend on the output of the build
// script of crate s (a cfg that rustc and cargo never set) unsupported:
// the items whose cfgs test one, or the whole file.
func markBuildScript(s *CrateSpec, files []*File) {
	if !s.BuildScript {
		return
	}
	for _, f := range files {
		if len(f.unknownCfg) == 0 {
			continue
		}
		why := fmt.Sprintf("the crate `%s` has a build script, which may set the cfg %s that this file tests; mirlsp does not run build scripts", s.Name, quoteNames(f.unknownCfg))
		if f.cfgTaint == nil || f.cfgTaint.whole {
			f.Unsupported = why
		} else {
			f.cfgTaintReason = strings.Replace(why, "this file tests", "this item depends on", 1)
		}
	}
}
