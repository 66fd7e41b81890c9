package org.segmentum.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code segmentum serve} running as a separate process from the packaged jar. Its output goes to files, read
 * while it runs; {@link #start} returns once it prints the URL it serves.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("Segmentum is serving (http://\\S+) ");
  private static final long START_LIMIT_SECONDS = 300;

  private final Process process;
  private final Path out;
  private final Path err;
  private final String url;

  private ServerProcess(Process process, Path out, Path err, String url) {
    this.process = process;
    this.out = out;
    this.err = err;
    this.url = url;
  }

  /** Starts {@code segmentum serve ARGS...} and waits until it prints its URL (or fails if it exits first). */
  static ServerProcess start(String... serveArgs) throws IOException, InterruptedException {
    return start(Map.of(), serveArgs);
  }

  /**
   * The same with these environment variables; a secret key of the test's own environment is never passed
   * on, only one given here.
   */
  static ServerProcess start(Map<String, String> environment, String... serveArgs)
      throws IOException, InterruptedException {
    String[] args = new String[serveArgs.length + 1];
    args[0] = "serve";
    System.arraycopy(serveArgs, 0, args, 1, serveArgs.length);
    Path out = Files.createTempFile("segmentum-serve-out", ".txt");
    Path err = Files.createTempFile("segmentum-serve-err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(SegmentumProcess.command(args)).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().remove("SEGMENTUM_SECRET_KEY");
    builder.environment().remove("SEGMENTUM_SECRET_KEY_FILE");
    builder.environment().putAll(environment);
    Process process = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
    while (System.nanoTime() < deadline) {
      Matcher serving = SERVING.matcher(Files.readString(out, StandardCharsets.UTF_8));
      if (serving.find()) {
        return new ServerProcess(process, out, err, serving.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("segmentum serve exited with " + process.exitValue() + " before serving:\n"
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      Thread.sleep(100);
    }
    process.destroyForcibly().waitFor();
    throw new IllegalStateException("segmentum serve did not print its URL in " + START_LIMIT_SECONDS + " s:\n"
        + Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The base URL it printed, e.g. {@code http://127.0.0.1:41234}. */
  String url() {
    return url;
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /** Waits until stdout contains the text (printed after the URL line), within the start limit. */
  String awaitOut(String text) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
    while (System.nanoTime() < deadline && process.isAlive()) {
      String printed = out();
      if (printed.contains(text)) {
        return printed;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("segmentum serve never printed '" + text + "'; it printed:\n" + out());
  }

  /** Kills the process with SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the process with SIGTERM and returns its exit code. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("segmentum serve did not stop within 120 s of SIGTERM");
    }
    return process.exitValue();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
  }
}
