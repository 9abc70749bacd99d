// Progress on the terminal, for runs long enough to want it.

export class Terminal {
  private shown = false;
  private lastLine = 0;
  private readonly started = Date.now();
  private readonly tty = Boolean(process.stderr.isTTY);

  /** Progress only for runs longer than a couple of seconds. */
  progress = (done: number, total: number): void => {
    const now = Date.now();
    if (now - this.started < 2000) return;
    if (this.tty) {
      process.stderr.write(`\r  measuring: iteration ${done} of ${total}`);
      this.shown = true;
    } else if (now - this.lastLine >= 5000 || done === total) {
      this.lastLine = now;
      process.stderr.write(`  measuring: iteration ${done} of ${total}\n`);
    }
  };

  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
