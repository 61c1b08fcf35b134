// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The wire's JSON: the core's records as they are, dates and times as ISO-8601 text, unknown fields refused,
 * and hard limits on what a request may hold (nesting depth, string length, number length), so that a hostile
 * body costs the server no more than a normal one.
 */
public final class ApiJson {

    /** The deepest nesting a request may have; the deepest the API itself uses is 4. */
    public static final int MAX_DEPTH = 16;

    /** The longest string value a request may hold (a long address is a few hundred characters). */
    public static final int MAX_STRING = 64 * 1024;

    private ApiJson() {
    }

    /** @return a mapper with the API's settings and limits */
    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // 0.50 working days stays 0.50
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING).maxNumberLength(40).build());
        return mapper;
    }
}
