/**
 * The durable source of truth of the service: shops, every store record in its exchange-format JSON,
 * segments with versions and drafts, the membership last made durable with its joined/left event log,
 * daily counts, hashed API and feed tokens, webhooks (subscriptions with their delivery cursor and retry
 * state, the segment lifecycle log and the delivery log; the membership and lifecycle logs are the
 * webhook outbox, {@link org.segmentum.storage.Outbox}, nothing is copied into a queue), messaging
 * settings (secrets stored sealed, never in the clear), campaigns with their recipients and the steps
 * that send each at most once, and discount codes with their segments and uses. SQLite (one file, WAL,
 * one writer connection, {@code BEGIN IMMEDIATE}) or PostgreSQL (HikariCP), both migrated by Flyway with
 * structurally identical schemas.
 *
 * <p>Front door: {@link org.segmentum.storage.Storage#open}; all access goes through
 * {@link org.segmentum.storage.Storage#read} and {@link org.segmentum.storage.Storage#write}, each one
 * transaction. Storage never touches the engine's bitmaps; it stores and returns plain values.
 */
package org.segmentum.storage;
