package id.netral.rules.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.AttributeOverride;
import id.netral.common.i18n.LocalizedText;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** An observable act of an ASN, the input vocabulary of the classifier; codes never change. */
@Entity
public class Act extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String category;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "label_id"))
    @AttributeOverride(name = "english", column = @Column(name = "label_en"))
    public LocalizedText label;

    /** The first catalog version that knows this act; earlier versions answer 422 for it. */
    @Column(name = "since_version")
    public int sinceVersion;

    /** Every act, by category then code: the taxonomy as integrators page through it. */
    public static PanacheQuery<Act> taxonomy() {
        return findAll(Sort.by("category").and("code"));
    }

    /** The acts a catalog version knows, by code. */
    public static List<Act> knownTo(int version) {
        return list("sinceVersion <= ?1", Sort.by("code"), version);
    }
}
