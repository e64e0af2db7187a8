// npm run package:platforms [-- TARGET...]: one .vsix per platform, each
// with the mirlsp server cross-compiled for it (GOOS/GOARCH,
// CGO_ENABLED=0) in server/mirlsp (server/mirlsp.exe on Windows), as
// rust-analyzer's extension ships its server. The extension runs that
// binary unless mirlsp.server.path is set (src/extension.ts).
//
// Writes mirlsp-TARGET.vsix here for linux-x64, linux-arm64, darwin-x64,
// darwin-arm64 and win32-x64 (or the TARGETs given). Needs Go; the mirlsp
// module is ../.. (MIRLSP_REPO overrides it).

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repo = path.resolve(process.env.MIRLSP_REPO || path.join(here, "..", ".."));

/** VS Code's target names and Go's GOOS/GOARCH for them. */
export const targets = {
  "linux-x64": ["linux", "amd64"],
  "linux-arm64": ["linux", "arm64"],
  "darwin-x64": ["darwin", "amd64"],
  "darwin-arm64": ["darwin", "arm64"],
  "win32-x64": ["windows", "amd64"],
};

const wanted = process.argv.slice(2);
for (const t of wanted) {
  if (!targets[t]) {
    console.error(`unknown target ${t}; known: ${Object.keys(targets).join(", ")}`);
    process.exit(2);
  }
}
if (!existsSync(path.join(repo, "go.mod")) || !existsSync(path.join(repo, "cmd", "mirlsp"))) {
  console.error(`${repo} is not the mirlsp module (set MIRLSP_REPO)`);
  process.exit(2);
}

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: "inherit", ...opts });
const server = path.join(here, "server");
try {
  for (const target of wanted.length ? wanted : Object.keys(targets)) {
    const [goos, goarch] = targets[target];
    rmSync(server, { recursive: true, force: true });
    mkdirSync(server);
    const bin = path.join(server, goos === "windows" ? "mirlsp.exe" : "mirlsp");
    console.log(`${target}: go build (GOOS=${goos} GOARCH=${goarch})`);
    run("go", ["build", "-trimpath", "-buildvcs=true", "-o", bin, "./cmd/mirlsp"], {
      cwd: repo,
      env: { ...process.env, GOOS: goos, GOARCH: goarch, CGO_ENABLED: "0" },
    });
    const out = `mirlsp-${target}.vsix`;
    run("npx", ["vsce", "package", "--target", target, "--no-dependencies", "--skip-license", "-o", out], { cwd: here });
    console.log(`${target}: ${out} (${Math.round(statSync(path.join(here, out)).size / 1024)} KiB)`);
  }
} finally {
  rmSync(server, { recursive: true, force: true });
}
