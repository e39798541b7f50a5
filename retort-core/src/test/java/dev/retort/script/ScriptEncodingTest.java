package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.InvalidUtf8Exception;
import dev.retort.error.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revision files are strict UTF-8 in every read path; a byte-order mark is accepted and ignored. */
class ScriptEncodingTest {
  private static final String HEADER = "-- Revision: a1a1a1a1a1a1\n-- Revises:\n-- Message: cafe\n\n-- +upgrade\n";

  @TempDir Path root;
  Path versions;

  @BeforeEach
  void setUp() throws IOException {
    versions = Files.createDirectories(root.resolve("migrations/versions"));
  }

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return Files.write(versions.resolve(name), out.toByteArray());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static InvalidUtf8Exception failure(Runnable action) {
    InvalidUtf8Exception e = catchThrowableOfType(action::run, InvalidUtf8Exception.class);
    assertThat(e).as("expected a UTF-8 error").isNotNull();
    return e;
  }

  @Test
  void graph_latin1Body_S001WithFileLineAndByteOffset() throws IOException {
    Path file = write("a1a1a1a1a1a1_cafe.sql", utf8(HEADER), latin1("INSERT INTO t VALUES ('café');\n"));
    int offset = utf8(HEADER).length + "INSERT INTO t VALUES ('caf".length();

    InvalidUtf8Exception e = failure(() -> new ScriptDirectory(List.of(versions)).graph());

    assertThat(e.code()).isEqualTo(ErrorCode.S001);
    assertThat(e.location()).contains(new Location(file, 6));
    assertThat(e.byteOffset()).isEqualTo(offset);
    assertThat(e.getMessage()).contains("a1a1a1a1a1a1_cafe.sql:6", "byte 0xE9", "byte offset " + offset, "UTF-8", "fix: ");
  }

  @Test
  void sqlScriptRead_latin1Body_refusedNotReplaced() throws IOException {
    Path file = write("a1a1a1a1a1a1_cafe.sql", utf8(HEADER), latin1("INSERT INTO t VALUES ('café');\n"));

    InvalidUtf8Exception e = failure(() -> SqlScript.read(file));

    assertThat(e.location()).contains(new Location(file, 6));
  }

  @Test
  void headersLeniently_latin1JavaMessage_isAProblemAndOtherFilesStillRead() throws IOException {
    Path java = write("b2b2b2b2b2b2_cafe.java",
        latin1("@Revision(id = \"b2b2b2b2b2b2\", revises = \"a1a1a1a1a1a1\", message = \"café\")\nclass B {}\n"));
    write("a1a1a1a1a1a1_ok.sql", utf8(HEADER + "SELECT 1;\n"));

    ScriptDirectory.Lenient read = new ScriptDirectory(List.of(versions)).headersLeniently();

    assertThat(read.headers()).extracting(ScriptHeader::id).containsExactly("a1a1a1a1a1a1");
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p).isInstanceOf(InvalidUtf8Exception.class);
      assertThat(p.location()).contains(new Location(java, 1));
    });
  }

  @Test
  void scriptText_crlfAndLoneCrCountAsLineEnds() throws IOException {
    Path file = write("x.sql", utf8("a\r\nb\rc\n"), new byte[] {(byte) 0xC3, '(', '\n'});

    InvalidUtf8Exception e = failure(() -> ScriptText.read(file));

    assertThat(e.location()).contains(new Location(file, 4));
    assertThat(e.byteOffset()).isEqualTo(7);
  }

  @Test
  void bom_isAcceptedAndIgnoredByHeaderAndBody() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = write("a1a1a1a1a1a1_cafe.sql", bom, utf8(HEADER + "INSERT INTO t VALUES ('café');\n"));

    ScriptHeader header = ScriptDirectory.read(file);
    SqlScript script = SqlScript.read(file);

    assertThat(header.id()).isEqualTo("a1a1a1a1a1a1");
    assertThat(header.idLine()).isEqualTo(1);
    assertThat(script.upgrade()).singleElement().satisfies(s -> assertThat(s.sql()).contains("'café'"));
  }

  @Test
  void bom_checksumCoversTheFileAsStoredBomIncluded() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = utf8(HEADER + "SELECT 1;\n");
    Path withBom = write("a1a1a1a1a1a1_bom.sql", bom, body);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(bom);
    all.writeBytes(body);

    String checksum = ScriptDirectory.read(withBom).checksum();

    assertThat(checksum)
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.toByteArray())))
        .isNotEqualTo(Checksum.of(body));
  }

  @Test
  void realReplacementCharacter_isValidUtf8AndKept_butABadByteAfterItIsNot() throws IOException {
    Path ok = write("a.sql", utf8("SELECT '\uFFFD';\n"));
    Path bad = write("b.sql", utf8("SELECT '\uFFFD';\n"), new byte[] {(byte) 0xFF});

    assertThat(ScriptText.read(ok)).isEqualTo("SELECT '\uFFFD';\n");
    assertThat(failure(() -> ScriptText.read(bad)).byteOffset()).isEqualTo(utf8("SELECT '\uFFFD';\n").length);
  }
}
