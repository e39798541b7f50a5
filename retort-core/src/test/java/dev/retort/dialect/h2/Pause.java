package dev.retort.dialect.h2;

/** A Java function H2 calls from SQL ({@code CREATE ALIAS ... FOR}), so that a revision can last a while. */
public final class Pause {
  private Pause() {}

  /** Sleeps {@code millis}; returns it. */
  public static int pause(int millis) throws InterruptedException {
    Thread.sleep(millis);
    return millis;
  }
}
