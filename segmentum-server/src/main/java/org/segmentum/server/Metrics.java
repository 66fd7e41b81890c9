package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics at {@code /metrics}: request timings by route and status, shops, customers, segments,
 * membership events recorded. Other parts add their own meters to {@link #registry()}.
 */
final class Metrics {
  private static final String STARTED = "segmentum.started";
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter events;

  Metrics(ShopRegistry shops) {
    Gauge.builder("segmentum_shops", shops, s -> s.loaded().size()).description("shops loaded").register(registry);
    Gauge.builder("segmentum_customers", shops, s -> s.loaded().stream().mapToLong(r -> r.live().customerCount()).sum())
        .description("customers over all shops").register(registry);
    Gauge.builder("segmentum_segments", shops, s -> s.loaded().stream().mapToLong(r -> r.segments().size()).sum())
        .description("live segments over all shops").register(registry);
    events = Counter.builder("segmentum_membership_events").description("joined/left events recorded")
        .register(registry);
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  void eventsRecorded(int count) {
    events.increment(count);
  }

  void register(RoutesConfig routes) {
    routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
    routes.after(this::timeRequest);
    routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
  }

  private void timeRequest(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    String route = ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
    Timer.builder("segmentum_http_requests").tag("method", ctx.method().name()).tag("route", route)
        .tag("status", Integer.toString(ctx.statusCode())).register(registry)
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }
}
