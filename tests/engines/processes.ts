import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";

/** A program the suite started, and what it printed until it was ready. */
export interface StartedProcess {
  /** The match of `ready` against the program's output, with its groups; empty without `ready`. */
  ready: readonly string[];
  /** Everything the program has printed so far (the last 64 KB), for failure messages. */
  output: () => string;
  /** Stops the program and every process it started, and waits until they have gone. */
  stop: () => Promise<void>;
}

interface StartOptions {
  /** The line of output that says the program is ready; its match is handed back. Without it, ready at once. */
  ready?: RegExp;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const OUTPUT_KEPT = 64 * 1024;

// Every program still running when this process ends is stopped with it, and every scratch
// folder still there removed, whatever ends it: a failed hook, an interrupted run, or the test
// runner stopping its worker.
const running = new Set<ChildProcess>();
const folders = new Set<string>();
const stopAll = () => {
  for (const child of running) killGroup(child, "SIGKILL");
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
};
process.once("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopAll();
    process.exit(128 + (signal === "SIGINT" ? 2 : 15));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The program leads a process group of its own (detached), so its children go with it.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts a program in a process group of its own and resolves once its output matches `ready`.
 * Fails, with what the program printed, if it exits or takes longer than `timeoutMs` first.
 */
export function startProcess(
  command: string,
  args: readonly string[],
  { ready, env = process.env, timeoutMs = 30_000 }: StartOptions,
): Promise<StartedProcess> {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      running.delete(child);
      resolve();
    });
  });
  const stop = async () => {
    killGroup(child, "SIGTERM");
    const late = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(late);
  };
  return new Promise<StartedProcess>((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${command} ${why}; it printed:\n${output}`)));
    };
    const timer = setTimeout(() => fail(`was not ready within ${timeoutMs} ms`), timeoutMs);
    const succeed = (match: readonly string[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off("exit", onEarlyExit);
      resolve({ ready: match, output: () => output, stop });
    };
    const read = (chunk: Buffer) => {
      // Colour codes go: a program colours its output where it thinks a CI runner is watching
      // (vite does when CI is set), and they would split the text that `ready` looks for.
      output = (output + stripVTControlCharacters(chunk.toString())).slice(-OUTPUT_KEPT);
      const match = ready?.exec(output);
      if (match) succeed(match);
    };
    const onEarlyExit = () => fail(`exited before it was ready`);
    if (!ready) child.once("spawn", () => succeed([]));
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", onEarlyExit);
    child.once("error", (error) => fail(`could not start: ${error.message}`));
  });
}

/** A TCP port on the loopback interface that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** A fresh folder for one browser's profile and settings, and a way to remove it. */
export async function scratchFolder(
  name: string,
): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `engines-${name}-`));
  folders.add(path);
  const remove = async () => {
    await rm(path, { recursive: true, force: true });
    folders.delete(path);
  };
  return { path, remove };
}

/** Polls `check` until it returns a value that is not undefined; fails naming `what` after `timeoutMs`. */
export async function waitForValue<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`, { cause: lastError });
}
