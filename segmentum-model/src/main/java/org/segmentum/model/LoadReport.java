package org.segmentum.model;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a load: counts per file in load order, and the problems found.
 *
 * @param files counts of each file that was present, in load order
 * @param problems the rejected records' problems in the order found; at most {@link #MAX_PROBLEMS}
 *     are kept, the counts include all of them
 */
public record LoadReport(List<LoadCounts> files, List<LoadProblem> problems) {
  /** How many problems a report keeps at most. */
  public static final int MAX_PROBLEMS = 10_000;

  public LoadReport {
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** The counts of all files together, named {@code total}. */
  public LoadCounts total() {
    LoadCounts total = new LoadCounts("total", 0, 0, 0, 0, 0);
    for (LoadCounts file : files) {
      total = total.plus("total", file);
    }
    return total;
  }

  /** The counts of the named file, if it was loaded. */
  public java.util.Optional<LoadCounts> file(String name) {
    return files.stream().filter(f -> f.file().equals(name)).findFirst();
  }

  /** Whether no record was rejected. */
  public boolean isClean() {
    return total().rejected() == 0;
  }

  /** One line per file, then a total line when there are several files, e.g. {@code customers.ndjson.gz: 4372 loaded, ...}. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    for (LoadCounts file : files) {
      out.append(file.summary()).append('\n');
    }
    if (files.size() != 1) {
      out.append(total().summary()).append('\n');
    }
    long rejected = total().rejected();
    if (rejected > problems.size()) {
      out.append("(").append(problems.size()).append(" of ").append(rejected).append(" problems kept)\n");
    }
    return out.toString();
  }
}
