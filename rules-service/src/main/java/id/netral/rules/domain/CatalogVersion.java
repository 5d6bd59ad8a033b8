package id.netral.rules.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A frozen state of the rule catalog; every change by an admin creates the next one. */
@Entity
@Table(name = "catalog_version")
public class CatalogVersion extends PanacheEntityBase {

    @Id
    public int version;

    @Column(name = "based_on")
    public Integer basedOn;

    public String note;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** The newest version, which classifications use unless they ask for another. */
    public static int current() {
        Integer max = getEntityManager().createQuery("select max(v.version) from CatalogVersion v", Integer.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }
}
