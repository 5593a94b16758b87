#!/usr/bin/env node
// The `zeren` command: registers the TypeScript loader, then runs the CLI in this process.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
