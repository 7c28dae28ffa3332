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
 * @param account the OS account satellites switch to (empty: the server's own)
 */
public record PythonSettings(
    String python,
    long segmentBytes,
    int outputCapBytes,
    int batchRows,
    String extraPythonPath,
    Optional<SatelliteAccount> account) {

  public static PythonSettings defaults() {
    String python = PythonLocator.find();
    String path = System.getProperty("quern.satellite.pythonpath");
    Optional<SatelliteAccount> account = SatelliteAccount.resolve().filter(a -> InterpreterAccess.reachable(python, a, path));
    return new PythonSettings(python, 64L << 20, 1 << 20, 32_768, path, account);
  }

  public PythonSettings withSegmentBytes(long n) {
    return new PythonSettings(python, n, outputCapBytes, batchRows, extraPythonPath, account);
  }

  public PythonSettings withOutputCap(int n) {
    return new PythonSettings(python, segmentBytes, n, batchRows, extraPythonPath, account);
  }

  public PythonSettings withPython(String p) {
    return new PythonSettings(p, segmentBytes, outputCapBytes, batchRows, extraPythonPath, account);
  }

  public PythonSettings withBatchRows(int n) {
    return new PythonSettings(python, segmentBytes, outputCapBytes, n, extraPythonPath, account);
  }

  /** The account name DMVs show as {@code external_user_name}. */
  public String externalUserName() {
    return account.map(SatelliteAccount::name).orElse(System.getProperty("user.name"));
  }
}
