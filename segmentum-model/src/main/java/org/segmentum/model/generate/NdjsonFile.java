package org.segmentum.model.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One newline-delimited JSON file being written: one object per line, UTF-8. */
final class NdjsonFile implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  private final OutputStream out;
  private final JsonGenerator json;

  NdjsonFile(Path file) throws IOException {
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
    json.setRootValueSeparator(null);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** The generator to write one object with; call {@link #endLine()} after it. */
  JsonGenerator json() {
    return json;
  }

  void endLine() throws IOException {
    json.flush();
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    json.close();
    out.close();
  }
}
