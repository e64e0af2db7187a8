package rustgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ManyDeps writes under dir a Cargo package `app` with n path
// dependencies dep000… (each a library of 20 consts and 20 const fns)
// whose src/lib.rs uses three of them (dep000, dep050 and the last one,
// n ≥ 51). It returns the path of src/lib.rs.
func ManyDeps(dir string, n int) (string, error) {
	var deps strings.Builder
	files := map[string]string{}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("dep%03d", i)
		fmt.Fprintf(&deps, "%s = { path = \"deps/%s\" }\n", name, name)
		var src strings.Builder
		for j := 0; j < 20; j++ {
			fmt.Fprintf(&src, "pub const C%d: u32 = %d * %d;\npub const fn f%d(x: u32) -> u32 { x + C%d }\n", j, i, j, j, j)
		}
		files[filepath.Join("deps", name, "Cargo.toml")] = fmt.Sprintf("[package]\nname = %q\nversion = \"0.1.0\"\nedition = \"2021\"\n", name)
		files[filepath.Join("deps", name, "src", "lib.rs")] = src.String()
	}
	files["Cargo.toml"] = "[package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n" + deps.String()
	main := filepath.Join("src", "lib.rs")
	files[main] = fmt.Sprintf("pub const A: u32 = dep000::C3 + dep050::f2(1);\npub const B: u32 = dep%03d::C19;\n", n-1)
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, main), nil
}
