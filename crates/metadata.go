// metadata.go reads the graph from `cargo metadata --format-version 1
// --offline`: exact versions, resolved features, the extern names of
// dependencies (renames and `-` as `_` applied by cargo).

package crates

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// metadataTimeout bounds one cargo run (offline, it reads only local
// files; a stuck lock must not hang the server).
const metadataTimeout = 30 * time.Second

type metaOut struct {
	Packages []struct {
		Name         string `json:"name"`
		Version      string `json:"version"`
		ID           string `json:"id"`
		ManifestPath string `json:"manifest_path"`
		Edition      string `json:"edition"`
		Targets      []struct {
			Name    string   `json:"name"`
			Kind    []string `json:"kind"`
			SrcPath string   `json:"src_path"`
			Edition string   `json:"edition"`
		} `json:"targets"`
	} `json:"packages"`
	WorkspaceMembers []string `json:"workspace_members"`
	WorkspaceRoot    string   `json:"workspace_root"`
	Resolve          *struct {
		Nodes []struct {
			ID   string `json:"id"`
			Deps []struct {
				Name     string `json:"name"`
				Pkg      string `json:"pkg"`
				DepKinds []struct {
					Kind *string `json:"kind"`
				} `json:"dep_kinds"`
			} `json:"deps"`
			Features []string `json:"features"`
		} `json:"nodes"`
	} `json:"resolve"`
}

// metadata runs cargo metadata for manifest.
func metadata(manifest string, opts Options) (*Graph, error) {
	cargo := opts.Cargo
	if cargo == "" {
		var err error
		if cargo, err = exec.LookPath("cargo"); err != nil {
			return nil, err
		}
	}
	// --locked: cargo never writes a Cargo.lock into the user's project
	// (without one, the graph is read from the manifests).
	args := []string{"metadata", "--format-version", "1", "--offline", "--manifest-path", manifest}
	if !opts.WriteLock {
		args = append(args, "--locked")
	}
	if host := hostTriple(); host != "" {
		// Only the dependencies this target compiles.
		args = append(args, "--filter-platform", host)
	}
	ctx, cancel := context.WithTimeout(context.Background(), metadataTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, cargo, args...)
	cmd.Dir = filepath.Dir(manifest)
	cmd.Env = os.Environ()
	if opts.CargoHome != "" {
		cmd.Env = append(cmd.Env, "CARGO_HOME="+opts.CargoHome)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("cargo metadata: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return parseMetadata(stdout.Bytes())
}

// parseMetadata builds a graph from cargo metadata's JSON.
func parseMetadata(data []byte) (*Graph, error) {
	var m metaOut
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("cargo metadata: %v", err)
	}
	if m.Resolve == nil {
		return nil, fmt.Errorf("cargo metadata: no resolve graph")
	}
	g := &Graph{Root: m.WorkspaceRoot, Source: "cargo metadata"}
	byID := map[string]*Package{}
	members := map[string]bool{}
	for _, id := range m.WorkspaceMembers {
		members[id] = true
	}
	for _, mp := range m.Packages {
		p := &Package{Name: mp.Name, Version: mp.Version, Dir: filepath.Dir(mp.ManifestPath), Edition: mp.Edition, Member: members[mp.ID]}
		for _, t := range mp.Targets {
			ed := t.Edition
			if ed == "" {
				ed = p.Edition
			}
			tg := &Target{Name: CrateName(t.Name), SrcPath: t.SrcPath, Edition: ed}
			for _, k := range t.Kind {
				switch k {
				case "lib", "rlib", "dylib", "staticlib", "cdylib":
					if p.Lib == nil {
						tg.Kind = "lib"
						p.Lib = tg
					}
				case "proc-macro":
					p.ProcMacro = true
					tg.Kind = "lib"
					p.Lib = tg
				case "bin":
					tg.Kind = "bin"
					p.Bins = append(p.Bins, tg)
				case "custom-build":
					p.BuildScript = true
				}
			}
		}
		byID[mp.ID] = p
	}
	for _, n := range m.Resolve.Nodes {
		p := byID[n.ID]
		if p == nil {
			continue
		}
		p.Features = append(p.Features, n.Features...)
		for _, d := range n.Deps {
			normal := false
			for _, k := range d.DepKinds {
				if k.Kind == nil {
					normal = true
				}
			}
			if q := byID[d.Pkg]; normal && q != nil {
				p.Deps = append(p.Deps, Dep{Name: d.Name, Pkg: q})
			}
		}
		g.Packages = append(g.Packages, p)
	}
	g.order()
	return g, nil
}

// hostTriple is rustc's host target, or "" without rustc.
var hostTriple = sync.OnceValue(func() string {
	rustc, err := exec.LookPath("rustc")
	if err != nil {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.Background(), metadataTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, rustc, "-vV").Output()
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(out), "\n") {
		if h, ok := strings.CutPrefix(l, "host: "); ok {
			return strings.TrimSpace(h)
		}
	}
	return ""
})

// HostCfg returns the lines of `rustc --print cfg` (the host target's
// cfgs, debug_assertions included as in a dev build), or nil when rustc
// is not on PATH. rustc runs once per process.
var HostCfg = sync.OnceValue(func() []string {
	rustc, err := exec.LookPath("rustc")
	if err != nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), metadataTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, rustc, "--print", "cfg").Output()
	if err != nil {
		return nil
	}
	var lines []string
	for _, l := range strings.Split(string(out), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
})
