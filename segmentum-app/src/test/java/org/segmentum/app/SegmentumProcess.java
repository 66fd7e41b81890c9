package org.segmentum.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code segmentum.jar} as a separate process, as {@code bin/segmentum} does. */
final class SegmentumProcess {
  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  private SegmentumProcess() {
  }

  static Result run(String... args) throws IOException, InterruptedException {
    return runWithEnvironment(Map.of(), args);
  }

  /** Runs with these environment variables added (a secret key of the test's environment is not passed on). */
  static Result runWithEnvironment(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = command(args);
    Path out = Files.createTempFile("segmentum-out", ".txt");
    Path err = Files.createTempFile("segmentum-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().remove("SEGMENTUM_SECRET_KEY");
      builder.environment().remove("SEGMENTUM_SECRET_KEY_FILE");
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("segmentum did not finish in 120 s: " + command);
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The command line that runs the packaged jar with these arguments. */
  static List<String> command(String... args) {
    Path jar = Path.of(System.getProperty("segmentum.jar", "target/segmentum.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException("the packaged jar is missing: " + jar.toAbsolutePath());
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** The shared Online Retail store next to the repository. */
  static Path onlineRetailStore() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate : List.of(p.resolve("../shared/data/online-retail/store"),
          p.resolve("shared/data/online-retail/store"))) {
        if (Files.isDirectory(candidate)) {
          return candidate.normalize();
        }
      }
    }
    throw new IllegalStateException("shared/data/online-retail/store not found above " + Path.of("").toAbsolutePath());
  }
}
