package dev.retort.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved configuration, every value with its {@link Source}. Paths are absolute (relative
 * values are taken against the configuration file's folder, or the working directory).
 *
 * @param configFile the {@code retort.toml} read, if any
 * @param scriptLocation the script directory ({@code script_location}); when that names the class
 *     path, the configuration's folder (a class-path project has no templates or compile cache)
 * @param versionLocations folders searched for revision files ({@code version_locations} entries
 *     without a prefix or with {@code filesystem:})
 * @param url the database URL; never print it unredacted
 * @param versionTable the version table name
 * @param versionColumnWidth width of {@code version_num} for new tables
 * @param autoWidenVersionColumn whether a narrower column is widened in place
 * @param transactionPerMigration one transaction per migration (versus one for the run)
 * @param lockTimeout how long to wait for the migration lock
 * @param schema the desired-schema file or folder of {@code .sql} files, if {@code schema} names one
 * @param devUrl scratch database URL, or empty
 * @param sources where each key's value came from
 * @param lintLevels the {@code [lint]} table: rule code (or name) to {@code off}, {@code info},
 *     {@code warning} or {@code error}; and {@code baseline} to the baseline file (see {@link
 *     #lintBaseline()})
 * @param schemaEntities the package of JPA entities when {@code schema = "jpa:<package>"} (then {@link
 *     #schema()} is empty)
 * @param classpath folders and jars holding the entities (and class-path revisions) and what they
 *     need ({@code classpath})
 * @param user the database user when the URL does not carry it ({@code user}), or empty
 * @param password the database password when the URL does not carry it ({@code password}), or empty; never
 *     print it
 * @param baseFolder the folder relative values (a relative SQLite path in {@code url} or {@code dev_url},
 *     schema paths) are taken against: the configuration file's folder, else the working directory
 * @param classpathLocations resource folders searched for revisions on the class path ({@code
 *     version_locations} entries with {@code classpath:}, e.g. {@code db/retort}), without the prefix
 * @param classLoader the class loader of the class-path locations; empty for the thread's context
 *     class loader (with {@code classpath} entries added, see {@link #revisionClassLoader()})
 * @param placeholderReplacement whether {@code ${name}} placeholders are replaced ({@code placeholder_replacement})
 * @param placeholders the placeholders' values, by name
 * @param repeatableLocations folders of repeatable revisions ({@code repeatable_locations}; default
 *     {@code <script_location>/repeatable})
 * @param callbackLocations folders of SQL callback files ({@code callback_locations}; default {@code
 *     <script_location>/callbacks})
 */
public record RetortConfig(
    Optional<Path> configFile,
    Path scriptLocation,
    List<Path> versionLocations,
    String url,
    String versionTable,
    int versionColumnWidth,
    boolean autoWidenVersionColumn,
    boolean transactionPerMigration,
    Duration lockTimeout,
    Optional<Path> schema,
    String devUrl,
    Map<String, Source> sources,
    Map<String, String> lintLevels,
    Optional<String> schemaEntities,
    List<Path> classpath,
    String user,
    String password,
    Path baseFolder,
    List<String> classpathLocations,
    Optional<ClassLoader> classLoader,
    boolean placeholderReplacement,
    Map<String, String> placeholders,
    List<Path> repeatableLocations,
    List<Path> callbackLocations) {

  public RetortConfig {
    repeatableLocations = List.copyOf(repeatableLocations);
    callbackLocations = List.copyOf(callbackLocations);
    placeholders = Map.copyOf(placeholders);
    versionLocations = List.copyOf(versionLocations);
    sources = Map.copyOf(sources);
    lintLevels = Map.copyOf(lintLevels);
    classpath = List.copyOf(classpath);
    baseFolder = baseFolder.toAbsolutePath().normalize();
    classpathLocations = List.copyOf(classpathLocations);
  }

  /**
   * A configuration without placeholders, its repeatable revisions in {@code <script_location>/repeatable} and
   * its callbacks in {@code <script_location>/callbacks}.
   */
  public RetortConfig(
      Optional<Path> configFile, Path scriptLocation, List<Path> versionLocations, String url, String versionTable,
      int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration, Duration lockTimeout,
      Optional<Path> schema, String devUrl, Map<String, Source> sources, Map<String, String> lintLevels,
      Optional<String> schemaEntities, List<Path> classpath, String user, String password, Path baseFolder,
      List<String> classpathLocations, Optional<ClassLoader> classLoader) {
    this(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth, autoWidenVersionColumn,
        transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels, schemaEntities, classpath, user,
        password, baseFolder, classpathLocations, classLoader, false, Map.of(),
        List.of(scriptLocation.resolve("repeatable")), List.of(scriptLocation.resolve("callbacks")));
  }

  /** A configuration whose relative values are taken against the file's folder, else the process's working directory. */
  public RetortConfig(
      Optional<Path> configFile, Path scriptLocation, List<Path> versionLocations, String url, String versionTable,
      int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration, Duration lockTimeout,
      Optional<Path> schema, String devUrl, Map<String, Source> sources, Map<String, String> lintLevels,
      Optional<String> schemaEntities, List<Path> classpath, String user, String password) {
    this(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth, autoWidenVersionColumn,
        transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels, schemaEntities, classpath, user,
        password, configFile.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath()), List.of(),
        Optional.empty());
  }

  /** A configuration without separate credentials (the URL carries them, if any). */
  public RetortConfig(
      Optional<Path> configFile, Path scriptLocation, List<Path> versionLocations, String url, String versionTable,
      int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration, Duration lockTimeout,
      Optional<Path> schema, String devUrl, Map<String, Source> sources, Map<String, String> lintLevels,
      Optional<String> schemaEntities, List<Path> classpath) {
    this(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth, autoWidenVersionColumn,
        transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels, schemaEntities, classpath, "", "");
  }

  /** A configuration without JPA entities or a class path. */
  public RetortConfig(
      Optional<Path> configFile, Path scriptLocation, List<Path> versionLocations, String url, String versionTable,
      int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration, Duration lockTimeout,
      Optional<Path> schema, String devUrl, Map<String, Source> sources, Map<String, String> lintLevels) {
    this(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth, autoWidenVersionColumn,
        transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels, Optional.empty(), List.of());
  }

  /** A configuration without a {@code [lint]} table. */
  public RetortConfig(
      Optional<Path> configFile, Path scriptLocation, List<Path> versionLocations, String url, String versionTable,
      int versionColumnWidth, boolean autoWidenVersionColumn, boolean transactionPerMigration, Duration lockTimeout,
      Optional<Path> schema, String devUrl, Map<String, Source> sources) {
    this(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth, autoWidenVersionColumn,
        transactionPerMigration, lockTimeout, schema, devUrl, sources, Map.of());
  }

  /** The default name of the lint baseline file, next to {@code retort.toml}. */
  public static final String LINT_BASELINE = ".retort-lint-baseline.json";

  /**
   * The file {@code lint --baseline} writes and later runs read: {@code [lint] baseline} in
   * {@code retort.toml}, else {@value #LINT_BASELINE} next to it (next to the script directory
   * without a configuration file).
   */
  public Path lintBaseline() {
    String configured = lintLevels.get(LintLevels.BASELINE);
    if (configured != null) {
      return Path.of(configured);
    }
    Path folder = configFile.map(f -> f.toAbsolutePath().getParent())
        .orElseGet(() -> scriptLocation.toAbsolutePath().getParent());
    return folder.resolve(LINT_BASELINE);
  }

  /** The same configuration with another database URL (e.g. a command's own {@code --url}), recorded as a flag's. */
  public RetortConfig withUrl(String newUrl) {
    Map<String, Source> withFlag = new java.util.HashMap<>(sources);
    withFlag.put("url", Source.FLAG);
    return new RetortConfig(configFile, scriptLocation, versionLocations, newUrl, versionTable, versionColumnWidth,
        autoWidenVersionColumn, transactionPerMigration, lockTimeout, schema, devUrl, withFlag, lintLevels,
        schemaEntities, classpath, user, password, baseFolder, classpathLocations, classLoader, placeholderReplacement,
        placeholders, repeatableLocations, callbackLocations);
  }

  /** The same configuration with another class path for JPA entities ({@code --classpath}). */
  public RetortConfig withClasspath(List<Path> newClasspath) {
    return new RetortConfig(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth,
        autoWidenVersionColumn, transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels,
        schemaEntities, newClasspath, user, password, baseFolder, classpathLocations, classLoader, placeholderReplacement,
        placeholders, repeatableLocations, callbackLocations);
  }

  /**
   * The same configuration reading class-path locations with {@code loader} (an application's
   * own class loader, e.g. Spring Boot's), instead of the thread's context class loader.
   */
  public RetortConfig withClassLoader(ClassLoader loader) {
    return new RetortConfig(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth,
        autoWidenVersionColumn, transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels,
        schemaEntities, classpath, user, password, baseFolder, classpathLocations, Optional.of(loader), placeholderReplacement,
        placeholders, repeatableLocations, callbackLocations);
  }

  /**
   * The same configuration with other version locations: folders and class-path resource folders
   * (names as in {@code classpath:<name>}, without the prefix).
   */
  public RetortConfig withVersionLocations(List<Path> folders, List<String> classpathFolders) {
    return new RetortConfig(configFile, scriptLocation, folders, url, versionTable, versionColumnWidth,
        autoWidenVersionColumn, transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels,
        schemaEntities, classpath, user, password, baseFolder, classpathFolders, classLoader, placeholderReplacement,
        placeholders, repeatableLocations, callbackLocations);
  }

  /**
   * The same configuration with placeholder values set from code added, winning over the
   * environment and the file.
   */
  public RetortConfig withPlaceholderValues(Map<String, String> fromCode) {
    Map<String, String> all = new java.util.HashMap<>(placeholders);
    all.putAll(fromCode);
    return new RetortConfig(configFile, scriptLocation, versionLocations, url, versionTable, versionColumnWidth,
        autoWidenVersionColumn, transactionPerMigration, lockTimeout, schema, devUrl, sources, lintLevels,
        schemaEntities, classpath, user, password, baseFolder, classpathLocations, classLoader,
        placeholderReplacement, all, repeatableLocations, callbackLocations);
  }

  /**
   * The class loader class-path locations are read with: the one given ({@link #withClassLoader}),
   * else the thread's context class loader (Retort's own when there is none), with the {@code
   * classpath} entries in front of it when there are any. Each call with {@code classpath}
   * entries makes a new loader, which is left open for the revisions it loads.
   */
  public ClassLoader revisionClassLoader() {
    if (classLoader.isPresent()) {
      return classLoader.get();
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader parent = context != null ? context : RetortConfig.class.getClassLoader();
    if (classpath.isEmpty()) {
      return parent;
    }
    java.net.URL[] urls = classpath.stream().map(RetortConfig::url).toArray(java.net.URL[]::new);
    return new java.net.URLClassLoader("retort-revisions", urls, parent);
  }

  private static java.net.URL url(Path entry) {
    try {
      return entry.toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException("a file path is always a URL: " + entry, e);
    }
  }

  /** Every version location as messages show it: folders, then {@code classpath:<name>}. */
  public List<String> describeVersionLocations() {
    List<String> all = new java.util.ArrayList<>();
    versionLocations.forEach(p -> all.add(dev.retort.error.Paths.display(p)));
    classpathLocations.forEach(name -> all.add(CLASSPATH_PREFIX + name));
    return all;
  }

  /** The prefix of a class-path location in {@code script_location} and {@code version_locations}. */
  public static final String CLASSPATH_PREFIX = "classpath:";

  /** The prefix of a file-system location (the default when a location has none). */
  public static final String FILESYSTEM_PREFIX = "filesystem:";

  /** Where the value of a key came from. */
  public Source sourceOf(String key) {
    return sources.getOrDefault(key, Source.DEFAULT);
  }

  @Override
  public String toString() {
    return "RetortConfig[configFile=" + configFile.orElse(null) + ", scriptLocation=" + scriptLocation
        + ", versionLocations=" + versionLocations + ", classpathLocations=" + classpathLocations + ", versionTable="
        + versionTable + "]";
  }
}
