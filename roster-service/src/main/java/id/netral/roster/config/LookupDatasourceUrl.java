package id.netral.roster.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * The account-lookup datasource's URL, unless set on its own, is the JDBC datasource's without its
 * {@code jdbc:} prefix: one database setting (NETRAL_DB_URL, or what a test resource gives) then
 * serves Hibernate and the reactive lookups alike, and they can never point at different databases
 * by a forgotten second variable in a deployment.
 */
public class LookupDatasourceUrl implements ConfigSourceInterceptor {
    static final String LOOKUP_URL = "quarkus.datasource.lookup.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String JDBC_PREFIX = "jdbc:";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !LOOKUP_URL.equals(name)) {
            return value;
        }
        ConfigValue jdbc = context.proceed(JDBC_URL);
        if (jdbc == null || jdbc.getValue() == null || !jdbc.getValue().startsWith(JDBC_PREFIX)) {
            return null;
        }
        return jdbc.withName(LOOKUP_URL).withValue(jdbc.getValue().substring(JDBC_PREFIX.length()));
    }
}
