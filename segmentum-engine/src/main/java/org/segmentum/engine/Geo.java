package org.segmentum.engine;

/**
 * Great-circle distance by the haversine formula on a sphere of radius 6371.0088 km (the mean Earth
 * radius), as LANGUAGE.md §6.2 fixes it; 1 mile = 1.609344 km.
 */
public final class Geo {
  public static final double EARTH_RADIUS_KM = 6371.0088;
  public static final double KM_PER_MILE = 1.609344;

  private Geo() {
  }

  public static double distanceKm(double lat1, double lng1, double lat2, double lng2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = Math.toRadians(lat2 - lat1);
    double dLambda = Math.toRadians(lng2 - lng1);
    double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
