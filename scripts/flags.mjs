// Command-line flags, read strictly: a flag the script does not know, or one missing its value,
// stops it with the message and its usage instead of being ignored.
import { parseArgs } from "node:util";

/**
 * The flags and file names given to this process, by `options` (node:util parseArgs's), or an
 * exit naming the mistake and printing `usage`; --help prints `usage` alone.
 * @template {import("node:util").ParseArgsConfig["options"]} T
 * @param {T} options
 * @param {string} usage
 * @param {string[]} [args]
 */
export function readArguments(options, usage, args = process.argv.slice(2)) {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}`);
    process.exit(2);
  }
}

/**
 * The flags given to this process, as readArguments reads them, where no file name is expected.
 * @template {import("node:util").ParseArgsConfig["options"]} T
 * @param {T} options
 * @param {string} usage
 * @param {string[]} [args]
 */
export function readFlags(options, usage, args = process.argv.slice(2)) {
  const { values, positionals } = readArguments(options, usage, args);
  if (positionals.length > 0) {
    console.error(`Unexpected argument '${positionals[0]}'\nusage: ${usage}`);
    process.exit(2);
  }
  return values;
}
