package org.segmentum.model;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Reads text in chunks of whole lines. Lines end at {@code \n}, {@code \r} or {@code \r\n}, as for
 * {@link java.io.BufferedReader#readLine()}; a chunk never splits a line or a {@code \r\n} pair. Each
 * chunk has an array of its own (the start of the next chunk is moved to another array), so chunks
 * can be decoded on other threads while the next is read; arrays of chunks that are done can be
 * {@linkplain #recycle recycled}. Not thread-safe.
 */
final class LineChunks {
  /** The chars {@code text[0, length)}. */
  record Chunk(char[] text, int length) {}

  private final Reader in;
  private final int size;
  private final Deque<char[]> recycled = new ArrayDeque<>();
  private char[] buffer;
  /** Chars read into the buffer. */
  private int filled;
  private boolean endOfInput;

  LineChunks(Reader in, int size) {
    this.in = in;
    this.size = size;
    this.buffer = new char[size];
  }

  /** The next chunk, or null when the input is exhausted. A line longer than the chunk size gets a chunk of its own. */
  Chunk next() throws IOException {
    while (true) {
      fill();
      int end = endOfLastLine();
      if (end == 0 && endOfInput) {
        end = filled;
      }
      if (end > 0) {
        char[] text = buffer;
        buffer = filled - end <= size && !recycled.isEmpty() ? recycled.pop() : new char[Math.max(size, filled - end)];
        System.arraycopy(text, end, buffer, 0, filled - end);
        filled -= end;
        return new Chunk(text, end);
      }
      if (endOfInput) {
        return null;
      }
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
  }

  /** Gives back the array of a chunk that is no longer used. */
  void recycle(Chunk chunk) {
    if (chunk.text().length == size) {
      recycled.push(chunk.text());
    }
  }

  private void fill() throws IOException {
    while (!endOfInput && filled < buffer.length) {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        endOfInput = true;
      } else {
        filled += n;
      }
    }
  }

  /** The index after the last line terminator read, or 0 when there is none yet. */
  private int endOfLastLine() {
    for (int i = filled - 1; i >= 0; i--) {
      char c = buffer[i];
      // A '\r' is an end of line unless a '\n' follows; a '\r' last in the buffer must wait for the next char.
      if (c == '\n' || (c == '\r' && (i + 1 < filled || endOfInput))) {
        return i + 1;
      }
    }
    return 0;
  }
}
