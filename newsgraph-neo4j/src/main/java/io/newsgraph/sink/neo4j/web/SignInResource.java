package io.newsgraph.sink.neo4j.web;

import io.newsgraph.sink.neo4j.SignInDesk;
import io.newsgraph.sink.neo4j.SignInPage;
import org.neo4j.dbms.api.DatabaseManagementService;

import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code GET /newsgraph/signin?token=T}: a one-time sign-in link into Neo4j Browser for a server
 * whose password was drawn at random (see {@link SignInDesk} and {@link SignInPage}). The answer
 * is never cached and never sent as a referrer; a used, expired or unknown token gets 410 Gone
 * with what to do.
 */
@Path("signin")
public class SignInResource {
    @Context
    DatabaseManagementService server;

    @Context
    HttpHeaders headers;

    @GET
    public Response signIn(@QueryParam("token") String token) {
        Optional<SignInDesk> desk = SignInDesk.of(server);
        if (desk.isEmpty()) {
            return page(Response.Status.GONE, SignInPage.refused(SignInDesk.Outcome.UNKNOWN));
        }
        if (!desk.get().localHostHeader(headers.getHeaderString(HttpHeaders.HOST))) {
            return page(Response.Status.FORBIDDEN, SignInPage.wrongHost());
        }
        SignInDesk.Redemption r = desk.get().redeem(token);
        if (r.outcome() != SignInDesk.Outcome.SIGNED_IN) {
            return page(Response.Status.GONE, SignInPage.refused(r.outcome()));
        }
        return page(Response.Status.OK, SignInPage.handOver(r.credentials().orElseThrow(), r.boltUri()));
    }

    /** Answered without spending the token: link previews and checkers send HEAD. */
    @HEAD
    public Response peek() {
        return Response.ok().type("text/html; charset=utf-8").header("Cache-Control", "no-store").build();
    }

    private static Response page(Response.Status status, String html) {
        return Response.status(status).entity(html).type("text/html; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", SignInPage.CONTENT_SECURITY_POLICY)
                .build();
    }
}
