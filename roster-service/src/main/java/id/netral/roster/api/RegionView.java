package id.netral.roster.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netral.roster.domain.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as callers see it. */
@Schema(name = "Region", example = Examples.REGION)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionView(
        @Schema(description = "Kemendagri code", example = "34.04") String code,
        @Schema(example = "Kabupaten Sleman") String name,
        Region.Level level,
        @Schema(description = "The enclosing region; absent for a province", example = "34") String parentCode,
        @Schema(description = "One region: every enclosing region, province first (absent in lists)") java.util.List<RegionView> parents) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.name, region.level, region.parentCode, null);
    }

    static RegionView withParents(Region region) {
        return new RegionView(region.code, region.name, region.level, region.parentCode,
                region.parents().stream().map(RegionView::of).toList());
    }
}
