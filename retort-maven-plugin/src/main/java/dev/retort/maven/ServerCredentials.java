package dev.retort.maven;

/**
 * A user and password from a {@code settings.xml} server, the password already decrypted.
 *
 * @param id the server's id
 * @param username its username, or empty
 * @param password its password, or empty; never printed
 */
record ServerCredentials(String id, String username, String password) {
  public ServerCredentials {
    username = username == null ? "" : username;
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "ServerCredentials[id=" + id + ", username=" + username + ", password=***]";
  }
}
