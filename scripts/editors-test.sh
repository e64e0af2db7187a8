#!/usr/bin/env bash
# The editors' test: builds the VS Code extension (editors/vscode) from a
# clean copy into the universal .vsix (npm run package) and one .vsix per
# platform with its server inside (npm run package:platforms), then drives
# the Neovim plugin (editors/nvim) in headless Neovim and the universal
# .vsix in a real VS Code (code-server in headless Chromium, through
# playwright-core), both against a real `mirlsp serve` built from this
# tree, and the linux-x64 .vsix in a fresh code-server with no mirlsp on
# PATH and no setting (its own server). Installs what it needs: Debian's
# neovim, chromium, ripgrep and the build tools of code-server's native
# modules (apt-get), code-server and playwright-core (npm, at the versions
# of editors/test/package-lock.json, kept in a cache directory).
#
# Usage: scripts/editors-test.sh [package|nvim|vscode]...   (default: all three)
#
# Environment:
#   EDITORS_RS     "0" leaves out the checks on .rs files (reported as skipped),
#                  for a server built without Rust support; default "1".
#   EDITORS_TOOLS  where code-server and playwright-core are installed
#                  (default: .cache/editors/<lock hash> in this checkout, an
#                  ignored directory kept between runs; npm's cache is
#                  .cache/npm).
#   EDITORS_OUT    logs, workspaces and screenshots (default: a new temporary
#                  directory, removed after a passing run).
#   EDITORS_SCREENSHOTS  "1" copies the VS Code screenshots of a passing run to
#                  docs/screenshots/ (the README's); default 0.
#                  scripts/screenshots.sh is the command that does it.
#
# Nothing is written to the user's HOME: after the Go toolchain's settings
# are read, HOME and the XDG directories point into the output directory for
# every tool the test runs (npm, node, Neovim, code-server, Chromium), and
# npm's cache is the checkout's .cache/npm. Only apt-get changes the system
# (it installs the Debian packages above, once).
#
# Prints one line per check and ends with "editors: N passed, N failed"
# (", N skipped" when the .rs checks were skipped); exits 1 when a check
# failed or could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(package nvim vscode)
for s in "${steps[@]}"; do
	case $s in package | nvim | vscode) ;; *)
		echo "usage: $0 [package|nvim|vscode]..." >&2
		exit 2
		;;
	esac
done
want() { [[ " ${steps[*]} " == *" $1 "* ]]; }

EDITORS_RS=${EDITORS_RS:-1}
EDITORS_SCREENSHOTS=${EDITORS_SCREENSHOTS:-0}
out=${EDITORS_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/mirlsp-editors.XXXXXX")}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cache=$repo/.cache
mkdir -p "$cache"
start=$(date +%s)
passed=0 failed=0 skipped=0 rs=0
pids=()

cleanup() {
	local pid
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

say() { echo "editors: $*"; }
die() {
	echo "editors: FAIL: $*" >&2
	echo "editors: logs in $out" >&2
	exit 1
}
# sandbox_home: the Go toolchain keeps its caches where they are (read from
# `go env` while HOME is still the user's), everything else gets a HOME of
# its own under $out, so no tool writes the user's configuration or caches.
sandbox_home() {
	local v
	for v in GOCACHE GOMODCACHE GOPATH GOENV; do
		export "$v=$(go env "$v")"
	done
	export HOME=$out/home
	export XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache XDG_DATA_HOME=$HOME/.local/share XDG_STATE_HOME=$HOME/.local/state
	mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME"
	export npm_config_cache=$cache/npm npm_config_devdir=$cache/node-gyp npm_config_update_notifier=false
}
# count NAME LOG: adds the "NAME: N passed, N failed[, N skipped]" line of LOG to the totals.
count() {
	local line p f k
	line=$(grep -E "^$1: [0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$" "$2" | tail -1 || true)
	if [ -z "$line" ]; then
		say "$1: no result line (the test did not finish); see $2"
		failed=$((failed + 1))
		return
	fi
	read -r p f k < <(sed -E 's/^[a-z]+: ([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?$/\1 \2 \4/' <<<"$line")
	passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + ${k:-0}))
}

sandbox_home

# --- what the machine needs ---------------------------------------------
apt_need=()
want nvim && apt_need+=(neovim)
if want vscode; then
	# chromium for the browser; the rest builds code-server's native modules
	# (and ripgrep replaces the one it would download).
	apt_need+=(chromium ripgrep build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)
fi
missing=()
for p in "${apt_need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
	say "installing ${missing[*]} (apt-get)"
	sudo=()
	[ "$(id -u)" = 0 ] || sudo=(sudo)
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" apt-get update -q >"$out/apt.log" 2>&1 || die "apt-get update failed (see $out/apt.log)"
	"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$out/apt.log" 2>&1 ||
		die "apt-get install ${missing[*]} failed (see $out/apt.log)"
fi
command -v node >/dev/null || die "node is not installed"
command -v npm >/dev/null || die "npm is not installed"
# Native modules build against the installed Node's headers (no download).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then
	export npm_config_nodedir=/usr
fi
npm_q=(--no-audit --no-fund --loglevel=error)

# --- the server -----------------------------------------------------------
if want nvim || want vscode; then
	mkdir -p "$out/bin"
	go build -o "$out/bin/mirlsp" ./cmd/mirlsp || die "go build ./cmd/mirlsp failed"
	case $EDITORS_RS in
	1) rs=1 ;;
	0) say "SKIPPED: the checks on .rs files (EDITORS_RS=0)" ;;
	*) die "EDITORS_RS must be 1 or 0" ;;
	esac
	# The test workspace: MIR files in mir/, the Rust file in rs/ (a root of
	# its own), rustc's diagnostics of the failing const beside them.
	ws=$out/ws
	rm -rf "$ws"
	mkdir -p "$ws/mir" "$ws/rs"
	cp testdata/seed/seed-1.95.mir "$ws/mir/seed.mir"
	cp testdata/errors/ov_sub_seed.mir "$ws/mir/bad.mir"
	cp testdata/errors/ov_sub_seed.rs "$ws/rs/bad.rs"
	cp testdata/errors/ov_sub_seed.expect.json "$ws/bad.expect.json"
	# const fns with arguments, and rustc's values of the consts that call them.
	cp testdata/corpus/recursion.rs testdata/corpus/recursion.values.json "$ws/rs/"
	printf '[package]\nname = "bad"\nversion = "0.1.0"\nedition = "2021"\n\n[lib]\npath = "bad.rs"\n' >"$ws/rs/Cargo.toml"
fi

# --- 1. the .vsix from a clean copy ------------------------------------------
vsix=$out/mirlsp.vsix
if want package || want vscode; then
	say "package: npm ci && npm run package in a clean copy of editors/vscode"
	clean=$out/vscode-clean
	rm -rf "$clean"
	mkdir -p "$clean"
	# The files a checkout has: tracked ones and new ones not ignored.
	git ls-files -z -c -o --exclude-standard -- editors/vscode | xargs -0 -I{} cp --parents {} "$clean/"
	(
		cd "$clean/editors/vscode"
		npm ci "${npm_q[@]}" && npm run package
	) >"$out/package.log" 2>&1 || {
		tail -30 "$out/package.log"
		die "the .vsix did not build (see $out/package.log)"
	}
	cp "$clean/editors/vscode/mirlsp.vsix" "$vsix"
	# The grammar tokenized by VS Code's TextMate engine (node's test runner).
	set +e
	(cd "$clean/editors/vscode" && MIRLSP_TESTDATA=$repo/testdata npm test) >"$out/grammar.log" 2>&1
	set -e
	gp=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$out/grammar.log")
	gf=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$out/grammar.log")
	if [ -z "$gp" ] || [ -z "$gf" ]; then
		tail -20 "$out/grammar.log"
		say "FAIL - grammar: the test did not finish (see $out/grammar.log)"
		failed=$((failed + 1))
	else
		grep -E "^(not )?ok [0-9]+ - " "$out/grammar.log" | sed 's/^/grammar: /'
		say "grammar: $gp passed, $gf failed"
		passed=$((passed + gp)) failed=$((failed + gf))
	fi
	# What VS Code needs from it.
	if python3 - "$vsix" <<'EOF' >>"$out/package.log" 2>&1; then
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
need = ["extension/package.json", "extension/dist/extension.js", "extension/syntaxes/mir.tmLanguage.json",
        "extension/language-configuration.json", "extension.vsixmanifest"]
missing = [n for n in need if n not in names]
assert not missing, f"missing from the .vsix: {missing}"
assert not any(n.startswith("extension/node_modules/") or n.startswith("extension/src/") for n in names), "sources or node_modules packed"
pkg = json.loads(z.read("extension/package.json"))
assert [l["id"] for l in pkg["contributes"]["languages"]] == ["mir"], pkg["contributes"]["languages"]
json.loads(z.read("extension/syntaxes/mir.tmLanguage.json"))
print("vsix ok:", sorted(names))
EOF
		say "ok   - package: mirlsp.vsix built by 'npm ci && npm run package' ($(du -k "$vsix" | cut -f1) KiB)"
		passed=$((passed + 1))
	else
		tail -5 "$out/package.log"
		say "FAIL - package: the .vsix lacks what VS Code needs (see $out/package.log)"
		failed=$((failed + 1))
	fi
	# One .vsix per platform, each with the server cross-compiled for it.
	if (cd "$clean/editors/vscode" && MIRLSP_REPO=$repo npm run package:platforms) >"$out/platforms.log" 2>&1 &&
		python3 - "$clean/editors/vscode" <<'EOF' >>"$out/platforms.log" 2>&1; then
import struct, sys, zipfile
# target: (server file, magic, what the header says of the architecture)
want = {
    "linux-x64": ("mirlsp", "elf", 0x3E), "linux-arm64": ("mirlsp", "elf", 0xB7),
    "darwin-x64": ("mirlsp", "macho", 0x01000007), "darwin-arm64": ("mirlsp", "macho", 0x0100000C),
    "win32-x64": ("mirlsp.exe", "pe", 0x8664),
}
for target, (name, kind, arch) in want.items():
    z = zipfile.ZipFile(f"{sys.argv[1]}/mirlsp-{target}.vsix")
    info = z.getinfo(f"extension/server/{name}")
    head = z.open(info).read(4096)
    if kind == "elf":
        assert head[:4] == b"\x7fELF" and struct.unpack_from("<H", head, 18)[0] == arch, (target, head[:20])
    elif kind == "macho":
        assert head[:4] == b"\xcf\xfa\xed\xfe" and struct.unpack_from("<I", head, 4)[0] == arch, (target, head[:8])
    else:
        pe = struct.unpack_from("<I", head, 0x3C)[0]
        assert head[:2] == b"MZ" and head[pe:pe + 4] == b"PE\0\0" and struct.unpack_from("<H", head, pe + 4)[0] == arch, target
    if kind != "pe":
        assert (info.external_attr >> 16) & 0o111, f"{target}: server/{name} is not executable"
    manifest = z.read("extension.vsixmanifest").decode()
    assert f'TargetPlatform="{target}"' in manifest, f"{target}: the manifest names no TargetPlatform"
    assert "extension/dist/extension.js" in z.namelist(), target
    print("platform vsix ok:", target, info.file_size)
EOF
		cp "$clean/editors/vscode/mirlsp-linux-x64.vsix" "$out/"
		say "ok   - package: npm run package:platforms built a .vsix with its server for linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32-x64"
		passed=$((passed + 1))
	else
		tail -10 "$out/platforms.log"
		say "FAIL - package: the platform .vsix files (see $out/platforms.log)"
		failed=$((failed + 1))
	fi
fi

# --- 2. Neovim -------------------------------------------------------------
if want nvim; then
	say "nvim: $(nvim --version | head -1)"
	set +e
	PATH="$out/bin:$PATH" MIRLSP_CACHE="$out/nvim-cache" MIRLSP_TEST_WS="$ws" MIRLSP_TEST_RS=$rs \
		timeout 900 nvim --headless -u NONE -i NONE --cmd "set rtp^=$repo/editors/nvim" \
		-c "luafile $repo/editors/test/nvim_test.lua" </dev/null 2>&1 | tee "$out/nvim.log"
	set -e
	count nvim "$out/nvim.log"
fi

# --- 3. VS Code ------------------------------------------------------------
if want vscode; then
	lockhash=$(cat editors/test/package.json editors/test/package-lock.json | sha256sum | cut -c1-16)
	tools=${EDITORS_TOOLS:-$cache/editors/$lockhash}
	cs=$tools/node_modules/code-server
	if [ ! -f "$tools/.ready" ]; then
		say "installing code-server and playwright-core into $tools"
		rm -rf "$tools"
		mkdir -p "$tools"
		cp editors/test/package.json editors/test/package-lock.json "$tools/"
		(
			set -e
			cd "$tools"
			# code-server's postinstall would download ripgrep: it is done by hand below.
			npm ci --ignore-scripts "${npm_q[@]}"
			cd "$cs/lib/vscode"
			npm install --omit=dev --ignore-scripts "${npm_q[@]}"
			mkdir -p node_modules/@vscode/ripgrep/bin
			cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
			npm_config_unsafe_perm=true npm rebuild "${npm_q[@]}"
			cd "$tools"
			npm rebuild argon2 "${npm_q[@]}"
			# What code-server's postinstall would have linked.
			ln -sfn node_modules "$cs/lib/vscode/node_modules.asar"
			(cd "$cs/lib/vscode/bin/remote-cli" && ln -sfn code-linux.sh code-server)
			(cd "$cs/lib/vscode/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
			touch "$tools/.ready"
		) >"$out/tools.log" 2>&1 || {
			tail -30 "$out/tools.log"
			die "installing code-server failed (see $out/tools.log)"
		}
	fi
	codeserver=$tools/node_modules/.bin/code-server
	cs_path=/usr/local/bin:/usr/bin:/bin
	if PATH=$cs_path command -v mirlsp >/dev/null; then
		die "a mirlsp binary is on $cs_path ($(PATH=$cs_path command -v mirlsp)): the test needs it absent"
	fi
	# code_server_env DIR: sets cs_env to the environment of a code-server
	# whose HOME and caches are under DIR.
	code_server_env() {
		cs_env=(env -i "PATH=$cs_path" "HOME=$1/home" "XDG_CONFIG_HOME=$1/home/.config" "XDG_DATA_HOME=$1/home/.local/share"
			"XDG_CACHE_HOME=$1/home/.cache" "XDG_STATE_HOME=$1/home/.local/state" "MIRLSP_CACHE=$1/mirlsp-cache"
			"npm_config_cache=$npm_config_cache" "LANG=C.UTF-8" "SHELL=/bin/sh")
	}
	code_server_env "$out/vscode-version"
	say "vscode: code-server $("${cs_env[@]}" "$codeserver" --version 2>/dev/null | grep -E "^[0-9]+\." | head -1)"

	# code_server DIR VSIX FOLDER: a fresh code-server that keeps everything
	# under DIR, with VSIX installed and FOLDER open, on a free port ($port).
	code_server() {
		local dir=$1
		rm -rf "$dir"
		mkdir -p "$dir/home" "$dir/ext" "$dir/user/User"
		code_server_env "$dir"
		"${cs_env[@]}" "$codeserver" --extensions-dir "$dir/ext" --install-extension "$2" >"$dir/install.log" 2>&1 ||
			die "code-server --install-extension failed (see $dir/install.log)"
		grep -q "successfully installed" "$dir/install.log" || die "$2 was not installed: $(cat "$dir/install.log")"
		cat >"$dir/user/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "extensions.ignoreRecommendations": true,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "editor.inlayHints.enabled": "on",
  "editor.minimap.enabled": false,
  "editor.hover.delay": 200,
  "window.zoomLevel": 0,
  "files.exclude": { "**/.git": true }
}
EOF
		port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
		printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$dir/config.yaml"
		"${cs_env[@]}" "$codeserver" --config "$dir/config.yaml" --bind-addr "127.0.0.1:$port" --auth none \
			--disable-telemetry --disable-update-check --disable-workspace-trust \
			--user-data-dir "$dir/user" --extensions-dir "$dir/ext" "$3" >"$dir/code-server.log" 2>&1 &
		pids+=($!)
		for _ in $(seq 1 120); do
			curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
			kill -0 "${pids[-1]}" 2>/dev/null || die "code-server exited: $(tail -5 "$dir/code-server.log")"
			sleep 0.5
		done
		curl -s -o /dev/null "http://127.0.0.1:$port/healthz" || die "code-server did not answer on port $port"
	}

	# The universal .vsix carries no server, and the server binary is NOT on
	# code-server's PATH: the test checks the extension's message, then sets
	# mirlsp.server.path.
	vs=$out/vscode
	code_server "$vs" "$vsix" "$ws/mir"
	set +e
	MIRLSP_TOOLS_DIR=$tools MIRLSP_TEST_RS=$rs timeout 600 node editors/test/vscode_test.mjs \
		"http://127.0.0.1:$port" "$ws" "$out/screenshots" "$vs/user/User/settings.json" "$out/bin/mirlsp" 2>&1 | tee "$out/vscode.log"
	set -e
	kill "${pids[-1]}" 2>/dev/null || true
	count vscode "$out/vscode.log"

	# The linux-x64 .vsix in a fresh code-server, with no mirlsp on PATH and
	# no setting: the server it carries shows hints and diagnostics.
	if [ "$(uname -m)" = x86_64 ] && [ "$rs" = 1 ]; then
		bundled=$out/vscode-bundled
		code_server "$bundled" "$out/mirlsp-linux-x64.vsix" "$ws/rs"
		set +e
		MIRLSP_TOOLS_DIR=$tools MIRLSP_TEST_BUNDLED=1 timeout 300 node editors/test/vscode_test.mjs \
			"http://127.0.0.1:$port" "$ws" "$out/screenshots-bundled" "$bundled/user/User/settings.json" - 2>&1 | tee "$out/bundled.log"
		set -e
		kill "${pids[-1]}" 2>/dev/null || true
		count bundled "$out/bundled.log"
	else
		say "SKIPPED: the linux-x64 .vsix in code-server (needs an x86_64 host and the .rs checks)"
		skipped=$((skipped + 1))
	fi
	if [ "$EDITORS_SCREENSHOTS" = 1 ] && grep -qE "^vscode: [0-9]+ passed, 0 failed$" "$out/vscode.log"; then
		# The README's screenshots: of the .rs file when its checks ran, else of the MIR files.
		src=mir
		[ "$rs" = 1 ] && src=rs
		mkdir -p docs/screenshots
		for n in hints hover diagnostic; do cp "$out/screenshots/$src-$n.png" "docs/screenshots/vscode-$n.png"; done
		cp "$out/screenshots/mir-grammar.png" docs/screenshots/vscode-mir-grammar.png
		[ "$rs" = 1 ] && cp "$out/screenshots/rs-debug.png" docs/screenshots/vscode-debug.png
		say "docs/screenshots/ refreshed from the $src screenshots"
	fi
fi

summary="editors: $passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
	say "took $(($(date +%s) - start)) s; logs and screenshots kept in $out"
	echo "$summary"
	exit 1
fi
if [ -n "${EDITORS_OUT:-}" ]; then
	say "took $(($(date +%s) - start)) s; logs and screenshots in $out"
else
	rm -rf "$out"
	say "took $(($(date +%s) - start)) s"
fi
echo "$summary"
