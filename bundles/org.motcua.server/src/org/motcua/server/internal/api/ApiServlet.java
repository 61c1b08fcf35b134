// SPDX-License-Identifier: EPL-2.0
package org.motcua.server.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.motcua.core.MotCuaException;
import org.motcua.core.i18n.Messages;
import org.motcua.core.security.Principal;
import org.motcua.core.security.SessionService;
import org.motcua.remote.wire.Wire.ErrorBody;

/**
 * {@code /api/v1/*}: finds the operation, takes the caller from the session token (never from the body),
 * applies the limits (HTTPS only, body size, JSON depth, request rate, API version) and turns the core's
 * refusals into statuses with the core's own messages in both languages.
 */
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The header in which every answer states the API version, and a workstation the version it speaks. */
    public static final String API_HEADER = "MotCua-Api";

    /** The largest request body; an intake with every field filled is a few kilobytes. */
    public static final int MAX_BODY = 256 * 1024;

    /** The most of a too large body that is read (and dropped) so that its sender still gets the refusal. */
    private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    private final transient MotCuaApi api;
    private final transient SessionService sessions;
    private final transient ObjectMapper json = ApiJson.mapper();
    private final transient RateLimiter callers;
    private final transient RateLimiter signIns;

    /**
     * @param api      the operations
     * @param sessions turns a token into the caller
     * @param callers  the rate of each signed-in user
     * @param signIns  the rate of sign-ins from one address
     */
    public ApiServlet(MotCuaApi api, SessionService sessions, RateLimiter callers, RateLimiter signIns) {
        this.api = api;
        this.sessions = sessions;
        this.callers = callers;
        this.signIns = signIns;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(API_HEADER, String.valueOf(MotCuaApi.VERSION));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            if (!request.isSecure()) {
                throw new ApiException(403, "request.httpsOnly");
            }
            checkClientVersion(request.getHeader(API_HEADER));
            String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
            Matched matched = find(request.getMethod(), path);
            Principal principal = null;
            String caller = "address:" + request.getRemoteAddr();
            if (matched.route().authenticated()) {
                principal = sessions.resume(bearer(request));
                caller = "user:" + principal.username();
            } else if (request.getHeader("Authorization") != null) {
                principal = signedInOrNull(request); // an open operation that may answer more to a signed-in user
                caller = principal == null ? caller : "user:" + principal.username();
            }
            long wait = (principal != null ? callers : signIns).acquire(caller);
            if (wait > 0) {
                throw new ApiException(429, "request.rateLimited", wait);
            }
            byte[] body = body(request);
            Route.Reply reply = matched.route().handler().handle(new ApiCall(principal, matched.parameters(),
                    request.getParameterMap(), body, json, request.getRemoteAddr()));
            write(response, reply.status(), reply.body());
        } catch (ApiException e) {
            refuse(response, e.status(), e.key(), ApiTexts.get(Messages.VIETNAMESE, e.key(), e.args()),
                    ApiTexts.get(Locale.ENGLISH, e.key(), e.args()), e.status() == 429 ? (Long) e.args()[0] : null);
        } catch (MotCuaException e) {
            refuse(response, CoreRefusals.status(e.key()), e.key(), e.message(Messages.VIETNAMESE), e.message(Locale.ENGLISH),
                    null);
        } catch (StreamConstraintsException e) {
            ApiException deep = new ApiException(400, "request.tooDeep", ApiJson.MAX_DEPTH);
            refuse(response, 400, deep.key(), ApiTexts.get(Messages.VIETNAMESE, deep.key(), deep.args()),
                    ApiTexts.get(Locale.ENGLISH, deep.key(), deep.args()), null);
        } catch (JsonProcessingException | IllegalArgumentException | java.time.DateTimeException e) {
            String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            refuse(response, 400, "request.badJson", ApiTexts.get(Messages.VIETNAMESE, "request.badJson", detail),
                    ApiTexts.get(Locale.ENGLISH, "request.badJson", detail), null);
        } catch (Exception e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log("request " + reference + " failed: " + request.getMethod() + " " + request.getRequestURI(), e);
            refuse(response, 500, "request.failed", ApiTexts.get(Messages.VIETNAMESE, "request.failed", reference),
                    ApiTexts.get(Locale.ENGLISH, "request.failed", reference), null);
        }
    }

    private record Matched(Route route, Map<String, String> parameters) {
    }

    private Matched find(String method, String path) {
        boolean pathKnown = false;
        for (Route route : api.routes()) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    return new Matched(route, parameters.get());
                }
            }
        }
        throw pathKnown ? new ApiException(405, "request.methodNotAllowed", path, method)
                : new ApiException(404, "request.notFound", method, path);
    }

    private static void checkClientVersion(String header) {
        if (header == null || header.isBlank()) {
            return; // a tool such as curl: it gets this version's answers
        }
        int client;
        try {
            client = Integer.parseInt(header.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(400, "request.badNumber", API_HEADER, header);
        }
        if (client < MotCuaApi.MIN_CLIENT_VERSION) {
            throw new ApiException(426, "request.clientTooOld", client, MotCuaApi.MIN_CLIENT_VERSION);
        }
        if (client > MotCuaApi.VERSION) {
            throw new ApiException(426, "request.clientTooNew", client, MotCuaApi.VERSION);
        }
    }

    private Principal signedInOrNull(HttpServletRequest request) {
        try {
            return sessions.resume(bearer(request));
        } catch (MotCuaException | ApiException notSignedIn) {
            return null;
        }
    }

    private static String bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            throw new ApiException(401, "request.signInRequired");
        }
        return authorization.substring(7).trim();
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY) {
            throw tooLarge(request);
        }
        if (!"POST".equals(request.getMethod())) {
            return new byte[0];
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "request.contentType");
        }
        InputStream in = request.getInputStream();
        byte[] read = in.readNBytes(MAX_BODY + 1); // a body without a length is cut off here, not read whole
        if (read.length > MAX_BODY) {
            throw tooLarge(request);
        }
        return read;
    }

    /**
     * Reads and drops what a too large request still sends (up to {@link #DRAIN_LIMIT}) before the refusal is
     * written: a connection closed on unread data is reset, and the client would lose the answer saying why.
     */
    private static ApiException tooLarge(HttpServletRequest request) throws IOException {
        InputStream in = request.getInputStream();
        long dropped = 0;
        byte[] buffer = new byte[16 * 1024];
        for (int n; dropped < DRAIN_LIMIT && (n = in.read(buffer)) > 0;) {
            dropped += n;
        }
        return new ApiException(413, "request.tooLarge", MAX_BODY);
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        if (body == null) {
            return;
        }
        if (body instanceof Route.Binary binary) {
            response.setContentType(binary.contentType());
            response.setContentLength(binary.bytes().length);
            response.getOutputStream().write(binary.bytes());
            return;
        }
        response.setContentType("application/json;charset=utf-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private void refuse(HttpServletResponse response, int status, String key, String vietnamese, String english,
            Long retryAfter) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        write(response, status, new ErrorBody(key, vietnamese, english, retryAfter));
    }
}
