/**
 * The service of SERVICE.md: one {@link org.segmentum.server.Server} per process serves every shop of a
 * {@link org.segmentum.storage.Storage}; each shop's live segments run in memory ({@code ShopRuntime}) and
 * every change is made durable before it is acknowledged and before the engine sees it. Webhook events
 * are delivered from the durable logs by a background dispatcher ({@code WebhookDispatcher}). The web
 * admin is served under {@code /admin} ({@code AdminAssets}, {@code AdminRoutes}); its session cookie
 * stands for an admin token in {@code Auth}, guarded against cross-site use by {@code AdminGuard}.
 * Campaigns go out from a background sender ({@code CampaignSender}) at most once per recipient; discount
 * codes are checked against live membership.
 */
package org.segmentum.server;
