package dev.retort.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retort.* properties. A property Retort does not know fails the start-up (with the
 * names it does know), so a typo cannot switch a check off unnoticed.
 *
 * @param enabled whether Retort migrates the database at start-up
 * @param locations the folders revision files are read from (classpath:db/retort by default)
 * @param target what to upgrade to: heads, head, a revision, a label@head
 * @param url a database URL for Retort's own connection instead of the application's DataSource
 *     (JDBC, or the postgresql:// and sqlite: forms the command line takes)
 * @param user the user for url, or for the application's database when url is not set
 * @param password the password of user; never printed or logged
 * @param versionTable the version table's name (Retort's default is retort_version)
 * @param lockTimeout how long start-up waits for another instance's migration to finish
 * @param validateOnMigrate refuse to start when an applied revision's file was edited or deleted
 * @param failOnLintErrors refuse to start when retort lint finds an error in the revision files
 * @param placeholderReplacement replace {@code ${name}} placeholders in SQL revisions (off by default)
 * @param placeholders the placeholders' values ({@code retort.placeholders.owner=app})
 */
@ConfigurationProperties(prefix = "retort", ignoreUnknownFields = false)
public record RetortProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("classpath:db/retort") List<String> locations,
    @DefaultValue("heads") String target,
    String url,
    String user,
    String password,
    String versionTable,
    @DefaultValue("60s") Duration lockTimeout,
    @DefaultValue("true") boolean validateOnMigrate,
    @DefaultValue("false") boolean failOnLintErrors,
    @DefaultValue("false") boolean placeholderReplacement,
    Map<String, String> placeholders) {

  public RetortProperties {
    locations = List.copyOf(locations);
    placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
  }

  /** Whether Retort connects by itself ({@code retort.url}) rather than through a DataSource. */
  public boolean hasOwnUrl() {
    return url != null && !url.isBlank();
  }

  /** Whether {@code retort.user} names other credentials for the application's database. */
  public boolean hasOwnUser() {
    return user != null && !user.isBlank();
  }

  /** Every value but the password, which is shown as {@code ***} when set. */
  @Override
  public String toString() {
    return "RetortProperties[enabled=" + enabled + ", locations=" + locations + ", target=" + target + ", url=" + url
        + ", user=" + user + ", password=" + (password == null ? null : "***") + ", versionTable=" + versionTable
        + ", lockTimeout=" + lockTimeout + ", validateOnMigrate=" + validateOnMigrate + ", failOnLintErrors="
        + failOnLintErrors + ", placeholderReplacement=" + placeholderReplacement + ", placeholders="
        + placeholders.keySet() + "]";
  }
}
