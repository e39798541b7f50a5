package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision message is one line: line breaks and control characters are refused at load time. */
class RevisionMessageTest {
  @TempDir Path root;
  Path versions;

  @BeforeEach
  void setUp() throws IOException {
    versions = Files.createDirectories(root.resolve("migrations/versions"));
  }

  private RetortException loadFailure() {
    RetortException e = catchThrowableOfType(() -> new ScriptDirectory(List.of(versions)).graph(), RetortException.class);
    assertThat(e).as("loading must fail").isNotNull();
    return e;
  }

  @Test
  void javaMessageWithNewlineEscape_S011AtTheMessageLine() throws IOException {
    Path file = Files.writeString(versions.resolve("a1a1a1a1a1a1_x.java"),
        "@Revision(id = \"a1a1a1a1a1a1\",\n    message = \"line one\\nDROP TABLE t1; -- x\")\nclass X {}\n");

    RetortException e = loadFailure();

    assertThat(e.code()).isEqualTo(ErrorCode.S011);
    assertThat(e.location()).contains(new Location(file, 2));
    assertThat(e.getMessage()).contains("line break (\\n) at character 9", "fix: write the message on one line");
  }

  @Test
  void javaMessageWithCarriageReturnUnicodeOrOctalEscape_S011() throws IOException {
    for (String escape : List.of("\\r", "\\u000a", "\\uu2028", "\\12", "\\033[31m")) {
      Files.writeString(versions.resolve("a1a1a1a1a1a1_x.java"),
          "@Revision(id = \"a1a1a1a1a1a1\", message = \"one" + escape + "two\")\nclass X {}\n");

      assertThat(loadFailure().code()).as(escape).isEqualTo(ErrorCode.S011);
    }
  }

  @Test
  void sqlMessageWithControlCharacter_S011AtItsLine() throws IOException {
    Path file = Files.writeString(versions.resolve("a1a1a1a1a1a1_x.sql"),
        "-- Revision: a1a1a1a1a1a1\n-- Revises:\n-- Message: one\u001btwo\u0085\n\n-- +upgrade\n");

    RetortException e = loadFailure();

    assertThat(e.code()).isEqualTo(ErrorCode.S011);
    assertThat(e.location()).contains(new Location(file, 3));
    assertThat(e.getMessage()).contains("control character (\\u001B) at character 4");
  }

  @Test
  void oneLineMessages_loadUnchanged() throws IOException {
    Files.writeString(versions.resolve("a1a1a1a1a1a1_x.java"),
        "@Revision(id = \"a1a1a1a1a1a1\", message = \"caf\\u00e9 \\\"quoted\\\" back\\\\slash\")\nclass X {}\n");

    assertThat(new ScriptDirectory(List.of(versions)).revisions())
        .singleElement().satisfies(r -> assertThat(r.message()).isEqualTo("café \"quoted\" back\\slash"));
  }

  @Test
  void escaped_writesLineBreaksAndControlCharactersAsEscapes() {
    assertThat(MessageText.escaped("a\nb\r\tc\u0000\u2029é")).isEqualTo("a\\nb\\r\\tc\\u0000\\u2029é");
    assertThat(MessageText.problemWith("add users table")).isNull();
  }
}
