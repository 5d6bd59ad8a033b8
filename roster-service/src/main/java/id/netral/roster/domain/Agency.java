package id.netral.roster.domain;

import id.netral.common.domain.RegionCode;
import id.netral.common.store.RegionScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An employing agency (instansi) with its region and its PPK, the official who decides sanctions. */
@Entity
public class Agency extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "ppk_name")
    public String ppkName;

    @Column(name = "ppk_office")
    public String ppkOffice;

    /** Who decides when the PPK is conflicted (an acting official or the official above); null when none is named. */
    @Column(name = "substitute_name")
    public String substituteName;

    @Column(name = "substitute_office")
    public String substituteOffice;

    /** The login the substitute signs in with: the subject of their token, checked when they decide. */
    @Column(name = "substitute_subject")
    public String substituteSubject;

    /** The personnel office's e-mail address (BKPP/BKD or the agency's staff section), if known. */
    @Column(name = "personnel_email")
    public String personnelEmail;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static PanacheQuery<Agency> within(RegionCode scope) {
        Parameters params = new Parameters();
        return find("from Agency a where " + RegionScope.condition("a.regionCode", scope, params), Sort.by("code"), params);
    }

    /** The agency if it exists and lies inside the scope; otherwise empty, as if it did not exist. */
    public static Optional<Agency> visible(String code, RegionCode scope) {
        return Agency.<Agency>findByIdOptional(code).filter(a -> scope.covers(a.regionCode));
    }
}
