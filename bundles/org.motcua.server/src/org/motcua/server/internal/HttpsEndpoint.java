// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import jakarta.servlet.Servlet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

/**
 * Jetty 12 (Felix HTTP) listening on HTTPS only, with the API servlet on {@code /api/v1/*} through the OSGi
 * Servlet Whiteboard. Felix HTTP reads its configuration when its bundle starts, so this sets it and then
 * (re)starts that bundle: no plain HTTP connector, TLS 1.3 and 1.2 only.
 */
public final class HttpsEndpoint implements AutoCloseable {

    /** The Felix HTTP bundle that embeds Jetty 12. */
    public static final String JETTY_BUNDLE = "org.apache.felix.http.jetty12";

    private final Bundle jetty;
    private final ServiceRegistration<Servlet> registration;

    private HttpsEndpoint(Bundle jetty, ServiceRegistration<Servlet> registration) {
        this.jetty = jetty;
        this.registration = registration;
    }

    /**
     * Starts HTTPS on {@code host:port} with the key pair in {@code keyStore}, serving {@code api}; returns once
     * the port accepts connections.
     */
    public static HttpsEndpoint start(BundleContext context, String host, int port, Path keyStore, char[] password,
            Servlet api) throws IOException {
        System.setProperty("org.apache.felix.http.enable", "false");
        System.setProperty("org.apache.felix.https.enable", "true");
        System.setProperty("org.apache.felix.http.host", host);
        System.setProperty("org.osgi.service.http.port.secure", String.valueOf(port));
        System.setProperty("org.apache.felix.https.keystore", keyStore.toAbsolutePath().toString());
        System.setProperty("org.apache.felix.https.keystore.password", new String(password));
        System.setProperty("org.apache.felix.https.keystore.key.password", new String(password));
        System.setProperty("org.apache.felix.https.keystore.type", "PKCS12");
        System.setProperty("org.apache.felix.https.jetty.protocols.included", "TLSv1.3,TLSv1.2");
        System.setProperty("org.apache.felix.http.jetty.sendServerHeader", "false");
        Bundle jetty = find(context);
        try {
            if (jetty.getState() == Bundle.ACTIVE) {
                jetty.stop(Bundle.STOP_TRANSIENT);
            }
            jetty.start(Bundle.START_TRANSIENT);
        } catch (BundleException e) {
            throw new IOException("Felix HTTP (Jetty) did not start: " + e.getMessage(), e);
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", "/api/v1/*");
        properties.put("osgi.http.whiteboard.servlet.name", "motcua-api-v1");
        ServiceRegistration<Servlet> registration = context.registerService(Servlet.class, api, properties);
        awaitListening(host, port);
        return new HttpsEndpoint(jetty, registration);
    }

    private static Bundle find(BundleContext context) throws IOException {
        for (Bundle bundle : context.getBundles()) {
            if (JETTY_BUNDLE.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IOException("the bundle " + JETTY_BUNDLE + " is not installed");
    }

    private static void awaitListening(String host, int port) throws IOException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 500);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > until) {
                    throw new IOException("nothing listens on " + host + ":" + port + " after 20 s", notYet);
                }
                try {
                    Thread.sleep(50); // Jetty starts its connector in the background
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
    }

    /** Stops serving the API and stops Jetty. */
    @Override
    public void close() {
        registration.unregister();
        try {
            jetty.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException e) {
            // stopping anyway: the framework stops it at exit
        }
    }
}
