// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaCore;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The rules of docs/api-policy.md, checked on every build: the API bundle is a contract with no
 * persistence in it, every exported MotCua package carries a semantic version and every MotCua
 * package a bundle imports is imported with a version range.
 */
class ApiPolicyTest {

    private static final List<String> PERSISTENCE = List.of("jakarta.persistence", "org.eclipse.persistence");

    @Test
    void theApiBundleImportsNoPersistencePackage() throws BundleException {
        Bundle api = FrameworkUtil.getBundle(MotCuaCore.class);
        assertEquals("org.motcua.core.api", api.getSymbolicName());
        String imports = api.getHeaders("").get(Constants.IMPORT_PACKAGE);
        for (ManifestElement element : ManifestElement.parseHeader(Constants.IMPORT_PACKAGE, imports)) {
            for (String name : element.getValueComponents()) {
                assertFalse(isPersistence(name), "org.motcua.core.api imports " + name);
            }
        }
        BundleWiring wiring = api.adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            String name = (String) wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
            assertFalse(isPersistence(name), "org.motcua.core.api is wired to " + name);
        }
    }

    @Test
    void everyExportedMotCuaPackageHasAVersion() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path manifest : manifests()) {
            for (ManifestElement element : header(manifest, Constants.EXPORT_PACKAGE)) {
                for (String name : element.getValueComponents()) {
                    if (name.startsWith("org.motcua") && !name.contains(".internal")
                            && element.getAttribute(Constants.VERSION_ATTRIBUTE) == null) {
                        missing.add(bundleOf(manifest) + " exports " + name);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "exported without a version: " + missing);
    }

    @Test
    void everyImportedMotCuaPackageHasARange() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path manifest : manifests()) {
            for (ManifestElement element : header(manifest, Constants.IMPORT_PACKAGE)) {
                for (String name : element.getValueComponents()) {
                    String range = element.getAttribute(Constants.VERSION_ATTRIBUTE);
                    if (name.startsWith("org.motcua") && !name.contains(".internal")
                            && (range == null || !range.startsWith("["))) {
                        missing.add(bundleOf(manifest) + " imports " + name);
                    }
                }
            }
            for (ManifestElement element : header(manifest, Constants.REQUIRE_BUNDLE)) {
                assertFalse(element.getValue().startsWith("org.motcua.core"),
                        bundleOf(manifest) + " requires the bundle " + element.getValue() + ": import its packages");
            }
        }
        assertTrue(missing.isEmpty(), "imported without a version range: " + missing);
    }

    @Test
    void everySourceFileSaysItsLicence() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path manifest : manifests()) {
            Path sources = manifest.getParent().getParent().resolve("src");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String head = Files.readAllLines(java).stream().limit(3).reduce("", String::concat);
                    if (!head.contains("SPDX-License-Identifier: EPL-2.0")) {
                        missing.add(sources.relativize(java).toString());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "no SPDX-License-Identifier: EPL-2.0 line (LICENSE, docs/decisions/license.md): " + missing);
    }

    private static boolean isPersistence(String name) {
        return PERSISTENCE.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
    }

    private static List<Path> manifests() throws IOException {
        Path tree = Path.of(System.getProperty("motcua.sourceTree", "../.."));
        Path bundles = tree.resolve("bundles");
        assertTrue(Files.isDirectory(bundles), "no bundles folder under " + tree.toAbsolutePath());
        try (Stream<Path> folders = Files.list(bundles)) {
            List<Path> found = folders.map(f -> f.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile)
                    .sorted().toList();
            assertTrue(found.size() > 10, "found only " + found);
            return found;
        }
    }

    private static ManifestElement[] header(Path manifest, String name) throws IOException, BundleException {
        try (InputStream in = Files.newInputStream(manifest)) {
            String value = new Manifest(in).getMainAttributes().getValue(name);
            ManifestElement[] elements = ManifestElement.parseHeader(name, value);
            return elements == null ? new ManifestElement[0] : elements;
        }
    }

    private static String bundleOf(Path manifest) {
        return manifest.getParent().getParent().getFileName().toString();
    }
}
