package cli

import (
	"runtime/debug"
	"testing"
)

func TestBuildVersion(t *testing.T) {
	setting := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	rev := "7b57ab5c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"
	for _, tc := range []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"clean checkout", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"},
			Settings: setting("vcs", "git", "vcs.revision", rev, "vcs.time", "2026-12-03T17:19:00Z", "vcs.modified", "false")},
			true, "mirlsp (devel) (revision 7b57ab5c0d1e, 2026-12-03T17:19:00Z)"},
		{"modified checkout", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203171900-7b57ab5c0d1e+dirty"},
			Settings: setting("vcs.revision", rev, "vcs.time", "2026-12-03T17:19:00Z", "vcs.modified", "true")},
			true, "mirlsp v0.0.0-20261203171900-7b57ab5c0d1e+dirty (revision 7b57ab5c0d1e, 2026-12-03T17:19:00Z, modified)"},
		{"module version (go install mirlsp@v1.2.3)", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}},
			true, "mirlsp v1.2.3 (no VCS revision recorded: built outside a git clone or with -buildvcs=false)"},
		{"no version", &debug.BuildInfo{}, true, "mirlsp (devel) (no VCS revision recorded: built outside a git clone or with -buildvcs=false)"},
		{"no build information", nil, false, "mirlsp (unknown build: no build information)"},
	} {
		if got := buildVersion(tc.info, tc.ok); got != tc.want {
			t.Errorf("%s: buildVersion = %q, want %q", tc.name, got, tc.want)
		}
	}
}
