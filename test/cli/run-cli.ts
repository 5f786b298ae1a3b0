// Runs the command line from source (no build needed), for the CLI tests.
import { main, toleratePipeClosed } from '../../src/cli/main.js';

toleratePipeClosed();
process.exitCode = await main(process.argv.slice(2));
