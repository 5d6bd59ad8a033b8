package id.netral.rules.domain;

import java.util.Optional;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A legal document the catalog cites, with its official numbers and issuing bodies. */
@Entity
@Table(name = "legal_source")
public class LegalSource extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> numbers;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> issuers;

    public String note;

    public static PanacheQuery<LegalSource> byCode() {
        return findAll(Sort.by("code"));
    }

    public static Optional<LegalSource> withCode(String code) {
        return findByIdOptional(code);
    }
}
