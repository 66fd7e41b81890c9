package org.segmentum.engine;

import java.util.Objects;
import org.segmentum.model.Category;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;
import org.segmentum.model.Product;

/** A change to a shop's data that live segments follow. Closed: handle it with an exhaustive switch. */
public sealed interface Change {
  /** A short description, used as the cause of the events the change brings. */
  String cause();

  /** A new or changed customer. */
  record CustomerUpsert(Customer customer) implements Change {
    public CustomerUpsert {
      Objects.requireNonNull(customer, "customer");
    }

    @Override
    public String cause() {
      return "customer " + customer.id();
    }
  }

  /** A customer erased with everything attached (DATA.md §2). */
  record CustomerDeletion(long customerId) implements Change {
    @Override
    public String cause() {
      return "customer " + customerId + " deleted";
    }
  }

  /** A new or changed order: placed, updated, cancelled or refunded. */
  record OrderUpsert(Order order) implements Change {
    public OrderUpsert {
      Objects.requireNonNull(order, "order");
    }

    @Override
    public String cause() {
      return "order " + order.id();
    }
  }

  /** A new or changed checkout (added, or completed). */
  record CheckoutUpsert(Checkout checkout) implements Change {
    public CheckoutUpsert {
      Objects.requireNonNull(checkout, "checkout");
    }

    @Override
    public String cause() {
      return "checkout " + checkout.id();
    }
  }

  /** An email or storefront event. */
  record EventAdded(Event event) implements Change {
    public EventAdded {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public String cause() {
      return "event " + event.type().wireName();
    }
  }

  /** A new or changed product (its tags or category). */
  record ProductUpsert(Product product) implements Change {
    public ProductUpsert {
      Objects.requireNonNull(product, "product");
    }

    @Override
    public String cause() {
      return "product " + product.id();
    }
  }

  /** A new or changed custom field definition. */
  record MetafieldDefinitionUpsert(org.segmentum.query.MetafieldDefinition definition) implements Change {
    public MetafieldDefinitionUpsert {
      Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String cause() {
      return "metafield definition " + definition.filterName();
    }
  }

  /** A new or changed category (the tree). */
  record CategoryUpsert(Category category) implements Change {
    public CategoryUpsert {
      Objects.requireNonNull(category, "category");
    }

    @Override
    public String cause() {
      return "category " + category.id();
    }
  }
}
