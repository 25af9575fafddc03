package org.diplograph.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web app: {@code /} is {@code index.html}, {@code /static/...} are its scripts, styles and
 * vendored libraries, all from the jar ({@link StaticResources}). Unknown or unsafe paths get a plain 404.
 */
final class AppServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /**
     * Scripts only from this server; no inline scripts, no plugins, no framing. The graph layout runs in a
     * worker created from a blob: URL.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String servletPath = req.getServletPath();
        String path;
        if (servletPath.isEmpty() || servletPath.equals("/") || servletPath.equals("/index.html")) {
            path = "/index.html";
        } else {
            String info = req.getPathInfo();
            path = info == null ? null : "/static" + info;
        }
        Optional<StaticResources.Resource> found = StaticResources.find(path);
        if (found.isEmpty()) {
            ApiServlet.sendPlain(resp, HttpServletResponse.SC_NOT_FOUND, "not found");
            return;
        }
        StaticResources.Resource r = found.get();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.contentType());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cache-Control", path.startsWith("/static/vendor/") ? "max-age=3600" : "no-cache");
        resp.setContentLength(r.bytes().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(r.bytes());
        }
    }
}
