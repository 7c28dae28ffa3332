package dev.quern.catalog.spatial;

/**
 * Geodesics on an ellipsoid by Vincenty's formulae (inverse and direct, iterated to 1e-12 rad,
 * sub-millimetre on WGS 84). SQL Server documents its STDistance as within 0.25% of the geodesic
 * distance; this computes the geodesic itself. Where the inverse does not converge (points nearly
 * antipodal) the distance falls back to the great circle on the sphere of the ellipsoid's mean
 * radius.
 */
final class Geodesic {
  private final double a;
  private final double f;
  private final double b;

  Geodesic(double semiMajor, double inverseFlattening) {
    this.a = semiMajor;
    this.f = 1 / inverseFlattening;
    this.b = semiMajor * (1 - f);
  }

  /** The distance in metres between (lat1, lon1) and (lat2, lon2), in degrees. */
  double distance(double lat1, double lon1, double lat2, double lon2) {
    double[] r = inverse(lat1, lon1, lat2, lon2);
    return r[0];
  }

  /** {distance, initial azimuth in radians}. */
  double[] inverse(double lat1, double lon1, double lat2, double lon2) {
    if (lat1 == lat2 && lon1 == lon2) {
      return new double[] {0, 0};
    }
    double u1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
    double u2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
    double l = Math.toRadians(lon2 - lon1);
    double sinU1 = Math.sin(u1);
    double cosU1 = Math.cos(u1);
    double sinU2 = Math.sin(u2);
    double cosU2 = Math.cos(u2);
    double lambda = l;
    for (int i = 0; i < 200; i++) {
      double sinL = Math.sin(lambda);
      double cosL = Math.cos(lambda);
      double sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
      if (sinSigma == 0) {
        return new double[] {0, 0};
      }
      double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
      double sigma = Math.atan2(sinSigma, cosSigma);
      double sinAlpha = cosU1 * cosU2 * sinL / sinSigma;
      double cos2Alpha = 1 - sinAlpha * sinAlpha;
      double cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
      double c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
      double previous = lambda;
      lambda = l + (1 - c) * f * sinAlpha
          * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
      if (Math.abs(lambda - previous) < 1e-12) {
        double uSq = cos2Alpha * (a * a - b * b) / (b * b);
        double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
            - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        double azimuth = Math.atan2(cosU2 * Math.sin(lambda), cosU1 * sinU2 - sinU1 * cosU2 * Math.cos(lambda));
        return new double[] {b * bigA * (sigma - deltaSigma), azimuth};
      }
    }
    return new double[] {greatCircle(lat1, lon1, lat2, lon2), initialBearing(lat1, lon1, lat2, lon2)};
  }

  /** The point {lat, lon} in degrees at {@code distance} metres from (lat1, lon1) along {@code azimuth} (radians). */
  double[] direct(double lat1, double lon1, double azimuth, double distance) {
    double sinAz = Math.sin(azimuth);
    double cosAz = Math.cos(azimuth);
    double tanU1 = (1 - f) * Math.tan(Math.toRadians(lat1));
    double cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
    double sinU1 = tanU1 * cosU1;
    double sigma1 = Math.atan2(tanU1, cosAz);
    double sinAlpha = cosU1 * sinAz;
    double cos2Alpha = 1 - sinAlpha * sinAlpha;
    double uSq = cos2Alpha * (a * a - b * b) / (b * b);
    double bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
    double bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
    double sigma = distance / (b * bigA);
    double cos2SigmaM = 0;
    double sinSigma = 0;
    double cosSigma = 0;
    for (int i = 0; i < 200; i++) {
      cos2SigmaM = Math.cos(2 * sigma1 + sigma);
      sinSigma = Math.sin(sigma);
      cosSigma = Math.cos(sigma);
      double deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
          - bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
      double previous = sigma;
      sigma = distance / (b * bigA) + deltaSigma;
      if (Math.abs(sigma - previous) < 1e-12) {
        break;
      }
    }
    sinSigma = Math.sin(sigma);
    cosSigma = Math.cos(sigma);
    double x = sinU1 * sinSigma - cosU1 * cosSigma * cosAz;
    double lat2 = Math.atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosAz, (1 - f) * Math.hypot(sinAlpha, x));
    double lambda = Math.atan2(sinSigma * sinAz, cosU1 * cosSigma - sinU1 * sinSigma * cosAz);
    double c = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    double l = lambda - (1 - c) * f * sinAlpha
        * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    return new double[] {Math.toDegrees(lat2), lon1 + Math.toDegrees(l)};
  }

  /** The least distance from point p to the geodesic segment a-b (golden-section search along it). */
  double distanceToSegment(double[] p, double[] a1, double[] b1) {
    double[] ab = inverse(a1[0], a1[1], b1[0], b1[1]);
    double length = ab[0];
    if (length == 0) {
      return distance(p[0], p[1], a1[0], a1[1]);
    }
    double lo = 0;
    double hi = length;
    final double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 100 && hi - lo > 1e-6; i++) {
      double m1 = hi - g * (hi - lo);
      double m2 = lo + g * (hi - lo);
      if (along(a1, ab[1], m1, p) < along(a1, ab[1], m2, p)) {
        hi = m2;
      } else {
        lo = m1;
      }
    }
    double best = along(a1, ab[1], (lo + hi) / 2, p);
    return Math.min(best, Math.min(distance(p[0], p[1], a1[0], a1[1]), distance(p[0], p[1], b1[0], b1[1])));
  }

  private double along(double[] start, double azimuth, double s, double[] p) {
    double[] q = direct(start[0], start[1], azimuth, s);
    return distance(p[0], p[1], q[0], q[1]);
  }

  private double greatCircle(double lat1, double lon1, double lat2, double lon2) {
    double r = (2 * a + b) / 3;
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static double initialBearing(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lon2 - lon1);
    return Math.atan2(Math.sin(dl) * Math.cos(p2), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
  }

  /**
   * The radius of the sphere of the ellipsoid's surface area (authalic), and the authalic
   * latitude of a geodetic one: the map that keeps areas, so a polygon's area on the ellipsoid is
   * that of its image on this sphere.
   */
  double authalicRadius() {
    double e = Math.sqrt(f * (2 - f));
    return Math.sqrt(a * a / 2 * (1 + (1 - e * e) / (2 * e) * Math.log((1 + e) / (1 - e))));
  }

  double authalicLatitude(double latDegrees) {
    double e = Math.sqrt(f * (2 - f));
    double phi = Math.toRadians(latDegrees);
    double q = q(e, Math.sin(phi));
    double qp = q(e, 1);
    return Math.asin(Math.max(-1, Math.min(1, q / qp)));
  }

  private static double q(double e, double s) {
    return (1 - e * e) * (s / (1 - e * e * s * s) - 1 / (2 * e) * Math.log((1 - e * s) / (1 + e * s)));
  }
}
