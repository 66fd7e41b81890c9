package org.segmentum.storage;

import java.sql.Connection;

/** One open transaction: the tables, each bound to it. Valid only inside the {@link Work} it was given to. */
public final class Transaction {
  private final Statements statements;
  private final Flavor flavor;

  Transaction(Connection connection, Flavor flavor) {
    this.statements = new Statements(connection);
    this.flavor = flavor;
  }

  public Flavor flavor() {
    return flavor;
  }

  public Shops shops() {
    return new Shops(statements);
  }

  public ApiTokens tokens() {
    return new ApiTokens(statements);
  }

  public Records records() {
    return new Records(statements);
  }

  public Segments segments() {
    return new Segments(statements);
  }

  public Memberships memberships() {
    return new Memberships(statements, flavor);
  }

  public Counts counts() {
    return new Counts(statements);
  }

  public SegmentEvents segmentEvents() {
    return new SegmentEvents(statements);
  }

  public Webhooks webhooks() {
    return new Webhooks(statements);
  }

  public WebhookDeliveries webhookDeliveries() {
    return new WebhookDeliveries(statements);
  }

  public Outbox outbox() {
    return new Outbox(statements);
  }

  public FeedTokens feeds() {
    return new FeedTokens(statements);
  }

  public MessagingSettings messaging() {
    return new MessagingSettings(statements);
  }

  public Campaigns campaigns() {
    return new Campaigns(statements);
  }

  public CampaignRecipients recipients() {
    return new CampaignRecipients(statements);
  }

  public Discounts discounts() {
    return new Discounts(statements);
  }

  /** The raw connection, for modules that keep tables of their own in this database. */
  public Connection connection() {
    return statements.connection();
  }
}
