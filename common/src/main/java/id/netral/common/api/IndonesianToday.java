package id.netral.common.api;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" for the date constraints ({@code @PastOrPresent} on a pledge's or an act's day): the
 * date in Indonesia's easternmost zone (WIT, UTC+9), where the day starts first. The validator's
 * default is the JVM's zone, UTC in a pod, so from midnight to 07:00 WIB a pledge read "today" in
 * Jakarta was refused as a date in the future. Instants ({@code OffsetDateTime}) compare the same
 * in any zone.
 */
@Singleton
public class IndonesianToday implements ClockProvider {
    // a system clock holds only its zone, so one serves every check
    private static final Clock EASTERNMOST = Clock.system(ZoneId.of("Asia/Jayapura"));

    @Override
    public Clock getClock() {
        return EASTERNMOST;
    }
}
