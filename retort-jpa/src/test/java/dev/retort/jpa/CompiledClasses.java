package dev.retort.jpa;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Classes compiled at test time into a folder of their own, against Jakarta Persistence. */
final class CompiledClasses {
  private CompiledClasses() {}

  /** Compiles {@code sources} (file name under the folder to source text) into {@code folder}. */
  static Path compile(Path folder, Map<String, String> sources) throws IOException, URISyntaxException {
    List<String> arguments = new ArrayList<>(List.of("-d", folder.toString(), "-classpath",
        Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(), "-proc:none"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = folder.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      arguments.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("javac failed: " + errors.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    return folder;
  }
}
