package dev.retort.autogen.diff;

/** The H2 round trips in H2's MySQL compatibility mode ({@code ;MODE=MySQL}). */
class H2MySQLModeRoundTripTest extends H2RoundTripTest {
  @Override
  protected String settings() {
    return ";MODE=MySQL";
  }
}
