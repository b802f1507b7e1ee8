package io.newsgraph.sink.neo4j.web;

import io.newsgraph.sink.neo4j.BrowserGuide;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * Serves the newsgraph Browser guide and style from the embedded server (a Neo4j unmanaged
 * extension mounted at /newsgraph), so {@code :play http://localhost:7474/newsgraph/guide}
 * works with no files to copy.
 */
@Path("/")
public class GuideResource {
    @GET
    @Path("guide")
    public Response guide(@Context UriInfo uri) {
        return ok(BrowserGuide.html(base(uri)), "text/html; charset=utf-8");
    }

    @GET
    @Path("style.grass")
    public Response style() {
        return ok(BrowserGuide.grass(), "text/plain; charset=utf-8");
    }

    /** http://host:port/newsgraph, as the browser reached it. */
    private static String base(UriInfo uri) {
        String b = uri.getBaseUri().toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private static Response ok(String body, String type) {
        return Response.ok(body, type).header("Access-Control-Allow-Origin", "*").header("Cache-Control", "no-cache").build();
    }
}
