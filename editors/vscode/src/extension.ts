// The mirlsp extension: starts `mirlsp serve` for MIR and Rust files and
// adds the commands "Show MIR", "Evaluate function" and "Restart server".
//
// Next to rust-analyzer, mirlsp adds to Rust files only what rust-analyzer
// does not offer: constant values (hover, inlay hints), rustc's CTFE
// errors (diagnostics) and the "Evaluate" code lens. Its go-to-definition,
// document symbols and semantic tokens are kept to MIR files, where
// nothing else provides them.

import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  Middleware,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import { registerDebug, withDebugLenses } from "./debug";

/** The server's command behind the "Evaluate" code lens: [uri, fn name, argument literals...]. */
export const SERVER_EVALUATE = "mirlsp.evaluate";
/** The server's command that prints the MIR of a Rust file: [uri] -> MIR text. */
export const SERVER_SHOW_MIR = "mirlsp.showMir";
/** The scheme of the read-only documents "Show MIR" opens. */
export const MIR_SCHEME = "mirlsp-mir";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
const mirTexts = new Map<string, string>();
const mirChanged = new vscode.EventEmitter<vscode.Uri>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("mirlsp");
  context.subscriptions.push(
    output,
    mirChanged,
    vscode.workspace.registerTextDocumentContentProvider(MIR_SCHEME, {
      onDidChange: mirChanged.event,
      provideTextDocumentContent: (uri) => mirTexts.get(uri.toString()) ?? "",
    }),
    vscode.commands.registerCommand("mirlsp.openMir", () => showMir()),
    vscode.commands.registerCommand("mirlsp.evaluateFunction", () => evaluateFunction()),
    vscode.commands.registerCommand("mirlsp.restartServer", () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("mirlsp.server")) {
        void vscode.window
          .showInformationMessage("mirlsp: the server settings changed.", "Restart server")
          .then((pick) => pick && restart(context));
      }
    }),
  );
  registerDebug(context, findServer, splitArguments);
  await start(context);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    await c.stop();
  }
}

/**
 * The server a platform-specific .vsix carries (server/mirlsp, or
 * server/mirlsp.exe on Windows; see scripts/package-platforms.mjs), if any.
 */
export function bundledServer(extensionPath: string | undefined): string | undefined {
  if (!extensionPath) {
    return undefined;
  }
  const file = path.join(extensionPath, "server", process.platform === "win32" ? "mirlsp.exe" : "mirlsp");
  return isExecutable(file) ? file : undefined;
}

/**
 * The binary to run: the mirlsp.server.path setting, else the server
 * bundled in the extension, else `mirlsp` found on PATH.
 */
export function findServer(extensionPath?: string): { command?: string; problem?: string } {
  const cfg = vscode.workspace.getConfiguration("mirlsp");
  let configured = (cfg.get<string>("server.path") ?? "").trim();
  if (configured) {
    if (configured.startsWith("~/")) {
      configured = path.join(process.env.HOME ?? "", configured.slice(2));
    }
    if (!path.isAbsolute(configured) && vscode.workspace.workspaceFolders?.length) {
      configured = path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, configured);
    }
    if (!isExecutable(configured)) {
      return { problem: `the mirlsp.server.path setting names "${configured}", which is not an executable file.` };
    }
    return { command: configured };
  }
  const bundled = bundledServer(extensionPath);
  if (bundled) {
    return { command: bundled };
  }
  const exe = process.platform === "win32" ? ["mirlsp.exe", "mirlsp"] : ["mirlsp"];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of exe) {
      const candidate = path.join(dir, name);
      if (dir && isExecutable(candidate)) {
        return { command: candidate };
      }
    }
  }
  return {
    problem:
      "this .vsix carries no server and the `mirlsp` binary was not found on PATH. Install the .vsix of your " +
      "platform (it carries the server), or build it with `go build -o ~/go/bin/mirlsp ./cmd/mirlsp` " +
      "in the mirlsp repository (and put that directory on PATH), or set mirlsp.server.path.",
  };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function serverArgs(): string[] {
  const cfg = vscode.workspace.getConfiguration("mirlsp");
  const args = ["serve"];
  const log = (cfg.get<string>("server.logFile") ?? "").trim();
  if (log) {
    args.push("--log", log, "--log-level", cfg.get<string>("server.logLevel") ?? "info");
  }
  return args;
}

/** The server's settings: the "mirlsp" section without the client's own keys. */
function serverSettings(): object {
  const cfg = vscode.workspace.getConfiguration("mirlsp");
  return {
    stepLimit: cfg.get<number>("stepLimit"),
    memoryLimit: cfg.get<number>("memoryLimit"),
    hints: {
      values: cfg.get<boolean>("hints.values"),
      arrayLengths: cfg.get<boolean>("hints.arrayLengths"),
      statements: cfg.get<boolean>("hints.statements"),
    },
  };
}

const isRust = (doc: vscode.TextDocument) => doc.languageId === "rust";

/** Keeps to MIR files what rust-analyzer already provides for Rust files. */
const middleware: Middleware = {
  provideCodeLenses: async (doc, token, next) => withDebugLenses(await next(doc, token), SERVER_EVALUATE),
  provideDefinition: (doc, pos, token, next) => (isRust(doc) ? undefined : next(doc, pos, token)),
  provideDocumentSymbols: (doc, token, next) => (isRust(doc) ? undefined : next(doc, token)),
  provideDocumentSemanticTokens: (doc, token, next) => (isRust(doc) ? undefined : next(doc, token)),
  provideDocumentSemanticTokensEdits: (doc, previous, token, next) =>
    isRust(doc) ? undefined : next(doc, previous, token),
  provideDocumentRangeSemanticTokens: (doc, range, token, next) =>
    isRust(doc) ? undefined : next(doc, range, token),
  // The server's commands, which the client registers as VS Code commands
  // too: the "Evaluate…" lens of a fn with parameters asks for the
  // arguments; without arguments, mirlsp.evaluate and mirlsp.showMir work
  // on the active editor like "Evaluate function" and "Show MIR".
  executeCommand: async (command, args, next) => {
    if (command === SERVER_EVALUATE && args.length === 2) {
      return evaluate(String(args[0]), String(args[1]));
    }
    if (command === SERVER_EVALUATE && args.length === 0) {
      return evaluateFunction();
    }
    if (command === SERVER_SHOW_MIR && args.length === 0) {
      return showMir();
    }
    return next(command, args);
  },
};

async function start(context: vscode.ExtensionContext): Promise<void> {
  const found = findServer(context.extensionPath);
  if (!found.command) {
    const msg = `mirlsp: ${found.problem}`;
    output.appendLine(msg);
    // Not awaited: activation does not wait for the user to answer.
    void vscode.window.showErrorMessage(msg, "Open Settings").then((pick) => {
      if (pick) {
        void vscode.commands.executeCommand("workbench.action.openSettings", "mirlsp.server.path");
      }
    });
    return;
  }
  const serverOptions: ServerOptions = {
    run: { command: found.command, args: serverArgs() },
    debug: { command: found.command, args: serverArgs() },
  };
  const clientOptions: LanguageClientOptions = {
    // Not the read-only MIR views (MIR_SCHEME): they show what the
    // server lowered, and are not analysed again.
    documentSelector: [
      { scheme: "file", language: "mir" },
      { scheme: "untitled", language: "mir" },
      { scheme: "file", language: "rust" },
      { scheme: "untitled", language: "rust" },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: serverSettings(),
    synchronize: { configurationSection: "mirlsp" },
    middleware,
  };
  output.appendLine(`starting ${found.command} ${serverArgs().join(" ")}`);
  const c = new LanguageClient("mirlsp", "mirlsp", serverOptions, clientOptions);
  client = c;
  try {
    await c.start();
  } catch (e) {
    client = undefined;
    void vscode.window.showErrorMessage(`mirlsp: the server ${found.command} did not start: ${e}`);
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    try {
      await c.stop();
    } catch (e) {
      output.appendLine(`stopping the server: ${e}`);
    }
  }
  await start(context);
  if (client) {
    vscode.window.setStatusBarMessage("mirlsp: server restarted", 3000);
  }
}

function running(): LanguageClient | undefined {
  if (!client || client.state !== State.Running) {
    void vscode.window.showErrorMessage("mirlsp: the server is not running (see the mirlsp output).");
    return undefined;
  }
  return client;
}

/** "Show MIR": the MIR of the active Rust file, in a read-only mir document; returns the text. */
async function showMir(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isRust(editor.document)) {
    void vscode.window.showInformationMessage("mirlsp: Show MIR works on a Rust file.");
    return;
  }
  const c = running();
  if (!c) {
    return;
  }
  const uri = editor.document.uri.toString();
  let text: unknown;
  try {
    text = await c.sendRequest(ExecuteCommandRequest.type, { command: SERVER_SHOW_MIR, arguments: [uri] });
  } catch (e) {
    void vscode.window.showErrorMessage(`mirlsp: Show MIR failed: ${errorText(e)}`);
    return;
  }
  if (typeof text !== "string") {
    void vscode.window.showErrorMessage("mirlsp: Show MIR: the server sent no MIR text.");
    return;
  }
  const mirUri = vscode.Uri.from({ scheme: MIR_SCHEME, path: editor.document.uri.path + ".mir" });
  mirTexts.set(mirUri.toString(), text);
  mirChanged.fire(mirUri);
  const doc = await vscode.workspace.openTextDocument(mirUri);
  if (doc.languageId !== "mir") {
    await vscode.languages.setTextDocumentLanguage(doc, "mir");
  }
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return text;
}

/** "Evaluate function": pick a fn of the active file (its "Evaluate" lens), then evaluate it; returns the server's result. */
async function evaluateFunction(): Promise<unknown> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || (editor.document.languageId !== "mir" && !isRust(editor.document))) {
    void vscode.window.showInformationMessage("mirlsp: Evaluate function works on a MIR or Rust file.");
    return;
  }
  const c = running();
  if (!c) {
    return;
  }
  const doc = editor.document;
  const lenses = await c.sendRequest("textDocument/codeLens", {
    textDocument: { uri: c.code2ProtocolConverter.asUri(doc.uri) },
  });
  const fns = ((lenses as any[]) ?? [])
    .filter((l) => l?.command?.command === SERVER_EVALUATE && Array.isArray(l.command.arguments))
    .map((l) => ({ line: l.range.start.line as number, uri: String(l.command.arguments[0]), name: String(l.command.arguments[1]) }));
  if (fns.length === 0) {
    void vscode.window.showInformationMessage("mirlsp: this file has no fn to evaluate.");
    return;
  }
  // The fn at or above the cursor comes first.
  const cursor = editor.selection.active.line;
  const above = fns.filter((f) => f.line <= cursor).sort((a, b) => b.line - a.line)[0];
  const ordered = above ? [above, ...fns.filter((f) => f !== above)] : fns;
  const pick = await vscode.window.showQuickPick(
    ordered.map((f) => ({ label: f.name, description: `line ${f.line + 1}`, fn: f })),
    { placeHolder: "The fn to evaluate" },
  );
  return pick ? evaluate(pick.fn.uri, pick.fn.name) : undefined;
}

/**
 * Evaluates fn: first without arguments; when the server answers that the
 * fn takes some, asks for them (the message names the parameter types)
 * and evaluates again.
 */
async function evaluate(uri: string, fn: string, args?: string[]): Promise<unknown> {
  const c = running();
  if (!c) {
    return undefined;
  }
  try {
    const res = await c.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_EVALUATE,
      arguments: [uri, fn, ...(args ?? [])],
    });
    output.appendLine(`evaluate ${fn}: ${JSON.stringify(res)}`);
    return res;
  } catch (e) {
    const msg = errorText(e);
    const takes = /takes (\d+) arguments \((.*)\), got/.exec(msg);
    if (takes && args === undefined) {
      const input = await vscode.window.showInputBox({
        title: `Evaluate ${fn}`,
        prompt: `${takes[1]} arguments, separated by commas: ${takes[2]}`,
        placeHolder: "1, true, -3",
      });
      if (input === undefined) {
        return undefined;
      }
      return evaluate(uri, fn, splitArguments(input));
    }
    void vscode.window.showErrorMessage(`mirlsp: evaluate ${fn}: ${msg}`);
    return undefined;
  }
}

/** Splits "1, (2, 3), 'a'" at the commas outside brackets and quotes. */
export function splitArguments(input: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = "";
  let cur = "";
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quote) {
      cur += ch;
      if (ch === "\\" && i + 1 < input.length) {
        cur += input[++i];
      } else if (ch === quote) {
        quote = "";
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
    } else if ("([{".includes(ch)) {
      depth++;
    } else if (")]}".includes(ch)) {
      depth--;
    } else if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim() !== "" || out.length > 0) {
    out.push(cur.trim());
  }
  return out;
}

function errorText(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    return String((e as { message: unknown }).message);
  }
  return String(e);
}
