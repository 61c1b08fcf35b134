// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motcua.server.internal.KeyStores;
import org.motcua.server.internal.ServerSettings;

/** A server's folder: secrets apart and owner-only, nothing secret in the settings, the key pinned. */
class ServerSettingsTest {

    @TempDir
    Path home;

    @Test
    void secretsAreOwnerOnlyAndTheServerRefusesThemOtherwise() throws IOException {
        Properties settings = new Properties();
        settings.setProperty("https.port", "9443");
        settings.setProperty("database.url", "jdbc:postgresql://db.example.vn/motcua");
        settings.setProperty("database.user", "motcua_app");
        Properties secrets = new Properties();
        secrets.setProperty("database.password", "mat-khau-vai-tro");
        secrets.setProperty("keyStore.password", "mat-khau-kho");
        ServerSettings.write(home, settings, secrets);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets.properties"))));
        assertFalse(Files.readString(home.resolve("server.properties")).contains("mat-khau"), "no secret in the settings");
        ServerSettings loaded = ServerSettings.load(home);
        assertEquals(9443, loaded.port());
        assertEquals("motcua_app", loaded.database().user());
        assertEquals("mat-khau-vai-tro", loaded.database().password());

        Files.setPosixFilePermissions(home.resolve("secrets.properties"), PosixFilePermissions.fromString("rw-r--r--"));
        IOException refused = assertThrows(IOException.class, () -> ServerSettings.load(home));
        assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
    }

    @Test
    void aNewKeyPairIsOwnerOnlyAndItsPinIsStable() throws IOException {
        Path keyStore = home.resolve("server.p12");
        KeyStores.createSelfSigned(keyStore, "kho-khoa-thu".toCharArray(), List.of("motcua.example.vn", "10.0.0.5"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore)));
        String pin = KeyStores.pin(keyStore, "kho-khoa-thu".toCharArray());
        assertTrue(pin.matches("sha256/[A-Za-z0-9+/]{43}="), pin);
        assertEquals(pin, KeyStores.pin(keyStore, "kho-khoa-thu".toCharArray()));
        assertThrows(IOException.class, () -> KeyStores.pin(keyStore, "sai".toCharArray()));
    }
}
