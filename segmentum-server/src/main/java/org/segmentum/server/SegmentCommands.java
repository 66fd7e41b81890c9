package org.segmentum.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Validation;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.StorageException;
import org.segmentum.storage.WebhookTopic;

/**
 * Changes to a shop's segments (SERVICE.md §1): create, edit, rename, duplicate, delete, drafts. Each
 * checks name and query together, stores the change (refusing a stale version with 409), and then puts the
 * segment's live query into the engine, recording who joined and left. The stored change and its lifecycle
 * event ({@code segments.create}, {@code .update}, {@code .delete}) are one transaction.
 */
final class SegmentCommands {
  private final ShopRuntime shop;

  SegmentCommands(ShopRuntime shop) {
    this.shop = shop;
  }

  SegmentRow create(String name, String query, String author) {
    Checked checked = check(Optional.of(name), Optional.of(query));
    return shop.exclusive(() -> {
      Instant now = shop.clock().instant();
      SegmentRow row = shop.storage().write(tx -> SegmentLifecycle.logged(tx, WebhookTopic.SEGMENTS_CREATE,
          tx.segments().create(shop.shop().id(), SegmentNames.free(checked.name(), taken -> nameTaken(taken, -1)),
              query, author, now), now));
      shop.segmentLogged();
      shop.putLive(row, checked.query());
      return row;
    });
  }

  /** Renames and/or changes the live query; {@code expectedVersion} empty means "whatever is stored". */
  SegmentRow edit(long id, Optional<String> name, Optional<String> query, OptionalInt expectedVersion) {
    Checked checked = check(name, query);
    return shop.exclusive(() -> {
      SegmentRow current = existing(id);
      int version = checkVersion(current, expectedVersion);
      String newName = name.isPresent() ? SegmentNames.free(checked.name(), taken -> nameTaken(taken, id)) : current.name();
      SegmentRow changed = new SegmentRow(id, current.shopId(), newName, query.orElse(current.query()),
          current.draftQuery(), current.author(), version, current.createdAt(), current.updatedAt());
      SegmentRow saved = store(changed, version);
      if (query.isPresent()) {
        shop.putLive(saved, checked.query());
      } else {
        shop.putRow(saved);
      }
      return saved;
    });
  }

  SegmentRow duplicate(long id, String author) {
    SegmentRow original = existing(id);
    return create(original.name(), original.query(), author);
  }

  void delete(long id, OptionalInt expectedVersion) {
    shop.exclusive(() -> {
      SegmentRow current = existing(id);
      checkVersion(current, expectedVersion);
      Instant now = shop.clock().instant();
      shop.storage().write(tx -> {
        if (tx.segments().delete(shop.shop().id(), id)) {
          SegmentLifecycle.logged(tx, WebhookTopic.SEGMENTS_DELETE, current, now);
        }
        return null;
      });
      shop.segmentLogged();
      shop.removeLive(id);
      return null;
    });
  }

  /** Saves a draft query without changing what is live. */
  SegmentRow saveDraft(long id, String query, OptionalInt expectedVersion) {
    check(Optional.empty(), Optional.of(query));
    return changeDraft(id, Optional.of(query), expectedVersion);
  }

  SegmentRow discardDraft(long id, OptionalInt expectedVersion) {
    return changeDraft(id, Optional.empty(), expectedVersion);
  }

  private SegmentRow changeDraft(long id, Optional<String> draft, OptionalInt expectedVersion) {
    return shop.exclusive(() -> {
      SegmentRow current = existing(id);
      int version = checkVersion(current, expectedVersion);
      SegmentRow saved = store(withDraft(current, draft), version);
      shop.putRow(saved);
      return saved;
    });
  }

  /** Makes the draft the live query. */
  SegmentRow publish(long id, OptionalInt expectedVersion) {
    return shop.exclusive(() -> {
      SegmentRow current = existing(id);
      int version = checkVersion(current, expectedVersion);
      String draft = current.draftQuery().orElseThrow(() -> new ApiProblem(409, "no-draft", "No draft",
          "segment " + id + " has no draft to publish"));
      CheckedQuery query = check(Optional.empty(), Optional.of(draft)).query();
      SegmentRow changed = new SegmentRow(id, current.shopId(), current.name(), draft, Optional.empty(),
          current.author(), version, current.createdAt(), current.updatedAt());
      SegmentRow saved = store(changed, version);
      shop.putLive(saved, query);
      return saved;
    });
  }

  SegmentRow existing(long id) {
    return shop.segment(id).orElseThrow(() -> ApiProblem.notFound("shop " + shop.shop().id() + " has no segment " + id));
  }

  private static SegmentRow withDraft(SegmentRow row, Optional<String> draft) {
    return new SegmentRow(row.id(), row.shopId(), row.name(), row.query(), draft, row.author(), row.version(),
        row.createdAt(), row.updatedAt());
  }

  private SegmentRow store(SegmentRow changed, int version) {
    Instant now = shop.clock().instant();
    try {
      SegmentRow saved = shop.storage().write(tx -> {
        Optional<SegmentRow> updated = tx.segments().update(changed, version, now);
        if (updated.isPresent()) {
          SegmentLifecycle.logged(tx, WebhookTopic.SEGMENTS_UPDATE, updated.get(), now);
        }
        return updated;
      }).orElseThrow(() -> conflict(changed.id(), version));
      shop.segmentLogged();
      return saved;
    } catch (StorageException e) {
      throw new ApiProblem(409, "name-taken", "Name taken", "another segment is already named '" + changed.name() + "'");
    }
  }

  private static int checkVersion(SegmentRow current, OptionalInt expected) {
    if (expected.isPresent() && expected.getAsInt() != current.version()) {
      throw conflict(current.id(), expected.getAsInt());
    }
    return current.version();
  }

  private static ApiProblem conflict(long id, int version) {
    return new ApiProblem(409, "version-conflict", "Edit conflict", "segment " + id
        + " was changed by someone else since version " + version + "; reload it and apply your change again");
  }

  private boolean nameTaken(String name, long exceptId) {
    return shop.segments().stream().anyMatch(row -> row.id() != exceptId && row.name().equals(name));
  }

  /** The name (trimmed) and the checked query; every problem of both at once as one 422. */
  private Checked check(Optional<String> name, Optional<String> query) {
    List<Map<String, Object>> errors = new ArrayList<>();
    name.flatMap(SegmentNames::problem).ifPresent(problem -> errors.add(fieldError("name", problem)));
    CheckedQuery checkedQuery = null;
    List<Map<String, Object>> diagnostics = List.of();
    if (query.isPresent()) {
      Validation validation = shop.validate(query.get());
      switch (validation) {
        case Validation.Valid valid -> checkedQuery = valid.query();
        case Validation.Invalid invalid -> {
          diagnostics = Views.diagnostics(invalid.diagnostics());
          errors.add(fieldError("query", invalid.diagnostics().get(0).render()));
        }
      }
    }
    if (!errors.isEmpty()) {
      Map<String, Object> extensions = new LinkedHashMap<>();
      extensions.put("errors", errors);
      extensions.put("diagnostics", diagnostics);
      throw ApiProblem.unprocessable("invalid-segment", errors.size() == 1 ? (String) errors.get(0).get("message")
          : "the name and the query have problems", extensions);
    }
    return new Checked(name.map(String::strip).orElse(""), checkedQuery);
  }

  private static Map<String, Object> fieldError(String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private record Checked(String name, CheckedQuery query) {
  }
}
