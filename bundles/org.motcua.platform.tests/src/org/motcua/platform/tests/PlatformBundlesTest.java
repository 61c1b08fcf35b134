// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Every bundle of the test runtime (which holds org.motcua.platform.feature and org.motcua.ui.feature)
 * resolves, and the optionally imported bundles that Tycho and p2 would silently leave out are present.
 */
class PlatformBundlesTest {

    /** Bundles whose absence only shows at run time (a missing chart, "No any ASM service available", ...). */
    static final List<String> OPTIONAL_BUT_NEEDED = List.of("org.objectweb.asm", "org.objectweb.asm.commons", "org.objectweb.asm.tree",
            "org.eclipse.persistence.jpa.jpql", "org.apache.batik.util", "wrapped.org.apache.xmlgraphics.batik-transcoder",
            "wrapped.org.apache.xmlgraphics.batik-codec", "wrapped.org.apache.xmlgraphics.fop-core", "org.mozilla.rhino",
            "org.eclipse.birt.report.engine.script.javascript", "org.eclipse.birt.data.aggregation", "org.eclipse.birt.chart.device.extension",
            "org.eclipse.birt.chart.engine.extension", "uk.co.spudsoft.birt.emitters.excel", "org.apache.poi.ooxml.schemas",
            "slf4j.simple", "org.eclipse.collections.impl", "org.apache.aries.spifly.dynamic.bundle", "org.eclipse.equinox.p2.transport.ecf");

    @Test
    void everyBundleResolves() {
        Map<String, String> unresolved = new TreeMap<>();
        for (Bundle bundle : TestFiles.bundle().getBundleContext().getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                String reason;
                try {
                    bundle.start(Bundle.START_TRANSIENT); // fails with the resolver's explanation
                    reason = "resolved only when started";
                } catch (BundleException e) {
                    reason = e.getMessage();
                }
                unresolved.put(bundle.getSymbolicName() + " " + bundle.getVersion(), reason);
            }
        }
        assertEquals(Map.of(), unresolved, () -> "unresolved bundles:\n" + String.join("\n", unresolved.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList()));
    }

    @Test
    void optionallyImportedBundlesArePresent() {
        List<String> present = new ArrayList<>();
        for (Bundle bundle : TestFiles.bundle().getBundleContext().getBundles()) {
            present.add(bundle.getSymbolicName());
        }
        List<String> missing = OPTIONAL_BUT_NEEDED.stream().filter(n -> !present.contains(n)).toList();
        assertTrue(missing.isEmpty(), () -> "missing from the runtime (add them to org.motcua.platform.feature): " + missing);
    }
}
