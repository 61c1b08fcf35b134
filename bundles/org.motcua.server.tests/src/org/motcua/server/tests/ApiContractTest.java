// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.motcua.server.internal.api.ApiJson;
import org.motcua.server.internal.api.MotCuaApi;
import org.motcua.server.internal.api.Route;
import org.osgi.framework.FrameworkUtil;

/** The committed OpenAPI document (api/openapi.json) describes exactly the operations the server answers. */
class ApiContractTest {

    @Test
    void theOpenApiDocumentListsExactlyTheServersOperations() throws Exception {
        URL entry = FrameworkUtil.getBundle(MotCuaApi.class).getEntry("api/openapi.json");
        assertNotNull(entry, "api/openapi.json is not in the server bundle");
        JsonNode document;
        try (InputStream in = entry.openStream()) {
            document = ApiJson.mapper().readTree(in);
        }
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals(String.valueOf(MotCuaApi.VERSION), document.get("info").get("version").asText());
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                JsonNode operation = path.getValue().get(method);
                boolean open = operation.has("security") && operation.get("security").isEmpty();
                Route route = route(method, path.getKey());
                assertEquals(route.authenticated(), !open, method + " " + path.getKey() + ": security differs");
            }
        }
        Set<String> served = new TreeSet<>();
        for (Route route : new MotCuaApi(null, "test", () -> false).routes()) {
            served.add(route.method() + " " + route.template());
        }
        assertEquals(served, documented);
    }

    private static Route route(String method, String template) {
        return new MotCuaApi(null, "test", () -> false).routes().stream()
                .filter(r -> r.method().equalsIgnoreCase(method) && r.template().equals(template)).findFirst()
                .orElseThrow(() -> new AssertionError("documented but not served: " + method + " " + template));
    }
}
