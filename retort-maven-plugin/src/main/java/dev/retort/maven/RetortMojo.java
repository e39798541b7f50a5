package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import dev.retort.error.RetortException;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: the settings from {@code retort.toml}, the plugin's {@code
 * <configuration>}, Maven properties, the environment and {@code -D}, in Flyway's order (see
 * {@link SettingSources}); the project's class path; and a Retort error as the build failure,
 * worded as the command line prints it (the stack trace only with {@code mvn -e}).
 *
 * <p>Parameters carry no {@code property}: the {@code retort.*} properties are read by {@link
 * SettingSources}, so that a {@code -D} beats the pom whatever the pom sets it in.
 */
public abstract class RetortMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  @Component
  private SettingsDecrypter settingsDecrypter;

  /** The database URL, e.g. {@code jdbc:postgresql://localhost/app} or {@code sqlite:target/app.db}. Property: {@code retort.url}. */
  @Parameter
  private String url;

  /** The database user, when the URL does not carry it. Property: {@code retort.user}. */
  @Parameter
  private String user;

  /** The database password, when the URL does not carry it; better kept in settings.xml. Property: {@code retort.password}. */
  @Parameter
  private String password;

  /**
   * Where the revisions are: {@code filesystem:<folder>} (the default prefix; relative to the
   * project's folder) or {@code classpath:<resource folder>}. Property: {@code retort.locations}
   * (comma separated).
   */
  @Parameter
  private String[] locations;

  /** The version table's name; default {@code retort_version}. Property: {@code retort.versionTable}. */
  @Parameter
  private String versionTable;

  /** The {@code retort.toml} to read; default: the one in the project's folder, if any. Property: {@code retort.configFile}. */
  @Parameter
  private File configFile;

  /** The settings.xml server holding the user and password; default {@code retort}. Property: {@code retort.serverId}. */
  @Parameter
  private String serverId;

  /**
   * Values of {@code ${name}} placeholders in SQL revisions ({@code <placeholders><owner>app</owner></placeholders>});
   * they win over {@code RETORT_PLACEHOLDERS_<NAME>} and {@code retort.toml}'s {@code [placeholders]}.
   * Replacement is on only with {@code placeholder_replacement = true} (property {@code
   * retort.placeholderReplacement}).
   */
  @Parameter
  private Map<String, String> placeholders;

  /** Skips the goal. Property: {@code retort.skip}. */
  @Parameter
  private boolean skip;

  private SettingSources sources;
  private Map<String, String> systemProperties = Map.of();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try {
      sources = readSources();
      if (sources.pluginSetting("skip", skip ? "true" : null).map(Boolean::parseBoolean).orElse(false)) {
        getLog().info("Skipping Retort (retort.skip)");
        return;
      }
      sources.unknownMavenProperties().forEach(
          name -> getLog().warn("Ignoring the pom's property " + name + ": the Retort plugin has no such setting"));
      // a new project has no target/ yet, and a SQLite file there (sqlite:target/app.db) needs it
      Files.createDirectories(buildDirectory());
      ProjectClassPath classPath = ProjectClassPath.of(project.getRuntimeClasspathElements());
      try (URLClassLoader loader = classPath.loader(getClass().getClassLoader())) {
        Thread.currentThread().setContextClassLoader(loader);
        run(load(classPath));
      }
    } catch (RetortException e) {
      throw new MojoFailureException(e.render(), e);
    } catch (IOException | org.apache.maven.artifact.DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("error: cannot read the project's class path: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("error: internal error: " + e
          + "\nfix: this is a bug in Retort; run again with mvn -e for the stack trace and report it", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /** Runs the goal on the configured project. */
  abstract void run(Retort retort) throws MojoFailureException;

  /** A goal's own setting: its {@code -D} / system property, else the pom's property, else {@code configured}. */
  final Optional<String> setting(String name, Object configured) {
    return sources.pluginSetting(name, configured == null ? null : String.valueOf(configured));
  }

  /** A {@code -D} or system property by its full name, such as {@code autogenerate}. */
  final Optional<String> commandLine(String name) {
    return Optional.ofNullable(systemProperties.get(name));
  }

  /** Lets a goal add to the configuration (a snapshot cache, ...). */
  void configure(RetortBuilder builder) {}

  /** The project's folder. */
  final Path basedir() {
    return project.getBasedir().toPath().toAbsolutePath();
  }

  /** The project's build folder ({@code target}). */
  final Path buildDirectory() {
    return Path.of(project.getBuild().getDirectory()).toAbsolutePath();
  }

  private Retort load(ProjectClassPath classPath) {
    RetortBuilder builder = Retort.configure()
        .workingDirectory(basedir())
        .environment(sources.retortEnvironment());
    configFileToRead().ifPresent(builder::configFile);
    if (!classPath.entries().isEmpty()) {
      builder.property("classpath", classPath.setting());
    }
    sources.values().forEach(builder::property);
    if (placeholders != null) {
      builder.placeholders(placeholders);
    }
    configure(builder);
    return builder.load();
  }

  private Optional<Path> configFileToRead() {
    Optional<Path> named = setting("configFile", configFile).map(f -> basedir().resolve(f).normalize());
    if (named.isPresent()) {
      return named;
    }
    Path inProject = basedir().resolve("retort.toml");
    return Files.isRegularFile(inProject) ? Optional.of(inProject) : Optional.empty();
  }

  private SettingSources readSources() {
    Map<String, String> system = strings(System.getProperties());
    system.putAll(strings(session.getUserProperties()));
    systemProperties = Map.copyOf(system);
    Map<String, String> configured = new LinkedHashMap<>();
    putIfSet(configured, "url", url);
    putIfSet(configured, "user", user);
    putIfSet(configured, "password", password);
    putIfSet(configured, "version_table", versionTable);
    if (locations != null && locations.length > 0) {
      configured.put("version_locations", String.join(",", Arrays.asList(locations)));
    }
    SettingSources withoutServer = new SettingSources(system, System.getenv(), strings(project.getProperties()),
        configured, Optional.empty(), basedir());
    Optional<String> server = withoutServer.pluginSetting("serverId", serverId);
    return new SettingSources(system, System.getenv(), strings(project.getProperties()), configured,
        new ServerLookup(settings, settingsDecrypter).find(server), basedir());
  }

  private static void putIfSet(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static Map<String, String> strings(Properties properties) {
    Map<String, String> map = new HashMap<>();
    properties.stringPropertyNames().forEach(n -> map.put(n, properties.getProperty(n)));
    return map;
  }
}
