package org.segmentum.model;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams a newline-delimited JSON file ({@code .gz} when the name says so): one object per line,
 * blank lines skipped, a malformed or invalid line rejected alone.
 *
 * <p>The file is read in chunks of whole lines ({@link LineChunks}); the chunks are decoded on a few
 * worker threads ({@link ChunkDecoder}) while the calling thread reads ahead, and their records and
 * rejections are handed on in file order, so the outcome is that of decoding line after line.
 */
final class JsonLines {
  /** Shared and thread-safe once built. */
  static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final int BUFFER = 1 << 16;
  private static final int CHUNK = 1 << 18;
  private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
  /** Chunks read ahead of the one being handed on. */
  private static final int AHEAD = 2 * WORKERS;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private JsonLines() {}

  /**
   * Decodes the object on one line; throws {@link FieldException} to reject it. Called from several
   * threads at once, and while the sink receives earlier records of the same file.
   */
  interface LineDecoder<T> {
    T decode(FieldReader reader) throws IOException, FieldException;
  }

  /** Receives rejected lines. */
  interface Rejections {
    void reject(long line, String field, String reason);
  }

  /**
   * Decodes every non-blank line of {@code file}, handing accepted records to {@code sink} in file
   * order and rejected ones to {@code rejections}, both on the calling thread. {@code decoder} must
   * not depend on what {@code sink} has received from this file.
   *
   * @throws ModelException if the file cannot be read (including a corrupt gzip stream)
   */
  static <T> void read(Path file, LineDecoder<T> decoder, Consumer<? super T> sink, Rejections rejections) {
    read(file, decoder, sink, rejections, CHUNK);
  }

  /** As {@link #read(Path, LineDecoder, Consumer, Rejections)}, with chunks of about {@code chunkChars} chars. */
  static <T> void read(Path file, LineDecoder<T> decoder, Consumer<? super T> sink, Rejections rejections,
      int chunkChars) {
    ChunkDecoder<T> chunkDecoder = new ChunkDecoder<>(decoder);
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS,
        Thread.ofPlatform().name("segmentum-reader-", 1).daemon().factory());
    try (Reader in = open(file)) {
      LineChunks chunks = new LineChunks(in, chunkChars);
      Deque<Future<ChunkDecoder.Decoded<T>>> decoding = new ArrayDeque<>();
      Deque<LineChunks.Chunk> read = new ArrayDeque<>();
      long line = 1;
      boolean first = true;
      for (LineChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next(), first = false) {
        char[] text = chunk.text();
        int from = first && chunk.length() > 0 && text[0] == BYTE_ORDER_MARK ? 1 : 0;
        int to = chunk.length();
        decoding.add(workers.submit(() -> chunkDecoder.decode(text, from, to)));
        read.add(chunk);
        if (decoding.size() > AHEAD) {
          line = handOn(decoding.remove(), line, sink, rejections);
          chunks.recycle(read.remove());
        }
      }
      while (!decoding.isEmpty()) {
        line = handOn(decoding.remove(), line, sink, rejections);
      }
    } catch (IOException e) {
      throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      workers.shutdownNow();
    }
  }

  /** Hands on the outcome of a chunk that starts at line {@code first}; returns the line after the chunk. */
  private static <T> long handOn(Future<ChunkDecoder.Decoded<T>> chunk, long first, Consumer<? super T> sink,
      Rejections rejections) throws IOException {
    ChunkDecoder.Decoded<T> decoded = outcome(chunk);
    int handed = 0;
    for (ChunkDecoder.Rejection rejection : decoded.rejections()) {
      for (; handed < rejection.recordsBefore(); handed++) {
        sink.accept(decoded.records().get(handed));
      }
      rejections.reject(first + rejection.line() - 1, rejection.field(), rejection.reason());
    }
    for (; handed < decoded.records().size(); handed++) {
      sink.accept(decoded.records().get(handed));
    }
    return first + decoded.lines();
  }

  private static <T> T outcome(Future<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new ModelException("cannot read: " + cause, cause);
    }
  }

  private static Reader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, BUFFER);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
