// Runs a WASI command module under Node's WASI (for machines where the
// project's wasi-run is not built): node node-wasi.mjs prog.wasm [args...]
import { readFileSync } from "node:fs";
import { WASI } from "node:wasi";
import process from "node:process";

const wasi = new WASI({
  version: "preview1",
  args: process.argv.slice(2),
  env: process.env,
  preopens: { "/tests": new URL("..", import.meta.url).pathname },
});
const module = await WebAssembly.compile(readFileSync(process.argv[2]));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
