package org.segmentum.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL databases the compiler and the loader support. The compiled statements differ only where
 * the databases do (see docs/sql.md): the two-argument minimum is {@code min} in SQLite and
 * {@code LEAST} elsewhere; the schema scripts differ in types and indexes.
 */
public enum Dialect {
  POSTGRESQL("schema-postgresql.sql"),
  SQLITE("schema-sqlite.sql"),
  DUCKDB("schema-duckdb.sql");

  private final String schemaResource;

  Dialect(String schemaResource) {
    this.schemaResource = schemaResource;
  }

  /** The name of the schema script, a resource of this package. */
  public String schemaResource() {
    return schemaResource;
  }

  /** The schema script's statements ({@code CREATE TABLE / INDEX IF NOT EXISTS}), in order. */
  public List<String> schemaStatements() {
    try (InputStream in = Dialect.class.getResourceAsStream(schemaResource)) {
      if (in == null) {
        throw new SqlException("missing resource " + schemaResource);
      }
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments = script.replaceAll("(?m)--.*$", "");
      return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new SqlException("cannot read " + schemaResource, e);
    }
  }

  /** The smaller of two numbers. */
  String least(String a, String b) {
    return switch (this) {
      case SQLITE -> "min(" + a + ", " + b + ")";
      case POSTGRESQL, DUCKDB -> "LEAST(" + a + ", " + b + ")";
    };
  }
}
