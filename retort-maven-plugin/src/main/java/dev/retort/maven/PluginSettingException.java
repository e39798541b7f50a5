package dev.retort.maven;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A plugin setting Retort cannot use: an unknown {@code retort.*} property, a missing goal parameter, a bad server. */
final class PluginSettingException extends RetortException {
  private static final long serialVersionUID = 1L;

  PluginSettingException(ErrorCode code, String summary, List<String> details, String hint) {
    super(code, null, summary, details, hint);
  }

  /** {@code -Dretort.ulr=...}: a property name that is neither a plugin setting nor a retort.toml key. */
  static PluginSettingException unknownProperty(String name, String source, List<String> nearMatches) {
    return new PluginSettingException(ErrorCode.C002, "unknown property '" + name + "' (" + source + ")", List.of(),
        nearMatches.isEmpty()
            ? "see docs/maven-plugin.md for the retort.* properties"
            : "did you mean '" + nearMatches.get(0) + "'?");
  }

  /** A {@code <location>} with a prefix other than {@code filesystem:} or {@code classpath:}. */
  static PluginSettingException unknownLocationPrefix(String location) {
    return new PluginSettingException(ErrorCode.C002,
        "location '" + location + "' has an unknown prefix", List.of(),
        "write filesystem:<folder> (relative to the project's folder) or classpath:<resource folder>");
  }

  /** {@code downgrade} or {@code stamp} without {@code <target>}. */
  static PluginSettingException missingTarget(String goal) {
    return new PluginSettingException(ErrorCode.B002, "the " + goal + " goal needs a target", List.of(),
        "mvn retort:" + goal + " -Dretort.target=" + ("downgrade".equals(goal) ? "base" : "heads")
            + " (or <target> in the plugin's <configuration>)");
  }

  /** {@code revision} without a message. */
  static PluginSettingException missingMessage() {
    return new PluginSettingException(ErrorCode.B002, "the revision goal needs a message", List.of(),
        "mvn retort:revision -Dretort.message=\"add users table\"");
  }

  /** {@code resolve} without the revision or the resolution, or with a resolution it does not know. */
  static PluginSettingException badResolve(ErrorCode code, String problem) {
    return new PluginSettingException(code,
        "the resolve goal " + problem, List.of(),
        "mvn retort:resolve -Dretort.revision=<id> -Dretort.resolution=applied (every statement of the revision is in"
            + " effect) or -Dretort.resolution=rolled-back (none is); see docs/dialects/partial-failure.md");
  }

  /** {@code <serverId>} names a server that settings.xml does not have. */
  static PluginSettingException noSuchServer(String id) {
    return new PluginSettingException(ErrorCode.B001, "settings.xml has no server '" + id + "'", List.of(),
        "add <server><id>" + id + "</id><username>...</username><password>...</password></server> to"
            + " ~/.m2/settings.xml, or correct <serverId> / retort.serverId");
  }

  /** The server's password cannot be decrypted (settings-security.xml missing or wrong). */
  static PluginSettingException undecryptable(String id, String problem) {
    return new PluginSettingException(ErrorCode.B001,
        "the password of settings.xml server '" + id + "' cannot be decrypted", List.of(problem),
        "check ~/.m2/settings-security.xml (mvn --encrypt-master-password), or re-encrypt the password with"
            + " mvn --encrypt-password");
  }

  /** Credentials from a settings.xml server and from the pom at once. */
  static PluginSettingException credentialsTwice(String id, String where) {
    return new PluginSettingException(ErrorCode.B001,
        "database credentials come from both settings.xml server '" + id + "' and " + where, List.of(),
        "keep one: remove <user>/<password> (and retort.user/retort.password) from the pom, or name another"
            + " server with <serverId>");
  }
}
