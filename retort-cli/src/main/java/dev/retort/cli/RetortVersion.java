package dev.retort.cli;

import picocli.CommandLine;

/** Prints the version from the jar manifest. */
public final class RetortVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = RetortVersion.class.getPackage().getImplementationVersion();
    return new String[] {"retort " + (version == null ? "(development build)" : version)};
  }
}
