// The VS Code test: a real VS Code (code-server) with the built mirlsp.vsix
// installed, in headless Chromium driven by playwright-core. Run by
// scripts/editors-test.sh, which starts code-server; WORKSPACE holds
// mir/seed.mir, mir/bad.mir, rs/bad.rs, rs/recursion.rs,
// rs/recursion.values.json, rs/Cargo.toml and bad.expect.json (see
// nvim_test.lua). The window opens mir/, then rs/.
//
//   node vscode_test.mjs URL WORKSPACE SCREENSHOT_DIR USER_SETTINGS_JSON MIRLSP_BINARY
//
// code-server runs without mirlsp on PATH: the test checks the message
// that says so, then sets mirlsp.server.path to MIRLSP_BINARY in the
// settings editor that message opens (USER_SETTINGS_JSON is checked to
// have it) and restarts the server with the extension's command.
// MIRLSP_TEST_RS=1 adds the checks on the .rs files. Prints one line per
// check and "vscode: N passed, N failed"; exits 1 on any failure.
//
// MIRLSP_TEST_BUNDLED=1 runs only bundledScenario instead: the window
// already shows rs/ in a code-server where a platform .vsix is installed,
// with no mirlsp on PATH and no mirlsp setting (MIRLSP_BINARY is "-");
// it prints "bundled: N passed, N failed".

import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(process.env.MIRLSP_TOOLS_DIR ? path.join(process.env.MIRLSP_TOOLS_DIR, "package.json") : import.meta.url);
const { chromium } = require("playwright-core");

const [url, ws, shots, settingsFile, serverBin] = process.argv.slice(2);
if (!url || !ws || !shots || !settingsFile || !serverBin) {
  console.error("usage: node vscode_test.mjs URL WORKSPACE SCREENSHOT_DIR USER_SETTINGS_JSON MIRLSP_BINARY");
  process.exit(2);
}
const withRs = process.env.MIRLSP_TEST_RS === "1";
const timeout = 30000;
mkdirSync(shots, { recursive: true });

// rustc's message for the failing const (never typed here).
const rustc = JSON.parse(readFileSync(path.join(ws, "bad.expect.json"), "utf8")).errors[0];

let passed = 0;
let failed = 0;
let skipped = 0;
function report(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok   - ${name}`);
  } else {
    failed++;
    console.log(`FAIL - ${name}${detail ? ": " + String(detail).slice(0, 600) : ""}`);
  }
}
// Runs a check; on failure the screen is saved as failure-N.png beside the screenshots.
async function check(name, f) {
  if (name.startsWith(".rs:") && !withRs) {
    skipped++;
    console.log(`skip - ${name} (MIRLSP_TEST_RS is not 1)`);
    return;
  }
  let ok = false;
  try {
    let detail;
    [ok, detail] = await f();
    report(name, ok, detail);
  } catch (e) {
    report(name, false, `error: ${e && e.message ? e.message.split("\n")[0] : e}`);
  }
  if (!ok) {
    await shot(`failure-${failed}.png`).catch(() => {});
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.setDefaultTimeout(timeout);
const key = (k) => page.keyboard.press(k);

/**
 * Opens the quick input with a key (F1, Control+P) and returns its input.
 * A key pressed while no part of the workbench has the focus does nothing:
 * then the active editor is focused and the key pressed again.
 */
async function quickInput(k) {
  const input = page.locator(".quick-input-widget input");
  const deadline = Date.now() + timeout;
  for (;;) {
    await key(k);
    try {
      await input.waitFor({ state: "visible", timeout: 3000 });
      return input;
    } catch (e) {
      if (Date.now() > deadline) {
        throw e;
      }
      await key("Escape");
      await page.locator(".editor-instance .monaco-editor textarea, .monaco-workbench").first().focus().catch(() => {});
    }
  }
}

/** Runs a command from the command palette by its title. */
async function command(title) {
  const input = await quickInput("F1");
  await input.fill(">" + title);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor();
  await key("Enter");
}

/** Opens the folder ws/name in the window (a new workbench, extensions started anew). */
async function openFolder(name) {
  await page.goto(`${url}/?folder=${encodeURIComponent(path.join(ws, name))}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 60000 });
  await page.locator(".explorer-folders-view, .explorer-viewlet").first().waitFor({ timeout: 60000 });
}

/** Opens a workspace file with Quick Open and waits for its editor. */
async function open(rel) {
  const input = await quickInput("Control+P");
  await input.fill(rel);
  // Enter opens the focused row: wait until the search has put the file there.
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: path.basename(rel) }).first().waitFor();
  await key("Enter");
  await page.locator(`.tab.active[data-resource-name="${path.basename(rel)}"]`).waitFor();
  await page.locator(".monaco-editor .view-lines").first().waitFor();
  await page.waitForTimeout(300);
}

/** Moves the cursor to line:column (1-based) with Quick Open's ":line:column". */
async function goTo(line, column) {
  const input = await quickInput("Control+P");
  await input.fill(`:${line}:${column}`);
  await page.waitForTimeout(200);
  await key("Enter");
  await page.waitForTimeout(200);
}

/** Shows the hover at the cursor (editor.action.showHover) and returns its text. */
async function hoverAt(line, column, wanted) {
  await page.keyboard.press("Escape");
  await goTo(line, column);
  let text = "";
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    await command("Show or Focus Hover");
    const hover = page.locator(".monaco-hover:not(.hidden)").first();
    try {
      await hover.waitFor({ state: "visible", timeout: 3000 });
      text = await hover.innerText();
      if (!wanted || text.includes(wanted)) {
        await page.waitForTimeout(400); // the hover fades in
        return text;
      }
    } catch {
      // no hover yet: the server may still be evaluating
    }
    await page.keyboard.press("Escape");
    await page.waitForTimeout(500);
  }
  return text;
}

/**
 * Moves the mouse onto the first error squiggle on screen and returns the
 * text of the hover that shows there once it contains wanted.
 */
async function hoverSquiggle(wanted) {
  const squiggle = page.locator(".editor-instance .squiggly-error").first();
  await squiggle.waitFor({ timeout });
  let text = "";
  const deadline = Date.now() + timeout;
  for (let i = 0; Date.now() < deadline; i++) {
    const box = await squiggle.boundingBox();
    await page.mouse.move(box.x + Math.min(40, box.width / 2) + (i % 3) * 3, box.y + box.height / 2);
    const hover = page.locator(".monaco-hover:not(.hidden)").first();
    try {
      await hover.waitFor({ state: "visible", timeout: 3000 });
      text = await hover.innerText();
      if (text.includes(wanted)) {
        await page.waitForTimeout(400); // the hover fades in
        return text;
      }
    } catch {
      // not shown yet
    }
    await page.mouse.move(5, 400);
    await page.waitForTimeout(300);
  }
  return text;
}

/** The 1-based line and column of the first occurrence of needle in a workspace file. */
function position(rel, needle, shift = 0) {
  const lines = readFileSync(path.join(ws, rel), "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].indexOf(needle);
    if (c >= 0) {
      return [i + 1, c + 1 + shift];
    }
  }
  throw new Error(`no ${needle} in ${rel}`);
}

/** Waits until the editors' rendered lines contain text (or, with absent, until none does); returns whether that came. */
async function editorShows(text, absent = false) {
  try {
    await page.waitForFunction(
      // The editor renders spaces as no-break spaces.
      ([t, absent]) =>
        [...document.querySelectorAll(".editor-instance .monaco-editor .view-lines")].some((e) =>
          e.textContent.replace(/\u00a0/g, " ").includes(t),
        ) !== absent,
      [text, absent],
      { timeout },
    );
    return true;
  } catch {
    return false;
  }
}

/** The value of a setting in the user's settings.json (undefined when unset). */
function savedSetting(name) {
  return JSON.parse(readFileSync(settingsFile, "utf8"))[name];
}

/**
 * Flips a checkbox setting in the settings editor, waits until settings.json
 * has the new value, closes the editor and returns to file's editor.
 */
async function toggleSetting(name, file) {
  const before = savedSetting(name) ?? true;
  await command("Preferences: Open Settings (UI)");
  const search = page.locator(".settings-editor .settings-header .suggest-input-container .monaco-editor").first();
  await search.waitFor({ state: "visible" });
  await search.click();
  await key("Control+A");
  await page.keyboard.type(name);
  // The search has settled when the setting is the only one listed.
  await page.waitForFunction(
    (k) => {
      const rows = document.querySelectorAll(".settings-editor .setting-item-contents[data-key]");
      return rows.length === 1 && rows[0].getAttribute("data-key") === k;
    },
    name,
  );
  const box = page.locator(`.settings-editor .setting-item-contents[data-key="${name}"] .setting-value-checkbox`);
  await box.click();
  await page.locator(`.settings-editor .setting-item-contents[data-key="${name}"] .setting-value-checkbox[aria-checked="${!before}"]`).waitFor();
  const deadline = Date.now() + timeout;
  while ((savedSetting(name) ?? true) === before && Date.now() < deadline) {
    await page.waitForTimeout(100);
  }
  await page.locator(".tab.active .tab-actions a.codicon-close").click();
  await page.locator(`.tab.active[data-resource-name="${file}"]`).waitFor();
}

/** Waits until "Inspect Editor Tokens and Scopes" shows the token's scopes. */
async function inspected() {
  await page.waitForFunction(() => {
    const w = document.querySelector(".token-inspect-widget");
    return w && w.textContent.includes("textmate scopes") && !w.textContent.includes("Loading");
  });
}

async function shot(name) {
  await page.screenshot({ path: path.join(shots, name) });
}

/**
 * MIRLSP_TEST_BUNDLED=1: the platform .vsix (with its server inside) in a
 * fresh code-server whose folder is rs/, with no mirlsp on PATH and no
 * mirlsp setting: the bundled server shows hints and diagnostics.
 */
async function bundledScenario() {
  await check("bundled: no mirlsp.server.path in the user's settings", async () => {
    const saved = savedSetting("mirlsp.server.path");
    return [saved === undefined, `settings.json has ${saved}`];
  });
  await check("bundled: bad.rs shows the array-length inlay hint 4054 from the server in the .vsix", async () => {
    await open("bad.rs");
    const ok = await editorShows("4054");
    await shot("bundled-hints.png");
    return [ok, "no 4054 rendered"];
  });
  await check("bundled: BAD has an error squiggle whose hover shows rustc's message", async () => {
    await key("Escape");
    await goTo(rustc.line, rustc.column);
    const text = await hoverSquiggle(rustc.message);
    await shot("bundled-diagnostic.png");
    return [text.includes(rustc.message), text];
  });
  await check("bundled: no message about a missing server", async () => {
    const toasts = await page.locator(".notifications-toasts .notification-toast", { hasText: "mirlsp" }).allInnerTexts();
    return [toasts.length === 0, toasts.join(" | ")];
  });
}

if (process.env.MIRLSP_TEST_BUNDLED === "1") {
  try {
    await page.goto(url);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60000 });
    await page.locator(".explorer-folders-view, .explorer-viewlet").first().waitFor({ timeout: 60000 });
    await bundledScenario();
  } catch (e) {
    report("test script", false, e && e.stack ? e.stack : e);
    await shot("failure.png").catch(() => {});
  } finally {
    await browser.close();
  }
  console.log(`bundled: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

/**
 * The debugger (mirlsp dap): "Debug constant" from the lens of gcd in
 * rs/recursion.rs, a breakpoint in gcd, a local read in the Variables
 * view, then continue to the end, where the Debug Console shows rustc's
 * value of gcd(1071, 462) (recursion.values.json's GCD).
 */
async function debugScenario() {
  let stage = "opening recursion.rs";
  await check(".rs: \"Debug constant\" on gcd stops at a breakpoint, shows a local in Variables and continues to rustc's value", () =>
    debugSteps((s) => (stage = s)).catch((e) => [false, `${stage}: ${e && e.message ? e.message.split("\n")[0] : e}`]),
  );
}

/** The steps of debugScenario; setStage names the step under way (for the failure's detail). */
async function debugSteps(setStage) {
  const want = JSON.parse(readFileSync(path.join(ws, "rs/recursion.values.json"), "utf8")).items.find((i) => i.name === "GCD").value;
  await key("Escape");
  await open("recursion.rs");
  const [l] = position("rs/recursion.rs", "if b == 0");
  await goTo(l, 5);
  await command("Debug: Toggle Breakpoint");
  // The "Debug constant" link of the lens line just above `const fn gcd`,
  // clicked where it is on screen (the lenses are re-rendered now and then).
  setStage("the Debug constant lens of gcd");
  const input = page.locator(".quick-input-widget input");
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    const at = await page.evaluate(() => {
      const line = [...document.querySelectorAll(".editor-instance .view-line")].find((e) =>
        e.textContent.replace(/\u00a0/g, " ").includes("const fn gcd"),
      );
      if (!line) {
        return null;
      }
      const top = line.getBoundingClientRect().top;
      let best = null;
      let gap = Infinity;
      for (const a of document.querySelectorAll(".contentWidgets .codelens-decoration a")) {
        const r = a.getBoundingClientRect();
        const dy = top - r.top;
        if (a.textContent.includes("Debug constant") && r.width > 0 && dy > 0 && dy < gap) {
          [best, gap] = [{ x: r.left + r.width / 2, y: r.top + r.height / 2 }, dy];
        }
      }
      return best;
    });
    if (!at) {
      if (Date.now() > deadline) {
        return [false, "no Debug constant lens above `const fn gcd` on screen"];
      }
      await page.waitForTimeout(500);
      attempt--;
      continue;
    }
    await page.mouse.click(at.x, at.y);
    try {
      setStage("the arguments' input box");
      await input.waitFor({ state: "visible", timeout: 10000 });
      break;
    } catch (e) {
      if (attempt === 2) {
        throw e;
      }
    }
  }
  await input.fill("1071, 462");
  await key("Enter");
  // Stopped: the Variables view lists gcd's locals.
  setStage("a (_1) in the Variables view");
  const row = page.locator(".debug-pane .monaco-list-row, .pane-body .monaco-list-row", { hasText: "a (_1)" }).first();
  await row.waitFor({ state: "visible", timeout: 60000 });
  const variable = (await row.innerText()).replace(/\s+/g, " ");
  const frame = await page.locator(".debug-call-stack .monaco-list-row", { hasText: "gcd" }).first().innerText().catch(() => "");
  await page.waitForTimeout(400);
  await shot("rs-debug.png");
  setStage("continue");
  await command("Remove All Breakpoints");
  await page.locator(".debug-toolbar .codicon-debug-continue").first().click();
  const out = page.locator(".repl .monaco-list-row", { hasText: `gcd(1071, 462) = ${want}` }).first();
  let ended = true;
  await out.waitFor({ state: "visible", timeout: 60000 }).catch(() => (ended = false));
  const done = await page.locator(".debug-toolbar").isHidden().catch(() => true);
  const console = ended ? await out.innerText() : await page.locator(".repl").innerText().catch(() => "");
  return [
    variable.includes("1071") && variable.includes("Immediate::Scalar(1071)") && frame.includes("gcd") && ended,
    `variable: ${variable}; frame: ${frame}; console: ${console}; toolbar hidden: ${done}`,
  ];
}

try {
  await openFolder("mir");

  // 0. No mirlsp on PATH: the extension says so; with mirlsp.server.path
  // set, "Restart server" starts it.
  await check("a .mir file opens as the mir language", async () => {
    await open("seed.mir");
    const mode = await page.locator(".statusbar-item[id='status.editor.mode']").innerText();
    return [mode.trim() === "MIR", `status bar language: ${mode}`];
  });
  await check("without mirlsp on PATH: a message says the binary is missing", async () => {
    const toast = page.locator(".notifications-toasts .notification-toast", { hasText: "mirlsp" }).first();
    await toast.waitFor({ state: "visible" });
    const text = await toast.innerText();
    await shot("missing-binary.png");
    return [text.includes("was not found on PATH") && text.includes("mirlsp.server.path"), text];
  });
  await check("\"Open Settings\" in that message, mirlsp.server.path set, then \"mirlsp: Restart server\" starts the server", async () => {
    await page.locator(".notifications-toasts .notification-toast a.monaco-button", { hasText: "Open Settings" }).first().click();
    const input = page.locator('.settings-editor input[aria-label="mirlsp.server.path"]');
    await input.waitFor({ state: "visible" });
    await input.fill(serverBin);
    // The extension notices the change and offers a restart.
    const offer = page.locator(".notifications-toasts .notification-toast", { hasText: "server settings changed" }).first();
    await offer.waitFor({ state: "visible" });
    await command("Notifications: Clear All Notifications");
    await command("View: Close Editor");
    await open("seed.mir");
    await command("mirlsp: Restart server");
    // The server is up when the array-length hint shows.
    const up = await editorShows("4054");
    const saved = JSON.parse(readFileSync(settingsFile, "utf8"))["mirlsp.server.path"];
    return [up && saved === serverBin, `hint shown: ${up}, settings.json has ${saved}`];
  });

  // 1. MIR: the grammar, and the server's hints, hover and diagnostic.
  await check(".mir: highlighted by the grammar (scopes of _1 and bb0)", async () => {
    const [l, c] = position("mir/seed.mir", "_1 = const");
    await goTo(l, c + 1);
    await command("Developer: Inspect Editor Tokens and Scopes");
    const widget = page.locator(".token-inspect-widget");
    await inspected();
    const local = await widget.innerText();
    await shot("mir-grammar.png");
    await key("Escape");
    const [bl, bc] = position("mir/seed.mir", "bb0:");
    await goTo(bl, bc + 1);
    await command("Developer: Inspect Editor Tokens and Scopes");
    await inspected();
    const block = await widget.innerText();
    await key("Escape");
    const ok = local.includes("variable.other.local.mir") && local.includes("source.mir") && block.includes("entity.name.label.block.mir");
    return [ok, `_1: ${local.replace(/\s+/g, " ")} | bb0: ${block.replace(/\s+/g, " ")}`];
  });
  await check(".mir: array-length inlay hint 4054", async () => {
    // Foo::{constant#0}'s value and the statements' values are hints too; any 4054 on screen.
    await goTo(1, 1);
    const ok = await editorShows("4054");
    await shot("mir-hints.png");
    return [ok, "no 4054 rendered"];
  });
  await check(".mir: hover on FOO shows 4096", async () => {
    const [l, c] = position("mir/seed.mir", "const FOO", 6);
    const text = await hoverAt(l, c + 1, "4096");
    await shot("mir-hover.png");
    return [text.includes("4096"), text];
  });
  await check("\"mirlsp: Evaluate function\" on use_foo shows its value", async () => {
    await key("Escape");
    await command("Notifications: Clear All Notifications");
    await command("mirlsp: Evaluate function");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "use_foo" }).first().waitFor();
    await key("Enter");
    const toast = page.locator(".notifications-toasts .notification-toast", { hasText: "use_foo()" }).first();
    await toast.waitFor({ state: "visible" });
    const text = await toast.innerText();
    await command("Notifications: Clear All Notifications");
    return [text.includes("use_foo() = [0, 0, 0"), text];
  });
  await check(".mir: the failing const has an error squiggle whose hover shows rustc's message", async () => {
    await key("Escape");
    await open("bad.mir");
    const [l, c] = position("mir/bad.mir", "const 5000_usize", 6);
    await goTo(l, c + 1);
    const text = await hoverSquiggle(rustc.message);
    await shot("mir-diagnostic.png");
    return [text.includes(rustc.message), text];
  });

  {
    // 2. Rust: the same for a .rs file with a failing const, in a folder
    // of its own, with no MIR files (what the server says comes from bad.rs).
    if (withRs) {
      await openFolder("rs");
    }
    await check(".rs: array-length inlay hint 4054 on `type Foo`", async () => {
      await open("bad.rs");
      const ok = await editorShows("4054");
      await shot("rs-hints.png");
      return [ok, "no 4054 rendered"];
    });
    await check(".rs: hover on FOO shows 4096", async () => {
      const [l, c] = position("rs/bad.rs", "const FOO", 6);
      const text = await hoverAt(l, c + 1, "4096");
      await shot("rs-hover.png");
      return [text.includes("4096"), text];
    });
    await check(".rs: \"mirlsp: Evaluate function\" on gcd asks for its arguments and shows rustc's value of gcd(1071, 462)", async () => {
      // rustc's value of `pub const GCD: u64 = gcd(1071, 462);` in recursion.rs.
      const want = JSON.parse(readFileSync(path.join(ws, "rs/recursion.values.json"), "utf8")).items.find((i) => i.name === "GCD").value;
      await key("Escape");
      await open("recursion.rs");
      await command("Notifications: Clear All Notifications");
      await command("mirlsp: Evaluate function");
      const input = page.locator(".quick-input-widget input");
      await page.locator(".quick-input-list .monaco-list-row", { hasText: "gcd" }).first().waitFor();
      await input.fill("gcd");
      await page.waitForTimeout(300);
      await key("Enter");
      const message = page.locator(".quick-input-widget .quick-input-message", { hasText: "arguments" });
      await message.waitFor({ state: "visible" });
      const prompt = await message.innerText();
      await input.fill("1071, 462");
      await key("Enter");
      const toast = page.locator(".notifications-toasts .notification-toast", { hasText: "gcd(" }).first();
      await toast.waitFor({ state: "visible" });
      const text = await toast.innerText();
      await page.waitForTimeout(400); // the toast slides in
      await shot("rs-evaluate.png");
      await command("Notifications: Clear All Notifications");
      await open("bad.rs");
      return [prompt.includes("u64") && text.includes(`= ${want}`) && !text.includes("error"), `prompt: ${prompt}; result: ${text}; rustc: ${want}`];
    });
    await check(".rs: mirlsp.hints.arrayLengths off in the settings editor drops the 4054 hint, on brings it back", async () => {
      await key("Escape");
      await toggleSetting("mirlsp.hints.arrayLengths", "bad.rs");
      const saved = savedSetting("mirlsp.hints.arrayLengths");
      const gone = await editorShows("4054", true);
      const foo = await editorShows("4096");
      await toggleSetting("mirlsp.hints.arrayLengths", "bad.rs");
      const back = await editorShows("4054");
      return [saved === false && gone && foo && back, `settings.json: ${saved}, 4054 gone: ${gone}, 4096 kept: ${foo}, 4054 back: ${back}`];
    });
    await check(".rs: \"mirlsp: Show MIR\" opens the MIR of the .rs file as a mir document", async () => {
      await key("Escape");
      await command("mirlsp: Show MIR");
      await page.locator('.tab.active[data-resource-name="bad.rs.mir"]').waitFor();
      const mode = await page.locator(".statusbar-item[id='status.editor.mode']").innerText();
      const shows = await editorShows("const FOO: usize");
      await shot("rs-show-mir.png");
      await page.locator('.tab[data-resource-name="bad.rs.mir"] .tab-actions a.codicon-close').click();
      await page.locator('.tab[data-resource-name="bad.rs.mir"]').waitFor({ state: "detached" });
      await page.locator('.tab.active[data-resource-name="bad.rs"]').click();
      return [mode.trim() === "MIR" && shows, `language ${mode}, MIR text shown: ${shows}`];
    });
    await check(".rs: BAD has an error squiggle whose hover shows rustc's message", async () => {
      await key("Escape");
      await goTo(rustc.line, rustc.column);
      const squiggled = await page.locator(".editor-instance .squiggly-error").first().innerText().catch(() => "");
      const text = await hoverSquiggle(rustc.message);
      await shot("rs-diagnostic.png");
      // rustc's span of the error is `FOO - 5000`: the squiggle covers the text there.
      const [l, c] = position("rs/bad.rs", "FOO - 5000");
      return [text.includes(rustc.message) && l === rustc.line && c === rustc.column, `hover: ${text}; squiggle over: ${squiggled}`];
    });
    await debugScenario();
  }
} catch (e) {
  report("test script", false, e && e.stack ? e.stack : e);
  await shot("failure.png").catch(() => {});
} finally {
  await browser.close();
}
console.log(`vscode: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
