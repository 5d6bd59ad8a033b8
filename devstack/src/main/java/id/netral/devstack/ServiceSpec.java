package id.netral.devstack;

import java.util.List;

/**
 * One service of the suite as the devstack runs it: its module, port and database (none for the console), and
 * the JVM options its pods add to everyone's ({@code quarkus.jib.jvm-additional-arguments} in its own
 * application.properties; KubernetesManifestsTest keeps the two the same).
 */
public record ServiceSpec(String name, String portVariable, int defaultPort, String database, List<String> podJavaOptions) {

    /** The variable that moves its management port (health, metrics) on a developer's machine: NETRAL_ROSTER_MANAGEMENT_PORT. */
    public String managementPortVariable() {
        return portVariable.replace("_PORT", "_MANAGEMENT_PORT");
    }

    /** The four services, in start order. */
    public static final List<ServiceSpec> SUITE = List.of(
            new ServiceSpec("roster-service", "NETRAL_ROSTER_PORT", 8081, "roster", List.of()),
            new ServiceSpec("rules-service", "NETRAL_RULES_PORT", 8082, "rules", List.of()),
            // the first compiler only: intake waits on PostgreSQL, and the second compiler's code and profiles cost
            // case-service 47-68 MB of its memory after intake and its first rounds a fifth to a third of their speed
            // (bench/HISTORY.md, 2026-12-07, which also says what it may cost held intake)
            new ServiceSpec("case-service", "NETRAL_CASE_PORT", 8083, "cases", List.of(Suite.FIRST_COMPILER_ONLY)),
            new ServiceSpec("notification-service", "NETRAL_NOTIFICATION_PORT", 8084, "notification", List.of()));

    /** The browser console: no database, started after the four (it calls them only when a page is asked for). */
    public static final ServiceSpec CONSOLE = new ServiceSpec("console", "NETRAL_CONSOLE_PORT", 8085, null, List.of());

    /** Everything that listens: the four services and the console. */
    public static final List<ServiceSpec> WITH_CONSOLE = List.of(SUITE.get(0), SUITE.get(1), SUITE.get(2), SUITE.get(3), CONSOLE);
}
