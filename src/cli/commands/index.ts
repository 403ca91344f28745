import type { Command } from './command.js';
import { analyzeCommand } from './analyze.js';

/** Every `vigil` subcommand; each is a few lines that call a module. */
export const commands: Record<string, Command> = {
  analyze: analyzeCommand,
};
