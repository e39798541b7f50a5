package dev.retort.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ErrorCode} has its own section in {@code docs/errors.md} (STYLE.md C7), so a new
 * code cannot ship undocumented. Surefire runs tests in the module folder, so the page is {@code
 * ../docs/errors.md}.
 */
class ErrorCodeDocsTest {
  private static final Path ERRORS_PAGE = Path.of("..", "docs", "errors.md");
  private static final Pattern CODE = Pattern.compile("RT-[A-Z]\\d{3}\\b");

  private static List<String> headings;

  @BeforeAll
  static void readPage() throws IOException {
    assertThat(ERRORS_PAGE)
        .as("the error code page %s (relative to %s)", ERRORS_PAGE, Path.of("").toAbsolutePath())
        .isRegularFile();
    headings =
        Files.readAllLines(ERRORS_PAGE, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("#"))
            .toList();
  }

  @Test
  void errorsPage_everyErrorCode_hasAHeading() {
    List<String> undocumented =
        Arrays.stream(ErrorCode.values())
            .map(ErrorCode::display)
            .filter(code -> headingsNaming(code).isEmpty())
            .toList();

    assertThat(undocumented)
        .as("error codes without a heading in %s; add a '## RT-Xnnn title' section", ERRORS_PAGE)
        .isEmpty();
  }

  @Test
  void errorsPage_everyErrorCode_hasExactlyOneHeading() {
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(headingsNaming(code.display()))
          .as("headings naming %s in %s", code.display(), ERRORS_PAGE)
          .hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void errorsPage_everyCodeInAHeading_exists() {
    Set<String> known =
        Arrays.stream(ErrorCode.values()).map(ErrorCode::display).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    for (String heading : headings) {
      Matcher matcher = CODE.matcher(heading);
      while (matcher.find()) {
        if (!known.contains(matcher.group())) {
          unknown.add(matcher.group());
        }
      }
    }

    assertThat(unknown).as("codes in %s headings that ErrorCode does not have", ERRORS_PAGE).isEmpty();
  }

  private static List<String> headingsNaming(String code) {
    Pattern exact = Pattern.compile(Pattern.quote(code) + "\\b");
    return headings.stream().filter(heading -> exact.matcher(heading).find()).toList();
  }
}
