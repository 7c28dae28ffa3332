package dev.quern.it.fuzz;

import java.util.List;

/**
 * A valid exchange to start from: the messages of one request (or of a few that belong together,
 * such as INSERT BULK and its BULK_LOAD), of which {@code target} is the one the mutator changes.
 */
public record FuzzSeed(String name, List<FuzzMessage> messages, int target) {
  public static FuzzSeed of(String name, FuzzMessage... messages) {
    return new FuzzSeed(name, List.of(messages), messages.length - 1);
  }

  public FuzzSeed targeting(int index) {
    return new FuzzSeed(name + "#" + index, messages, index);
  }
}
