package rustsrc

import "strconv"

// distinctAdtNames gives the ADTs that share a name (an `Error` in two
// modules, or in a crate and its dependency) their paths as names: the
// evaluator knows an ADT by its name, and its values print their
// variants' names, which stay as written.
func (p *prog) distinctAdtNames() {
	byName := map[string][]*adt{}
	for _, a := range p.adts {
		byName[a.name] = append(byName[a.name], a)
	}
	taken := map[string]bool{}
	for name := range byName {
		taken[name] = true
	}
	for _, as := range byName {
		if len(as) < 2 {
			continue
		}
		for _, a := range as {
			name := a.path
			for i := 2; name == "" || name == a.name || taken[name]; i++ {
				name = a.path + "#" + strconv.Itoa(i)
			}
			taken[name] = true
			a.name = name
		}
	}
}
