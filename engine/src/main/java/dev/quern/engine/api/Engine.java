package dev.quern.engine.api;

/** The database engine: opens sessions over one store. Thread-safe. */
public interface Engine extends AutoCloseable {
  /**
   * Opens a session for an authenticated login. Fails with 4060 ("Cannot open database ...
   * requested by the login. The login failed.") when the requested database does not exist.
   */
  EngineSession openSession(SessionInfo info);

  /**
   * Whether {@code login} is an enabled login created with CREATE LOGIN and {@code password} its
   * password. (sa is checked by the server against its password file.)
   */
  default boolean authenticate(String login, String password) {
    return false;
  }

  @Override
  void close();
}
