/**
 * Launching Python satellites: the interpreter ({@link dev.quern.python.launch.PythonLocator}),
 * the fork-server parent per pool key ({@link dev.quern.python.launch.PythonHost}), the satellite
 * processes ({@link dev.quern.python.launch.PythonSatellite}) and their least privilege: an
 * unprivileged account per login when the server is root ({@link
 * dev.quern.python.launch.SatelliteAccounts}),
 * a whitelisted environment ({@link dev.quern.python.launch.SatelliteEnvironment}), a private
 * working directory per call deleted afterwards, off the caller's path, by the runtime's {@link
 * dev.quern.python.launch.Reaper} (which also lets the runtime's close wait for every process it
 * started). Must not import the engine.
 */
package dev.quern.python.launch;
