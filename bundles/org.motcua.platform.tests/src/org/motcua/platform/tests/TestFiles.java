// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where the tests leave their output, and access to resources shipped in this bundle. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A folder kept after the run (target/platform-output under Maven) for a human to look at. */
    public static Path outputDir(String name) {
        String base = System.getProperty("motcua.test.output");
        try {
            Path dir = base != null ? Path.of(base, name) : Files.createTempDirectory("motcua-" + name);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Bundle bundle() {
        return FrameworkUtil.getBundle(TestFiles.class);
    }

    /** This bundle's class loader: what EclipseLink, Liquibase and BIRT are given to find our classes/resources. */
    public static ClassLoader bundleClassLoader() {
        return TestFiles.class.getClassLoader();
    }

    /** Opens a resource from this bundle (an entry, not the class path). */
    public static InputStream open(String entry) throws IOException {
        URL url = bundle().getEntry(entry);
        if (url == null) {
            throw new IOException("no entry " + entry + " in " + bundle().getSymbolicName());
        }
        return url.openStream();
    }
}
