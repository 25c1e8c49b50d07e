// Shown when `-` would read from a terminal: without it the command seems to hang.
export const STDIN_HINT = 'parley: reading reports from standard input, which is a terminal: type or paste the text, then press Ctrl-D (Ctrl-Z Enter on Windows); or give a file\n';
