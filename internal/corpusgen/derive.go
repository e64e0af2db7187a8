// derive.go builds the MIR of a failing program from a passing variant of it
// (`//@ mir-from: 5000 => 42` directives), since rustc prints no MIR for a crate whose
// constant fails to evaluate.

package corpusgen

import (
	"fmt"
	"regexp"
	"strings"
)

// substitution is one `//@ mir-from: ORIG => PASS` directive.
type substitution struct {
	orig, pass string // integer literal tokens
}

var directiveRe = regexp.MustCompile(`^\s*//@ mir-from:\s*(\S+)\s*=>\s*(\S+)\s*$`)
var plainIntRe = regexp.MustCompile(`^[0-9]+$`)

// parseDirectives returns the mir-from directives of a failing program.
func parseDirectives(src string) ([]substitution, error) {
	var subs []substitution
	for _, l := range strings.Split(src, "\n") {
		m := directiveRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		if !plainIntRe.MatchString(m[1]) || !plainIntRe.MatchString(m[2]) {
			return nil, fmt.Errorf("mir-from directive %q: both sides must be plain decimal integers", strings.TrimSpace(l))
		}
		subs = append(subs, substitution{m[1], m[2]})
	}
	return subs, nil
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
			if directiveRe.MatchString(l) {
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
