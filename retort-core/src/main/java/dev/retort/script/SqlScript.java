package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The body of a SQL revision: the statements after {@code -- +upgrade} and after {@code --
 * +downgrade}. A missing downgrade section means the revision cannot be downgraded.
 *
 * @param path the file
 * @param upgrade the upgrade statements
 * @param downgrade the downgrade statements, or empty when the file has no downgrade section
 */
public record SqlScript(Path path, List<SqlStatement> upgrade, Optional<List<SqlStatement>> downgrade) {
  private static final String UPGRADE = "+upgrade";
  private static final String DOWNGRADE = "+downgrade";

  /** Reads and splits a SQL revision file. */
  public static SqlScript read(Path path) {
    return parse(path, ScriptText.read(path));
  }

  /** Reads and splits a SQL revision file with the database's quoting and comment forms. */
  public static SqlScript read(Path path, SqlSyntax syntax) {
    return parse(path, ScriptText.read(path), syntax);
  }

  /** Splits already-read text with {@link SqlSyntax#STANDARD}. */
  public static SqlScript parse(Path path, String text) {
    return parse(path, text, SqlSyntax.STANDARD);
  }

  /** Splits already-read text with the database's quoting and comment forms. */
  public static SqlScript parse(Path path, String text, SqlSyntax syntax) {
    int upgradeAt = -1;
    int downgradeAt = -1;
    int upgradeLine = 0;
    int downgradeLine = 0;
    int lineNo = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNo++;
      String line = text.substring(start, end).strip();
      if (line.startsWith("--")) {
        String marker = line.substring(2).strip();
        if (marker.equals(UPGRADE)) {
          requireFirst(path, UPGRADE, upgradeLine, lineNo);
          upgradeAt = end;
          upgradeLine = lineNo;
        } else if (marker.equals(DOWNGRADE)) {
          requireFirst(path, DOWNGRADE, downgradeLine, lineNo);
          downgradeAt = end;
          downgradeLine = lineNo;
        }
      }
      start = end + 1;
    }
    if (upgradeAt < 0) {
      throw new HeaderException(
          ErrorCode.S007,
          Location.of(path),
          "the file has no '-- +upgrade' section",
          "put '-- +upgrade' on a line of its own before the upgrade statements");
    }
    if (downgradeAt >= 0 && downgradeAt < upgradeAt) {
      throw new HeaderException(
          ErrorCode.S007,
          new Location(path, downgradeLine),
          "'-- +downgrade' comes before '-- +upgrade'",
          "put the upgrade section first, then '-- +downgrade'");
    }
    String upgradeText = downgradeAt < 0 ? text.substring(upgradeAt) : text.substring(upgradeAt, lineStart(text, downgradeAt));
    List<SqlStatement> stray = SqlSplitter.split(text.substring(0, lineStart(text, upgradeAt)), 1, syntax);
    if (!stray.isEmpty()) {
      throw new HeaderException(
          ErrorCode.S007,
          new Location(path, stray.get(0).line()),
          "a statement comes before '-- +upgrade', so it would never run",
          "move it below the '-- +upgrade' line (or below '-- +downgrade' if it undoes the upgrade)");
    }
    List<SqlStatement> upgrade = SqlSplitter.split(upgradeText, upgradeLine, syntax);
    Optional<List<SqlStatement>> downgrade = downgradeAt < 0
        ? Optional.empty()
        : Optional.of(SqlSplitter.split(text.substring(downgradeAt), downgradeLine, syntax));
    return new SqlScript(path, upgrade, downgrade);
  }

  /** A section marker may appear once: the statements after a second one would silently join the first section. */
  private static void requireFirst(Path path, String marker, int firstLine, int lineNo) {
    if (firstLine > 0) {
      throw new HeaderException(
          ErrorCode.S007,
          new Location(path, lineNo),
          "'-- " + marker + "' appears twice, on lines " + firstLine + " and " + lineNo,
          "keep one '-- " + marker + "' line: merge the two sections, or make the second one '-- "
              + (marker.equals(UPGRADE) ? DOWNGRADE : UPGRADE) + "' if that is what it starts");
    }
  }

  private static int lineStart(String text, int endOfMarkerLine) {
    int start = text.lastIndexOf('\n', endOfMarkerLine - 1);
    return start < 0 ? 0 : start;
  }
}
