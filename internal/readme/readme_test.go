// Package readme holds the test that README.md says what a fresh clone
// does: its sample commands print what it shows, its command-line block is
// the program's usage, its limits are the code's, the settings, commands,
// npm scripts, paths and counts it names exist, and its speed numbers are
// those of docs/performance.md.
package readme

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"mirlsp/eval"
	"mirlsp/internal/cli"
)

// root is the repository's top directory.
const root = "../.."

func read(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// section returns the text of the README section with the given "## "
// heading, up to the next "## " heading.
func section(t *testing.T, readme, heading string) string {
	t.Helper()
	i := strings.Index(readme, "\n## "+heading+"\n")
	if i < 0 {
		t.Fatalf("README.md has no section %q", heading)
	}
	s := readme[i+len(heading)+5:]
	if j := strings.Index(s, "\n## "); j >= 0 {
		s = s[:j]
	}
	return s
}

// fenced returns the contents of the ``` blocks of text, in order.
func fenced(text string) []string {
	var blocks []string
	var cur []string
	in := false
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "```") {
			if in {
				blocks = append(blocks, strings.Join(cur, "\n"))
				cur = nil
			}
			in = !in
			continue
		}
		if in {
			cur = append(cur, line)
		}
	}
	return blocks
}

// TestSampleCommands runs every `$ go run ./cmd/mirlsp ARGS` of the
// README's code blocks and compares the output with the lines shown
// after it.
func TestSampleCommands(t *testing.T) {
	readme := read(t, "README.md")
	t.Chdir(root)
	ran := 0
	for _, block := range fenced(readme) {
		lines := strings.Split(block, "\n")
		for i := 0; i < len(lines); i++ {
			args, ok := strings.CutPrefix(lines[i], "$ go run ./cmd/mirlsp ")
			if !ok {
				continue
			}
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(lines[j], "$ ") {
				j++
			}
			want := strings.TrimRight(strings.Join(lines[i+1:j], "\n"), "\n ")
			var stdout, stderr bytes.Buffer
			cli.Run(strings.Fields(args), strings.NewReader(""), &stdout, &stderr)
			if got := strings.TrimRight(stdout.String(), "\n "); got != want {
				t.Errorf("mirlsp %s printed\n%s\n(stderr %q), README.md shows\n%s", args, got, stderr.String(), want)
			}
			ran++
		}
	}
	if ran < 3 {
		t.Errorf("README.md has %d sample commands, want the eval, check and beside ones", ran)
	}
	// The main job's command is one whose output is shown.
	if !strings.Contains(readme, "\n    go run ./cmd/mirlsp eval testdata/seed/seed.rs\n") ||
		!strings.Contains(readme, "$ go run ./cmd/mirlsp eval testdata/seed/seed.rs\n") {
		t.Error("README.md does not show the main job's command `go run ./cmd/mirlsp eval testdata/seed/seed.rs` with its output")
	}
}

// TestUsage: the "Command line" block is what `mirlsp help` prints.
func TestUsage(t *testing.T) {
	blocks := fenced(section(t, read(t, "README.md"), "Command line"))
	if len(blocks) == 0 {
		t.Fatal("no code block in the Command line section")
	}
	var stdout bytes.Buffer
	cli.Run([]string{"help"}, nil, &stdout, &stdout)
	if got, want := strings.TrimRight(stdout.String(), "\n"), strings.TrimRight(blocks[0], "\n"); got != want {
		t.Errorf("mirlsp help prints\n%s\nREADME.md shows\n%s", got, want)
	}
}

// TestGoVersion: the Go release the README asks for is go.mod's.
func TestGoVersion(t *testing.T) {
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(read(t, "go.mod"))
	if m == nil {
		t.Fatal("no go line in go.mod")
	}
	if want := "Go " + m[1] + " or later"; !strings.Contains(read(t, "README.md"), want) {
		t.Errorf("README.md does not say %q", want)
	}
}

// TestLimits: each row of the Limits table names the code that sets the
// limit, and its default is that code's value.
func TestLimits(t *testing.T) {
	sec := section(t, read(t, "README.md"), "Limits")
	rows := 0
	for _, line := range strings.Split(sec, "\n") {
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) != 4 || strings.HasPrefix(strings.TrimSpace(cells[0]), "---") || strings.TrimSpace(cells[0]) == "limit" {
			continue
		}
		rows++
		ident := strings.Trim(strings.TrimSpace(cells[3]), "`")
		stated, err := parseAmount(strings.TrimSpace(cells[1]))
		if err != nil {
			t.Errorf("limit %s: %v", ident, err)
			continue
		}
		actual, err := codeValue(ident)
		if err != nil {
			t.Errorf("limit %s: %v", ident, err)
			continue
		}
		if stated != actual {
			t.Errorf("limit %s: README.md says %s (%d), the code has %d", ident, strings.TrimSpace(cells[1]), stated, actual)
		}
	}
	if rows < 10 {
		t.Errorf("the Limits table has %d rows", rows)
	}
}

var amount = regexp.MustCompile(`^([0-9][0-9,]*)(?: (GiB|MiB|KiB|s|ms))?$`)

// parseAmount reads "2,000,000", "1 GiB", "10 s" (in nanoseconds).
func parseAmount(s string) (int64, error) {
	m := amount.FindStringSubmatch(s)
	if m == nil {
		return 0, &strconv.NumError{Func: "parseAmount", Num: s, Err: strconv.ErrSyntax}
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(m[1], ",", ""), 10, 64)
	if err != nil {
		return 0, err
	}
	unit := map[string]int64{"": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "ms": 1e6, "s": 1e9}[m[2]]
	return n * unit, nil
}

// codeValue is the value of `eval.DefaultConfig.Field` or of a constant
// `dir.name` (an exported or unexported const of the package in dir).
func codeValue(ident string) (int64, error) {
	if field, ok := strings.CutPrefix(ident, "eval.DefaultConfig."); ok {
		v := reflect.ValueOf(eval.DefaultConfig).FieldByName(field)
		switch {
		case !v.IsValid():
			return 0, os.ErrNotExist
		case v.CanInt():
			return v.Int(), nil
		case v.CanUint():
			return int64(v.Uint()), nil
		}
		return 0, os.ErrInvalid
	}
	dot := strings.LastIndex(ident, ".")
	if dot < 0 {
		return 0, os.ErrInvalid
	}
	return packageConst(filepath.Join(root, ident[:dot]), ident[dot+1:])
}

// packageConst evaluates the constant name of the Go package in dir from
// its source: integer literals, operators, parentheses, other constants of
// the package and time's units.
func packageConst(dir, name string) (int64, error) {
	pkgs, err := parser.ParseDir(token.NewFileSet(), dir, func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		return 0, err
	}
	specs := map[string]ast.Expr{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							specs[n.Name] = vs.Values[i]
						}
					}
				}
			}
		}
	}
	units := map[string]int64{"Nanosecond": 1, "Microsecond": 1e3, "Millisecond": 1e6, "Second": 1e9, "Minute": 60e9}
	var evalExpr func(e ast.Expr, depth int) (constant.Value, error)
	evalExpr = func(e ast.Expr, depth int) (constant.Value, error) {
		if depth > 20 {
			return nil, os.ErrInvalid
		}
		switch e := e.(type) {
		case *ast.BasicLit:
			return constant.MakeFromLiteral(e.Value, e.Kind, 0), nil
		case *ast.ParenExpr:
			return evalExpr(e.X, depth+1)
		case *ast.Ident:
			if x, ok := specs[e.Name]; ok {
				return evalExpr(x, depth+1)
			}
		case *ast.SelectorExpr:
			if x, ok := e.X.(*ast.Ident); ok && x.Name == "time" {
				if u, ok := units[e.Sel.Name]; ok {
					return constant.MakeInt64(u), nil
				}
			}
		case *ast.BinaryExpr:
			x, err := evalExpr(e.X, depth+1)
			if err != nil {
				return nil, err
			}
			y, err := evalExpr(e.Y, depth+1)
			if err != nil {
				return nil, err
			}
			if e.Op == token.SHL || e.Op == token.SHR {
				s, _ := constant.Uint64Val(y)
				return constant.Shift(x, e.Op, uint(s)), nil
			}
			return constant.BinaryOp(x, e.Op, y), nil
		}
		return nil, &os.PathError{Op: "evaluate", Path: name, Err: os.ErrInvalid}
	}
	x, ok := specs[name]
	if !ok {
		return 0, &os.PathError{Op: "find const", Path: filepath.Join(dir, name), Err: os.ErrNotExist}
	}
	v, err := evalExpr(x, 0)
	if err != nil {
		return 0, err
	}
	n, exact := constant.Int64Val(v)
	if !exact {
		return 0, os.ErrInvalid
	}
	return n, nil
}

// TestNames: every `mirlsp.…` the README names is a setting or command of
// the VS Code extension or a command of the server, with the default the
// settings table gives; every :Mirlsp… command is the Neovim plugin's;
// every `npm run …` is a script of editors/vscode/package.json.
func TestNames(t *testing.T) {
	readme := read(t, "README.md")
	var pkg struct {
		Scripts     map[string]string `json:"scripts"`
		Contributes struct {
			Commands []struct {
				Command string `json:"command"`
			} `json:"commands"`
			Configuration struct {
				Properties map[string]struct {
					Default any `json:"default"`
				} `json:"properties"`
			} `json:"configuration"`
		} `json:"contributes"`
	}
	if err := json.Unmarshal([]byte(read(t, "editors/vscode/package.json")), &pkg); err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{"mirlsp.evaluate": true, "mirlsp.showMir": true} // the server's commands
	for _, c := range pkg.Contributes.Commands {
		known[c.Command] = true
	}
	for k := range pkg.Contributes.Configuration.Properties {
		known[k] = true
	}
	for _, m := range regexp.MustCompile("`(mirlsp\\.[A-Za-z.]+)`").FindAllStringSubmatch(readme, -1) {
		if !known[m[1]] && !strings.HasSuffix(m[1], ".vsix") {
			t.Errorf("README.md names `%s`, which is neither a setting nor a command", m[1])
		}
	}
	// The defaults of the settings table's one-setting rows.
	row := regexp.MustCompile("(?m)^\\| `(mirlsp\\.[A-Za-z.]+)` \\| `([^`]*)` \\|")
	for _, m := range row.FindAllStringSubmatch(readme, -1) {
		p, ok := pkg.Contributes.Configuration.Properties[m[1]]
		if !ok {
			continue // reported above
		}
		def := ""
		if s, ok := p.Default.(string); ok {
			def = strconv.Quote(s)
			if s != "" {
				def = s
			}
		} else {
			b, _ := json.Marshal(p.Default)
			def = string(b)
		}
		if def != m[2] {
			t.Errorf("README.md gives %s the default `%s`, package.json %s", m[1], m[2], def)
		}
	}
	if d := pkg.Contributes.Configuration.Properties["mirlsp.stepLimit"].Default; d != float64(eval.DefaultConfig.StepLimit) {
		t.Errorf("mirlsp.stepLimit defaults to %v, the evaluator to %d", d, eval.DefaultConfig.StepLimit)
	}

	// The plugin's commands, from every module of editors/nvim/lua/mirlsp.
	luas, err := filepath.Glob(filepath.Join(root, "editors/nvim/lua/mirlsp/*.lua"))
	if err != nil || len(luas) == 0 {
		t.Fatalf("the Neovim plugin's modules: %v", err)
	}
	plugin := ""
	for _, f := range luas {
		rel, _ := filepath.Rel(root, f)
		plugin += read(t, rel)
	}
	for _, m := range regexp.MustCompile(`:(Mirlsp[A-Za-z]+)`).FindAllStringSubmatch(readme, -1) {
		if !strings.Contains(plugin, `nvim_create_user_command("`+m[1]+`"`) {
			t.Errorf("README.md names :%s, which the Neovim plugin does not define", m[1])
		}
	}
	for _, m := range regexp.MustCompile(`npm run ([a-z:]+)`).FindAllStringSubmatch(readme, -1) {
		if _, ok := pkg.Scripts[m[1]]; !ok {
			t.Errorf("README.md says `npm run %s`, which editors/vscode/package.json does not define", m[1])
		}
	}
}

var goIdent = regexp.MustCompile(`^[a-z/]+\.[A-Za-z]+$`)

// TestPaths: every file or directory of the repository the README names
// exists (scripts executable).
func TestPaths(t *testing.T) {
	readme := read(t, "README.md")
	seen := 0
	for _, m := range regexp.MustCompile("`((?:\\.ci|cmd|docs|editors|internal|scripts|server|testdata|bench|crates|eval|mir|mirparse|rustsrc|cache)/[^` ]*)`").FindAllStringSubmatch(readme, -1) {
		p := strings.TrimRight(m[1], "/")
		seen++
		matches, err := filepath.Glob(filepath.Join(root, p))
		if len(matches) == 0 && goIdent.MatchString(p) {
			// A Go identifier: rustsrc/syntax.MaxNesting is in rustsrc/syntax.
			matches, err = filepath.Glob(filepath.Join(root, p[:strings.LastIndex(p, ".")]))
		}
		if err != nil || len(matches) == 0 {
			t.Errorf("README.md names %s, which does not exist", m[1])
			continue
		}
		if strings.HasPrefix(p, "scripts/") || p == ".ci/run" {
			if fi, err := os.Stat(matches[0]); err != nil || fi.Mode()&0o111 == 0 {
				t.Errorf("%s is not executable", p)
			}
		}
	}
	for _, img := range regexp.MustCompile(`\]\((docs/[^)]+)\)`).FindAllStringSubmatch(readme, -1) {
		seen++
		if _, err := os.Stat(filepath.Join(root, img[1])); err != nil {
			t.Errorf("README.md shows %s, which does not exist", img[1])
		}
	}
	if seen < 20 {
		t.Errorf("only %d paths found in README.md", seen)
	}
}

// TestCounts: the numbers of programs the README gives are the number of
// files in testdata.
func TestCounts(t *testing.T) {
	readme := read(t, "README.md")
	for _, c := range []struct{ pattern, glob string }{
		{"`testdata/corpus/\\*\\.rs` \\(([0-9,]+) programs\\)", "testdata/corpus/*.rs"},
		{"`testdata/errors/\\*\\.rs` \\(([0-9,]+)\\s+failing programs\\)", "testdata/errors/*.rs"},
		{"`testdata/ub/` holds ([0-9,]+) programs that rustc rejects", "testdata/ub/errors/*.rs"},
		{"rustc rejects for undefined\\s+behaviour[^)]*\\)\\s+and ([0-9,]+) that it\\s+accepts", "testdata/ub/corpus/*.rs"},
	} {
		m := regexp.MustCompile(c.pattern).FindStringSubmatch(readme)
		if m == nil {
			t.Errorf("README.md does not match %s", c.pattern)
			continue
		}
		files, _ := filepath.Glob(filepath.Join(root, c.glob))
		if n, _ := strconv.Atoi(strings.ReplaceAll(m[1], ",", "")); n != len(files) {
			t.Errorf("README.md says %s for %s, there are %d", m[1], c.glob, len(files))
		}
	}
}

// TestSpeedNumbers: every number of the README's Speed section comes from
// docs/performance.md, where the method and the runs are.
func TestSpeedNumbers(t *testing.T) {
	sec := section(t, read(t, "README.md"), "Speed")
	perf := read(t, "docs/performance.md")
	num := regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)*`)
	have := map[string]bool{}
	for _, n := range num.FindAllString(perf, -1) {
		have[n] = true
	}
	checked := 0
	for _, n := range num.FindAllString(sec, -1) {
		checked++
		if !have[n] {
			t.Errorf("README.md's Speed section says %s, which docs/performance.md does not", n)
		}
	}
	if checked < 10 {
		t.Errorf("only %d numbers in the Speed section", checked)
	}
}
