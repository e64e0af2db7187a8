// derive.go builds the MIR of a failing program from a passing variant of it
// (`//@ mir-from: 5000 => 42` directives), since rustc prints no MIR for a crate whose
// constant fails to evaluate. `//@ mir-replace: A => B` directives then patch MIR text
// that the literal mapping cannot restore (e.g. array lengths inside types).

package corpusgen

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// substitution is one `//@ mir-from: ORIG => PASS` directive.
type substitution struct {
	orig, pass string // integer literal tokens
}

// replacement is one `//@ mir-replace: FROM => TO` directive: a literal text
// replacement in the restored MIR.
type replacement struct {
	from, to string
}

// directives are the derivation directives of a failing program.
type directives struct {
	subs []substitution
	reps []replacement
}

// derives reports whether the program asks for a derived MIR file.
func (d directives) derives() bool { return len(d.subs) > 0 || len(d.reps) > 0 }

var directiveRe = regexp.MustCompile(`^\s*//@ mir-from:\s*(\S+)\s*=>\s*(\S+)\s*$`)
var replaceRe = regexp.MustCompile(`^\s*//@ mir-replace: (.*)$`)
var plainIntRe = regexp.MustCompile(`^[0-9]+$`)

// isDirective reports whether a source line is a derivation directive.
func isDirective(l string) bool { return directiveRe.MatchString(l) || replaceRe.MatchString(l) }

// parseDirectives returns the mir-from and mir-replace directives of a failing program.
func parseDirectives(src string) (directives, error) {
	var d directives
	for _, l := range strings.Split(src, "\n") {
		if m := replaceRe.FindStringSubmatch(l); m != nil {
			// FROM and TO are exact MIR text, split at the first " => "
			from, to, ok := strings.Cut(m[1], " => ")
			if !ok || from == "" || from == to {
				return directives{}, fmt.Errorf("mir-replace directive %q: want `//@ mir-replace: FROM => TO` with FROM non-empty and different from TO", strings.TrimSpace(l))
			}
			d.reps = append(d.reps, replacement{from, to})
			continue
		}
		m := directiveRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if !plainIntRe.MatchString(m[1]) || !plainIntRe.MatchString(m[2]) {
			return directives{}, fmt.Errorf("mir-from directive %q: both sides must be plain decimal integers", strings.TrimSpace(l))
		}
		d.subs = append(d.subs, substitution{m[1], m[2]})
	}
	if len(d.reps) > 0 && len(d.subs) == 0 {
		return directives{}, fmt.Errorf("mir-replace needs a mir-from directive: without one there is no passing variant to compile")
	}
	return d, nil
}

// passingVariant replaces every token ORIG by PASS outside the directive lines.
func passingVariant(src string, subs []substitution) (string, error) {
	lines := strings.Split(src, "\n")
	for _, s := range subs {
		// the MIR is mapped back by PASS, so PASS must not already occur in the code
		passRe := regexp.MustCompile(`\b` + regexp.QuoteMeta(s.pass) + `\b`)
		for _, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), "//") {
				continue
			}
			if passRe.MatchString(l) {
				return "", fmt.Errorf("mir-from %s => %s: %s already occurs in the source, the MIR could not be mapped back unambiguously", s.orig, s.pass, s.pass)
			}
		}
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(s.orig) + `\b`)
		n := 0
		for i, l := range lines {
			if isDirective(l) {
				continue
			}
			n += len(re.FindAllStringIndex(l, -1))
			lines[i] = re.ReplaceAllString(l, s.pass)
		}
		if n == 0 {
			return "", fmt.Errorf("mir-from %s => %s: token %s does not occur in the source", s.orig, s.pass, s.orig)
		}
	}
	return strings.Join(lines, "\n"), nil
}

const intSuffixes = `(?:i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize)`

// restoreLiterals rewrites the MIR of the passing variant back to the failing
// program's literals: `const 42_u32` becomes `const 5000_u32` (or `u32::MAX` when the
// original value is the type's extreme, as rustc prints it).
func restoreLiterals(mirText string, subs []substitution) (string, error) {
	lines := strings.Split(mirText, "\n")
	for _, s := range subs {
		re := regexp.MustCompile(`const (-?)` + regexp.QuoteMeta(s.pass) + `_(` + intSuffixes + `)\b`)
		changed := 0
		for i, l := range lines {
			nl := re.ReplaceAllStringFunc(l, func(m string) string {
				sm := re.FindStringSubmatch(m)
				return "const " + spellInt(sm[1]+s.orig, sm[2])
			})
			if nl != l {
				changed++
				lines[i] = nl
			}
		}
		if changed == 0 {
			return "", fmt.Errorf("mir-from %s => %s: no `const %s_<int>` in the MIR of the passing variant", s.orig, s.pass, s.pass)
		}
	}
	return strings.Join(lines, "\n"), nil
}

// spellInt prints an integer constant the way rustc's ConstInt Debug does.
func spellInt(val, ty string) string {
	if val == intLimit(ty, true).String() {
		return ty + "::MAX"
	}
	if ty[0] == 'i' && val == intLimit(ty, false).String() {
		return ty + "::MIN"
	}
	return val + "_" + ty
}

// applyReplacements applies the mir-replace directives in order to the restored MIR.
// Each must match at least once.
func applyReplacements(mirText string, reps []replacement) (string, error) {
	for _, r := range reps {
		if !strings.Contains(mirText, r.from) {
			return "", fmt.Errorf("mir-replace %s => %s: %q does not occur in the MIR of the passing variant", r.from, r.to, r.from)
		}
		mirText = strings.ReplaceAll(mirText, r.from, r.to)
	}
	return mirText, nil
}

// checkCTFEBodies compares the derived MIR with what rustc itself builds for the
// failing program: rustc prints no --emit=mir listing for it, but -Zdump-mir still
// dumps every body it builds before evaluation fails. Each body after the CtfeLimit
// pass (the last pass of mir_for_ctfe: fn bodies under "// MIR FOR CTFE", consts,
// statics and anon consts) must occur verbatim in the derived listing. Promoteds and the
// optimized fn bodies are not dumped for a failing crate and are not checked.
func (g *generator) checkCTFEBodies(dir, file, derived string) error {
	tmp, err := os.MkdirTemp("", "corpusgen-dump-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	dump := filepath.Join(tmp, "dump")
	args := append(append([]string{}, libFlags...), "-Zdump-mir=CtfeLimit", "-Zdump-mir-dir="+dump, "-o", filepath.Join(tmp, "out.mir"), file)
	res := g.rustcMemLimited(dir, []string{"RUSTC_BOOTSTRAP=1"}, args...)
	if res.exitCode < 0 {
		return fmt.Errorf("%s: running rustc -Zdump-mir: %v", file, res.err)
	}
	ents, err := os.ReadDir(dump)
	if err != nil {
		return fmt.Errorf("%s: rustc -Zdump-mir wrote no dump: %v\n%s", file, err, res.stderr)
	}
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".CtfeLimit.after.mir") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return fmt.Errorf("%s: rustc -Zdump-mir dumped no CTFE bodies", file)
	}
	var bad []string
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dump, n))
		if err != nil {
			return err
		}
		// drop the "// MIR for `X` after CtfeLimit" line and the blank line after it
		parts := strings.SplitN(string(data), "\n", 3)
		if len(parts) < 3 {
			return fmt.Errorf("%s: unexpected dump file %s", file, n)
		}
		body := strings.TrimRight(parts[2], "\n")
		if !strings.Contains(derived, body+"\n") {
			bad = append(bad, n)
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%s: the derived MIR differs from rustc's own CTFE bodies of the failing program (%s); add or fix mir-replace directives", file, strings.Join(bad, ", "))
	}
	return nil
}
