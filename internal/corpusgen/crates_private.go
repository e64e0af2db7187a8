// crates_private.go derives the values of a real crate's items, private
// ones included: a copy of the crate gets, in every module, a hidden fn
// printing `{:?}` of the module's items by their local names (and calling
// its child modules' printers); a harness calls the root's printer.
// Items whose printing does not compile (no Debug, generic, inside a fn
// body, a `static mut`) are dropped with rustc's message.

package corpusgen

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"mirlsp/crates"
	"mirlsp/mir"
	"mirlsp/rustsrc"
	"mirlsp/rustsrc/syntax"
)

// printerModule is a module of the crate copy: where its printer goes
// and which items and child modules it prints.
type printerModule struct {
	path   string // "" for the root, "a::b"
	file   int
	offset int // insertion offset in the file (end of file, or before an inline module's `}`)
	kids   []string
	items  []int // indexes of entries
}

type privEntry struct {
	local string // the path from the item's module: X or Type::X
	// copy is the item's source text, for an item inside a fn body
	// (f::X): the printer declares it again, in the module's scope.
	copy string
	item CratesItem
}

const printerFn = "__mirlsp_truth"

var (
	markRe = regexp.MustCompile(`/\*@(\d+)\*/`)
	openRe = regexp.MustCompile(`/\*@(\d+)\{\*/`)
)

// registryTruth compiles a copy of the registry crate in dir with
// printers in every module.
func registryTruth(base, dir, tmp string) (*CratesTruth, error) {
	name, version, err := packageOf(dir)
	if err != nil {
		return nil, err
	}
	cp := filepath.Join(tmp, "crate")
	if err := copyTree(dir, cp); err != nil {
		return nil, err
	}
	h := filepath.Join(tmp, "harness")
	libName := crates.CrateName(name)
	dep := []string{fmt.Sprintf("%s = { package = %q, path = %q }", libName, name, cp)}
	if err := writeHarness(h, base, dep, "fn main() {}\n"); err != nil {
		return nil, err
	}
	g, err := crates.Discover(filepath.Join(h, "Cargo.toml"), crates.Options{WriteLock: true})
	if err != nil {
		return nil, err
	}
	if g.Source != "cargo metadata" {
		return nil, fmt.Errorf("cargo metadata failed; the truth needs cargo")
	}
	var pkg *crates.Package
	for _, p := range g.Packages {
		if p.Name == name && p.Version == version {
			pkg = p
		}
	}
	if pkg == nil || pkg.Lib == nil {
		return nil, fmt.Errorf("%s %s: no library in the graph", name, version)
	}
	libName = pkg.Lib.Name
	orig := func(p string) string {
		r, err := filepath.Rel(cp, p)
		if err != nil {
			return p
		}
		r, err = filepath.Rel(base, filepath.Join(dir, r))
		if err != nil {
			return p
		}
		return filepath.ToSlash(r)
	}
	spec := rustsrc.SpecFor(g, pkg.Lib.SrcPath, crates.NewCfg(crates.HostCfg()))
	c := rustsrc.LoadGraph(spec, rustsrc.DiskFile)
	prog := rustsrc.Lower(c)
	own := c.CrateOfFile(0).NFiles
	mods := printerModules(c, own)
	tr := &CratesTruth{Crates: []string{orig(pkg.Lib.SrcPath)}}
	var entries []privEntry
	for _, it := range prog.Items {
		if it.File >= own || it.Kind == mir.ItemAnonConst || it.Kind == mir.ItemPromoted || it.Name == "_" || strings.HasSuffix(it.Name, "::_") {
			continue
		}
		line, _ := mir.NewLineIndex(c.Files[it.File].Text).Position(it.Span.Start)
		ci := CratesItem{File: orig(c.Files[it.File].Path), Name: it.Name, Line: line}
		// The item's module: the deepest one whose path prefixes the name.
		var best *printerModule
		local := ""
		for _, m := range mods {
			rest := it.Name
			if m.path != "" {
				var ok bool
				if rest, ok = strings.CutPrefix(it.Name, m.path+"::"); !ok {
					continue
				}
			}
			if best == nil || len(m.path) > len(best.path) {
				best, local = m, rest
			}
		}
		if best == nil || strings.Count(local, "::") > 1 {
			tr.skip(ci, "not nameable from its module")
			continue
		}
		e := privEntry{local: local, item: ci}
		if fn, name, ok := strings.Cut(local, "::"); ok && fn != "" && fn[0] >= 'a' && fn[0] <= 'z' && (it.Kind == mir.ItemConst || it.Kind == mir.ItemStatic) {
			// f::X, a const of a fn body (by Rust's naming, a lowercase
			// first segment is a fn, not a type).
			text := c.Files[it.File].Text
			if it.Span.Start >= 0 && it.Span.End <= len(text) && it.Span.Start < it.Span.End {
				e.copy, e.local = string(text[it.Span.Start:it.Span.End]), name
			}
		}
		best.items = append(best.items, len(entries))
		entries = append(entries, e)
	}
	live := make([]bool, len(entries))
	for i := range live {
		live[i] = true
	}
	env := append(os.Environ(), "CARGO_TARGET_DIR="+filepath.Join(tmp, "target"), "RUSTFLAGS=--cap-lints allow")
	main := fmt.Sprintf("fn main() {\n    %s::%s();\n}\n", libName, printerFn)
	if err := writeHarness(h, base, dep, main); err != nil {
		return nil, err
	}
	for round := 0; ; round++ {
		if err := writePrinters(c, own, mods, entries, live); err != nil {
			return nil, err
		}
		out, runErr := cargoRun(h, env, "build", "--offline", "--message-format=json")
		bad := map[int]string{}
		var other []string
		for _, m := range cargoMessages(out) {
			if m.Message.Level != "error" {
				continue
			}
			msg := m.Message.Message
			if m.Message.Code != nil && errCodeRe.MatchString(m.Message.Code.Code) {
				msg = m.Message.Code.Code + ": " + msg
			}
			hit := false
			for _, s := range m.Message.Spans {
				if id, ok := markAt(cp, s.FileName, s.LineStart); ok {
					if _, seen := bad[id]; !seen {
						bad[id] = msg
					}
					hit = true
					break
				}
			}
			if !hit {
				other = append(other, msg)
			}
		}
		if len(bad) == 0 && runErr == nil {
			break
		}
		if len(bad) == 0 || round > 40 {
			return nil, fmt.Errorf("printers do not compile: %v: %s", runErr, strings.Join(other, "; "))
		}
		for id, msg := range bad {
			if id < len(live) && live[id] {
				live[id] = false
				tr.skip(entries[id].item, msg)
			}
		}
	}
	if err := tr.recordPrinted(h, env, len(entries), func(i int) CratesItem { return entries[i].item }); err != nil {
		return nil, err
	}
	sort.Slice(tr.Items, func(i, j int) bool { return tr.Items[i].File+tr.Items[i].Name < tr.Items[j].File+tr.Items[j].Name })
	return tr, nil
}

// markAt reads the printer mark on a line of a file of the copy.
func markAt(cp, file string, line int) (int, bool) {
	if !filepath.IsAbs(file) {
		return 0, false
	}
	if rel, err := filepath.Rel(cp, file); err != nil || strings.HasPrefix(rel, "..") {
		return 0, false
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, false
	}
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return 0, false
	}
	if m := markRe.FindStringSubmatch(lines[line-1]); m != nil {
		var id int
		fmt.Sscan(m[1], &id)
		return id, true
	}
	// Inside a copied item: the nearest opening mark above whose
	// closing mark lies below.
	for l := line - 1; l >= 0; l-- {
		m := openRe.FindStringSubmatch(lines[l])
		if m == nil {
			continue
		}
		var id int
		fmt.Sscan(m[1], &id)
		closing := fmt.Sprintf("/*@%d}*/", id)
		for k := line - 1; k < len(lines); k++ {
			if strings.Contains(lines[k], closing) {
				return id, true
			}
		}
		return 0, false
	}
	return 0, false
}

// printerModules lists the modules of the crate's own files.
func printerModules(c *rustsrc.Crate, own int) []*printerModule {
	var out []*printerModule
	var walk func(items []syntax.Item, m *printerModule, depth int)
	walk = func(items []syntax.Item, m *printerModule, depth int) {
		if depth > 64 {
			return
		}
		for _, it := range items {
			md, ok := it.(*syntax.Mod)
			if !ok {
				continue
			}
			path := md.Name.Name
			if m.path != "" {
				path = m.path + "::" + md.Name.Name
			}
			if md.Inline {
				sub := &printerModule{path: path, file: m.file, offset: md.Span.End - 1}
				m.kids = append(m.kids, md.Name.Name)
				out = append(out, sub)
				walk(md.Items, sub, depth+1)
				continue
			}
			k, ok := c.ModuleFile(md)
			if !ok || k >= own {
				continue
			}
			sub := &printerModule{path: path, file: k, offset: len(c.Files[k].Text)}
			m.kids = append(m.kids, md.Name.Name)
			out = append(out, sub)
			walk(c.Files[k].AST.Items, sub, depth+1)
		}
	}
	root := &printerModule{file: 0, offset: len(c.Files[0].Text)}
	out = append(out, root)
	walk(c.Files[0].AST.Items, root, 0)
	return out
}

// writePrinters writes the copy's files with the printers of the live
// entries.
func writePrinters(c *rustsrc.Crate, own int, mods []*printerModule, entries []privEntry, live []bool) error {
	byFile := map[int][]*printerModule{}
	for _, m := range mods {
		byFile[m.file] = append(byFile[m.file], m)
	}
	for k := 0; k < own; k++ {
		text := string(c.Files[k].Text)
		ms := byFile[k]
		sort.Slice(ms, func(i, j int) bool { return ms[i].offset > ms[j].offset })
		for _, m := range ms {
			var b strings.Builder
			b.WriteString("\n#[doc(hidden)]\n#[allow(warnings, unused, clippy::all)]\npub fn " + printerFn + "() {\n")
			for _, i := range m.items {
				if !live[i] {
					continue
				}
				if entries[i].copy != "" {
					// The copy spans lines: its marks open and close it.
					fmt.Fprintf(&b, "    { /*@%d{*/\n%s\n    ::__mirlsp_std::println!(\"{}\\t{:?}\", %d, &%s); } /*@%d}*/\n", i, entries[i].copy, i, entries[i].local, i)
					continue
				}
				fmt.Fprintf(&b, "    ::__mirlsp_std::println!(\"{}\\t{:?}\", %d, &%s); /*@%d*/\n", i, entries[i].local, i)
			}
			for _, kid := range m.kids {
				fmt.Fprintf(&b, "    self::%s::%s();\n", kid, printerFn)
			}
			b.WriteString("}\n")
			if m.path == "" {
				b.WriteString("#[doc(hidden)]\n#[allow(unused_extern_crates)]\nextern crate std as __mirlsp_std;\n")
			}
			off := min(max(m.offset, 0), len(text))
			text = text[:off] + b.String() + text[off:]
		}
		if err := os.WriteFile(c.Files[k].Path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// copyTree copies a directory.
func copyTree(src, dst string) error {
	return filepath.Walk(src, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if fi.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
