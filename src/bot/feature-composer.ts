import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

type MaybePromise<T> = T | Promise<T>;

const pass: MiddlewareFn<Context> = (_ctx, next) => next();
const toFunction = <C extends Context>(middleware: Middleware<C>): MiddlewareFn<C> =>
  typeof middleware === "function" ? middleware : (ctx, next) => middleware.middleware()(ctx, next);

/**
 * grammY's Composer with cheaper plumbing, for the features and the chain that holds them. The
 * API and the routing are grammY's; two internals differ, because under load they were most of
 * what the bot allocated per update (~100 KB, measured with V8's sampling heap profiler) and so
 * most of its garbage-collection time:
 * - `branch` (which `on`, `command`, `callbackQuery`, `chatType`, `hears` and `filter` all go
 *   through) picks between two middleware built once; grammY's goes through `lazy`, which builds
 *   a new Composer per update at every filter (the churn of grammY's closed PR #765);
 * - `use` keeps a list run by one small function; grammY nests an async wrapper per `use`, two
 *   promises and a closure per layer per update even where nothing matches.
 * Kept from grammY: later additions to a returned composer still run, `next` may be called once,
 * and a middleware that throws at once still gives its caller a rejected promise.
 */
export class FeatureComposer<C extends Context> extends Composer<C> {
  private readonly stack: MiddlewareFn<C>[];

  constructor(...middleware: Middleware<C>[]) {
    super();
    this.stack = middleware.map(toFunction);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Middleware<C>[]): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.stack.push(composer.run);
    return composer;
  }

  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: Middleware<C> | Middleware<C>[],
    falseMiddleware: Middleware<C> | Middleware<C>[],
  ): Composer<C> {
    const whenTrue = new FeatureComposer<C>(...[trueMiddleware].flat()).run;
    const whenFalse = new FeatureComposer<C>(...[falseMiddleware].flat()).run;
    return this.use((ctx, next) => {
      const chosen = predicate(ctx);
      // grammY's own filters answer synchronously; only a custom async predicate costs a promise.
      return chosen instanceof Promise
        ? chosen.then((ok) => (ok ? whenTrue : whenFalse)(ctx, next))
        : (chosen ? whenTrue : whenFalse)(ctx, next);
    });
  }

  // The Composer a filter returns is one of these too, so filters chained on it get the same plumbing.
  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Middleware<D>[]): Composer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }

  private readonly run = (ctx: C, next: NextFunction): Promise<void> => runFrom(this.stack, 0, ctx, next);
}

/** Runs `stack[i]`, whose `next` runs the rest and then the caller's `next`. Always a promise, as grammY's. */
function runFrom<C extends Context>(stack: MiddlewareFn<C>[], i: number, ctx: C, next: NextFunction): Promise<void> {
  if (i === stack.length) return next();
  let called = false;
  try {
    const result = stack[i]!(ctx, () => {
      if (called) throw new Error("`next` already called before!");
      called = true;
      return runFrom(stack, i + 1, ctx, next);
    });
    return result instanceof Promise ? (result as Promise<void>) : Promise.resolve();
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passes on whatever was thrown, as grammY does
    return Promise.reject(error);
  }
}
