// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.motcua.core.MotCuaException;
import org.motcua.core.i18n.Messages;
import org.motcua.persistence.Database;
import org.motcua.persistence.DatabaseConfig;
import org.motcua.persistence.DatabaseKind;
import org.motcua.persistence.Migrations;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Equinox application behind {@code ./motcua server}: {@code init} (a server folder, its TLS key pair and
 * settings), {@code migrate} (the schema, with the owner's credential given for this run only, then the
 * application role's privileges) and {@code start} (the core behind HTTPS until stopped).
 */
public class ServerApplication implements IApplication {

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = Arrays.asList(raw == null ? new String[0] : raw);
        context.applicationRunning();
        PrintStream out = System.out;
        try {
            String command = args.isEmpty() ? "help" : args.get(0);
            Path home = Path.of(option(args, "--home", System.getProperty("motcua.server.home",
                    System.getProperty("user.home") + "/.motcua-server")));
            return switch (command) {
                case "init" -> init(home, args, out);
                case "migrate" -> migrate(home, args, out);
                case "start" -> serve(home, out);
                default -> {
                    out.println(ServerTexts.get("server.usage"));
                    yield "help".equals(command) ? 0 : 2;
                }
            };
        } catch (MotCuaException e) {
            System.err.println(e.message(Messages.VIETNAMESE));
            System.err.println(e.message(java.util.Locale.ENGLISH));
            return 1;
        } catch (Exception e) {
            System.err.println(ServerTexts.get("server.failed", String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private static int init(Path home, List<String> args, PrintStream out) throws Exception {
        if (Files.exists(home.resolve(ServerSettings.FILE))) {
            out.println(ServerTexts.get("server.initExists", home));
            return 2;
        }
        Files.createDirectories(home);
        String host = option(args, "--host", "127.0.0.1");
        Properties settings = new Properties();
        settings.setProperty("https.host", host);
        settings.setProperty("https.port", option(args, "--port", "8443"));
        String url = option(args, "--db-url", null);
        if (url != null) {
            settings.setProperty("database.url", url);
            settings.setProperty("database.user", option(args, "--db-user", "motcua_app"));
        }
        Properties secrets = new Properties();
        secrets.setProperty("database.password", System.getenv().getOrDefault("MOTCUA_DB_PASSWORD", ""));
        char[] keyStorePassword = randomSecret();
        secrets.setProperty("keyStore.password", new String(keyStorePassword));
        Path keyStore = home.resolve(ServerSettings.KEY_STORE);
        String ownKeyStore = option(args, "--key-store", null);
        if (ownKeyStore != null) { // the office's own PKCS12 file: its password from the environment
            Files.copy(Path.of(ownKeyStore), keyStore);
            secrets.setProperty("keyStore.password", System.getenv().getOrDefault("MOTCUA_KEYSTORE_PASSWORD", ""));
            keyStorePassword = secrets.getProperty("keyStore.password").toCharArray();
        } else {
            List<String> names = new ArrayList<>(List.of(host));
            if (!names.contains("localhost")) {
                names.add("localhost");
            }
            KeyStores.createSelfSigned(keyStore, keyStorePassword, names);
        }
        ServerSettings.write(home, settings, secrets);
        out.println(ServerTexts.get("server.initDone", home, KeyStores.pin(keyStore, keyStorePassword)));
        return 0;
    }

    private static char[] randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private static int migrate(Path home, List<String> args, PrintStream out) throws Exception {
        ServerSettings settings = ServerSettings.load(home);
        DatabaseConfig app = settings.database();
        DatabaseConfig owner = app.kind() == DatabaseKind.H2 ? app
                : new DatabaseConfig(app.url(), option(args, "--owner", "motcua_owner"),
                        System.getenv().getOrDefault("MOTCUA_DB_OWNER_PASSWORD", ""));
        DataSource dataSource = Database.dataSource(owner);
        Migrations.migrate(dataSource);
        if (app.kind() == DatabaseKind.POSTGRESQL) {
            DatabaseRoles.grantApplication(dataSource, app.user());
        }
        out.println(ServerTexts.get("server.migrated", Migrations.appliedChangeset(dataSource), app.user()));
        return 0;
    }

    private Object serve(Path home, PrintStream out) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(ServerApplication.class).getBundleContext();
        // Equinox stops no bundle on SIGTERM: the hook lets the requests under way finish and the database close
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "motcua-server-stop"));
        try (ServerRuntime runtime = ServerRuntime.start(bundles, ServerSettings.load(home))) {
            out.println(ServerTexts.get("server.started", runtime.url(), runtime.pin()));
            out.flush();
            stopped.await();
            out.println(ServerTexts.get("server.stopping"));
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
