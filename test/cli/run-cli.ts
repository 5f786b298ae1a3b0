// Runs the command line from source (no build needed), for the CLI tests.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
