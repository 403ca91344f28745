#!/usr/bin/env node
import { describeError, UsageError } from '../core/errors.js';
import { commands } from './commands/index.js';

const usage = `usage: vigil <command> [options]

commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Run 'vigil <command> --help' for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`unknown command '${name}'\n${usage}`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(`vigil: ${describeError(err)}`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
