package dev.retort.examples.shop;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Until Retort reads {@code classpath:} locations (issue 11, item 2), the tests point {@code
 * retort.locations} at the same folder on disk: {@code target/classes/db/retort}. Then this class
 * goes, and the tests use the application's own {@code retort.locations=classpath:db/retort}.
 */
final class RevisionsOnDisk {
  private RevisionsOnDisk() {}

  static String folder() {
    try {
      return Path.of(ShopApplication.class.getResource("/db/retort").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
