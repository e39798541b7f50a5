package dev.retort.autogen.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a {@code -- retort:renamed-from} comment renames what. */
class RenameHintsTest {
  private static final Path FILE = Path.of("schema.sql");

  @Test
  void tableHint_onTheCreateTableLine() {
    assertThat(RenameHints.read(FILE, "CREATE TABLE members ( -- retort:renamed-from users\n  id INTEGER\n);\n"))
        .containsExactly(RenameHint.table("users", "members", new Location(FILE, 1)));
  }

  @Test
  void tableHint_onTheLineBefore_blankLinesAllowed_quotedAndQualifiedNames() {
    assertThat(RenameHints.read(FILE, "-- retort:renamed-from \"People\"\n\ncreate table if not exists public.\"Members\" (id int);\n"))
        .containsExactly(RenameHint.table("People", "Members", new Location(FILE, 1)));
  }

  @Test
  void columnHint_endsTheColumnLine_ofTheEnclosingTable() {
    List<RenameHint> hints = RenameHints.read(FILE, "CREATE TABLE a (id INTEGER);\n"
        + "CREATE TABLE users (\n  id INTEGER PRIMARY KEY,\n  email_address TEXT, -- retort:renamed-from email\n"
        + "  \"Full Name\" TEXT -- retort:renamed-from name\n);\n");
    assertThat(hints).containsExactly(
        RenameHint.column("users", "email", "email_address", new Location(FILE, 4)),
        RenameHint.column("users", "name", "Full Name", new Location(FILE, 5)));
  }

  @Test
  void noHints_noneRead() {
    assertThat(RenameHints.read(FILE, "CREATE TABLE t (id INTEGER); -- a comment\n")).isEmpty();
  }

  @Test
  void hintOutsideCreateTable_isM008_withTheLine() {
    assertThatThrownBy(() -> RenameHints.read(FILE, "CREATE TABLE t (id INTEGER);\n\nCREATE INDEX ix ON t (id); -- retort:renamed-from x\n"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.M008);
          assertThat(e.location()).contains(new Location(FILE, 3));
        });
  }

  @Test
  void hintOnAConstraintLine_isM008() {
    assertThatThrownBy(() -> RenameHints.read(FILE, "CREATE TABLE t (\n  id INTEGER,\n  CONSTRAINT pk PRIMARY KEY (id) -- retort:renamed-from x\n);\n"))
        .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.location()).contains(new Location(FILE, 3)));
  }

  @Test
  void standaloneHintNotFollowedByCreateTable_isM008() {
    assertThatThrownBy(() -> RenameHints.read(FILE, "-- retort:renamed-from users\nCREATE INDEX ix ON t (id);\n"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.M008);
          assertThat(e.location()).contains(new Location(FILE, 1));
        });
  }

  @Test
  void hintWithoutOrWithTwoNames_isM008() {
    assertThatThrownBy(() -> RenameHints.read(FILE, "CREATE TABLE t ( -- retort:renamed-from\n id INTEGER);\n"))
        .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.M008));
    assertThatThrownBy(() -> RenameHints.read(FILE, "CREATE TABLE t ( -- retort:renamed-from a b\n id INTEGER);\n"))
        .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.summary()).contains("exactly one old name"));
  }
}
