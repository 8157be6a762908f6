import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybePromise<T> = T | Promise<T>;

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/**
 * grammY's Composer, with `branch` (which `on`, `command`, `callbackQuery`, `chatType`, `hears`
 * and `filter` all go through) choosing between two middleware built once, instead of through
 * `lazy`, which builds a new Composer for every update at every filter. With a dozen features of
 * two or three filters each, that was over half of everything the bot allocated per update
 * (~70 KB, measured with V8's sampling heap profiler) and most of its garbage-collection time;
 * the same churn is grammY's closed PR #765, which lacked a measurement. Behaviour is grammY's:
 * the branches are looked up on every call, so middleware added to them later still runs.
 */
export class FeatureComposer<C extends Context> extends Composer<C> {
  override branch(predicate: (ctx: C) => MaybePromise<boolean>, trueMiddleware: Middleware<C> | Middleware<C>[], falseMiddleware: Middleware<C> | Middleware<C>[]): Composer<C> {
    const whenTrue = new Composer<C>(...[trueMiddleware].flat()).middleware();
    const whenFalse = new Composer<C>(...[falseMiddleware].flat()).middleware();
    return this.use((ctx, next) => {
      const chosen = predicate(ctx);
      // grammY's own filters answer synchronously; only a custom async predicate costs a promise.
      return chosen instanceof Promise ? chosen.then((ok) => (ok ? whenTrue : whenFalse)(ctx, next)) : (chosen ? whenTrue : whenFalse)(ctx, next);
    });
  }

  // The Composer a filter returns is one of these too, so filters chained on it get the same branch.
  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Middleware<D>[]): Composer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Middleware<C>[]): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.branch(predicate, composer, pass);
    return composer;
  }
}
