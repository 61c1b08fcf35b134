// SPDX-License-Identifier: EPL-2.0
package org.motcua.remote;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server only when its certificate's key is one of the pins the workstation was enrolled with (two
 * while a key is being replaced). No certificate authority is consulted, so neither a rogue CA nor a user
 * clicking "accept" can put another server between the desk and its office.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {

    private final Set<String> pins;

    /** Trusts the keys whose {@link Pins pins} are {@code pins}. */
    public PinnedTrustManager(Set<String> pins) {
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("no pinned key");
        }
        this.pins = Set.copyOf(pins);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        chain[0].checkValidity();
        String pin = Pins.of(chain[0].getPublicKey());
        if (!pins.contains(pin)) {
            throw new CertificateException("the server's key " + pin + " is not the pinned key of this office");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a workstation accepts no client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
