// The `mirlsp` debug type: VS Code starts `mirlsp dap` (the Debug Adapter
// Protocol on stdio) to step through a constant's evaluation, and a
// "Debug constant" code lens beside each "Evaluate" lens starts it on
// that fn.

import * as vscode from "vscode";

/** The command of the "Debug constant" lens: [uri, fn name]. */
export const DEBUG_CONSTANT = "mirlsp.debugConstant";

/** Registers the debug type; findServer locates the mirlsp binary, splitArguments splits argument lists. */
export function registerDebug(
  context: vscode.ExtensionContext,
  findServer: () => { command?: string; problem?: string },
  splitArguments: (input: string) => string[],
): void {
  context.subscriptions.push(
    vscode.debug.registerDebugAdapterDescriptorFactory("mirlsp", {
      createDebugAdapterDescriptor: () => {
        const found = findServer();
        if (!found.command) {
          throw new Error(`mirlsp: ${found.problem ?? "the mirlsp binary was not found"}`);
        }
        return new vscode.DebugAdapterExecutable(found.command, ["dap"]);
      },
    }),
    vscode.debug.registerDebugConfigurationProvider("mirlsp", {
      // F5 without a launch.json: debug the fn or constant at the cursor.
      resolveDebugConfiguration: async (_folder, config) => {
        if (!config.type && !config.request) {
          return askItem();
        }
        return config;
      },
    }),
    vscode.commands.registerCommand(DEBUG_CONSTANT, (uri?: string, fn?: string, hasArgs?: boolean) =>
      debugConstant(splitArguments, uri, fn, hasArgs),
    ),
  );
}

/** Starts a debug session calling fn of the document uri (asking for its arguments when it takes some). */
export async function debugConstant(
  splitArguments: (input: string) => string[],
  uri?: string,
  fn?: string,
  hasArgs?: boolean,
): Promise<boolean> {
  if (!uri || !fn) {
    // From the command palette: a const, static or anon const of the active file.
    const config = await askItem();
    return config !== undefined && vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(vscode.Uri.file(config.program)), config);
  }
  let args: string[] = [];
  if (hasArgs) {
    const input = await vscode.window.showInputBox({ title: `Debug ${fn}`, prompt: "Arguments, separated by commas", placeHolder: "1, true, -3" });
    if (input === undefined) {
      return false;
    }
    args = splitArguments(input);
  }
  const program = vscode.Uri.parse(uri).fsPath;
  return vscode.debug.startDebugging(vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri)), {
    type: "mirlsp",
    request: "launch",
    name: `Debug ${fn}(${args.join(", ")})`,
    program,
    function: fn,
    args,
    stopOnEntry: false,
  });
}

/** Asks for a const, static or anon const of the active Rust or MIR file; its launch configuration. */
async function askItem(): Promise<vscode.DebugConfiguration | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !/\.(rs|mir)$/.test(editor.document.uri.fsPath)) {
    void vscode.window.showInformationMessage("mirlsp: Debug constant works on a Rust or MIR file.");
    return undefined;
  }
  const item = await vscode.window.showInputBox({
    title: "Debug constant",
    prompt: "The const, static or anon const to evaluate, as `mirlsp eval --json` names it (FOO, Foo::{constant#0})",
  });
  if (!item) {
    return undefined;
  }
  return { type: "mirlsp", request: "launch", name: `Debug ${item}`, program: editor.document.uri.fsPath, item, stopOnEntry: true };
}

/** Adds a "Debug constant" lens beside each "Evaluate" lens of the server. */
export function withDebugLenses(lenses: vscode.CodeLens[] | null | undefined, evaluateCommand: string): vscode.CodeLens[] | null | undefined {
  if (!lenses) {
    return lenses;
  }
  const out: vscode.CodeLens[] = [];
  for (const l of lenses) {
    out.push(l);
    const c = l.command;
    if (c && c.command === evaluateCommand && Array.isArray(c.arguments) && c.arguments.length === 2) {
      out.push(
        new vscode.CodeLens(l.range, {
          title: "Debug constant",
          command: DEBUG_CONSTANT,
          arguments: [String(c.arguments[0]), String(c.arguments[1]), c.title.endsWith("…")],
        }),
      );
    }
  }
  return out;
}
