/**
 * Asking a question on the terminal, synchronously (the commands are synchronous): the question
 * goes to standard error, the answer is read from standard input up to the end of the line. Only
 * used when standard input is a terminal; scripts and CI give options instead.
 */
import { readSync } from 'node:fs';

/** Asks `question`; the trimmed answer, or undefined at end of input. */
export function askOnTerminal(question: string): string | undefined {
  process.stderr.write(question);
  const bytes: number[] = [];
  const buffer = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, 0, 1, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return undefined;
    }
    if (n === 0) return bytes.length > 0 ? Buffer.from(bytes).toString('utf8').trim() : undefined;
    if (buffer[0] === 0x0a) return Buffer.from(bytes).toString('utf8').trim();
    bytes.push(buffer[0]!);
  }
}

/** The question-asker for `new`: the terminal when standard input is one, else none (options are required). */
export function terminalAsker(): ((question: string) => string | undefined) | undefined {
  return process.stdin.isTTY ? askOnTerminal : undefined;
}
