package org.segmentum.server;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.segmentum.storage.DiscountRow;
import org.segmentum.storage.DiscountTerms;
import org.segmentum.storage.DiscountUsage;
import org.segmentum.storage.Discounts;
import org.segmentum.storage.StorageException;

/**
 * Changes to a shop's discount codes: create one code or a batch of unique random codes with shared
 * terms, change terms, delete, and record a use (only when the customer is eligible at that moment, checked
 * and recorded while the shop's writes wait, so a limit is never overrun).
 */
final class DiscountCommands {
  static final int MAX_BATCH = 10_000;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int RANDOM_LENGTH = 10;
  private static final String CODE_PATTERN = "[A-Za-z0-9_-]+";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final ShopRuntime shop;

  DiscountCommands(ShopRuntime shop) {
    this.shop = shop;
  }

  /** One code ({@code code}) or a batch ({@code batch: {prefix, count}}) with the terms of the body. */
  Map<String, Object> create(String body) {
    JsonFields fields = JsonFields.of(body);
    Optional<String> code = fields.text("code").map(String::strip);
    boolean batch = fields.node("batch").isPresent();
    String prefix = "";
    long count = 1;
    if (batch == code.isPresent()) {
      fields.error("code", "or \"batch\" is required (one of them: a code, or {\"prefix\", \"count\"} for a batch)");
    } else if (batch) {
      JsonFields spec = fields.node("batch").filter(node -> node.isObject())
          .map(node -> new JsonFields((com.fasterxml.jackson.databind.node.ObjectNode) node)).orElse(null);
      if (spec == null) {
        fields.error("batch", "must be an object {\"prefix\", \"count\"}");
      } else {
        prefix = spec.text("prefix").orElse("").strip();
        count = spec.integer("count").orElse(0L);
        if (!prefix.isEmpty() && (!prefix.matches(CODE_PATTERN) || prefix.length() > 32)) {
          fields.error("batch", "prefix must be up to 32 letters, digits, '-' or '_'");
        }
        if (count < 1 || count > MAX_BATCH) {
          fields.error("batch", "count must be between 1 and " + MAX_BATCH);
        }
      }
    } else if (!code.get().matches(CODE_PATTERN) || code.get().length() < 3 || code.get().length() > 64) {
      fields.error("code", "must be 3 to 64 letters, digits, '-' or '_'");
    }
    DiscountTerms terms = DiscountTermsReader.read(fields, shop, Optional.empty());
    fields.throwIfInvalid("invalid-discount");
    return batch ? createBatch(prefix, (int) count, terms) : DiscountViews.discount(createOne(code.get(), terms), 0);
  }

  private DiscountRow createOne(String code, DiscountTerms terms) {
    Instant now = shop.clock().instant();
    try {
      return shop.storage().write(tx -> {
        if (tx.discounts().codeTaken(shop.shop().id(), code)) {
          throw taken(code);
        }
        return tx.discounts().create(shop.shop().id(), code, Optional.empty(), terms, now);
      });
    } catch (StorageException e) {
      throw taken(code);
    }
  }

  private Map<String, Object> createBatch(String prefix, int count, DiscountTerms terms) {
    Instant now = shop.clock().instant();
    String batch = "batch-" + random(12).toLowerCase(java.util.Locale.ROOT);
    List<String> codes = shop.storage().write(tx -> {
      Set<String> made = new HashSet<>();
      List<String> created = new ArrayList<>(count);
      while (created.size() < count) {
        String code = prefix + random(RANDOM_LENGTH);
        if (made.add(Discounts.key(code)) && !tx.discounts().codeTaken(shop.shop().id(), code)) {
          tx.discounts().create(shop.shop().id(), code, Optional.of(batch), terms, now);
          created.add(code);
        }
      }
      return created;
    });
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("batch", batch);
    view.put("count", codes.size());
    view.put("codes", codes);
    view.putAll(DiscountViews.terms(terms));
    return view;
  }

  Map<String, Object> edit(String code, String body) {
    DiscountRow current = existing(code);
    JsonFields fields = JsonFields.of(body);
    if (fields.has("code") || fields.has("batch")) {
      fields.error("code", "cannot be changed; create a new code instead");
    }
    DiscountTerms terms = DiscountTermsReader.read(fields, shop, Optional.of(current.terms()));
    fields.throwIfInvalid("invalid-discount");
    shop.storage().write(tx -> {
      tx.discounts().update(current.id(), terms);
      return null;
    });
    DiscountRow changed = existing(code);
    return DiscountViews.discount(changed, uses(changed));
  }

  void delete(String code) {
    DiscountRow row = existing(code);
    shop.storage().write(tx -> tx.discounts().delete(shop.shop().id(), row.id()));
  }

  /** Records a use if the customer may use the code now; a 409 with the reasons if not. */
  DiscountUsage use(String code, String body) {
    JsonFields fields = JsonFields.of(body);
    Optional<Long> given = fields.integer("customer_id");
    if (given.isEmpty() && fields.node("customer_id").isEmpty()) {
      fields.error("customer_id", "is required");
    } else if (given.isPresent() && given.get() < 0) {
      fields.error("customer_id", "must be a customer id");
    }
    long customerId = given.orElse(-1L);
    Optional<String> orderId = fields.node("order_id").map(node -> node.asText());
    fields.throwIfInvalid("invalid-usage");
    return shop.exclusive(() -> {
      DiscountRow row = existing(code);
      DiscountEligibility.Answer answer = new DiscountEligibility(shop).check(row, customerId);
      if (!answer.eligible()) {
        throw new ApiProblem(409, "not-eligible", "Not eligible", "customer " + customerId + " may not use "
            + row.code() + " now: " + answer.reasons().get(0).message(), Map.of("reasons",
            answer.reasons().stream().map(DiscountViews::reason).toList()));
      }
      return shop.storage().write(tx -> tx.discounts().recordUsage(row.id(), customerId, orderId,
          shop.clock().instant()));
    });
  }

  DiscountRow existing(String code) {
    return shop.storage().read(tx -> tx.discounts().find(shop.shop().id(), code))
        .orElseThrow(() -> ApiProblem.notFound("shop " + shop.shop().id() + " has no discount code " + code));
  }

  long uses(DiscountRow row) {
    return shop.storage().read(tx -> tx.discounts().usageCount(row.id()));
  }

  private static ApiProblem taken(String code) {
    return new ApiProblem(409, "code-taken", "Code taken", "the shop already has the code " + code
        + " (codes are compared ignoring case)");
  }

  private static String random(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
