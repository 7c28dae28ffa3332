package dev.quern.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code quern} command: the jar's entry point. */
@Command(
    name = "quern",
    mixinStandardHelpOptions = true,
    version = "Quern 0.1.0",
    description = "A SQL Server-compatible database server with in-database Python.",
    subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public final class QuernCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new QuernCommand()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
