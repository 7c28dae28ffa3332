package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quern.it.support.ExternalClient;
import dev.quern.it.support.QuernServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the tedious suite in {@code it/node} (Node's built-in test runner, tedious pinned by the
 * committed package-lock.json) against one server. The suite must pass with nothing skipped. It is
 * skipped, saying so, only where no {@code node} is on the PATH; missing node_modules is a failure
 * ({@code make test} runs {@code npm ci} first).
 */
class TediousClientIT {

  /** Our own certificate for localhost / 127.0.0.1, so the suite can also verify it (QUERN_IT_CA). */
  @RegisterExtension static final QuernServer SERVER = QuernServer.create().withGeneratedCertificate();

  private static final Duration LIMIT = Duration.ofMinutes(10);

  private static final Path SUITE = QuernServer.root().resolve("it/node");

  @Test
  void tediousSuitePasses() throws Exception {
    Optional<Path> node = onPath("node");
    assumeTrue(node.isPresent(), "node is not installed (no node on PATH): the tedious client suite in it/node did not run");
    assertThat(SUITE.resolve("node_modules/tedious/package.json"))
        .as("tedious installed in it/node (make test runs `npm ci` there)")
        .isRegularFile();
    List<String> command =
        new ArrayList<>(List.of(node.get().toString(), "--test", "--test-concurrency=1", "--test-reporter=spec"));
    command.addAll(testFiles());
    ExternalClient.Result result =
        ExternalClient.run(
            command,
            SUITE,
            Map.of(
                "QUERN_IT_PORT", Integer.toString(SERVER.port()),
                "QUERN_IT_PASSWORD", SERVER.saPassword(),
                "QUERN_IT_CA", SERVER.certificate().orElseThrow().certificatePem().toString(),
                "NODE_NO_WARNINGS", "1"),
            "",
            LIMIT);
    assertThat(result.exitCode()).as(result.transcript()).isZero();
    assertThat(result.stdout()).as(result.transcript()).contains("ℹ fail 0").contains("ℹ skipped 0");
  }

  private static List<String> testFiles() throws IOException {
    try (Stream<Path> files = Files.list(SUITE.resolve("test"))) {
      List<String> names =
          files.map(p -> "test/" + p.getFileName())
              .filter(n -> n.endsWith(".test.js"))
              .sorted()
              .toList();
      assertThat(names).as("test files *.test.js in %s/test", SUITE).isNotEmpty();
      return names;
    }
  }

  private static Optional<Path> onPath(String program) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
