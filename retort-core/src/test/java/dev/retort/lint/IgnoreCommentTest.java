package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreCommentTest {
  private static final Path FILE = Path.of("a.sql");

  @Test
  void parse_sqlCommentWithReason_readsCodeReasonAndLine() {
    List<IgnoreComment> comments = IgnoreComment.parse(FILE,
        "-- Revision: a\n-- retort:lint-ignore RT111 data cannot be restored\nSELECT 1;");

    assertThat(comments).containsExactly(new IgnoreComment(FILE, 2, "RT111", "data cannot be restored"));
    assertThat(comments.get(0).hasReason()).isTrue();
  }

  @Test
  void parse_javaLineAndBlockComments_areRead() {
    List<IgnoreComment> comments = IgnoreComment.parse(FILE,
        "// retort:lint-ignore RT107 generated name\n/* retort:lint-ignore no-downgrade one way */\n");

    assertThat(comments).extracting(IgnoreComment::code).containsExactly("RT107");
    assertThat(comments.get(0).reason()).isEqualTo("generated name");
  }

  @Test
  void parse_withoutReason_hasNoReason() {
    List<IgnoreComment> comments = IgnoreComment.parse(FILE, "--retort:lint-ignore RT111   \r\nSELECT 1;");

    assertThat(comments).containsExactly(new IgnoreComment(FILE, 1, "RT111", ""));
    assertThat(comments.get(0).hasReason()).isFalse();
  }

  @Test
  void parse_otherComments_areIgnored() {
    assertThat(IgnoreComment.parse(FILE, "-- retort:lint-ignored\n-- lint-ignore RT111 x\n")).isEmpty();
  }
}
