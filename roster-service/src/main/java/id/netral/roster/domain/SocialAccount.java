package id.netral.roster.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A social-media account of an employee, stored by its normalised (platform, handle). */
@Entity
@Table(name = "social_account")
public class SocialAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "employee_id")
    public Long employeeId;

    @Enumerated(EnumType.STRING)
    public Platform platform;

    public String handle;

    /** The address as the reporter gave it, for the record. */
    public String url;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Optional<SocialAccount> byRef(AccountRef ref) {
        return find("platform = ?1 and handle = ?2", ref.platform(), ref.handle()).firstResultOptional();
    }

    public static List<SocialAccount> ofEmployee(long employeeId) {
        return list("employeeId = ?1 order by platform, handle", employeeId);
    }
}
