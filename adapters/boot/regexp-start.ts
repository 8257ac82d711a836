import { setFlagsFromString } from 'node:v8';

/**
 * The core reads a message with a few hundred regular expressions, most of them run once or twice
 * by the first question a process answers. V8 first compiles each to bytecode for its interpreter
 * and compiles it again to machine code once it runs a second time; compiling straight to machine
 * code halves what the first answer costs (measured: 63 ms to 35 ms for `ask --json` of one question)
 * and changes nothing once every expression has run. Safe to set at run time: V8 reads the flag
 * each time it compiles an expression. Imported first by the boot path, before any expression runs.
 */
setFlagsFromString('--no-regexp-tier-up');
