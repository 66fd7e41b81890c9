package org.segmentum.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.segmentum.engine.Change;
import org.segmentum.engine.MembershipEvent;
import org.segmentum.model.Customer;
import org.segmentum.model.RecordEncoding;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.storage.RecordKind;
import org.segmentum.storage.StoredRecord;
import org.segmentum.storage.UpsertOutcome;

/**
 * Ingest of store records (one JSON object or an NDJSON batch) into one shop, with DATA.md §2's rules: a
 * bad record is rejected with its line and field and never stops the others; a record naming an unknown
 * customer is rejected; a stale customer is counted and ignored. The accepted records are committed in
 * one transaction before the answer and before the engine sees them.
 */
final class Ingest {
  /** The counts of a batch and its per-record errors. */
  record Outcome(int loaded, int replaced, int stale, int deleted, int rejected, List<Map<String, Object>> errors) {
    Map<String, Object> view() {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("loaded", loaded);
      view.put("replaced", replaced);
      view.put("stale", stale);
      view.put("deleted", deleted);
      view.put("rejected", rejected);
      view.put("errors", errors);
      return view;
    }
  }

  private final ShopRuntime shop;

  Ingest(ShopRuntime shop) {
    this.shop = shop;
  }

  /** Ingests the lines of a body (one object, or NDJSON with one object per line). */
  Outcome lines(RecordType type, String body) {
    return lines(type, Arrays.asList(body.split("\r?\n", -1)), 1);
  }

  /**
   * Ingests lines of one type in one transaction; the first has number {@code firstLine} (what errors name).
   * Blank lines are skipped.
   */
  Outcome lines(RecordType type, List<String> lines, long firstLine) {
    return shop.exclusive(() -> {
      List<MetafieldDefinition> definitions = shop.live().metafieldDefinitions();
      List<Map<String, Object>> errors = new ArrayList<>();
      List<DecodedRecord> accepted = new ArrayList<>();
      Set<Long> added = new HashSet<>();
      Set<Long> removed = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        long number = firstLine + i;
        DecodedRecord record = DecodedRecord.decode(type, line.strip(), definitions);
        switch (record) {
          case DecodedRecord.Rejected rejected -> errors.add(error(number, rejected.field(), rejected.reason()));
          case DecodedRecord.Deletion deletion -> {
            removed.add(deletion.customerId());
            added.remove(deletion.customerId());
            accepted.add(deletion);
          }
          case DecodedRecord.Accepted ok -> {
            if (ok.customerReference().isPresent() && !knownCustomer(ok.customerReference().getAsLong(), added, removed)) {
              errors.add(error(number, "customer_id", "no customer " + ok.customerReference().getAsLong() + " in this shop"));
              continue;
            }
            if (ok.change() instanceof Change.CustomerUpsert upsert) {
              added.add(upsert.customer().id());
              removed.remove(upsert.customer().id());
            }
            accepted.add(ok);
          }
        }
      }
      return commitAndApply(accepted, errors);
    });
  }

  /**
   * Ingests customers read from a Shopify customer CSV in one transaction, each merged into the stored
   * customer of its id (see {@link CsvCustomers#merge}) and stored as exchange-format JSON.
   */
  Outcome csvCustomers(List<Customer> rows) {
    return shop.exclusive(() -> {
      Map<Long, Customer> merged = new HashMap<>();
      List<DecodedRecord> accepted = new ArrayList<>(rows.size());
      for (Customer row : rows) {
        Optional<Customer> existing = merged.containsKey(row.id()) ? Optional.of(merged.get(row.id()))
            : shop.live().customer(row.id());
        Customer customer = CsvCustomers.merge(existing, row);
        merged.put(customer.id(), customer);
        StoredRecord stored = new StoredRecord(RecordKind.CUSTOMER, Long.toString(customer.id()),
            OptionalLong.of(customer.id()), OptionalLong.of(customer.updatedAt().toEpochMilli()),
            RecordEncoding.customer(customer));
        accepted.add(new DecodedRecord.Accepted(stored, new Change.CustomerUpsert(customer), OptionalLong.empty()));
      }
      return commitAndApply(accepted, new ArrayList<>());
    });
  }

  private boolean knownCustomer(long id, Set<Long> added, Set<Long> removed) {
    return added.contains(id) || (!removed.contains(id) && shop.live().customer(id).isPresent());
  }

  private Outcome commitAndApply(List<DecodedRecord> accepted, List<Map<String, Object>> errors) {
    long shopId = shop.shop().id();
    List<Object> outcomes = shop.storage().write(tx -> {
      List<Object> results = new ArrayList<>(accepted.size());
      List<org.segmentum.storage.StoredRecord> run = new ArrayList<>();
      for (DecodedRecord record : accepted) {
        switch (record) {
          case DecodedRecord.Accepted ok -> run.add(ok.stored());
          case DecodedRecord.Deletion deletion -> {
            results.addAll(tx.records().upsertAll(shopId, run));
            run.clear();
            results.add(tx.records().deleteCustomer(shopId, deletion.customerId()));
          }
          case DecodedRecord.Rejected rejected -> throw new IllegalStateException("rejected records are not stored");
        }
      }
      results.addAll(tx.records().upsertAll(shopId, run));
      return results;
    });
    int loaded = 0;
    int replaced = 0;
    int stale = 0;
    int deleted = 0;
    List<MembershipEvent> events = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) {
      Object result = outcomes.get(i);
      Change change = switch (accepted.get(i)) {
        case DecodedRecord.Accepted ok -> ok.change();
        case DecodedRecord.Deletion deletion -> new Change.CustomerDeletion(deletion.customerId());
        case DecodedRecord.Rejected rejected -> throw new IllegalStateException("rejected records are not applied");
      };
      if (result == UpsertOutcome.STALE) {
        stale++;
        continue;
      }
      if (result == UpsertOutcome.LOADED) {
        loaded++;
      } else if (result == UpsertOutcome.REPLACED) {
        replaced++;
      } else if (Boolean.TRUE.equals(result)) {
        deleted++;
      }
      events.addAll(shop.live().apply(change, shop.now()));
    }
    shop.record(events);
    return new Outcome(loaded, replaced, stale, deleted, errors.size(), errors);
  }

  private static Map<String, Object> error(long line, String field, String reason) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("line", line);
    error.put("field", field);
    error.put("reason", reason);
    return error;
  }
}
