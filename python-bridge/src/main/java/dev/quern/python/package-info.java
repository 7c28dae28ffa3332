/**
 * The Python runtime for {@code sp_execute_external_script} ({@link
 * dev.quern.python.PythonRuntime}, registered through {@link
 * dev.quern.python.PythonRuntimeProvider}). Subpackages: {@code launch} (interpreter, fork server,
 * satellites, least privilege), {@code control} (socket protocol), {@code shm} (shared segment),
 * {@code arrow} (type mapping and batches). The Python side is python-bridge/python. Must not
 * import the engine or the server.
 */
package dev.quern.python;
