/**
 * The integration-test harness: starts the real {@code quern.jar} as a separate process the way
 * users start it, one server per test class on a free port with a temporary data directory, and
 * hands tests connection strings for each client.
 *
 * <p>Must not import any Quern module: the tests see the server only through the wire, as a
 * client would. The quern-server dependency in the POM only orders the reactor build.
 */
package dev.quern.it.support;
