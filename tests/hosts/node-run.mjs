// Runs a WASI command module under Node's node:wasi, with the command line
// of the test harness:
//
//   node-run.mjs [--dir HOST::GUEST]... [--env K=V]... [--stdin FILE]
//                MODULE -- ARGV0 [ARGS...]
//
// Exits with the guest's exit status; a trap prints "trap: ..." and exits 134.
import { readFileSync, openSync } from "node:fs";
import { WASI } from "node:wasi";

const argv = process.argv.slice(2);
const preopens = {};
const env = {};
let stdin = 0;
let i = 0;
for (; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--dir") {
    const [host, guest] = argv[++i].split("::");
    preopens[guest.replace(/:ro$/, "")] = host;
  } else if (a === "--env") {
    const kv = argv[++i];
    const eq = kv.indexOf("=");
    env[kv.slice(0, eq)] = kv.slice(eq + 1);
  } else if (a === "--stdin") {
    stdin = openSync(argv[++i], "r");
  } else {
    break;
  }
}
const module = argv[i];
const args = argv.slice(argv[i + 1] === "--" ? i + 2 : i + 1);

const wasi = new WASI({ version: "preview1", args, env, preopens, stdin, returnOnExit: true });
try {
  const { instance } = await WebAssembly.instantiate(readFileSync(module), wasi.getImportObject());
  process.exitCode = wasi.start(instance);
} catch (e) {
  console.error(`trap: ${e.message}`);
  process.exitCode = 134;
}
