package dev.retort.autogen.diff;

/** The H2 round trips in H2's PostgreSQL compatibility mode ({@code ;MODE=PostgreSQL}). */
class H2PostgreSQLModeRoundTripTest extends H2RoundTripTest {
  @Override
  protected String settings() {
    return ";MODE=PostgreSQL";
  }
}
