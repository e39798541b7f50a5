package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;

/** A configured version location does not exist (S006): a folder, or a folder on the class path. */
public final class MissingScriptDirectoryException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MissingScriptDirectoryException(Path directory) {
    this(directory, List.of(), "run retort init to create a project here, or point -c at your retort.toml"
        + " (script_location / version_locations)");
  }

  private MissingScriptDirectoryException(Path directory, List<String> details, String hint) {
    super(ErrorCode.S006, Location.of(directory), "version directory does not exist", details, hint);
  }

  /** No entry of the class path holds the folder {@code classpath:<name>}. */
  static MissingScriptDirectoryException onClasspath(ClasspathPath folder) {
    String name = folder.resourceName();
    return new MissingScriptDirectoryException(folder,
        List.of("no folder or jar on the class path of " + describe(folder.classLoader()) + " holds " + name + "/"),
        "check the name (src/main/resources/" + name + " of a Maven or Gradle build is classpath:" + name
            + "), and that the jar or folder with the revisions is on the class path; a jar needs its folder"
            + " entries (jar, Maven, Gradle and Spring Boot write them)");
  }

  private static String describe(ClassLoader loader) {
    String name = loader.getName();
    return name != null ? name + " (" + loader.getClass().getName() + ")" : loader.getClass().getName();
  }
}
