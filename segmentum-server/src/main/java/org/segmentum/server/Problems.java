package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become {@code application/problem+json} responses. */
final class Problems {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String CONTENT_TYPE = "application/problem+json";

  private Problems() {
  }

  static void register(RoutesConfig routes) {
    routes.exception(ApiProblem.class, (problem, ctx) -> write(ctx, problem));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromHttp(e)));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), loggable(ctx.path()), e);
      write(ctx, new ApiProblem(500, "internal-error", "Internal error",
          "the request could not be completed; it has been logged"));
    });
    routes.error(404, "*", ctx -> {
      if (!CONTENT_TYPE.equals(ctx.res().getContentType()) && ctx.result() == null) {
        write(ctx, ApiProblem.notFound("no such route: " + ctx.method() + " " + ctx.path()));
      }
    });
    routes.error(405, "*", ctx -> {
      if (ctx.result() == null) {
        write(ctx, new ApiProblem(405, "method-not-allowed", "Method not allowed",
            ctx.method() + " is not allowed on " + ctx.path()));
      }
    });
  }

  /** A path fit for the log: a feed's path is its secret, so only its prefix is logged. */
  static String loggable(String path) {
    return path.startsWith(FeedServing.PATH_PREFIX) ? FeedServing.PATH_PREFIX + "…" : path;
  }

  private static ApiProblem fromHttp(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 413 -> new ApiProblem(413, "body-too-large", "Content too large", "the request body is larger than allowed");
      case 404 -> ApiProblem.notFound(e.getMessage());
      default -> new ApiProblem(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage());
    };
  }

  static void write(Context ctx, ApiProblem problem) {
    Map<String, Object> body = problem.body();
    ctx.status(problem.status());
    ctx.contentType(CONTENT_TYPE);
    try {
      ctx.result(Json.MAPPER.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.result("{\"status\":" + problem.status() + "}");
    }
  }
}
