/** Placeholder until the CLI lands (issue: foundation). */
process.stdout.write('send-guard: not implemented yet\n');
process.exitCode = 2;
