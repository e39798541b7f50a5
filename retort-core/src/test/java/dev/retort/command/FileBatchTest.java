package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing several files as one step: all in place, or all as they were. */
class FileBatchTest {
  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName() + "=" + read(f)).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<FileBatch.Write> writes() throws IOException {
    Files.writeString(dir.resolve("old_a.sql"), "a before");
    Files.writeString(dir.resolve("b.sql"), "b before");
    return List.of(
        new FileBatch.Write(null, dir.resolve("mapping.json"), null, bytes("{}")),
        new FileBatch.Write(dir.resolve("old_a.sql"), dir.resolve("new_a.sql"), bytes("a before"), bytes("a after")),
        new FileBatch.Write(dir.resolve("b.sql"), dir.resolve("b.sql"), bytes("b before"), bytes("b after")));
  }

  @Test
  void write_putsEveryFileInPlace_andUndoPutsThemBack() throws IOException {
    FileBatch batch = new FileBatch(writes());
    List<String> before = listing();

    batch.write();

    assertThat(listing()).containsExactly("b.sql=b after", "mapping.json={}", "new_a.sql=a after");
    batch.undo();
    assertThat(listing()).isEqualTo(before);
  }

  @Test
  void aMoveFailingMidway_restoresWhatWasMoved_andLeavesNoTemporaryFile() throws IOException {
    List<FileBatch.Write> writes = writes();
    List<String> before = listing();
    AtomicInteger moves = new AtomicInteger();
    FileBatch batch = new FileBatch(writes, (source, target, options) -> {
      if (moves.incrementAndGet() == 3) {
        throw new IOException("disk full (simulated on the third move)");
      }
      Files.move(source, target, options);
    });

    IdRewriteException e = catchThrowableOfType(batch::write, IdRewriteException.class);

    assertThat(e.code()).isEqualTo(ErrorCode.A008);
    assertThat(e.summary()).contains("disk full");
    assertThat(listing()).isEqualTo(before);
  }
}
