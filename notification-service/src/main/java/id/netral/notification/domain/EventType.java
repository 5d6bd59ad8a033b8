package id.netral.notification.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.AttributeOverride;
import id.netral.common.i18n.LocalizedText;
import java.util.Optional;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A kind of event the suite publishes; subscriptions name these codes. */
@Entity
@Table(name = "event_type")
public class EventType extends PanacheEntityBase {

    @Id
    public String code;

    @Embedded
    @AttributeOverride(name = "indonesian", column = @Column(name = "description_id", nullable = false))
    @AttributeOverride(name = "english", column = @Column(name = "description_en", nullable = false))
    public LocalizedText description;

    @Column(name = "since_version", nullable = false)
    public String sinceVersion;

    public static List<EventType> catalog() {
        return listAll(Sort.by("code"));
    }

    /** The codes change only with a migration, so they are read once; every incoming event is checked against them. */
    private static volatile java.util.Set<String> codes;

    public static Optional<EventType> withCode(String code) {
        return findByIdOptional(code);
    }

    /** Whether the code is a known event type, without a query after the first call. */
    public static boolean exists(String code) {
        java.util.Set<String> known = codes;
        if (known == null) {
            known = catalog().stream().map(t -> t.code).collect(java.util.stream.Collectors.toUnmodifiableSet());
            codes = known;
        }
        return known.contains(code);
    }
}
