package org.bianmin.rest.proxy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.ErrorCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.CasePage;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PageRequest;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.proxy.RatingCode;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.UnansweredCase;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The village proxy ledger over HTTP (代办台账, docs/requirements.md P-*): points and agents, cases
 * from receipt to answer (收集 → 审核 → 上报 → 办理 → 办结 → 答复), ratings, the unanswered and
 * overdue reports and the service indicators. Agents record; supervisors and auditors read. Every
 * caller reads and acts only within their reach (the county, a township, their own points): a
 * case outside it answers 404 CASE_NOT_FOUND as a case that does not exist, a listing outside it
 * 403 NOT_PERMITTED; a listing that names no scope covers the caller's only scope, or the county.
 */
@Path("proxy")
@RequestScoped
@Tag(name = "proxy")
@Produces(MediaType.APPLICATION_JSON)
public class ProxyResource {
    private static final System.Logger LOG = System.getLogger(ProxyResource.class.getName());

    @Inject
    TimeSource clock;

    @Inject
    ProxyPoints points;

    @Inject
    ProxyCases cases;

    @Inject
    ProxyReports reports;

    @Context
    SecurityContext security;

    /** Registers a proxy point (便民服务室/代办点). */
    @POST
    @Path("points")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @APIResponseSchema(value = ProxyPoint.class, responseCode = "201", responseDescription = "the point")
    public Response registerPoint(ProxyPoint point) {
        return Response.status(Response.Status.CREATED).entity(points.registerPoint(Inputs.body(point), actor())).build();
    }

    /** The points within a township (or the county by default, or one point). */
    @GET
    @Path("points")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<ProxyPoint> points(@QueryParam("township") String township, @QueryParam("point") String point) {
        return points.points(scope(township, point, LedgerScope.county(DivisionCode.LUDING)));
    }

    /** What the caller reaches in the ledger (the county, townships, points) and their assignments. */
    @GET
    @Path("reach")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public ProxyBodies.Reach reach() {
        Actor actor = actor();
        return new ProxyBodies.Reach(actor.id(), points.reach(actor), points.assignments(actor.id()));
    }

    /** A login's assignments to points (as an agent) and townships. */
    @GET
    @Path("assignments")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
    public List<LedgerAssignment> assignments(@QueryParam("login") String login) {
        return points.assignments(Inputs.text("login", login));
    }

    /** Binds a login to an agent record of a point, or to a township (county-wide callers only); 201. */
    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    public Response assign(ProxyBodies.NewAssignment body) {
        ProxyBodies.NewAssignment assignment = Inputs.body(body);
        LedgerScope scope = scope(assignment.township(), assignment.pointId(), null);
        if (scope == null) {
            throw BianminException.invalid("name the pointId (with the agentId) or the township of the assignment");
        }
        return Response.status(Response.Status.CREATED).entity(points.assign(
                new LedgerAssignment(assignment.login(), scope, assignment.agentId()), actor())).build();
    }

    /** Withdraws a login's assignment to a point or township (county-wide callers only); 204. */
    @DELETE
    @Path("assignments")
    @RolesAllowed(Roles.SUPERVISOR)
    public Response withdraw(@QueryParam("login") String login, @QueryParam("township") String township,
            @QueryParam("point") String point) {
        LedgerScope scope = scope(township, point, null);
        if (scope == null) {
            throw BianminException.invalid("name the point or the township of the assignment to withdraw");
        }
        points.withdraw(Inputs.text("login", login), scope, actor());
        return Response.noContent().build();
    }

    /** Registers an agent at a point. */
    @POST
    @Path("points/{pointId}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @APIResponseSchema(value = Agent.class, responseCode = "201", responseDescription = "the agent")
    public Response registerAgent(@PathParam("pointId") String pointId, ProxyBodies.NewAgent body) {
        ProxyBodies.NewAgent agent = Inputs.body(body);
        return Response.status(Response.Status.CREATED)
                .entity(points.registerAgent(new Agent(agent.id(), pointId, agent.name(), agent.role()), actor()))
                .build();
    }

    /** The agents of a point. */
    @GET
    @Path("points/{pointId}/agents")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<Agent> agents(@PathParam("pointId") String pointId) {
        return points.agents(pointId);
    }

    /** Records a case on receipt (代办件登记); 201 with the case, personal data masked. */
    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
    @APIResponseSchema(value = ProxyBodies.ReceivedCase.class, responseCode = "201",
            responseDescription = "the case, personal data masked, with the applicant's rating code")
    public Response receive(ProxyBodies.NewCase body) {
        ProxyBodies.NewCase received = Inputs.body(body);
        ProxyBodies.Applicant who = Inputs.body(received.applicant());
        NewCase newCase = new NewCase(received.pointId(), agentId(received),
                new org.bianmin.proxy.Applicant(who.name(), IdCardNumber.of(who.idNumber()),
                        who.phone() == null ? null : PhoneNumber.of(who.phone())),
                received.itemCode(), received.receivedAt() == null ? clock.now() : received.receivedAt(),
                received.channel(), received.needs(), received.services(), received.lateReason());
        ProxyCase recorded = cases.receive(newCase, actor());
        return Response.status(Response.Status.CREATED).entity(receipt(recorded)).build();
    }

    /**
     * The receipt's answer: the case with the applicant's rating code, issued in a transaction of its
     * own. The receipt has committed by then, so a database that goes away in between must not turn
     * it into a refusal (the client would record the case again): the case is answered without a
     * code, which {@code POST cases/{id}/rating-code} issues later.
     */
    ProxyBodies.ReceivedCase receipt(ProxyCase recorded) {
        try {
            RatingCode code = cases.issueRatingCode(recorded.id(), actor());
            return new ProxyBodies.ReceivedCase(recorded, code.code(), code.expiresAt());
        } catch (BianminException e) {
            if (e.code().kind() != ErrorCode.Kind.UNAVAILABLE) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "case " + recorded.id() + " was received, but its rating code"
                    + " could not be issued (" + e.getMessage() + "); it is answered without one");
            return new ProxyBodies.ReceivedCase(recorded, null, null);
        }
    }

    /** A new rating code for the applicant's receipt, replacing an unused earlier one (e.g. a lost receipt); 201. */
    @POST
    @Path("cases/{id}/rating-code")
    @RolesAllowed(Roles.PROXY_AGENT)
    public Response ratingCode(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED).entity(cases.issueRatingCode(id, actor())).build();
    }

    /**
     * The cases of a township or point received in a period (default: this year; at most 366 days),
     * one page at a time ({@code offset}, {@code limit} up to 500, default 100): a JSON array, and when
     * more follow the headers {@value #NEXT_OFFSET} and {@code Link: <…>; rel="next"}.
     */
    @GET
    @Path("cases")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public Response cases(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        CasePage page = cases.cases(scope(township, point), period(from, to), page(offset, limit), actor());
        return paged(Response.ok(page.cases()), page.next(), uri);
    }

    /** One case. */
    @GET
    @Path("cases/{id}")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public ProxyCase find(@PathParam("id") String id) {
        return cases.findCase(id, actor());
    }

    /** The case's recorded moves, oldest first. */
    @GET
    @Path("cases/{id}/history")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<CaseTransition> history(@PathParam("id") String id) {
        return cases.history(id, actor());
    }

    /** Checks the presented materials against the catalogue (审核): CHECKED, or RETURNED with what is missing. */
    @POST
    @Path("cases/{id}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase check(@PathParam("id") String id, ProxyBodies.Materials body) {
        Set<String> presented = Inputs.body(body).presented();
        return cases.check(id, presented == null ? Set.of() : presented, actor());
    }

    /** A returned case comes back with the missing materials. */
    @POST
    @Path("cases/{id}/resubmit")
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase resubmit(@PathParam("id") String id) {
        return cases.resubmit(id, actor());
    }

    /** Sends a checked case to the place the catalogue names (上报). */
    @POST
    @Path("cases/{id}/forward")
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase forward(@PathParam("id") String id) {
        return cases.forward(id, actor());
    }

    /** The handling place has started (办理). */
    @POST
    @Path("cases/{id}/start")
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase start(@PathParam("id") String id) {
        return cases.startHandling(id, actor());
    }

    /** The case is done, with its result (办结). */
    @POST
    @Path("cases/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase complete(@PathParam("id") String id, ProxyBodies.Result body) {
        return cases.complete(id, Inputs.body(body).result(), actor());
    }

    /** The case was refused, with the reason. */
    @POST
    @Path("cases/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase reject(@PathParam("id") String id, ProxyBodies.Reason body) {
        return cases.reject(id, Inputs.body(body).reason(), actor());
    }

    /** The applicant was told the result (答复): every case ends here. */
    @POST
    @Path("cases/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
    public ProxyCase answer(@PathParam("id") String id, ProxyBodies.Answer body) {
        ProxyBodies.Answer answer = Inputs.body(body);
        return cases.answer(id, answer.method(), answer.toldAt(), actor());
    }

    /**
     * Refused (403 NOT_PERMITTED): the applicant rates with the code of their receipt
     * ({@code POST /api/public/ratings}); kept so that old callers get an answer that says so.
     */
    @POST
    @Path("cases/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
    @SuppressWarnings("deprecation")
    public ProxyCase rate(@PathParam("id") String id, ProxyBodies.Rating body) {
        ProxyBodies.Rating rating = Inputs.body(body);
        if (rating.stars() == null) {
            throw BianminException.invalid("stars (1 to 5) is required");
        }
        return cases.rate(id, rating.stars(), rating.comment(), actor());
    }

    /** The cases not yet answered, by age band (未答复件). */
    @GET
    @Path("reports/unanswered")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public UnansweredReport unanswered(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("asOf") String asOf) {
        return reports.unanswered(reached(township, point), Inputs.date("asOf", asOf, Inputs.today(clock)));
    }

    /** The cases past their deadline. */
    @GET
    @Path("reports/overdue")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public Response overdue(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("asOf") String asOf, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest page = page(offset, limit);
        List<UnansweredCase> all = reports.overdue(reached(township, point),
                Inputs.date("asOf", asOf, Inputs.today(clock)));
        int from = (int) Math.min(all.size(), page.offset());
        int to = (int) Math.min(all.size(), (long) page.offset() + page.limit());
        return paged(Response.ok(all.subList(from, to)), to < all.size() ? page.next() : null, uri);
    }

    /** The header that gives the offset of the next page of a paged listing. */
    static final String NEXT_OFFSET = "X-Next-Offset";

    private static PageRequest page(String offset, String limit) {
        return new PageRequest(Inputs.smallNumber("offset", offset, 0),
                Inputs.smallNumber("limit", limit, PageRequest.DEFAULT_LIMIT));
    }

    private static Response paged(Response.ResponseBuilder answer, PageRequest next, UriInfo uri) {
        if (next != null) {
            answer.header(NEXT_OFFSET, next.offset()).link(uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", next.offset()).replaceQueryParam("limit", next.limit()).build(), "next");
        }
        return answer.build();
    }

    /** The service indicators of a period (default: this year). */
    @GET
    @Path("reports/indicators")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
    public ServiceIndicators indicators(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.indicators(reached(township, point), period(from, to));
    }

    private Actor actor() {
        return Callers.actor(security);
    }

    /**
     * The agent the case is recorded as: the one named, or else the caller's own agent record at the
     * point when they have exactly one there.
     */
    private String agentId(ProxyBodies.NewCase received) {
        if (received.agentId() != null && !received.agentId().isBlank()) {
            return received.agentId();
        }
        List<String> own = received.pointId() == null ? List.of() : points.assignments(actor().id()).stream()
                .filter(a -> a.scope().equals(LedgerScope.point(received.pointId().strip())))
                .map(LedgerAssignment::agentId).toList();
        if (own.size() != 1) {
            throw BianminException.invalid("agentId is required: name the agent who received the case");
        }
        return own.get(0);
    }

    /** The named scope, or the caller's only scope, or the county; checked against the caller's reach. */
    private LedgerScope reached(String township, String point) {
        LedgerScope scope = scope(township, point);
        points.requireReach(scope, actor());
        return scope;
    }

    /** The named scope, or else the caller's only scope when they have one, or else the county. */
    private LedgerScope scope(String township, String point) {
        LedgerScope named = scope(township, point, null);
        if (named != null) {
            return named;
        }
        List<LedgerScope> reach = points.reach(actor());
        return reach.size() == 1 ? reach.get(0) : LedgerScope.county(DivisionCode.LUDING);
    }

    private static LedgerScope scope(String township, String point, LedgerScope otherwise) {
        if (point != null && !point.isBlank()) {
            return LedgerScope.point(point.strip());
        }
        if (township != null && !township.isBlank()) {
            return LedgerScope.township(DivisionCode.of(township.strip()));
        }
        return otherwise;
    }

    private ReportingPeriod period(String from, String to) {
        return Inputs.period(from, to, Inputs.today(clock));
    }
}
