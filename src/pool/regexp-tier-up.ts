// Imported by the coder thread before anything that makes a regular expression. V8 runs a regular
// expression in its interpreter once and compiles it to machine code on the second run. chrono-node
// holds a few dozen large expressions: compiling them costs ~130 ms of CPU, paid by the first dated
// sentence of every thread, which a run of a handful of documents never earns back. After twenty
// runs an expression is worth compiling; a thread coding thousands of documents gets there within
// its first few.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=20');
