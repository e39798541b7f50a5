package dev.retort.lint.rules;

import dev.retort.lint.LintContext;
import java.util.function.Function;

/**
 * A value read once per lint run (one {@link LintContext}) and shared by the rules that hold the
 * same instance: the revision bodies, split or tokenized once however many rules look at them.
 *
 * @param <T> the value
 */
final class PerRun<T> {
  private final Function<LintContext, T> read;
  private LintContext lastContext;
  private T lastValue;

  PerRun(Function<LintContext, T> read) {
    this.read = read;
  }

  /** The value for {@code context}, read on the first call with it. */
  synchronized T of(LintContext context) {
    if (context != lastContext) {
      lastValue = read.apply(context);
      lastContext = context;
    }
    return lastValue;
  }
}
