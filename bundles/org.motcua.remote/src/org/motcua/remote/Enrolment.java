// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A workstation enrolled with its office's servers: their https addresses and the pins of the keys they may
 * present (two while a certificate is renewed), kept in the workstation's {@code motcua.properties} as
 * {@code server.urls} and {@code server.pins}. Nothing in it is secret; nothing in it opens the database.
 *
 * @param servers the servers' base addresses, tried in turn
 * @param pins    the accepted key pins ({@code sha256/…})
 */
public record Enrolment(List<URI> servers, Set<String> pins) {

    /** The workstation's settings file in its folder. */
    public static final String FILE = "motcua.properties";

    private static final Pattern PIN = Pattern.compile("sha256/[A-Za-z0-9+/]{43}=");

    /** Checks that there is a server, every address is https and every pin is a SHA-256 pin. */
    public Enrolment {
        servers = List.copyOf(servers);
        pins = Set.copyOf(pins);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no server address");
        }
        for (URI server : servers) {
            if (!"https".equals(server.getScheme()) || server.getHost() == null) {
                throw new IllegalArgumentException("not an https address: " + server);
            }
        }
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("no pinned key: give the server's key pin (./motcua server status prints it)");
        }
        for (String pin : pins) {
            if (!PIN.matcher(pin).matches()) {
                throw new IllegalArgumentException("not a key pin (sha256/ and 44 base64 characters): " + pin);
            }
        }
    }

    /** @return the enrolment given as comma-separated {@code servers} and {@code pins} */
    public static Enrolment parse(String servers, String pins) {
        return new Enrolment(split(servers).stream().map(s -> URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s))
                .toList(), new LinkedHashSet<>(split(pins).stream().map(p -> p.startsWith("sha256//") ? "sha256/" + p.substring(8) : p)
                        .toList()));
    }

    /** @return the enrolment kept in {@code home}'s settings file, if this workstation has one */
    public static Optional<Enrolment> load(Path home) {
        Properties settings = read(home);
        String servers = settings.getProperty("server.urls");
        if (servers == null || servers.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(servers, settings.getProperty("server.pins", "")));
    }

    /** Keeps this enrolment in {@code home}'s settings file (its other settings unchanged). */
    public void save(Path home) {
        Properties settings = read(home);
        settings.setProperty("server.urls", String.join(",", servers.stream().map(URI::toString).toList()));
        settings.setProperty("server.pins", String.join(",", pins));
        try {
            Files.createDirectories(home);
            try (OutputStream out = Files.newOutputStream(home.resolve(FILE))) {
                settings.store(out, "MotCua workstation");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** @return a connection to these servers, trusting only these pins */
    public ServerConnection connect() {
        return new ServerConnection(servers, pins);
    }

    private static Properties read(Path home) {
        Properties settings = new Properties();
        Path file = home.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return settings;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
