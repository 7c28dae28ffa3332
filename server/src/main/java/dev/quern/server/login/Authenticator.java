package dev.quern.server.login;

/** Checks SQL Server authentication credentials (login name + password). Thread-safe. */
public interface Authenticator {
  /** True when {@code login} exists and {@code password} is its password. */
  boolean authenticate(String login, String password);
}
