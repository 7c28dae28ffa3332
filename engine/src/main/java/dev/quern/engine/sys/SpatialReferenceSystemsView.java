package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.spatial.SpatialReferenceSystems;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.spatial_reference_systems: the SRIDs geography accepts, each with EPSG as its authority, its
 * well-known text (the ellipsoid that geography's measures use) and its unit, the metre.
 */
final class SpatialReferenceSystemsView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      integer("spatial_reference_id", true), nvarchar("authority_name", 128, true),
      integer("authorized_spatial_reference_id", true), nvarchar("well_known_text", 4000, true),
      nvarchar("unit_of_measure", 128, true), new ResultColumn("unit_conversion_factor", SqlTypes.FLOAT, true));

  @Override
  public String name() {
    return "spatial_reference_systems";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (SpatialReferenceSystems.System s : SpatialReferenceSystems.all()) {
      out.add(new Object[] {s.id(), "EPSG", s.id(), s.wellKnownText(), s.unitOfMeasure(), s.unitConversionFactor()});
    }
    return out;
  }
}
