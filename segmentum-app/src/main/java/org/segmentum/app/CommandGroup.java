package org.segmentum.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/** A command that only groups subcommands ({@code shop}, {@code token}): alone, it prints its usage and exits 2. */
abstract class CommandGroup implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.INVALID_INPUT;
  }
}
