package org.segmentum.storage;

/** The kind of database behind a {@link Storage}. */
public enum Flavor {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String migrationFolder;

  Flavor(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /** Flyway location of this flavor's migrations. */
  String migrations() {
    return "classpath:db/migration/" + migrationFolder;
  }
}
