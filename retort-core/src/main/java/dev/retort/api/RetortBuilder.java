package dev.retort.api;

import dev.retort.autogen.source.SnapshotCache;
import dev.retort.command.Project;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Configures a {@link Retort} from code. Every setting is a {@code retort.toml} key; the value set
 * here wins over the environment ({@link #environment}), which wins over the file ({@link
 * #configFile} or {@link #findConfigFile}), which wins over the default.
 *
 * <pre>{@code
 * Retort retort = Retort.configure()
 *     .url("postgresql://app@localhost/app")
 *     .locations("migrations/versions")
 *     .load();
 * retort.upgrade("heads");
 * }</pre>
 */
public final class RetortBuilder {
  private final Map<String, String> values = new LinkedHashMap<>();
  private Map<String, String> environment = Map.of();
  private Path workingDirectory = Path.of("").toAbsolutePath();
  private Path configFile;
  private boolean findConfigFile;
  private DataSource dataSource;
  private Path snapshotCache;
  private boolean defaultSnapshotCache;
  private ClassLoader classLoader;
  private final Map<String, String> placeholders = new LinkedHashMap<>();
  private final java.util.List<Callback> callbacks = new java.util.ArrayList<>();

  RetortBuilder() {}

  /**
   * The names {@link #property} accepts: every top-level {@code retort.toml} key, e.g. {@code url},
   * {@code version_table}, {@code lock_timeout}.
   */
  public static List<String> settingNames() {
    return ConfigLoader.keyNames();
  }

  /** Reads this {@code retort.toml} (it must exist); relative values in it are taken against its folder. */
  public RetortBuilder configFile(Path file) {
    this.configFile = file;
    return this;
  }

  /**
   * Reads the nearest {@code retort.toml} in the working directory or a folder above it (or
   * {@code RETORT_CONFIG} from the environment), as the command line does. Off by default.
   */
  public RetortBuilder findConfigFile() {
    this.findConfigFile = true;
    return this;
  }

  /** The folder relative paths are taken against when there is no configuration file; default: the process's. */
  public RetortBuilder workingDirectory(Path folder) {
    this.workingDirectory = folder.toAbsolutePath().normalize();
    return this;
  }

  /**
   * Environment variables to read settings from ({@code RETORT_URL}, {@code DATABASE_URL}, {@code
   * RETORT_<KEY>}); none by default. Pass {@code System.getenv()} to behave like the command line.
   */
  public RetortBuilder environment(Map<String, String> variables) {
    this.environment = Map.copyOf(variables);
    return this;
  }

  /**
   * Sets any {@code retort.toml} key by its name, e.g. {@code property("transaction_per_migration", "false")}.
   * An unknown key fails {@link #load()} with the keys that exist.
   */
  public RetortBuilder property(String key, String value) {
    values.put(key, value);
    return this;
  }

  /** The database URL, e.g. {@code postgresql://user@host/db}, {@code jdbc:postgresql://host/db} or {@code sqlite:app.db}. */
  public RetortBuilder url(String url) {
    return property("url", url);
  }

  /** The database user, when the URL does not carry it. */
  public RetortBuilder user(String user) {
    return property("user", user);
  }

  /** The database password, when the URL does not carry it; never printed or logged. */
  public RetortBuilder password(String password) {
    return property("password", password);
  }

  /**
   * Uses an application's own connection pool instead of a URL: the dialect is read from its
   * connections' metadata; the URL setting is then not used.
   */
  public RetortBuilder dataSource(DataSource pool) {
    this.dataSource = pool;
    return this;
  }

  /** The project's script directory ({@code script_location}); default {@code migrations}. */
  public RetortBuilder scriptLocation(String location) {
    return property("script_location", location);
  }

  /** The folders revisions are read from ({@code version_locations}); default {@code <script_location>/versions}. */
  public RetortBuilder locations(String... locations) {
    return property("version_locations", String.join(",", locations));
  }

  /** The version table's name; default {@code retort_version}. */
  public RetortBuilder versionTable(String table) {
    return property("version_table", table);
  }

  /**
   * Keeps snapshots of built schemas in {@code folder}, so that a later {@code check} or {@code
   * diff} on unchanged migrations and schema files is fast. Off by default.
   */
  public RetortBuilder snapshotCache(Path folder) {
    this.snapshotCache = folder;
    this.defaultSnapshotCache = false;
    return this;
  }

  /**
   * As {@link #snapshotCache(Path)}, in the user's cache folder as the command line keeps it:
   * {@code RETORT_CACHE_DIR} from the {@link #environment}, else {@code $XDG_CACHE_HOME/retort/snapshots},
   * else {@code ~/.cache/retort/snapshots}.
   */
  public RetortBuilder defaultSnapshotCache() {
    this.snapshotCache = null;
    this.defaultSnapshotCache = true;
    return this;
  }

  /**
   * The class loader that {@code classpath:} locations and Java revisions compiled by the
   * application's own build are read with; default: the thread's context class loader. An
   * application framework passes its application class loader (Spring Boot's, in a fat jar).
   */
  public RetortBuilder classLoader(ClassLoader loader) {
    this.classLoader = loader;
    return this;
  }

  /**
   * The value of the {@code ${name}} placeholder in SQL revisions and repeatable revisions; it wins
   * over {@code RETORT_PLACEHOLDERS_<NAME>} and the {@code [placeholders]} table. Replacement itself
   * is on only with {@code placeholderReplacement(true)} (or {@code placeholder_replacement = true}).
   */
  public RetortBuilder placeholder(String name, String value) {
    placeholders.put(name, value);
    return this;
  }

  /** As {@link #placeholder} for each entry (the Maven plugin's and the Spring Boot starter's maps). */
  public RetortBuilder placeholders(Map<String, String> values) {
    placeholders.putAll(values);
    return this;
  }

  /** Turns {@code ${name}} replacement on or off ({@code placeholder_replacement}); off by default. */
  public RetortBuilder placeholderReplacement(boolean on) {
    return property("placeholder_replacement", String.valueOf(on));
  }

  /**
   * Adds Java callbacks, run in the order added after the SQL callback files ({@code
   * <script_location>/callbacks/before-upgrade.sql}, ...) of the same event.
   */
  public RetortBuilder callback(Callback... more) {
    callbacks.addAll(java.util.List.of(more));
    return this;
  }

  /** As {@link #callback(Callback...)} for a list (the Spring Boot starter's callback beans). */
  public RetortBuilder callbacks(java.util.List<? extends Callback> more) {
    callbacks.addAll(more);
    return this;
  }

  /**
   * Reads the configuration and returns the project; nothing is connected yet.
   *
   * @throws dev.retort.error.RetortException when a value is invalid or the configuration file is missing
   */
  public Retort load() {
    ConfigLoader loader = new ConfigLoader(environment, workingDirectory);
    RetortConfig config = (findConfigFile ? loader : loader.withoutDiscovery())
        .load(Optional.ofNullable(configFile), values);
    if (classLoader != null) {
      config = config.withClassLoader(classLoader);
    }
    if (!placeholders.isEmpty()) {
      config = config.withPlaceholderValues(placeholders);
    }
    Project project = Project.open(config);
    if (dataSource != null) {
      project = project.withDataSource(dataSource);
    }
    if (!callbacks.isEmpty()) {
      project = project.withCallbacks(callbacks.stream()
          .<dev.retort.run.callback.CallbackHandler>map(CallbackAdapter::new).toList());
    }
    Optional<Path> cache = defaultSnapshotCache
        ? Optional.of(SnapshotCache.defaultFolder(environment))
        : Optional.ofNullable(snapshotCache);
    return new Retort(project, cache);
  }
}
