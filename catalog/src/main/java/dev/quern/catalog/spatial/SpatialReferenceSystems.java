package dev.quern.catalog.spatial;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The geodetic spatial reference systems geography accepts, as sys.spatial_reference_systems lists
 * them: EPSG's id, the well-known text with its ellipsoid, and the unit (metre) that geography's
 * distances, lengths and areas are in. A subset of SQL Server's 390: the common datums.
 */
public final class SpatialReferenceSystems {
  /** One row of sys.spatial_reference_systems. */
  public record System(int id, String name, String datum, String ellipsoid, double semiMajor, double inverseFlattening) {
    /** The well-known text as SQL Server prints it. */
    public String wellKnownText() {
      return "GEOGCS[\"" + name + "\", DATUM[\"" + datum + "\", ELLIPSOID[\"" + ellipsoid + "\", "
          + WktWriter.number(semiMajor) + ", " + WktWriter.number(inverseFlattening)
          + "]], PRIMEM[\"Greenwich\", 0], UNIT[\"Degree\", 0.0174532925199433]]";
    }

    public String unitOfMeasure() {
      return "metre";
    }

    public double unitConversionFactor() {
      return 1;
    }

    Geodesic geodesic() {
      return GEODESICS.computeIfAbsent(id, k -> new Geodesic(semiMajor, inverseFlattening));
    }
  }

  private static final Map<Integer, System> SYSTEMS = new LinkedHashMap<>();
  private static final Map<Integer, Geodesic> GEODESICS = new java.util.concurrent.ConcurrentHashMap<>();

  static {
    add(4326, "WGS 84", "World Geodetic System 1984", "WGS 84", 6378137, 298.257223563);
    add(4269, "NAD83", "North American Datum 1983", "GRS 1980", 6378137, 298.257222101);
    add(4267, "NAD27", "North American Datum 1927", "Clarke 1866", 6378206.4, 294.978698213898);
    add(4258, "ETRS89", "European Terrestrial Reference System 1989", "GRS 1980", 6378137, 298.257222101);
    add(4230, "ED50", "European Datum 1950", "International 1924", 6378388, 297);
    add(4277, "OSGB 1936", "OSGB 1936", "Airy 1830", 6377563.396, 299.3249646);
    add(4283, "GDA94", "Geocentric Datum of Australia 1994", "GRS 1980", 6378137, 298.257222101);
    add(4167, "NZGD2000", "New Zealand Geodetic Datum 2000", "GRS 1980", 6378137, 298.257222101);
    add(4612, "JGD2000", "Japanese Geodetic Datum 2000", "GRS 1980", 6378137, 298.257222101);
    add(4674, "SIRGAS 2000", "Sistema de Referencia Geocentrico para America do Sul 2000", "GRS 1980", 6378137,
        298.257222101);
    add(4322, "WGS 72", "World Geodetic System 1972", "WGS 72", 6378135, 298.26);
  }

  private SpatialReferenceSystems() {}

  private static void add(int id, String name, String datum, String ellipsoid, double a, double invF) {
    SYSTEMS.put(id, new System(id, name, datum, ellipsoid, a, invF));
  }

  /** The system of this SRID; null when geography does not accept it. */
  public static System of(int srid) {
    return SYSTEMS.get(srid);
  }

  /** Every system, by SRID. */
  public static java.util.Collection<System> all() {
    return SYSTEMS.values();
  }
}
