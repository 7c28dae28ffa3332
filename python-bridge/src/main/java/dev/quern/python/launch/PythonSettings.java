package dev.quern.python.launch;

import java.util.Optional;

/**
 * How the Python runtime launches satellites.
 *
 * @param python the interpreter ({@link PythonLocator#find()} by default)
 * @param segmentBytes size of each satellite's shared segment; each half is one chunk region
 * @param outputCapBytes stdout/stderr bytes kept per stream per call; the rest is counted in a note
 * @param batchRows rows pulled from the input per batch (an upper bound on a chunk's rows)
 * @param extraPythonPath PYTHONPATH for satellites when {@code quern_satellite} is not installed
 * @param accounts the OS accounts satellites switch to (empty: the server's own)
 */
public record PythonSettings(
    String python,
    long segmentBytes,
    int outputCapBytes,
    int batchRows,
    String extraPythonPath,
    Optional<SatelliteAccounts> accounts) {

  public static PythonSettings defaults() {
    String python = PythonLocator.find();
    String path = System.getProperty("quern.satellite.pythonpath");
    Optional<SatelliteAccounts> accounts = SatelliteAccounts.fromSystemProperties().filter(a -> InterpreterAccess.reachable(python, a.representative(), path));
    return new PythonSettings(python, 64L << 20, 1 << 20, 32_768, path, accounts);
  }

  public PythonSettings withSegmentBytes(long n) {
    return new PythonSettings(python, n, outputCapBytes, batchRows, extraPythonPath, accounts);
  }

  public PythonSettings withOutputCap(int n) {
    return new PythonSettings(python, segmentBytes, n, batchRows, extraPythonPath, accounts);
  }

  public PythonSettings withPython(String p) {
    return new PythonSettings(p, segmentBytes, outputCapBytes, batchRows, extraPythonPath, accounts);
  }

  public PythonSettings withBatchRows(int n) {
    return new PythonSettings(python, segmentBytes, outputCapBytes, n, extraPythonPath, accounts);
  }

  /** The account a login's satellites run as, if the server switches accounts. */
  public Optional<SatelliteAccount> accountFor(String login) {
    return accounts.map(a -> a.forLogin(login));
  }

  /** The account name DMVs show as {@code external_user_name}. */
  public String externalUserName(String login) {
    return accountFor(login).map(SatelliteAccount::displayName).orElse(System.getProperty("user.name"));
  }

  /** Satellites run as the given accounts (tests; the server uses the system properties). */
  public PythonSettings withAccounts(Optional<SatelliteAccounts> a) {
    return new PythonSettings(python, segmentBytes, outputCapBytes, batchRows, extraPythonPath, a);
  }
}
