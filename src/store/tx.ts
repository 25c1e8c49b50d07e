// Async transactions over one connection: a top-level transaction holds the connection's write turn (callers queue),
// and a transaction started inside another (found through AsyncLocalStorage, so nesting needs no handle passed down)
// is a savepoint that rolls back alone. Both engines use it; each gives its own begin/commit/savepoint statements.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface TxOps<C> {
  /** Opens a top-level transaction and gives the handle its statements run on. */
  begin(): Promise<C>;
  commit(c: C): Promise<void>;
  rollback(c: C): Promise<void>;
  savepoint(c: C, name: string): Promise<void>;
  release(c: C, name: string): Promise<void>;
  rollbackTo(c: C, name: string): Promise<void>;
}

export class Transactions<C> {
  private readonly als = new AsyncLocalStorage<{ handle: C; depth: number }>();
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly ops: TxOps<C>) {}

  /** The open transaction's handle in this async context, or undefined outside one. */
  current(): C | undefined { return this.als.getStore()?.handle; }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const open = this.als.getStore();
    if (open) return this.nested(open, fn);
    // One top-level transaction at a time on this connection: the next waits for the one before to finish.
    const turn = this.queue.then(() => this.top(fn));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async top<T>(fn: () => Promise<T>): Promise<T> {
    const handle = await this.ops.begin();
    let value: T;
    try {
      value = await this.als.run({ handle, depth: 0 }, fn);
    } catch (e) {
      await this.ops.rollback(handle).catch(() => undefined);
      throw e;
    }
    await this.ops.commit(handle);
    return value;
  }

  private async nested<T>(open: { handle: C; depth: number }, fn: () => Promise<T>): Promise<T> {
    const depth = open.depth + 1;
    const name = `sp${depth}`;
    await this.ops.savepoint(open.handle, name);
    let value: T;
    try {
      value = await this.als.run({ handle: open.handle, depth }, fn);
    } catch (e) {
      await this.ops.rollbackTo(open.handle, name);
      await this.ops.release(open.handle, name);
      throw e;
    }
    await this.ops.release(open.handle, name);
    return value;
  }
}
