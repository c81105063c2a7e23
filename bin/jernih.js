#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so the CLI needs no build step of its own.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
