package org.segmentum.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code segmentum} command: one subcommand per job (SERVICE.md §5). */
@Command(name = "segmentum", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Customer segmentation engine and service for online stores.",
    subcommands = {CheckCommand.class, QueryCommand.class, GenerateCommand.class, SimulateCommand.class, BenchCommand.class, ServeCommand.class,
        ImportCommand.class, ExportCommand.class, ShopCommand.class, TokenCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for invalid input (a query with diagnostics, a bad option). */
  static final int INVALID_INPUT = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code: 0 success, 2 invalid input, 1 other failures. */
  static int run(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println(e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return INVALID_INPUT;
    });
    commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
      cl.getErr().println("segmentum: " + e.getMessage());
      return 1;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"segmentum " + (version == null ? "development" : version)};
    }
  }
}
