// cached.go memoizes graphs for a long-running process (the language
// server): a graph is read again only when a manifest, lock or config
// file it came from changes.

package crates

import (
	"os"
	"path/filepath"
	"sync"
	"time"
)

type stamp struct {
	size int64
	mod  time.Time
}

type cachedGraph struct {
	g      *Graph
	err    error
	stamps map[string]stamp
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*cachedGraph{} // by manifest path
)

// maxCachedGraphs bounds the memo.
const maxCachedGraphs = 256

func statStamp(path string) stamp {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{size: -1}
	}
	return stamp{size: fi.Size(), mod: fi.ModTime()}
}

// Cached is Discover, memoized per manifest until one of the files the
// graph was read from (the Cargo.toml of the workspace and of its local
// packages, Cargo.lock, .cargo/config.toml) changes.
func Cached(path string, opts Options) (*Graph, error) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	manifest := FindManifest(path)
	if manifest == "" {
		return nil, ErrNoManifest
	}
	cacheMu.Lock()
	c := cache[manifest]
	cacheMu.Unlock()
	if c != nil && fresh(c.stamps) {
		return c.g, c.err
	}
	g, err := Discover(manifest, opts)
	files := []string{manifest, filepath.Join(filepath.Dir(manifest), "Cargo.lock")}
	if g != nil {
		files = append(files, filepath.Join(g.Root, "Cargo.toml"), filepath.Join(g.Root, "Cargo.lock"), filepath.Join(g.Root, ".cargo", "config.toml"))
		for _, p := range g.Packages {
			if p.Member || !registryDir(p.Dir) {
				files = append(files, filepath.Join(p.Dir, "Cargo.toml"))
			}
		}
	}
	c = &cachedGraph{g: g, err: err, stamps: map[string]stamp{}}
	for _, f := range files {
		c.stamps[f] = statStamp(f)
	}
	cacheMu.Lock()
	if len(cache) >= maxCachedGraphs {
		clear(cache)
	}
	cache[manifest] = c
	cacheMu.Unlock()
	return g, err
}

func fresh(stamps map[string]stamp) bool {
	for f, s := range stamps {
		if statStamp(f) != s {
			return false
		}
	}
	return true
}

// registryDir reports whether a package lies in a registry or vendored
// source (which never changes): a directory NAME-VERSION holding a
// .cargo-checksum.json or .cargo-ok.
func registryDir(dir string) bool {
	for _, f := range []string{".cargo-checksum.json", ".cargo-ok"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			return true
		}
	}
	return false
}
