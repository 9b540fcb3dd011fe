package org.bianmin.rest.proxy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bianmin.core.Actor;
import org.bianmin.core.BianminException;
import org.bianmin.core.DivisionCode;
import org.bianmin.core.spi.TimeSource;
import org.bianmin.proxy.Agent;
import org.bianmin.proxy.CaseTransition;
import org.bianmin.proxy.IdCardNumber;
import org.bianmin.proxy.LedgerScope;
import org.bianmin.proxy.NewCase;
import org.bianmin.proxy.PhoneNumber;
import org.bianmin.proxy.ProxyCase;
import org.bianmin.proxy.ProxyCases;
import org.bianmin.proxy.ProxyPoint;
import org.bianmin.proxy.ProxyPoints;
import org.bianmin.proxy.ProxyReports;
import org.bianmin.proxy.ReportingPeriod;
import org.bianmin.proxy.ServiceIndicators;
import org.bianmin.proxy.UnansweredCase;
import org.bianmin.proxy.UnansweredReport;
import org.bianmin.rest.Roles;
import org.bianmin.rest.support.Callers;
import org.bianmin.rest.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The village proxy ledger over HTTP (代办台账, docs/requirements.md P-*): points and agents, cases
 * from receipt to answer (收集 → 审核 → 上报 → 办理 → 办结 → 答复), ratings, the unanswered and
 * overdue reports and the service indicators. Agents record; supervisors and auditors read.
 */
@Path("proxy")
@RequestScoped
@Tag(name = "proxy")
@Produces(MediaType.APPLICATION_JSON)
public class ProxyResource {
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
    public Response registerPoint(ProxyPoint point) {
        return Response.status(Response.Status.CREATED).entity(points.registerPoint(Inputs.body(point), actor())).build();
    }

    /** The points within a township (or the county by default, or one point). */
    @GET
    @Path("points")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<ProxyPoint> points(@QueryParam("township") String township, @QueryParam("point") String point) {
        return points.points(scope(township, point));
    }

    /** Registers an agent at a point. */
    @POST
    @Path("points/{pointId}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
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
    public Response receive(ProxyBodies.NewCase body) {
        ProxyBodies.NewCase received = Inputs.body(body);
        ProxyBodies.Applicant who = Inputs.body(received.applicant());
        NewCase newCase = new NewCase(received.pointId(), received.agentId(),
                new org.bianmin.proxy.Applicant(who.name(), IdCardNumber.of(who.idNumber()),
                        who.phone() == null ? null : PhoneNumber.of(who.phone())),
                received.itemCode(), received.receivedAt() == null ? clock.now() : received.receivedAt(),
                received.channel(), received.needs(), received.services());
        return Response.status(Response.Status.CREATED).entity(cases.receive(newCase, actor())).build();
    }

    /** The cases of a township or point received in a period (default: this year). */
    @GET
    @Path("cases")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<ProxyCase> cases(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return cases.cases(scope(township, point), period(from, to));
    }

    /** One case. */
    @GET
    @Path("cases/{id}")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public ProxyCase find(@PathParam("id") String id) {
        return cases.findCase(id);
    }

    /** The case's recorded moves, oldest first. */
    @GET
    @Path("cases/{id}/history")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<CaseTransition> history(@PathParam("id") String id) {
        return cases.history(id);
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
        return cases.answer(id, answer.method(), answer.toldAt() == null ? clock.now() : answer.toldAt(), actor());
    }

    /** Records the applicant's rating (1–5 stars) of an answered case. */
    @POST
    @Path("cases/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROXY_AGENT)
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
        return reports.unanswered(scope(township, point), Inputs.date("asOf", asOf, Inputs.today(clock)));
    }

    /** The cases past their deadline. */
    @GET
    @Path("reports/overdue")
    @RolesAllowed({Roles.PROXY_AGENT, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<UnansweredCase> overdue(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("asOf") String asOf) {
        return reports.overdue(scope(township, point), Inputs.date("asOf", asOf, Inputs.today(clock)));
    }

    /** The service indicators of a period (default: this year). */
    @GET
    @Path("reports/indicators")
    @RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR})
    public ServiceIndicators indicators(@QueryParam("township") String township, @QueryParam("point") String point,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.indicators(scope(township, point), period(from, to));
    }

    private Actor actor() {
        return Callers.actor(security);
    }

    private static LedgerScope scope(String township, String point) {
        if (point != null && !point.isBlank()) {
            return LedgerScope.point(point.strip());
        }
        if (township != null && !township.isBlank()) {
            return LedgerScope.township(DivisionCode.of(township.strip()));
        }
        return LedgerScope.county(DivisionCode.LUDING);
    }

    private ReportingPeriod period(String from, String to) {
        return Inputs.period(from, to, Inputs.today(clock));
    }
}
