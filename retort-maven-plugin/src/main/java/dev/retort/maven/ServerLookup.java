package dev.retort.maven;

import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the {@code settings.xml} server that holds the database credentials (id {@code retort}
 * unless {@code <serverId>} names another, as Flyway's {@code flyway-db}) and decrypts its password.
 */
final class ServerLookup {
  /** The server id used when none is configured. */
  static final String DEFAULT_ID = "retort";

  private final Settings settings;
  private final SettingsDecrypter decrypter;

  ServerLookup(Settings settings, SettingsDecrypter decrypter) {
    this.settings = settings;
    this.decrypter = decrypter;
  }

  /**
   * The credentials of server {@code configuredId}, or of {@code retort} when none is configured
   * (then a missing server is no error).
   *
   * @throws PluginSettingException RT-B001 when a configured server is missing or its password cannot be decrypted
   */
  Optional<ServerCredentials> find(Optional<String> configuredId) {
    String id = configuredId.orElse(DEFAULT_ID);
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      if (configuredId.isPresent()) {
        throw PluginSettingException.noSuchServer(id);
      }
      return Optional.empty();
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() == SettingsProblem.Severity.ERROR
          || problem.getSeverity() == SettingsProblem.Severity.FATAL) {
        throw PluginSettingException.undecryptable(id, problem.getMessage());
      }
    }
    Server decrypted = result.getServer();
    return Optional.of(new ServerCredentials(id, decrypted.getUsername(), decrypted.getPassword()));
  }
}
