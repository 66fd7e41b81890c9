package org.segmentum.sql;

import java.util.List;
import java.util.Map;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * {@code customer_within_distance} (LANGUAGE.md §6.2): some address with coordinates lies within the
 * great-circle distance of the query's point, by the haversine formula on a sphere of radius
 * 6371.0088 km, 1 mi = 1.609344 km, inclusive.
 *
 * <p>The formula is written as the engine evaluates it, term for term and in the same order, so that
 * both round alike: {@code 2R asin(min(1, sqrt(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2))))}, degrees turned
 * into radians by the constant of {@link Math#toRadians}, {@code cos φ1} of the point computed here.
 * The trigonometric functions are the database's (PostgreSQL, DuckDB and the SQLite of sqlite-jdbc all
 * have them), so only a distance equal to the limit in its last bits could be judged differently.
 */
final class DistanceClause {
  private static final String DEGREES = "0.017453292519943295";
  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final double KM_PER_MILE = 1.609344;

  private DistanceClause() {
  }

  static Condition condition(Map<String, ParamTest> p, Dialect dialect) {
    Value.Tuple point = (Value.Tuple) ((Test.Compare) p.get("coordinates")).value();
    double latitude = Literals.decimal(point.values().get(0)).doubleValue();
    double longitude = Literals.decimal(point.values().get(1)).doubleValue();
    double limitKm = p.containsKey("distance_km") ? number(p.get("distance_km"))
        : number(p.get("distance_mi")) * KM_PER_MILE;
    String halfLatitude = "SIN((a.latitude - ?) * " + DEGREES + " / 2)";
    String halfLongitude = "SIN((a.longitude - ?) * " + DEGREES + " / 2)";
    String sum = halfLatitude + " * " + halfLatitude
        + "\n  + ? * COS(a.latitude * " + DEGREES + ")"
        + "\n    * " + halfLongitude + " * " + halfLongitude;
    SqlText distance = new SqlText("2 * " + EARTH_RADIUS_KM + " * ASIN("
        + dialect.least("1.0", "SQRT(\n  " + sum + "\n)") + ") <= ?",
        List.of(latitude, latitude, Math.cos(Math.toRadians(latitude)), longitude, longitude, limitKm));
    return Select.ofCustomer("customer_addresses", "a")
        .where(Condition.leaf("a.latitude IS NOT NULL"))
        .where(Condition.leaf("a.longitude IS NOT NULL"))
        .where(Condition.leaf(distance))
        .exists();
  }

  private static double number(ParamTest test) {
    return Literals.decimal(((Test.Compare) test).value()).doubleValue();
  }
}
