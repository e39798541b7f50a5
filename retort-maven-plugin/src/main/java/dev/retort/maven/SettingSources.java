package dev.retort.maven;

import dev.retort.error.NearMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every place a setting can come from, and Flyway's order among them (first wins): system
 * properties ({@code -D}), {@code RETORT_<KEY>} environment variables, Maven properties of the
 * pom, the plugin's {@code <configuration>}, the {@code settings.xml} server's credentials, then
 * {@code retort.toml} and the defaults, which Retort itself reads below all of these.
 *
 * @param systemProperties {@code retort.*} system and {@code -D} properties, by full name
 * @param environment the process environment (only {@code RETORT_<KEY>} variables are used)
 * @param mavenProperties {@code retort.*} properties of the pom, by full name
 * @param pluginConfiguration the {@code <configuration>} elements that set a {@code retort.toml} key, by key
 * @param server the credentials of the {@code settings.xml} server, if it exists
 * @param basedir the project's folder, which relative {@code <locations>} are taken against
 */
record SettingSources(Map<String, String> systemProperties, Map<String, String> environment,
    Map<String, String> mavenProperties, Map<String, String> pluginConfiguration, Optional<ServerCredentials> server,
    Path basedir) {

  public SettingSources {
    systemProperties = Map.copyOf(prefixed(systemProperties));
    environment = Map.copyOf(environment);
    mavenProperties = Map.copyOf(prefixed(mavenProperties));
    pluginConfiguration = Map.copyOf(pluginConfiguration);
  }

  /**
   * The {@code retort.toml} values these sources set, by key, to hand to Retort above its file;
   * keys an environment variable sets are left to Retort's own reading of the environment (which
   * beats the file) unless a system property sets them.
   *
   * @throws PluginSettingException RT-C002 for an unknown {@code -D} property; RT-B001 when the
   *     pom and a settings.xml server both give credentials
   */
  Map<String, String> values() {
    Map<String, String> system = keyed(systemProperties, "a system property or -D");
    Map<String, String> pom = keyed(mavenProperties, null);
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : allKeys(system, pom)) {
      if (system.containsKey(key)) {
        values.put(key, system.get(key));
      } else if (environment.containsKey(envName(key))) {
        continue;
      } else if (pom.containsKey(key)) {
        values.put(key, pom.get(key));
      } else if (pluginConfiguration.containsKey(key)) {
        values.put(key, pluginConfiguration.get(key));
      }
    }
    server.ifPresent(s -> addServer(s, pom, values, system));
    if (values.containsKey("version_locations")) {
      values.put("version_locations", Locations.toSetting(List.of(values.get("version_locations")), basedir));
    }
    return values;
  }

  /** The environment as Retort should read it: {@code RETORT_<KEY>} variables only (not {@code DATABASE_URL} or {@code RETORT_CONFIG}). */
  Map<String, String> retortEnvironment() {
    Map<String, String> variables = new TreeMap<>();
    for (String key : dev.retort.api.RetortBuilder.settingNames()) {
      String name = envName(key);
      if (environment.containsKey(name)) {
        variables.put(name, environment.get(name));
      }
    }
    return variables;
  }

  /** A plugin setting ({@code skip}, {@code target}, ...): the system property, else the pom's, else {@code configured}. */
  Optional<String> pluginSetting(String name, String configured) {
    String full = PropertyNames.PREFIX + name;
    return Optional.ofNullable(systemProperties.get(full))
        .or(() -> Optional.ofNullable(mavenProperties.get(full)))
        .or(() -> Optional.ofNullable(configured));
  }

  /** The pom's {@code retort.*} properties that name nothing the plugin knows (a warning, not an error: a pom may use its own). */
  List<String> unknownMavenProperties() {
    return mavenProperties.keySet().stream().filter(n -> !known(n.substring(PropertyNames.PREFIX.length())))
        .sorted().toList();
  }

  private void addServer(ServerCredentials credentials, Map<String, String> pom, Map<String, String> values,
      Map<String, String> system) {
    for (String key : List.of("user", "password")) {
      if (pom.containsKey(key) || pluginConfiguration.containsKey(key)) {
        throw PluginSettingException.credentialsTwice(credentials.id(),
            pom.containsKey(key) ? "the pom's property " + PropertyNames.PREFIX + key : "<" + key + "> in the plugin's <configuration>");
      }
    }
    String user = credentials.username();
    String password = credentials.password();
    if (!system.containsKey("user") && !environment.containsKey(envName("user")) && !user.isEmpty()) {
      values.put("user", user);
    }
    if (!system.containsKey("password") && !environment.containsKey(envName("password")) && !password.isEmpty()) {
      values.put("password", password);
    }
  }

  /** {@code retort.*} properties by key; an unknown name fails when {@code source} names where it came from. */
  private static Map<String, String> keyed(Map<String, String> properties, String source) {
    Map<String, String> byKey = new TreeMap<>();
    properties.forEach((name, value) -> {
      String shortName = name.substring(PropertyNames.PREFIX.length());
      Optional<String> key = PropertyNames.tomlKey(shortName);
      if (key.isPresent()) {
        byKey.put(key.get(), value);
      } else if (!PropertyNames.isPluginSetting(shortName) && source != null) {
        throw PluginSettingException.unknownProperty(name, source, NearMatches.among(name, PropertyNames.all()));
      }
    });
    return byKey;
  }

  private List<String> allKeys(Map<String, String> system, Map<String, String> pom) {
    List<String> keys = new ArrayList<>();
    for (Map<String, String> layer : List.of(system, pom, pluginConfiguration)) {
      layer.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    }
    return keys;
  }

  private static boolean known(String shortName) {
    return PropertyNames.isPluginSetting(shortName) || PropertyNames.tomlKey(shortName).isPresent();
  }

  private static String envName(String key) {
    return "RETORT_" + key.toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> prefixed(Map<String, String> properties) {
    Map<String, String> kept = new TreeMap<>();
    properties.forEach((name, value) -> {
      if (name.startsWith(PropertyNames.PREFIX) && value != null) {
        kept.put(name, value);
      }
    });
    return kept;
  }
}
