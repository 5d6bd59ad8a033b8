package id.netral.common.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Lets Jackson read and write properties through generated lambdas instead of reflection
 * (Blackbird), which shortens every JSON request and response of the suite, and bounds what a
 * body may hold: no request of the suite nests deeper than a few levels or carries a text longer
 * than a letter, so a hostile body is refused while it is read (400) instead of filling memory or
 * the stack.
 */
@Singleton
public class JsonSetup implements ObjectMapperCustomizer {
    /** Deepest nesting of objects and arrays a body may have (event data included). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string value a body may hold, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH).maxStringLength(MAX_STRING_LENGTH).build());
    }
}
