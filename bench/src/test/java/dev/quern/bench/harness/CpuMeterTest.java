package dev.quern.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CpuMeterTest {

  @Test
  void readsUserSystemAndEndedChildrensTimeAfterTheCommandName() {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    String stat = "4242 (a) b (c) S 1 4242 4242 0 -1 4194560 100 0 0 0 7 3 20 11 20 0 1 0 12345 0 0";

    assertThat(CpuMeter.ticksOf(stat)).isEqualTo(7 + 3 + 20 + 11);
  }

  @Test
  void countsTheCpuOfAServersChildThatEndedInsideTheWindow() throws Exception {
    // The busy loop runs in a subshell, so its time reaches the server (sh) only as an ended
    // child's (cstime/cutime), as a PostgreSQL backend's or a Python satellite's does.
    Process server = new ProcessBuilder("sh", "-c",
        "(i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done); echo done; sleep 60").start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
      CpuMeter meter = new CpuMeter(server.pid());
      meter.start();
      assertThat(out.readLine()).isEqualTo("done");

      CpuMeter.Use used = meter.stop();

      assertThat(used.serverNanos()).isPositive();
      assertThat(used.serverMicrosPer(2)).isEqualTo(used.serverNanos() / 2e3);
    } finally {
      server.destroyForcibly().waitFor();
    }
  }

  @Test
  void aServerThatHasGoneCountsNothing() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    CpuMeter meter = new CpuMeter(gone.pid());
    meter.start();

    assertThat(meter.stop().serverNanos()).isZero();
  }
}
