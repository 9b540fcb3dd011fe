package org.bianmin.proxy.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bianmin.core.Actor;
import org.bianmin.proxy.LedgerAssignment;
import org.bianmin.proxy.LedgerScope;

/** A login's assignment to a point (as one of its agents) or a township. */
@Entity
@Table(name = "proxy_assignment")
public class AssignmentEntity {
    @Id
    private String assignmentId;
    private String login;
    private String scopeLevel;
    private String scopeId;
    private String agentId;
    private String assignedBy;
    private Instant assignedAt;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(LedgerAssignment assignment, Actor by, Instant at) {
        this.assignmentId = key(assignment.login(), assignment.scope());
        this.login = assignment.login();
        this.scopeLevel = assignment.scope().level().name();
        this.scopeId = assignment.scope().id();
        this.agentId = assignment.agentId();
        this.assignedBy = by.id();
        this.assignedAt = at;
    }

    /** The row id of a login's assignment to a scope. */
    public static String key(String login, LedgerScope scope) {
        return login + "|" + scope.level() + "|" + scope.id();
    }

    public LedgerAssignment toAssignment() {
        return new LedgerAssignment(login, new LedgerScope(LedgerScope.Level.valueOf(scopeLevel), scopeId), agentId);
    }
}
